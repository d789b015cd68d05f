"""Administrator tools for rows no laptop can store, and for refused mutations.

A server that ran before values were checked at the door may hold rows with a value
no laptop can store (a year-10000 timestamp, a 2^64 integer, a label that is not
text). Laptops set such rows aside, so nobody is stuck, but nobody sees them either.
`repair` gives each such row a new version with the offending fields reset to their
empty value: it syncs out like any change, and the old value stays in the history.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.sync.protocol import TABLE_FIELDS, field_problem
from server.models import Quarantine, RowState, RowVersion, Workspace

REPAIR_ACTOR = "server administrator"


@dataclass(frozen=True)
class InvalidRow:
    workspace_id: str
    table: str
    row_id: str
    version: int
    problems: dict[str, str]  # field -> reason


def find_invalid_rows(session: Session, workspace_id: str | None = None) -> Iterator[InvalidRow]:
    """Every current row with a value outside the wire schema (a full scan, in chunks)."""
    query = select(RowState).order_by(RowState.workspace_id, RowState.table_name, RowState.row_id)
    if workspace_id is not None:
        query = query.where(RowState.workspace_id == workspace_id)
    for state in session.scalars(query.execution_options(yield_per=1000)):
        problems = _problems(state.table_name, state.fields)
        if problems:
            yield InvalidRow(
                state.workspace_id, state.table_name, state.row_id, state.version, problems
            )


def _problems(table: str, fields: dict[str, Any]) -> dict[str, str]:
    spec = TABLE_FIELDS.get(table, {})
    found: dict[str, str] = {}
    for name, value in fields.items():
        field = spec.get(name)
        problem = field_problem(field, value) if field is not None else None
        if problem is not None:
            found[name] = problem
    return found


def repair_row(session: Session, row: InvalidRow, now: datetime) -> None:
    """A new version of the row with every invalid field set to its empty value.

    The caller holds the workspace's push lock (sequence numbers in commit order)."""
    state = session.get(RowState, (row.workspace_id, row.table, row.row_id))
    workspace = session.get(Workspace, row.workspace_id)
    if state is None or workspace is None:
        return
    spec = TABLE_FIELDS[row.table]
    fields = dict(state.fields)
    for name in row.problems:
        fields[name] = spec[name].default()
    workspace.last_seq += 1
    state.fields = fields
    state.version += 1
    state.server_seq = workspace.last_seq
    state.change_id = str(uuid.uuid4())
    state.updated_at, state.updated_by = now, REPAIR_ACTOR
    session.add(
        RowVersion(
            workspace_id=state.workspace_id,
            table_name=state.table_name,
            row_id=state.row_id,
            version=state.version,
            server_seq=state.server_seq,
            change_id=state.change_id,
            kind="repair",
            fields=dict(fields),
            changed_fields=sorted(row.problems),
            conflict_ids=[],
            actor=REPAIR_ACTOR,
            account_username="",
            device_id="",
            mutation_id=None,
            client_time=None,
            committed_at=now,
        )
    )


def remove_quarantined(
    session: Session, ids: list[str], workspace_id: str | None = None, *, everything: bool = False
) -> int:
    """Delete records of refused mutations (they were never applied to any row)."""
    query = delete(Quarantine)
    if workspace_id is not None:
        query = query.where(Quarantine.workspace_id == workspace_id)
    if not everything:
        query = query.where(Quarantine.id.in_(ids))
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]
