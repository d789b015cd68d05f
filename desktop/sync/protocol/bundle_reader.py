"""Reading a bundle without trusting it (issue 9, finding 7).

A bundle comes from a USB stick: it may be damaged, forged, or made by a member with a
valid key and bad intent. So, in this order:

1. the file's size and its zip directory are bounded before the directory is parsed;
2. only the manifest and its signature are read - each with a size cap - and the
   signature is checked, before any other entry is decompressed;
3. every entry name is checked against the manifest and against the names bundles are
   written with (`entry_name_problem`: no `../`, no other paths), before any is opened;
4. each entry is decompressed as a stream, stopped at its declared size and at a cap
   per kind and in total, and its SHA-256 compared with the manifest's; attachment
   files go to temporary files in a scratch directory the caller names, which the
   caller moves into place only after everything was verified.

`BundleFormatError` says what was wrong; nothing outside the scratch directory is ever
written, and the scratch files are removed when the `with` block ends.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from pydantic import ValidationError

from desktop.sync.protocol.bundle import (
    MANIFEST_FILE,
    MAX_BUNDLE_BYTES,
    SIGNATURE_FILE,
    BundleFormatError,
    BundleManifest,
    entry_name_problem,
    sign_manifest,
)

MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 256
# A batch is at most a few MB (the laptop freezes at most 4 MB); an answer holds the
# pull pages of a whole workspace, so it may be large - but not unbounded.
MAX_BATCH_BYTES = 64 * 1024 * 1024
MAX_RESPONSE_BYTES = 1024 * 1024 * 1024
MAX_BLOB_BYTES = 2 * 1024 * 1024 * 1024
MAX_UNPACKED_BYTES = 8 * 1024 * 1024 * 1024
MAX_ENTRIES = 20_000
_MAX_DIRECTORY_BYTES = 16 * 1024 * 1024
_CHUNK = 1 << 20
# What the zip module and zlib raise for a damaged or unsupported archive.
_ZIP_ERRORS = (
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
    struct.error,
    zlib.error,
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
)


@dataclass
class VerifiedBundle:
    manifest: BundleManifest
    # batches/NNNNNN.json and response.json, each checked against its hash.
    documents: dict[str, bytes] = field(default_factory=dict)
    # sha256 -> a verified temporary file in the scratch directory.
    blobs: dict[str, Path] = field(default_factory=dict)


SecretFor = Callable[[BundleManifest], str | None]


@contextmanager
def open_bundle(
    path: Path, secret_for: SecretFor, scratch: Path | None = None
) -> Iterator[VerifiedBundle]:
    """The verified contents of the bundle at `path` (BundleFormatError otherwise).

    `secret_for` finds the signing key from the (not yet trusted) manifest's device;
    attachment files are extracted below `scratch` (default: the system's temp dir)."""
    _check_outer_bounds(path)
    if scratch is not None:
        scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".bundle-") as temporary:
        try:
            with zipfile.ZipFile(path) as archive:
                infos = _entries(archive)
                manifest = _verified_manifest(archive, secret_for)
                payload = _checked_names(manifest, infos)
                bundle = _extract_all(archive, manifest, payload, Path(temporary))
        except BundleFormatError:
            raise
        except _ZIP_ERRORS as exc:
            raise BundleFormatError(f"it cannot be read ({_reason(exc)})") from exc
        yield bundle


