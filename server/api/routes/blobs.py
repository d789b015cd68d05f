"""Attachment files: HEAD (known? how much received?), PATCH chunks, GET the file.

Upload protocol (resumable): HEAD answers 200 when the verified file is there, else
404 with `Upload-Offset: N` (bytes received so far). The client PATCHes chunks with
`?offset=N&size=TOTAL`; the server appends, and when all bytes are in it checks the
SHA-256 and only then counts the file as complete (422 if the hash is wrong).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse

from desktop.sync.protocol import (
    BLOB_CHUNK_BYTES,
    SHA256_RE,
    UPLOAD_OFFSET_HEADER,
    BlobUploadState,
)
from server.api.deps import (
    DatabaseDep,
    SeqQuery,
    SettingsDep,
    StorageDep,
    WorkspaceCallerDep,
    WorkspacePath,
)
from server.api.errors import ApiError
from server.api.responses import MEMBER, Responses, errors
from server.models import Blob
from server.sync.blobs import BlobOffsetError, blob_state, receive_chunk

router = APIRouter(prefix="/workspaces/{workspace_id}/blobs", tags=["blobs"])

ShaPath = Annotated[str, Path(pattern=SHA256_RE)]
_HEAD_RESPONSES: Responses = {
    200: {"description": "The verified file is here (`Content-Length`: its size)"},
    404: {
        "description": "Not (completely) uploaded: `Upload-Offset` says how many bytes are in",
        "headers": {UPLOAD_OFFSET_HEADER: {"schema": {"type": "integer"}}},
    },
    **errors(*MEMBER),
}
_DOWNLOAD_RESPONSES: Responses = {
    200: {"description": "The file", "content": {"application/octet-stream": {}}},
    **errors(404, *MEMBER),
}
MAX_CHUNK = 2 * BLOB_CHUNK_BYTES


@router.head("/{sha256}", responses=_HEAD_RESPONSES)
def head_blob(
    workspace_id: WorkspacePath, sha256: ShaPath, caller: WorkspaceCallerDep, database: DatabaseDep
) -> Response:
    with database.read() as session:
        blob = session.get(Blob, (workspace_id, sha256))
    if blob is not None and blob.complete:
        return Response(status_code=200, headers={"Content-Length": str(blob.size)})
    received = blob.received if blob is not None else 0
    return Response(status_code=404, headers={UPLOAD_OFFSET_HEADER: str(received)})


@router.patch(
    "/{sha256}", response_model=BlobUploadState, responses=errors(401, 403, 409, 413, 422, 503)
)
async def upload_chunk(
    workspace_id: WorkspacePath,
    sha256: ShaPath,
    request: Request,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    storage: StorageDep,
    settings: SettingsDep,
    offset: SeqQuery,
    size: SeqQuery,
) -> BlobUploadState:
    if size > settings.max_blob_bytes:
        raise ApiError(413, "blob_too_large", f"files up to {settings.max_blob_bytes} bytes")
    data = await request.body()
    if len(data) > MAX_CHUNK:
        raise ApiError(413, "chunk_too_large", f"chunks up to {MAX_CHUNK} bytes")

    def store() -> tuple[BlobUploadState, bool]:
        with database.write() as session:
            return receive_chunk(
                session,
                storage,
                caller,
                workspace_id,
                sha256,
                offset=offset,
                size=size,
                data=data,
            )

    try:
        state, good = await run_in_threadpool(store)
    except BlobOffsetError as exc:
        raise ApiError(409, "upload_offset", f"expected offset {exc.received}") from None
    if not good:
        raise ApiError(422, "hash_mismatch", "the file does not match its SHA-256")
    return state


@router.get("/{sha256}", response_model=None, responses=_DOWNLOAD_RESPONSES)
def download_blob(
    workspace_id: WorkspacePath,
    sha256: ShaPath,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    storage: StorageDep,
) -> FileResponse:
    with database.read() as session:
        blob = session.get(Blob, (workspace_id, sha256))
        state = blob_state(blob, sha256)
    path = storage.path_for(sha256)
    if not state.complete or not path.is_file():
        raise ApiError(404, "blob_missing", "this file has not been uploaded (completely) yet")
    return FileResponse(path, media_type="application/octet-stream")
