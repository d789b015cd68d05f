"""Conflicts of a workspace: list them, resolve one (core/admin, or a party to it)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from desktop.sync.protocol import ConflictList, ResolveRequest, ResolveResponse
from server.api.deps import DatabaseDep, IdPath, WorkspaceCallerDep, WorkspacePath
from server.api.errors import ApiError
from server.api.responses import MEMBER, WITH_BODY, errors
from server.models import utcnow
from server.sync.resolve import (
    ResolutionRefusedError,
    UnknownConflictError,
    list_conflicts,
    resolve_now,
)

router = APIRouter(prefix="/workspaces/{workspace_id}/conflicts", tags=["conflicts"])


@router.get("", response_model=ConflictList, responses=errors(*MEMBER))
def conflicts(
    workspace_id: WorkspacePath,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
    status: Annotated[Literal["open", "resolved", "all"], Query()] = "open",
) -> ConflictList:
    with database.read() as session:
        found = list_conflicts(session, workspace_id, None if status == "all" else status)
    return ConflictList(
        server_instance_id=database.instance_id(), server_time=utcnow(), conflicts=found
    )


@router.post(
    "/{conflict_id}/resolve",
    response_model=ResolveResponse,
    responses=errors(401, 403, 404, *WITH_BODY),
)
def resolve(
    workspace_id: WorkspacePath,
    conflict_id: IdPath,
    body: ResolveRequest,
    caller: WorkspaceCallerDep,
    database: DatabaseDep,
) -> ResolveResponse:
    with database.write(lock_workspace=workspace_id) as session:
        try:
            resolution = resolve_now(session, caller, workspace_id, conflict_id, body, utcnow())
        except UnknownConflictError:
            raise ApiError(404, "unknown_conflict", "there is no such conflict") from None
        except ResolutionRefusedError as exc:  # raised before anything was written
            status = 403 if exc.problem.reason == "forbidden" else 422
            raise ApiError(status, exc.problem.reason, exc.problem.detail) from None
    return ResolveResponse(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        result=resolution.result,
        conflict=resolution.conflict,
        row=resolution.row,
    )
