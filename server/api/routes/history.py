"""The full version history of a record (who, device, when, which fields)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from desktop.sync.protocol import HistoryResponse
from server.api.deps import DatabaseDep, IdPath, WorkspaceCallerDep, WorkspacePath
from server.api.errors import ApiError
from server.api.responses import MEMBER, errors
from server.models import utcnow
from server.sync.history import find_table, row_history

router = APIRouter(prefix="/workspaces/{workspace_id}/rows", tags=["history"])


@router.get("/{row_id}/history", response_model=HistoryResponse, responses=errors(404, *MEMBER))
def history(
    workspace_id: WorkspacePath,
    row_id: IdPath,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    table: Annotated[str | None, Query(pattern=r"^[a-z_]{1,32}$")] = None,
) -> HistoryResponse:
    with database.read() as session:
        table = table or find_table(session, workspace_id, row_id)
        entries = row_history(session, workspace_id, table, row_id) if table else []
    if table is None or not entries:
        raise ApiError(404, "unknown_row", "the server has no record with this id")
    return HistoryResponse(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        table=table,
        row_id=row_id,
        entries=entries,
    )
