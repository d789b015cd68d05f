"""Bundle files: the same push payload and pull pages in a signed zip (USB-stick sync).

A bundle holds `manifest.json` (canonical JSON, listing the SHA-256 of every other
file), `manifest.sig` (HMAC-SHA256 of the manifest with the device's secret) and its
payload: `batches/NNNNNN.json` (push requests) and `blobs/<sha256>` going to the
server, `response.json` (push answers and pull pages) coming back. Pure standard
library and pydantic, so the laptop and the server read and write it alike.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from desktop.sync.protocol.models import Checkpoint, PullPage, PushResponse, WireModel
from desktop.sync.protocol.schema import Uuid

BUNDLE_FORMAT: Literal["field-dossier-sync-bundle"] = "field-dossier-sync-bundle"
BUNDLE_FORMAT_VERSION = 1
MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = "manifest.sig"
RESPONSE_FILE = "response.json"
# Bundles are read into memory; a stick full of photos is split into several syncs.
MAX_BUNDLE_BYTES = 2 * 1024 * 1024 * 1024


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
    cursor: int = 0
    # The laptop's count of server restores it lived through: an answer made for an
    # earlier epoch must not move its cursor (the numbering restarted since).
    epoch: int = 0
    checkpoint: Checkpoint | None = None
    server_instance_id: str | None = None
    files: dict[str, str] = Field(default_factory=dict)


class ResponseBundleBody(WireModel):
    """The way back: the answer to each batch of the request, then pull pages."""

    request_bundle_id: str
    checkpoint_known: bool
    epoch: int = 0
    pushes: list[PushResponse] = Field(default_factory=list)
    pages: list[PullPage] = Field(default_factory=list)


def manifest_bytes(manifest: BundleManifest) -> bytes:
    data = manifest.model_dump(mode="json")
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_manifest(device_secret: str, data: bytes) -> str:
    return hmac.new(device_secret.encode(), data, hashlib.sha256).hexdigest()


def write_bundle(
    path: Path, manifest: BundleManifest, files: dict[str, bytes], device_secret: str
) -> None:
    """Write atomically (a half-written bundle never exists under its name)."""
    manifest = manifest.model_copy(
        update={"files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}}
    )
    data = manifest_bytes(manifest)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".bundle-", suffix=".zip")
    os.close(fd)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_FILE, data)
            archive.writestr(SIGNATURE_FILE, sign_manifest(device_secret, data))
            for name, content in files.items():
                archive.writestr(name, content)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def read_bundle(
    path: Path, secret_for: Callable[[BundleManifest], str | None]
) -> tuple[BundleManifest, dict[str, bytes]]:
    """The verified manifest and files of a bundle (BundleFormatError otherwise).

    `secret_for` finds the signing key from the (not yet trusted) manifest's device."""
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleFormatError("it is larger than 2 GB")
        with zipfile.ZipFile(path) as archive:
            contents = {name: archive.read(name) for name in archive.namelist()}
    except (OSError, zipfile.BadZipFile) as exc:
        raise BundleFormatError(str(exc)) from exc
    raw = contents.pop(MANIFEST_FILE, None)
    signature = contents.pop(SIGNATURE_FILE, b"").decode("ascii", "replace").strip()
    if raw is None:
        raise BundleFormatError("it has no manifest")
    try:
        manifest = BundleManifest.model_validate_json(raw)
    except ValidationError as exc:
        raise BundleFormatError("its manifest cannot be read") from exc
    secret = secret_for(manifest)
    if secret is None or not hmac.compare_digest(sign_manifest(secret, raw), signature):
        raise BundleFormatError("its signature does not match this device's key")
    if set(contents) != set(manifest.files):
        raise BundleFormatError("files are missing or were added")
    for name, content in contents.items():
        if hashlib.sha256(content).hexdigest() != manifest.files[name]:
            raise BundleFormatError(f"{name} was changed")
    return manifest, contents
