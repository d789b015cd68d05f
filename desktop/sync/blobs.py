"""Attachment files: uploaded before the row that names them, downloaded when needed.

Uploads are resumable: the server says how many bytes it has (HEAD), the client sends
the rest in chunks, and the server verifies the SHA-256 before the file counts. A
download goes to a temporary file and only enters the blob store under its name if
its hash matches.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Attachment
from desktop.store import Database
from desktop.store.blobs import is_sha256
from desktop.sync.account import require_sign_in
from desktop.sync.api import Api, BlobHashError, ClientFactory, UploadOffsetError, open_client
from desktop.sync.errors import SyncCancelledError
from desktop.sync.protocol import BLOB_CHUNK_BYTES, Mutation

log = logging.getLogger("desktop.sync")

_MAX_OFFSET_RETRIES = 5


def hashes_to_upload(mutations: Iterable[Mutation]) -> list[str]:
    found = {
        str(m.changes["sha256"])
        for m in mutations
        if m.table == "attachment" and is_sha256(m.changes.get("sha256"))
    }
    return sorted(found)


def upload_blobs(
    api: Api,
    db: Database,
    workspace_id: str,
    hashes: Iterable[str],
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Make sure the server has these files; returns how many were (partly) sent."""
    sent = 0
    for sha256 in hashes:
        if cancelled is not None and cancelled():
            raise SyncCancelledError()
        path = db.blobs.path_for(sha256)
        if not path.is_file():
            log.warning("attachment file %s is missing here; its row goes without it", sha256)
            continue
        complete, offset = api.blob_status(workspace_id, sha256)
        if complete:
            continue
        _upload(api, workspace_id, sha256, path, offset, cancelled)
        sent += 1
    return sent


def _upload(
    api: Api,
    workspace_id: str,
    sha256: str,
    path: Path,
    offset: int,
    cancelled: Callable[[], bool] | None,
) -> None:
    size = path.stat().st_size
    retries = 0
    with path.open("rb") as handle:
        while True:
            if cancelled is not None and cancelled():
                raise SyncCancelledError()
            handle.seek(offset)
            data = handle.read(BLOB_CHUNK_BYTES)
            try:
                state = api.upload_chunk(workspace_id, sha256, offset, size, data)
            except UploadOffsetError:
                retries += 1
                if retries > _MAX_OFFSET_RETRIES:
                    raise
                complete, offset = api.blob_status(workspace_id, sha256)
                if complete:
                    return
                continue
            except BlobHashError:
                log.error("the server says %s does not match its hash; not uploaded", path)
                return
            if state.complete:
                return
            offset = state.received


def missing_blobs(session: Session, db: Database) -> list[str]:
    """Files of live attachments that are not on this laptop yet. A damaged digest
    names no file: it is left out (`damaged_attachments` lists such rows)."""
    query = select(Attachment.sha256).where(Attachment.deleted_at.is_(None)).distinct()
    return [sha for sha in session.scalars(query) if is_sha256(sha) and not db.blobs.has(sha)]


def fetch_blob(api: Api, db: Database, workspace_id: str, sha256: str) -> Path | None:
    """Download one file into the blob store; None if the server does not have it yet."""
    target = db.blobs.path_for(sha256)
    if target.is_file():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=".download-")
    os.close(fd)
    temporary = Path(name)
    try:
        if not api.download_blob(workspace_id, sha256, temporary):
            return None
        if _sha256(temporary) != sha256:
            log.error("downloaded %s does not match its hash; discarded", sha256)
            return None
        os.replace(temporary, target)
        return target
    finally:
        temporary.unlink(missing_ok=True)


def download_missing(
    db: Database,
    *,
    client_factory: ClientFactory | None = None,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Fetch every missing attachment file now, so photos are there offline too
    (after each sync unless the setting says "on demand"). `progress(done, total)`
    after each file; a cancelled run keeps what it fetched and continues next time."""
    known, signin = require_sign_in(db)
    with db.read() as session:
        hashes = missing_blobs(session, db)
    fetched = 0
    if not hashes:
        return 0
    with open_client(known.server_url, client_factory) as http:
        api = Api(known.server_url, http, signin)
        for done, sha256 in enumerate(hashes):
            if cancelled is not None and cancelled():
                raise SyncCancelledError()
            if progress is not None:
                progress(done, len(hashes))
            fetched += fetch_blob(api, db, known.workspace_id, sha256) is not None
    if progress is not None:
        progress(len(hashes), len(hashes))
    return fetched


def ensure_blob(
    db: Database, sha256: str, *, client_factory: ClientFactory | None = None
) -> Path | None:
    """The local path of an attachment file, downloading it first if needed (lazy)."""
    if db.blobs.has(sha256):
        return db.blobs.path_for(sha256)
    known, signin = require_sign_in(db)
    with open_client(known.server_url, client_factory) as http:
        return fetch_blob(Api(known.server_url, http, signin), db, known.workspace_id, sha256)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
