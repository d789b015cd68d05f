"""Resolving a conflict through the API (the desktop resolves through its outbox instead).

Both paths end in the same place: an ordinary edit of the field (if the chosen value is
not already there) and a "resolve" mutation, applied by the push ledger with the same
role check, so a resolution made online and one made offline behave alike.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import (
    CONFLICT_TABLE,
    ConflictInfo,
    Mutation,
    MutationResult,
    ResolveRequest,
    RowState,
    same_value,
)
from server.models import Conflict
from server.sync.caller import Caller
from server.sync.convert import conflict_to_wire
from server.sync.ledger import Ledger
from server.sync.push import rows_by_key
from server.sync.validate import Problem


class UnknownConflictError(LookupError):
    pass


class ResolutionRefusedError(Exception):
    """The caller may not resolve the conflict so; raised before anything is written,
    so the caller's transaction rolls back and the record stays as it was."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


@dataclass(frozen=True)
class Resolution:
    result: MutationResult
    conflict: ConflictInfo
    row: RowState | None


def list_conflicts(session: Session, workspace_id: str, status: str | None) -> list[ConflictInfo]:
    query = select(Conflict).where(Conflict.workspace_id == workspace_id)
    if status is not None:
        query = query.where(Conflict.status == status)
    return [conflict_to_wire(c) for c in session.scalars(query.order_by(Conflict.created_at))]


def resolve_now(
    session: Session,
    caller: Caller,
    workspace_id: str,
    conflict_id: str,
    request: ResolveRequest,
    now: datetime,
) -> Resolution:
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.workspace_id != workspace_id:
        raise UnknownConflictError(conflict_id)
    ledger = Ledger(session, caller, workspace_id, str(uuid.uuid4()), now)
    value = _chosen(conflict, request)
    if conflict.status == "open":
        problem = ledger.resolution_problem(conflict, request.take, value)
        if problem is not None:
            raise ResolutionRefusedError(problem)
    row = ledger.row((conflict.table_name, conflict.row_id))
    current = row.fields.get(conflict.field_name) if row is not None else None
    if (
        conflict.status == "open"
        and row is not None
        and not same_value(conflict.field_name, current, value)
    ):
        edit = _mutation(caller, conflict.table_name, conflict.row_id, now, row.version)
        edit.op = _op_for(conflict.field_name, value)
        edit.changes = {conflict.field_name: value}
        written = ledger.apply(edit)
        if written.status == "quarantined":  # e.g. workspace settings by a non-admin
            raise ResolutionRefusedError(Problem(written.reason or "", written.detail or ""))
    resolve = _mutation(caller, CONFLICT_TABLE, conflict.id, now, 0)
    resolve.op = "resolve"
    resolve.changes = {"take": request.take, "value": value}
    result = ledger.apply(resolve)
    ledger.finish()
    rows = rows_by_key(session, workspace_id, {(conflict.table_name, conflict.row_id)})
    return Resolution(result, conflict_to_wire(conflict), rows[0] if rows else None)


def _chosen(conflict: Conflict, request: ResolveRequest) -> Any:
    if request.take == "server":
        return conflict.server_value
    if request.take == "client":
        return conflict.client_value
    return request.value


def _op_for(field: str, value: Any) -> Any:
    if field != "deleted_at":
        return "update"
    return "delete" if value is not None else "restore"


def _mutation(caller: Caller, table: str, row_id: str, now: datetime, base: int) -> Mutation:
    return Mutation(
        mutation_id=str(uuid.uuid4()),
        table=table,
        row_id=row_id,
        op="update",
        base_version=base,
        actor=caller.username,
        created_at=now,
    )
