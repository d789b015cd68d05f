"""The change feed: rows changed after a cursor, in change-sequence order, with conflicts.

A page holds the latest state of each row whose last change is after the cursor, plus
every conflict of those rows created or resolved after it (a conflict always bumps
its row, so no conflict can be missed). Sequence numbers are assigned in commit order
per workspace, so a page never skips a change that commits later.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import Checkpoint, ConflictInfo, RowState
from server.models import Conflict, RowVersion, Workspace
from server.models import RowState as RowStateRow
from server.sync.convert import conflict_to_wire
from server.sync.push import with_blob_flags

# A pull page's rows and conflicts as JSON stay below this (docs/sync.md "Pull"): 12
# rows of 25 MB once made one 300 MB answer and 1.6 GB of server memory.
PAGE_MAX_BYTES = 4 * 1024 * 1024


def high_water(session: Session, workspace_id: str) -> int:
    workspace = session.get(Workspace, workspace_id)
    return workspace.last_seq if workspace is not None else 0


def checkpoint_known(session: Session, workspace_id: str, checkpoint: Checkpoint | None) -> bool:
    """Does this server still hold the change the client saw last? (False after a restore
    from an older copy, even if new changes have reused its sequence number since.)"""
    if checkpoint is None or checkpoint.seq == 0:
        return True
    query = select(RowVersion.change_id).where(
        RowVersion.workspace_id == workspace_id, RowVersion.server_seq == checkpoint.seq
    )
    return session.scalars(query).first() == checkpoint.change_id


def pull_page(
    session: Session,
    workspace_id: str,
    cursor: int,
    limit: int,
    max_bytes: int = PAGE_MAX_BYTES,
) -> tuple[list[RowState], list[ConflictInfo], int, bool]:
    """(rows, conflicts, new cursor, has_more): at most `limit` rows, and no more than
    fit in `max_bytes` of JSON with their conflicts - but always at least one row, so
    a page of one large row still moves the cursor on."""
    query = (
        select(RowStateRow)
        .where(RowStateRow.workspace_id == workspace_id, RowStateRow.server_seq > cursor)
        .order_by(RowStateRow.server_seq)
        .limit(limit + 1)
    )
    found = list(session.scalars(query))
    candidates = found[:limit]
    conflicts = _conflicts_of(session, workspace_id, candidates, cursor)
    rows, conflicts = _fit(with_blob_flags(session, workspace_id, candidates), conflicts, max_bytes)
    has_more = len(found) > len(rows)
    new_cursor = rows[-1].server_seq if rows else cursor
    return rows, conflicts, new_cursor, has_more


def _fit(
    rows: list[RowState], conflicts: list[ConflictInfo], max_bytes: int
) -> tuple[list[RowState], list[ConflictInfo]]:
    """The longest prefix of `rows` (at least one) that fits in `max_bytes` of JSON
    together with the rows' conflicts, and those conflicts."""
    by_row: dict[tuple[str, str], list[ConflictInfo]] = {}
    for conflict in conflicts:
        by_row.setdefault((conflict.table, conflict.row_id), []).append(conflict)
    kept: list[RowState] = []
    size = 0
    for row in rows:
        own = by_row.get((row.table, row.row_id), [])
        cost = _json_bytes(row) + sum(_json_bytes(c) for c in own)
        if kept and size + cost > max_bytes:
            break
        kept.append(row)
        size += cost
    keys = {(row.table, row.row_id) for row in kept}
    return kept, [c for c in conflicts if (c.table, c.row_id) in keys]


def _json_bytes(model: BaseModel) -> int:
    return len(model.__pydantic_serializer__.to_json(model))


def _conflicts_of(
    session: Session, workspace_id: str, rows: list[RowStateRow], cursor: int
) -> list[ConflictInfo]:
    keys = {(r.table_name, r.row_id) for r in rows}
    row_ids = sorted({row_id for _, row_id in keys})
    found: list[ConflictInfo] = []
    for start in range(0, len(row_ids), 500):
        query = (
            select(Conflict)
            .where(
                Conflict.workspace_id == workspace_id,
                Conflict.row_id.in_(row_ids[start : start + 500]),
                Conflict.updated_seq > cursor,
            )
            .order_by(Conflict.updated_seq)
        )
        found.extend(
            conflict_to_wire(c) for c in session.scalars(query) if (c.table_name, c.row_id) in keys
        )
    return found
