"""The sync protocol: status (server identity check), push, pull (ARCHITECTURE "Sync")."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Query

from desktop.sync.protocol import (
    MAX_PULL_LIMIT,
    Checkpoint,
    PullPage,
    PushRequest,
    PushResponse,
    SyncStatus,
)
from server.api.deps import (
    DatabaseDep,
    SeqQuery,
    SettingsDep,
    SignedDep,
    WorkspaceQuery,
    member,
)
from server.api.errors import ApiError
from server.api.responses import MEMBER, WITH_BODY, errors
from server.models import Device, utcnow
from server.sync.pull import checkpoint_known, high_water, pull_page
from server.sync.push import BatchReusedError, push_batch

router = APIRouter(prefix="/sync", tags=["sync"])
log = logging.getLogger("server.sync")


@router.get("/status", response_model=SyncStatus, responses=errors(*MEMBER))
def status(
    workspace_id: WorkspaceQuery,
    signed: SignedDep,
    database: DatabaseDep,
    seq: SeqQuery = 0,
    change_id: Annotated[str, Query(max_length=36)] = "",
) -> SyncStatus:
    """Who this server is, and whether it still knows the change the client saw last."""
    member(database, signed, workspace_id)
    with database.read() as session:
        known = checkpoint_known(session, workspace_id, Checkpoint(seq=seq, change_id=change_id))
        water = high_water(session, workspace_id)
    return SyncStatus(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        workspace_id=workspace_id,
        high_water=water,
        checkpoint_known=known,
    )


@router.post("/push", response_model=PushResponse, responses=errors(401, 403, 409, *WITH_BODY))
def push(body: PushRequest, signed: SignedDep, database: DatabaseDep) -> PushResponse:
    """Apply one frozen batch in one transaction; a retried batch gets the same answer."""
    if body.device_id != signed.device_id:
        raise ApiError(403, "wrong_device", "push from the device you signed in from")
    caller = member(database, signed, body.workspace_id)
    with database.write(lock_workspace=body.workspace_id) as session:
        device = session.get(Device, body.device_id)
        if device is None:
            raise ApiError(403, "device_not_registered", "register this device first")
        if device.account_id != signed.account_id:
            raise ApiError(403, "device_not_yours", "this device id belongs to another account")
        try:
            outcome = push_batch(session, caller, body, utcnow())
        except BatchReusedError:
            raise ApiError(
                409, "batch_reused", "this batch id was used before for other mutations"
            ) from None
    statuses: dict[str, int] = {}
    for result in outcome.results:
        statuses[result.status] = statuses.get(result.status, 0) + 1
    log.info(
        "push",
        extra={
            "workspace_id": body.workspace_id,
            "device_id": body.device_id,
            "batch_id": body.batch_id,
            "account": caller.username,
            "mutations": len(body.mutations),
            "statuses": statuses,
        },
    )
    return PushResponse(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        batch_id=body.batch_id,
        results=outcome.results,
        rows=outcome.rows,
        conflicts=outcome.conflicts,
    )


@router.get("/pull", response_model=PullPage, responses=errors(*MEMBER))
def pull(
    workspace_id: WorkspaceQuery,
    signed: SignedDep,
    database: DatabaseDep,
    settings: SettingsDep,
    cursor: SeqQuery = 0,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PULL_LIMIT)] = None,
) -> PullPage:
    """Rows changed after `cursor` (latest state each) and their conflicts, in order."""
    member(database, signed, workspace_id)
    with database.read() as session:
        rows, conflicts, new_cursor, has_more = pull_page(
            session,
            workspace_id,
            cursor,
            limit or settings.pull_page_default,
            settings.pull_page_max_bytes,
        )
        water = high_water(session, workspace_id)
    last = rows[-1] if rows else None
    return PullPage(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        workspace_id=workspace_id,
        cursor_from=cursor,
        cursor=new_cursor,
        has_more=has_more,
        high_water=water,
        checkpoint=Checkpoint(seq=last.server_seq, change_id=last.change_id) if last else None,
        rows=rows,
        conflicts=conflicts,
    )
