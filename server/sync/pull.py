"""The change feed: rows changed after a cursor, in change-sequence order, with conflicts.

A page holds the latest state of each row whose last change is after the cursor, plus
every conflict of those rows created or resolved after it (a conflict always bumps
its row, so no conflict can be missed). Sequence numbers are assigned in commit order
per workspace, so a page never skips a change that commits later.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import Checkpoint, ConflictInfo, RowState
from server.models import Conflict, RowVersion, Workspace
from server.models import RowState as RowStateRow
from server.sync.convert import conflict_to_wire
from server.sync.push import with_blob_flags


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
    session: Session, workspace_id: str, cursor: int, limit: int
) -> tuple[list[RowState], list[ConflictInfo], int, bool]:
    """(rows, conflicts, new cursor, has_more)."""
    query = (
        select(RowStateRow)
        .where(RowStateRow.workspace_id == workspace_id, RowStateRow.server_seq > cursor)
        .order_by(RowStateRow.server_seq)
        .limit(limit + 1)
    )
    found = list(session.scalars(query))
    has_more = len(found) > limit
    page = found[:limit]
    conflicts = _conflicts_of(session, workspace_id, page, cursor)
    new_cursor = page[-1].server_seq if page else cursor
    return with_blob_flags(session, workspace_id, page), conflicts, new_cursor, has_more


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
