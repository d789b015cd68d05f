"""Bundle files: the same push payload and pull pages in a signed zip (USB-stick sync).

A bundle holds `manifest.json` (canonical JSON, listing the SHA-256 of every other
file), `manifest.sig` (HMAC-SHA256 of the manifest with the device's secret) and its
payload: `batches/NNNNNN.json` (push requests) and `blobs/<sha256>` going to the
server, `response.json` (push answers and pull pages) coming back. Pure standard
library and pydantic, so the laptop and the server read and write it alike.

Reading trusts nothing before the signature: `bundle_reader.open_bundle` reads the
manifest and its signature with a size cap, checks the signature, checks every entry
name against the manifest and the allowed names (`entry_name_problem`) before any
entry is opened, then extracts entry by entry with size caps, verifying each hash.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field

from desktop.sync.protocol.models import Checkpoint, PullPage, PushResponse, WireModel
from desktop.sync.protocol.schema import Uuid, WireCount

BUNDLE_FORMAT: Literal["field-dossier-sync-bundle"] = "field-dossier-sync-bundle"
BUNDLE_FORMAT_VERSION = 1
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
RESPONSE_FILE = "response.json"
# A stick full of photos is split into several syncs.
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024
_BATCH_NAME = re.compile(r"batches/[0-9]{6}\.json")
_BLOB_NAME = re.compile(r"blobs/[0-9a-f]{64}")


class BundleFormatError(ValueError):
    """Not a bundle, a damaged or altered one, or one signed with another key."""


class BundleManifest(WireModel):
    format: Literal["field-dossier-sync-bundle"] = BUNDLE_FORMAT
    format_version: int = BUNDLE_FORMAT_VERSION
    kind: Literal["request", "response"]
    bundle_id: Uuid
    device_id: Uuid
    workspace_id: Uuid
    username: str
    created_at: datetime
    # request: what the laptop has seen; response: where the pull pages end.
    cursor: WireCount = 0  # bounded: it becomes a database parameter on the server
    # The laptop's count of server restores it lived through: an answer made for an
    # earlier epoch must not move its cursor (the numbering restarted since).
    epoch: WireCount = 0
    checkpoint: Checkpoint | None = None
    server_instance_id: str | None = None
    files: dict[str, str] = Field(default_factory=dict)
    # Bytes of each file (bundles since issue 9): extraction stops at the declared size.
    sizes: dict[str, int] = Field(default_factory=dict)


class ResponseBundleBody(WireModel):
    """The way back: the answer to each batch of the request, then pull pages."""

    request_bundle_id: str
    checkpoint_known: bool
    epoch: int = 0
    pushes: list[PushResponse] = Field(default_factory=list)
    pages: list[PullPage] = Field(default_factory=list)


def entry_name_problem(kind: str, name: str) -> str | None:
    """Why `name` may not be an entry of a bundle of `kind` (None: it may).

    Exactly the names bundles are written with: a request holds batches/NNNNNN.json and
    blobs/<64 hex digits>, a response holds response.json - no other path, so no entry
    can name a file outside the directory it is extracted to."""
    if kind == "request" and (_BATCH_NAME.fullmatch(name) or _BLOB_NAME.fullmatch(name)):
        return None
    if kind == "response" and name == RESPONSE_FILE:
        return None
    return f"it holds a file it may not hold ({name[:80]!r})"


def manifest_bytes(manifest: BundleManifest) -> bytes:
    data = manifest.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_manifest(device_secret: str, data: bytes) -> str:
    return hmac.new(device_secret.encode(), data, hashlib.sha256).hexdigest()


def write_bundle(
    path: Path, manifest: BundleManifest, files: Mapping[str, bytes | Path], device_secret: str
) -> None:
    """Write atomically (a half-written bundle never exists under its name). A file
    given as a Path (an attachment) is streamed in, never read into memory whole."""
    hashes: dict[str, str] = {}
    sizes: dict[str, int] = {}
    for name, content in files.items():
        hashes[name], sizes[name] = _digest(content)
    manifest = manifest.model_copy(update={"files": hashes, "sizes": sizes})
    data = manifest_bytes(manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".bundle-", suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_FILE, data)
            archive.writestr(SIGNATURE_FILE, sign_manifest(device_secret, data))
            for name, content in files.items():
                if isinstance(content, Path):  # photos are compressed already
                    archive.write(content, name, compress_type=zipfile.ZIP_STORED)
                else:
                    archive.writestr(name, content)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def _digest(content: bytes | Path) -> tuple[str, int]:
    if isinstance(content, bytes):
        return hashlib.sha256(content).hexdigest(), len(content)
    digest, size = hashlib.sha256(), 0
    with content.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