def _check_outer_bounds(path: Path) -> None:
    """The file's size, and the size of its zip directory, before the zip module parses
    the directory (a directory of millions of entries would need gigabytes)."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleFormatError("it is larger than 2 GB")
        with path.open("rb") as handle:
            handle.seek(max(0, size - 65_557))
            tail = handle.read()
    except OSError as exc:
        raise BundleFormatError(f"it cannot be read ({_reason(exc)})") from exc
    end = tail.rfind(b"PK\x05\x06")
    if end < 0 or len(tail) < end + 22:
        raise BundleFormatError("it is not a zip file")
    entries, directory_bytes = struct.unpack("<xxxxxxxxxxHI", tail[end : end + 16])
    if entries > MAX_ENTRIES or directory_bytes > _MAX_DIRECTORY_BYTES:
        raise BundleFormatError(f"it holds more than {MAX_ENTRIES} files")


def _entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise BundleFormatError(f"it holds more than {MAX_ENTRIES} files")
    by_name = {info.filename: info for info in infos}
    if len(by_name) != len(infos):
        raise BundleFormatError("it holds a file twice")
    return by_name


def _verified_manifest(archive: zipfile.ZipFile, secret_for: SecretFor) -> BundleManifest:
    raw = _read_capped(archive, MANIFEST_FILE, MAX_MANIFEST_BYTES)
    signature = _read_capped(archive, SIGNATURE_FILE, MAX_SIGNATURE_BYTES).strip()
    try:
        manifest = BundleManifest.model_validate_json(raw)
    except ValidationError as exc:
        raise BundleFormatError("its manifest cannot be read") from exc
    secret = secret_for(manifest)
    # Compared as bytes: a signature of non-ASCII bytes is simply wrong, not a crash.
    if secret is None or not hmac.compare_digest(sign_manifest(secret, raw).encode(), signature):
        raise BundleFormatError("its signature does not match this device's key")
    return manifest


def _read_capped(archive: zipfile.ZipFile, name: str, cap: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise BundleFormatError(f"it has no {name}") from None
    with archive.open(info) as source:
        data = source.read(cap + 1)
    if len(data) > cap:
        raise BundleFormatError(f"its {name} is larger than {cap} bytes")
    return data


def _checked_names(
    manifest: BundleManifest, infos: dict[str, zipfile.ZipInfo]
) -> dict[str, zipfile.ZipInfo]:
    """The payload entries, once every name is one a bundle of its kind may hold and
    the archive holds exactly the files the signed manifest lists."""
    payload = {n: i for n, i in infos.items() if n not in (MANIFEST_FILE, SIGNATURE_FILE)}
    for name in sorted(set(payload) | set(manifest.files)):
        problem = entry_name_problem(manifest.kind, name)
        if problem is not None:
            raise BundleFormatError(problem)
    if set(payload) != set(manifest.files):
        raise BundleFormatError("files are missing or were added")
    for name, sha256 in manifest.files.items():
        if name.startswith("blobs/") and sha256 != name.removeprefix("blobs/"):
            raise BundleFormatError(f"{name} does not match its SHA-256")
    return payload


def _extract_all(
    archive: zipfile.ZipFile,
    manifest: BundleManifest,
    payload: dict[str, zipfile.ZipInfo],
    scratch: Path,
) -> VerifiedBundle:
    bundle = VerifiedBundle(manifest)
    budget = MAX_UNPACKED_BYTES
    for name in sorted(payload):
        cap = _cap_for(manifest, name, budget)
        if name.startswith("blobs/"):
            sha256 = name.removeprefix("blobs/")
            target = scratch / sha256
            with target.open("wb") as out:
                budget -= _extract(archive, payload[name], manifest.files[name], cap, out)
            bundle.blobs[sha256] = target
        else:
            chunks: list[bytes] = []
            budget -= _extract(archive, payload[name], manifest.files[name], cap, chunks)
            bundle.documents[name] = b"".join(chunks)
    return bundle


def _cap_for(manifest: BundleManifest, name: str, budget: int) -> int:
    if name.startswith("blobs/"):
        cap = MAX_BLOB_BYTES
    elif name.startswith("batches/"):
        cap = MAX_BATCH_BYTES
    else:
        cap = MAX_RESPONSE_BYTES
    declared = manifest.sizes.get(name)
    if declared is not None:
        cap = min(cap, max(declared, 0))
    return min(cap, budget)


def _extract(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    expected_sha256: str,
    cap: int,
    out: BinaryIO | list[bytes],
) -> int:
    """Decompress one entry into `out`, stopping as soon as it passes `cap` bytes;
    returns its size once its SHA-256 is the manifest's."""
    digest, size = hashlib.sha256(), 0
    with archive.open(info) as source:
        while chunk := source.read(_CHUNK):
            size += len(chunk)
            if size > cap:
                raise BundleFormatError(f"{info.filename} is larger than declared")
            digest.update(chunk)
            if isinstance(out, list):
                out.append(chunk)
            else:
                out.write(chunk)
    if digest.hexdigest() != expected_sha256:
        raise BundleFormatError(f"{info.filename} was changed")
    return size


def _reason(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:200]
