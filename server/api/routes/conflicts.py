"""Conflicts of a workspace: list them, resolve one (core/admin, or a party to it)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from desktop.sync.protocol import ConflictList, ResolveRequest, ResolveResponse
from server.api.deps import DatabaseDep, WorkspaceCallerDep
from server.api.errors import ApiError
from server.models import utcnow
from server.sync.resolve import UnknownConflictError, list_conflicts, resolve_now

router = APIRouter(prefix="/workspaces/{workspace_id}/conflicts", tags=["conflicts"])


@router.get("", response_model=ConflictList)
def conflicts(
    workspace_id: str,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    status: Annotated[Literal["open", "resolved", "all"], Query()] = "open",
) -> ConflictList:
    with database.read() as session:
        found = list_conflicts(session, workspace_id, None if status == "all" else status)
    return ConflictList(
        server_instance_id=database.instance_id(), server_time=utcnow(), conflicts=found
    )


@router.post("/{conflict_id}/resolve", response_model=ResolveResponse)
def resolve(
    workspace_id: str,
    conflict_id: str,
    body: ResolveRequest,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
) -> ResolveResponse:
    with database.write(lock_workspace=workspace_id) as session:
        try:
            resolution = resolve_now(session, caller, workspace_id, conflict_id, body, utcnow())
        except UnknownConflictError:
            raise ApiError(404, "unknown_conflict", "there is no such conflict") from None
    if resolution.result.status == "quarantined":
        raise ApiError(403, "forbidden", resolution.result.detail or "not allowed")
    return ResolveResponse(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        result=resolution.result,
        conflict=resolution.conflict,
        row=resolution.row,
    )
