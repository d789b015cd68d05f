"""Attachment files on the server: chunked, resumable uploads, verified by SHA-256.

Files are stored once by content (`<blob_dir>/ab/abcd…`); which workspace may read
which file is recorded in the `blob` table, and a workspace's copy only counts as
complete after the server has hashed every byte it received.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.sync.protocol import BlobUploadState
from server.models import Blob, utcnow
from server.sync.caller import Caller

_READ_CHUNK = 1 << 20


class BlobOffsetError(Exception):
    def __init__(self, received: int) -> None:
        super().__init__(received)
        self.received = received


class BlobHashMismatchError(Exception):
    pass


class BlobStorage:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def partial_path(self, workspace_id: str, sha256: str) -> Path:
        return self.root / "partial" / workspace_id / f"{sha256}.part"

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


def store_whole(
    session: Session,
    storage: BlobStorage,
    caller: Caller,
    workspace_id: str,
    sha256: str,
    data: bytes,
) -> BlobUploadState:
    """A file that arrived in one piece (a bundle): start over, verify, keep."""
    blob = session.get(Blob, (workspace_id, sha256), with_for_update=True)
    if blob is not None and blob.complete:
        return blob_state(blob, sha256)
    if blob is not None:
        blob.received, blob.size = 0, len(data)
    state, good = receive_chunk(
        session, storage, caller, workspace_id, sha256, offset=0, size=len(data), data=data
    )
    if not good:
        raise BlobHashMismatchError(sha256)
    return state
