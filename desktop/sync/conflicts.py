"""Open conflicts on this laptop, and resolving them - offline too.

A resolution is two things in one local transaction: an ordinary edit of the field
(recorded in the outbox like any edit, if the chosen value is not already there) and a
"resolve" mutation for the conflict. Both reach the server at the next sync, where the
role check happens (core group and admins resolve any conflict; staff those they are a
party to or on records they created).
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.models import MODEL_BY_TABLE, OutboxMutation, SyncConflict, new_id, utcnow
from desktop.services.workspace import USER_NAME, get_local
from desktop.store import Database
from desktop.store.tracking import next_seq
from desktop.store.wire import from_wire, to_wire
from desktop.sync.protocol import CONFLICT_TABLE, same_value
from desktop.tr import QT_TRANSLATE_NOOP

Choice = Literal["mine", "theirs"]


def open_conflicts(session: Session, workspace_id: str) -> list[SyncConflict]:
    query = (
        select(SyncConflict)
        .where(SyncConflict.workspace_id == workspace_id, SyncConflict.status == "open")
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    return list(session.scalars(query))


def open_conflict_count(session: Session, workspace_id: str) -> int:
    query = (
        select(func.count())
        .select_from(SyncConflict)
        .where(SyncConflict.workspace_id == workspace_id, SyncConflict.status == "open")
    )
    return int(session.execute(query).scalar_one())


def open_conflicts_of(session: Session, record_id: str) -> list[str]:
    """Ids of a record's open conflicts, oldest first."""
    query = (
        select(SyncConflict.id)
        .where(SyncConflict.row_id == record_id, SyncConflict.status == "open")
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    return list(session.scalars(query))


def resolve_conflict(db: Database, conflict_id: str, choice: Choice | Any, actor: str) -> None:
    """Take "mine", "theirs" or an explicit value (as on the wire) for the conflict."""
    with db.write(actor) as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no conflict with the id {id}."),
                id=conflict_id,
            )
        if conflict.status != "open":
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This conflict has been resolved already.")
            )
        take, value = _chosen_value(session, conflict, choice)
        _edit_field(session, conflict, value)
        conflict.status = "resolved"
        conflict.resolved_at = utcnow()
        conflict.resolved_by = actor
        conflict.resolution = {"take": take, "value": value}
        session.add(
            OutboxMutation(
                seq=next_seq(session),
                mutation_id=new_id(),
                workspace_id=conflict.workspace_id,
                table_name=CONFLICT_TABLE,
                row_id=conflict.id,
                op="resolve",
                base_version=0,
                base_mutation_id=None,
                changes={"take": take, "value": value},
                actor=actor,
                created_at=utcnow(),
                state="pending",
            )
        )


def mine_side(session: Session, conflict: SyncConflict) -> str | None:
    """ "client" or "server": which value this laptop wrote (None: neither).

    The outbox knows what this laptop sent; failing that, the author names tell."""
    for side, value in (("client", conflict.client_value), ("server", conflict.server_value)):
        if _wrote_here(session, conflict, value):
            return side
    me = get_local(session, USER_NAME) or ""
    if me and conflict.client_author == me and conflict.server_author != me:
        return "client"
    if me and conflict.server_author == me and conflict.client_author != me:
        return "server"
    return None


def _wrote_here(session: Session, conflict: SyncConflict, value: Any) -> bool:
    query = select(OutboxMutation.changes).where(
        OutboxMutation.row_id == conflict.row_id,
        OutboxMutation.table_name == conflict.table_name,
    )
    for changes in session.scalars(query):
        if conflict.field_name in changes and same_value(
            conflict.field_name, changes[conflict.field_name], value
        ):
            return True
    return False


def _chosen_value(session: Session, conflict: SyncConflict, choice: Any) -> tuple[str, Any]:
    if choice not in ("mine", "theirs"):
        return "value", choice
    mine = mine_side(session, conflict)
    if mine is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Neither value was written on this computer, so \u201cmine\u201d and "
                "\u201ctheirs\u201d are unclear here. Give the value to keep instead.",
            )
        )
    side = mine if choice == "mine" else ("server" if mine == "client" else "client")
    return side, conflict.client_value if side == "client" else conflict.server_value


def _edit_field(session: Session, conflict: SyncConflict, value: Any) -> None:
    model: Any = MODEL_BY_TABLE.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is None:
        return
    if same_value(conflict.field_name, to_wire(getattr(row, conflict.field_name)), value):
        return
    try:
        setattr(row, conflict.field_name, from_wire(model, conflict.field_name, value))
    except (ValueError, KeyError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid value for {field}."),
            field=conflict.field_name,
            value=str(value),
        ) from exc
    session.flush()
