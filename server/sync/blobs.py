"""Attachment files on the server: chunked, resumable uploads, verified by SHA-256.

Files are stored once by content (`<blob_dir>/ab/abcd…`); which workspace may read
which file is recorded in the `blob` table, and a workspace's copy only counts as
complete after the server has hashed every byte it received.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.sync.protocol import SHA256_RE, BlobUploadState, is_uuid
from server.models import Blob, utcnow
from server.sync.caller import Caller

_READ_CHUNK = 1 << 20


class BlobOffsetError(Exception):
    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class BlobStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        _require_digest(sha256)
        return self.root / sha256[:2] / sha256

    def partial_path(self, workspace_id: str, sha256: str) -> Path:
        _require_digest(sha256)
        if not is_uuid(workspace_id):
            raise ValueError(f"not a workspace id: {workspace_id[:40]!r}")
        return self.root / "partial" / workspace_id / f"{sha256}.part"

    def scratch_dir(self) -> Path:
        """Where bundle files are verified before they move in (same file system)."""
        return self.root / "partial" / "bundles"

    def adopt(self, verified: Path, sha256: str) -> None:
        """Move a file whose SHA-256 was checked into place."""
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(verified, target)

    def append(self, workspace_id: str, sha256: str, offset: int, data: bytes) -> int:
        path = self.partial_path(workspace_id, sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab") as handle:
            # The DB says how much was received; a crash may have left more on disk.
            handle.truncate(offset)
            handle.seek(offset)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return offset + len(data)

    def finish(self, workspace_id: str, sha256: str) -> bool:
        """Verify the received file; move it into place if its hash is right."""
        path = self.partial_path(workspace_id, sha256)
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            path.unlink(missing_ok=True)
            return False
        target = self.path_for(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        return True

    def discard(self, workspace_id: str, sha256: str) -> None:
        self.partial_path(workspace_id, sha256).unlink(missing_ok=True)


def _require_digest(sha256: str) -> None:
    """Paths are only ever built from 64 hex digits (never from `../…`)."""
    if re.fullmatch(SHA256_RE, sha256) is None:
        raise ValueError(f"not a SHA-256 digest: {sha256[:80]!r}")


def blob_state(blob: Blob | None, sha256: str) -> BlobUploadState:
    if blob is None:
        return BlobUploadState(sha256=sha256, size=0, received=0, complete=False)
    return BlobUploadState(
        sha256=sha256, size=blob.size, received=blob.received, complete=blob.complete
    )


def receive_chunk(
    session: Session,
    storage: BlobStorage,
    caller: Caller,
    workspace_id: str,
    sha256: str,
    *,
    offset: int,
    size: int,
    data: bytes,
) -> tuple[BlobUploadState, bool]:
    """Store one chunk at `offset` of a file of `size` bytes; verify it when complete.

    Returns the state and whether the bytes were good: a file whose hash is wrong is
    forgotten (received 0) - committed like any answer - and must be sent again."""
    blob = session.get(Blob, (workspace_id, sha256), with_for_update=True)
    if blob is not None and blob.complete:
        return blob_state(blob, sha256), True
    if blob is None:
        blob = Blob(workspace_id=workspace_id, sha256=sha256, size=size, received=0)
        blob.complete, blob.uploaded_by = False, caller.account_id
        session.add(blob)
    elif blob.size != size:  # another upload of it started with another size: start over
        storage.discard(workspace_id, sha256)
        blob.size, blob.received = size, 0
    if offset != blob.received or offset + len(data) > size:
        raise BlobOffsetError(blob.received)
    blob.received = storage.append(workspace_id, sha256, offset, data)
    if blob.received == size:
        if not storage.finish(workspace_id, sha256):
            blob.received = 0
            return blob_state(blob, sha256), False
        blob.complete = True
        blob.completed_at = utcnow()
    return blob_state(blob, sha256), True


def store_verified(
    session: Session,
    storage: BlobStorage,
    caller: Caller,
    workspace_id: str,
    sha256: str,
    verified: Path,
) -> BlobUploadState:
    """A file that arrived whole (in a bundle) and whose SHA-256 was checked: move it
    into place and count it as complete for the workspace."""
    size = verified.stat().st_size
    blob = session.get(Blob, (workspace_id, sha256), with_for_update=True)
    if blob is not None and blob.complete:
        return blob_state(blob, sha256)
    if blob is None:
        blob = Blob(workspace_id=workspace_id, sha256=sha256, size=size, received=0)
        blob.uploaded_by = caller.account_id
        session.add(blob)
    storage.discard(workspace_id, sha256)  # a half-finished upload of the same file
    storage.adopt(verified, sha256)
    blob.size, blob.received, blob.complete = size, size, True
    blob.completed_at = utcnow()
    return blob_state(blob, sha256)
