"""Every write of a synced row stamps it and records an outbox mutation, in the same flush.

This is a session hook rather than a services-layer habit so that no code path can
write data without its history: the mutation is part of the very transaction that
changes the row, and rolls back with it.

Session flags (in `session.info`):
- "actor": who writes (required for local writes).
- "apply_remote": rows come from the sync server; stamp nothing, record nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from desktop.domain import sort_source
from desktop.models import OutboxMutation, SyncedColumns, new_id, utcnow
from desktop.models.local import base_values_of, with_base_values
from desktop.store.textfold import sort_key
from desktop.store.wire import JSONValue, to_wire, user_fields

# Autosave writes about once a second while somebody types. Consecutive edits of one
# row by the same person, not yet handed to the sync engine, fold into one mutation
# within this window, so the outbox holds edits at the granularity of a sitting.
COALESCE_WINDOW = timedelta(minutes=10)
REINDEX_KEY = "_field_dossier_reindex"
PENDING_KEY = "_field_dossier_pending_mutations"
SEQ_KEY = "_field_dossier_outbox_seq"


class HardDeleteError(RuntimeError):
    """A synced row was deleted outright; user actions only ever tombstone (a bug)."""


def install_tracking(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_commit", _forget_pending)
    event.listen(factory, "after_rollback", _forget_pending)


def _forget_pending(session: Session) -> None:
    session.info.pop(PENDING_KEY, None)
    session.info.pop(SEQ_KEY, None)


def _before_flush(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    remote = bool(session.info.get("apply_remote"))
    now = utcnow()
    touched: list[SyncedColumns] = session.info.setdefault(REINDEX_KEY, [])
    for obj in session.deleted:
        # Synced rows are tombstoned, never deleted: other laptops and the history need them.
        if isinstance(obj, SyncedColumns):
            raise HardDeleteError(f"hard delete of {type(obj).__name__} {obj.id}")
    for obj in list(session.new):
        if isinstance(obj, SyncedColumns):
            _refresh_sort_key(obj)
            touched.append(obj)
            if not remote:
                _stamp_new(obj, _actor(session), now)
                _record(session, obj, "insert", _all_changes(obj), now)
    for obj in list(session.dirty):
        if not isinstance(obj, SyncedColumns):
            continue
        changes = _changed_fields(obj)
        if not changes:
            continue
        _refresh_sort_key(obj)
        touched.append(obj)
        if not remote:
            obj.updated_at = now
            obj.updated_by = _actor(session)
            _record(session, obj, _op_for(changes), changes, now, _seen_values(obj, changes))


def _actor(session: Session) -> str:
    actor = session.info.get("actor")
    if not isinstance(actor, str):
        raise RuntimeError("local writes need session.info['actor'] (use Database.write)")
    return actor


def _stamp_new(obj: SyncedColumns, actor: str, now: datetime) -> None:
    if not obj.id:
        obj.id = new_id()
    obj.created_at = obj.created_at or now
    obj.created_by = obj.created_by or actor
    obj.updated_at = obj.updated_at or now
    obj.updated_by = obj.updated_by or actor


def _refresh_sort_key(obj: SyncedColumns) -> None:
    source = sort_source(type(obj))
    if source is not None:
        obj.sort_key = sort_key(getattr(obj, source) or "")  # type: ignore[attr-defined]


def _all_changes(obj: SyncedColumns) -> dict[str, JSONValue]:
    _apply_column_defaults(obj)
    return {name: to_wire(getattr(obj, name)) for name in user_fields(type(obj))}


def _apply_column_defaults(obj: SyncedColumns) -> None:
    """Fill unset attributes with their column defaults now, as the INSERT would,
    so the insert mutation carries exactly the values the row gets."""
    for column in inspect(type(obj)).columns:
        default = column.default
        if default is None or getattr(obj, column.key) is not None:
            continue
        if default.is_scalar:
            setattr(obj, column.key, default.arg)
        elif default.is_callable:
            setattr(obj, column.key, default.arg(None))


def _changed_fields(obj: SyncedColumns) -> dict[str, JSONValue]:
    state = inspect(obj)
    changes: dict[str, JSONValue] = {}
    for name in user_fields(type(obj)):
        history = state.attrs[name].history
        if not history.added:
            continue
        new = history.added[0]
        if history.deleted and history.deleted[0] == new:
            continue
        changes[name] = to_wire(new)
    return changes


def _seen_values(obj: SyncedColumns, changes: dict[str, JSONValue]) -> dict[str, JSONValue]:
    """The values the author saw of the fields they changed (where loaded): the base the
    server merges this edit against, even after it was restored from a backup and
    hands out the version numbers this laptop saw once again for other changes."""
    state = inspect(obj)
    seen: dict[str, JSONValue] = {}
    for name in changes:
        deleted = state.attrs[name].history.deleted
        if deleted:
            seen[name] = to_wire(deleted[0])
    return seen


def _op_for(changes: dict[str, JSONValue]) -> str:
    if "deleted_at" in changes:
        return "restore" if changes["deleted_at"] is None else "delete"
    return "update"


def _record(
    session: Session,
    obj: SyncedColumns,
    op: str,
    changes: dict[str, JSONValue],
    now: datetime,
    seen: dict[str, JSONValue] | None = None,
) -> None:
    actor = _actor(session)
    # A row that is being inserted has no history to chain to.
    previous = None if op == "insert" else _latest_unacknowledged(session, obj.id)
    if previous is not None and _can_coalesce(previous, op, actor, now):
        # A field the earlier edit changed keeps the base that edit was made on.
        earlier = base_values_of(previous)
        added = {k: v for k, v in (seen or {}).items() if k not in previous.changes}
        previous.changes = {**previous.changes, **changes}
        if previous.op != "insert":
            previous.result = with_base_values(previous.result, {**added, **earlier})
        return
    mutation = OutboxMutation(
        seq=next_seq(session),
        mutation_id=new_id(),
        workspace_id=getattr(obj, "workspace_id", obj.id),
        table_name=type(obj).__tablename__,
        row_id=obj.id,
        op=op,
        base_version=obj.version or 0,
        base_mutation_id=previous.mutation_id if previous is not None else None,
        changes=changes,
        actor=actor,
        created_at=now,
        state="pending",
        result=with_base_values(None, seen) if seen else None,
    )
    session.add(mutation)
    pending: dict[str, OutboxMutation] = session.info.setdefault(PENDING_KEY, {})
    pending[obj.id] = mutation


def next_seq(session: Session) -> int:
    """The next local order number, assigned here so inserts batch (no per-row RETURNING).

    Safe because write transactions begin IMMEDIATE: one writer at a time. Public for
    mutations the sync engine records itself (conflict resolutions)."""
    current = session.info.get(SEQ_KEY)
    if current is None:
        with session.no_autoflush:
            current = session.execute(
                select(func.coalesce(func.max(OutboxMutation.seq), 0))
            ).scalar_one()
    session.info[SEQ_KEY] = int(current) + 1
    return int(current) + 1


def _latest_unacknowledged(session: Session, row_id: str) -> OutboxMutation | None:
    pending: dict[str, OutboxMutation] = session.info.get(PENDING_KEY, {})
    if row_id in pending:
        return pending[row_id]
    with session.no_autoflush:
        query = (
            select(OutboxMutation)
            .where(
                OutboxMutation.row_id == row_id,
                OutboxMutation.state.in_(("pending", "frozen")),
            )
            .order_by(OutboxMutation.seq.desc())
            .limit(1)
        )
        return session.scalars(query).first()


def _can_coalesce(previous: OutboxMutation, op: str, actor: str, now: datetime) -> bool:
    return (
        op == "update"
        and previous.op in ("insert", "update")
        and previous.state == "pending"
        and previous.batch_id is None
        and previous.actor == actor
        and now - previous.created_at < COALESCE_WINDOW
    )


def touched_rows(session: Session) -> list[Any]:
    """Rows written in the current flush (consumed by the derived-index hook)."""
    rows: list[Any] = session.info.pop(REINDEX_KEY, [])
    return rows
