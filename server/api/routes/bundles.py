"""A USB bundle forwarded by a connected colleague: the bundle in, the answer bundle out.

The same import as `field-dossier-server import-bundle`: the bundle's signature (made
with its author's device key) proves who wrote it, so the colleague who forwards it can
neither change it nor read more than the answer the author would get. The forwarder must
be a member of the bundle's workspace, and a bundle of another workspace is refused.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from server.api.deps import DatabaseDep, SettingsDep, WorkspaceCallerDep, WorkspacePath
from server.api.errors import ApiError
from server.api.responses import MEMBER, Responses, errors
from server.bundles import BundleRejectedError, BundleRepeatedError, import_bundle

router = APIRouter(prefix="/workspaces/{workspace_id}/bundles", tags=["bundles"])

_RESPONSES: Responses = {
    200: {"description": "The answer bundle", "content": {"application/zip": {}}},
    **errors(409, 413, *MEMBER),
}


@router.post("", response_class=FileResponse, responses=_RESPONSES)
async def forward_bundle(
    workspace_id: WorkspacePath,
    request: Request,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    settings: SettingsDep,
) -> FileResponse:
    """Import the bundle in the body (application/zip) and answer with its answer."""
    scratch = Path(tempfile.mkdtemp(prefix="forwarded-bundle-"))
    try:
        source, target = scratch / "bundle.zip", scratch / "answer.zip"
        with source.open("wb") as out:
            async for chunk in request.stream():  # the size limit is the middleware's
                out.write(chunk)
        try:
            await run_in_threadpool(
                import_bundle, database, settings, source, target, workspace_id=workspace_id
            )
        except BundleRejectedError as exc:
            reason = str(exc).removeprefix(f"{source}: ")
            status = 409 if isinstance(exc, BundleRepeatedError) else 422
            raise ApiError(status, "bundle_refused", reason) from None
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return FileResponse(
        target,
        media_type="application/zip",
        filename="answer.zip",
        background=BackgroundTask(shutil.rmtree, scratch, ignore_errors=True),
    )
