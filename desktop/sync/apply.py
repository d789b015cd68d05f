"""Rows and conflicts from the server into the local database, local edits kept on top.

Runs inside the caller's write session opened with `apply_remote=True`: the store then
records no outbox mutation but still maintains `record_link` and the search index.
After the server's state of a row is written, the row's unacknowledged local
mutations are applied again in local order, so an edit made while syncing (or
offline before) is never hidden by the server's older view.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.models import MODEL_BY_TABLE, SyncConflict, SyncedColumns
from desktop.store.wire import from_wire, user_fields
from desktop.sync.outbox import pending_resolutions, unacknowledged_for
from desktop.sync.protocol import TABLE_FIELDS, ConflictInfo, RowState, field_problem
from desktop.sync.set_aside import forget_stored, set_aside, split_storable

log = logging.getLogger("desktop.sync")


@dataclass
class AppliedRows:
    written: int = 0
    set_aside: int = 0


def apply_rows(
    session: Session,
    workspace_id: str,
    rows: Sequence[RowState],
    *,
    force: bool = False,
    answer: bool = False,
) -> AppliedRows:
    """Write the server's rows; a row this laptop cannot store is set aside instead.

    A row not newer than the local one (e.g. this laptop's own change coming back, or an
    older bundle's answer) is skipped unless `force`. The rows of a push `answer` are
    written at the local version too: the server sends them because its state is not
    what this laptop shows (an edit it took as "no change" may still be shown on top of
    that very version), and no later pull sends a version this laptop has again.
    """
    rows, refused = split_storable(rows)
    written: dict[str, SyncedColumns] = {}
    stored: list[RowState] = []
    by_table: dict[str, list[RowState]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row)
    for table, items in by_table.items():
        model: Any = MODEL_BY_TABLE.get(table)
        if model is None:
            log.warning("skipping %d row(s) of unknown table %s", len(items), table)
            continue
        local = _versions(session, model, [r.row_id for r in items])
        if not force:
            # This laptop has that version already (its own change coming back, or an
            # older answer): skipped before any row object is loaded.
            items = [
                r
                for r in items
                if local.get(r.row_id, -1) < r.version
                or (answer and local.get(r.row_id) == r.version)
            ]
        existing = _load(session, model, [r.row_id for r in items if r.row_id in local])
        fields = set(user_fields(model))
        for row in items:
            obj = existing.get(row.row_id)
            if obj is None:
                obj = model(id=row.row_id)
                session.add(obj)
                existing[row.row_id] = obj
            _assign(obj, model, row, fields, workspace_id)
            written[row.row_id] = obj
            stored.append(row)
    _reapply_local_edits(session, written)
    set_aside(session, workspace_id, refused)
    forget_stored(session, stored)
    session.flush()
    return AppliedRows(written=len(written), set_aside=len(refused))


def set_versions(session: Session, versions: dict[str, tuple[str, int]]) -> None:
    """After an "applied" answer: the row equals the server's at this version."""
    by_table: dict[str, dict[str, int]] = {}
    for row_id, (table, version) in versions.items():
        by_table.setdefault(table, {})[row_id] = version
    for table, items in by_table.items():
        model: Any = MODEL_BY_TABLE.get(table)
        if model is None:
            continue
        # Plain UPDATEs: only the version changes, so no store hook has anything to do.
        table_ = model.__table__
        session.flush()
        session.connection().execute(
            update(table_)
            .where(table_.c.id == bindparam("row_id"), table_.c.version < bindparam("new_version"))
            .values(version=bindparam("new_version")),
            [{"row_id": row_id, "new_version": version} for row_id, version in items.items()],
        )


def _versions(session: Session, model: Any, ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        query = select(model.id, model.version).where(model.id.in_(ids[start : start + 500]))
        found.update({row_id: int(version) for row_id, version in session.execute(query)})
    return found


def _load(session: Session, model: Any, ids: list[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        query = select(model).where(model.id.in_(ids[start : start + 500]))
        found.update({obj.id: obj for obj in session.scalars(query)})
    return found


def _assign(obj: Any, model: Any, row: RowState, fields: set[str], workspace_id: str) -> None:
    # Every value was checked against the wire schema first (split_storable), so a
    # conversion here cannot fail on a value the columns cannot hold.
    obj.workspace_id = workspace_id if row.table != "workspace" else row.row_id
    obj.version = row.version
    obj.created_at, obj.created_by = row.created_at, row.created_by
    obj.updated_at, obj.updated_by = row.updated_at, row.updated_by
    for name, value in row.fields.items():
        if name not in fields:
            continue  # a field this version does not have yet
        try:
            setattr(obj, name, from_wire(model, name, value))
        except ValueError as exc:
            log.warning("ignoring %s.%s from the server: %s", row.table, name, exc)


def _reapply_local_edits(session: Session, objects: dict[str, SyncedColumns]) -> None:
    if not objects:
        return
    for mutation in unacknowledged_for(session, list(objects)):
        obj = objects.get(mutation.row_id)
        if obj is None or mutation.table_name != type(obj).__tablename__:
            continue
        model = type(obj)
        spec = TABLE_FIELDS.get(mutation.table_name, {})
        for name, value in mutation.changes.items():
            # A value no store can hold (an outbox from an older version) must not stop
            # the page: it is not re-applied, and the server refuses it at the push.
            problem = field_problem(spec[name], value) if name in spec else None
            if problem is not None:
                log.warning("cannot re-apply %s.%s: %s", model.__tablename__, name, problem)
                continue
            try:
                setattr(obj, name, from_wire(model, name, value))
            except (ValueError, KeyError, OverflowError) as exc:
                log.warning("cannot re-apply %s.%s: %s", model.__tablename__, name, exc)


def apply_conflicts(
    session: Session, workspace_id: str, conflicts: Sequence[ConflictInfo]
) -> set[str]:
    """Store the server's conflicts locally; returns the ids of newly seen open ones.

    A conflict resolved here whose resolution is still on its way keeps its local
    resolution (the same rule as edits: local changes stay on top)."""
    resolving = pending_resolutions(session)
    new_open: set[str] = set()
    for info in conflicts:
        conflict = session.get(SyncConflict, info.id)
        if conflict is None:
            conflict = SyncConflict(id=info.id, workspace_id=workspace_id)
            session.add(conflict)
            if info.status == "open":
                new_open.add(info.id)
        conflict.table_name = info.table
        conflict.row_id = info.row_id
        conflict.field_name = info.field
        conflict.base_value = info.base_value
        conflict.server_value = info.server_value
        conflict.client_value = info.client_value
        conflict.server_author = info.server_author
        conflict.client_author = info.client_author
        conflict.created_at = info.created_at
        if info.id in resolving and conflict.status == "resolved":
            continue
        conflict.status = info.status
        conflict.resolved_at = info.resolved_at
        conflict.resolved_by = info.resolved_by
        conflict.resolution = info.resolution
    return new_open
