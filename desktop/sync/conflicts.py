"""Open conflicts on this laptop, and resolving them - offline too.

A resolution is two things in one local transaction: an ordinary edit of the field
(recorded in the outbox like any edit, if the chosen value is not already there) and a
"resolve" mutation for the conflict. Both reach the server at the next sync, where the
role check happens (core group and admins resolve any conflict; staff those they are a
party to or on records they created).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.domain import KINDS, META_FIELD_LABELS, KindSpec, spec_of_table
from desktop.domain.fields import FREE_TEXT_TYPES
from desktop.errors import NotFoundError, ValidationError
from desktop.models import MODEL_BY_TABLE, OutboxMutation, SyncConflict, new_id, utcnow
from desktop.services.search import record_title
from desktop.services.taxonomy import Taxonomy
from desktop.store import Database
from desktop.store.local_state import USER_NAME, get_local
from desktop.store.tracking import next_seq
from desktop.store.wire import from_wire, to_wire
from desktop.sync.outbox import unacknowledged_for
from desktop.sync.protocol import CONFLICT_TABLE, DELETED_AT, same_value
from desktop.sync.protocol.schema import TABLE_FIELDS, field_problem
from desktop.tr import QT_TRANSLATE_NOOP

Choice = Literal["mine", "theirs"]
Side = Literal["client", "server"]


@dataclass(frozen=True)
class ConflictView:
    """One conflict as every view shows it: the CLI, the list, the dialog, the dossier."""

    id: str
    kind: str  # the record kind ("observation"), or the table of another row
    table: str
    record_id: str
    # Its title, else the whole first line of its text (never cut here: a dossier
    # redacts names before it shortens); "" if the record is gone.
    record_title: str
    # True when record_title is an excerpt of the text (a kind without a title field).
    title_is_excerpt: bool
    record_date: date | None  # the day it is about (an observation's, an activity's start)
    record_exists: bool
    field: str  # the column in conflict ("deleted_at": deleted versus edited)
    field_label: str  # the field's label source (translation context FIELD_CONTEXT)
    field_type: str  # the field's type ("markdown", "terms"…), "other" if unknown
    base_value: Any
    server_value: Any  # kept in the record until someone resolves
    client_value: Any
    server_author: str
    client_author: str
    mine: Side | None  # which value was written on this computer
    created_at: datetime
    # Names of the terms and municipalities the values name by id.
    names: dict[str, str] = dataclasses.field(default_factory=dict)

    def readable(self, value: Any) -> str | bool | None:
        """A value as a person reads it: ids as names, lists one per line."""
        if isinstance(value, list):
            return "\n".join(self.names.get(str(v), str(v)) for v in value)
        if isinstance(value, str):
            return self.names.get(value, value)
        if value is None or isinstance(value, bool):
            return value
        return str(value)

    @property
    def theirs(self) -> Side | None:
        return None if self.mine is None else ("server" if self.mine == "client" else "client")

    @property
    def free_text(self) -> bool:
        """Whether a person may write a value of their own (not lists, dates, choices)."""
        return self.field_type in FREE_TEXT_TYPES


def describe(
    session: Session, conflict: SyncConflict, taxonomy: Taxonomy | None = None
) -> ConflictView:
    taxonomy = taxonomy or Taxonomy(session, conflict.workspace_id)
    model: Any = MODEL_BY_TABLE.get(conflict.table_name)
    record = session.get(model, conflict.row_id) if model is not None else None
    spec = spec_of_table(conflict.table_name)
    field = spec.field_of_column(conflict.field_name) if spec is not None else None
    label = field.label if field is not None else META_FIELD_LABELS.get(conflict.field_name, "")
    return ConflictView(
        id=conflict.id,
        kind=spec.kind if spec is not None else conflict.table_name,
        table=conflict.table_name,
        record_id=conflict.row_id,
        record_title=record_title(record, None) if record is not None else "",
        title_is_excerpt=spec is not None and spec.title_field is None,
        record_date=_record_date(record, spec),
        record_exists=record is not None,
        field=conflict.field_name,
        field_label=label or conflict.field_name,
        field_type=field.type if field is not None else "other",
        base_value=conflict.base_value,
        server_value=conflict.server_value,
        client_value=conflict.client_value,
        server_author=conflict.server_author,
        client_author=conflict.client_author,
        mine=mine_side(session, conflict),
        created_at=conflict.created_at,
        names=_names(taxonomy, (conflict.base_value, conflict.server_value, conflict.client_value)),
    )


def _record_date(record: Any, spec: KindSpec | None) -> date | None:
    if record is None or spec is None or spec.period.timestamp:
        return None
    value = getattr(record, spec.period.start, None)
    return value if isinstance(value, date) else None


def _names(taxonomy: Taxonomy, values: Iterable[Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for value in values:
        for item in value if isinstance(value, list) else [value]:
            if not isinstance(item, str):
                continue
            if item in taxonomy.terms:
                found[item] = taxonomy.term_name(item)
            elif item in taxonomy.municipalities:
                found[item] = taxonomy.municipality_name(item)
    return found


def open_conflict_views(session: Session, workspace_id: str) -> list[ConflictView]:
    taxonomy = Taxonomy(session, workspace_id)
    return [describe(session, c, taxonomy) for c in open_conflicts(session, workspace_id)]


def load_open_conflicts(db: Database, workspace_id: str) -> list[ConflictView]:
    with db.read() as session:
        return open_conflict_views(session, workspace_id)


def load_conflict(db: Database, conflict_id: str) -> ConflictView:
    with db.read() as session:
        conflict = session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no conflict with the id {id}."),
                id=conflict_id,
            )
        return describe(session, conflict)


def first_open_conflict_of(db: Database, record_id: str) -> str | None:
    with db.read() as session:
        ids = open_conflicts_of(session, record_id)
    return ids[0] if ids else None


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
    resolve_conflicts(db, {conflict_id: choice}, actor)


def resolve_conflicts(db: Database, choices: dict[str, Choice | Any], actor: str) -> None:
    """Resolve several conflicts (one record's, from one dialog) in one transaction:
    either all choices are kept or, if one cannot be, none."""
    with db.write(actor) as session:
        for conflict_id, choice in choices.items():
            _resolve_one(session, conflict_id, choice, actor)


def load_conflicts_of(db: Database, record_id: str) -> list[ConflictView]:
    """A record's open conflicts, oldest first (what its conflict dialog shows)."""
    with db.read() as session:
        found = [session.get(SyncConflict, cid) for cid in open_conflicts_of(session, record_id)]
        conflicts = [c for c in found if c is not None]
        if not conflicts:
            return []
        taxonomy = Taxonomy(session, conflicts[0].workspace_id)
        return [describe(session, c, taxonomy) for c in conflicts]


def _resolve_one(session: Session, conflict_id: str, choice: Any, actor: str) -> None:
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


def keep_local_values(session: Session, workspace_id: str) -> int:
    """While a conflict is open, this laptop keeps what it wrote in the record.

    The server keeps the value that reached it first; without this the form would
    silently show the other person's value in place of what was just typed here. The
    field carries a conflict marker until someone resolves it; the resolution then
    sends the chosen value as an ordinary edit. Runs in a `apply_remote` session (it
    records nothing to send). Returns how many fields it set back.
    """
    kept = 0
    for conflict in open_conflicts(session, workspace_id):
        if conflict.field_name == DELETED_AT or mine_side(session, conflict) != "client":
            continue  # a deletion is not undone silently: the dialog offers to restore
        model: Any = MODEL_BY_TABLE.get(conflict.table_name)
        row = session.get(model, conflict.row_id) if model is not None else None
        if row is None or _edited_again(session, conflict):
            continue
        name = conflict.field_name
        if same_value(name, to_wire(getattr(row, name)), conflict.client_value):
            continue
        try:
            setattr(row, name, from_wire(model, name, conflict.client_value))
        except (ValueError, KeyError):
            continue  # a value this version cannot hold stays the server's
        _reconcile(row, name)  # a contact's phone follows its kept phones
        kept += 1
    if kept:
        session.flush()
    return kept


def _edited_again(session: Session, conflict: SyncConflict) -> bool:
    """Whether this laptop changed the field again since (that value stays on top)."""
    return any(
        conflict.field_name in m.changes
        for m in unacknowledged_for(session, [conflict.row_id])
        if m.table_name == conflict.table_name
    )


def mine_side(session: Session, conflict: SyncConflict) -> Side | None:
    """ "client" or "server": which value this laptop wrote (None: neither).

    The outbox knows what this laptop sent; failing that, the author names tell."""
    sides: tuple[tuple[Side, Any], ...] = (
        ("client", conflict.client_value),
        ("server", conflict.server_value),
    )
    for side, value in sides:
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


def _reconcile(row: Any, column: str) -> None:
    """Fields kept in step with the one resolved (a contact's phone with its phones)."""
    spec = KINDS.get(getattr(row, "__kind__", ""))
    if spec is None or spec.reconcile is None:
        return
    values = {column: getattr(row, column)}
    spec.reconcile(values, row)
    for name, value in values.items():
        if name != column and getattr(row, name) != value:
            setattr(row, name, value)


def _edit_field(session: Session, conflict: SyncConflict, value: Any) -> None:
    model: Any = MODEL_BY_TABLE.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    if row is None:
        return
    if same_value(conflict.field_name, to_wire(getattr(row, conflict.field_name)), value):
        if same_value(conflict.field_name, conflict.server_value, value):
            return  # the server holds this value already
        # This laptop kept its own value while the conflict was open (keep_local_values):
        # the server still holds the other one, so the choice is sent as an edit.
        flag_modified(row, conflict.field_name)
        session.flush()
        return
    spec = TABLE_FIELDS.get(conflict.table_name, {}).get(conflict.field_name)
    problem = field_problem(spec, value) if spec is not None else None
    try:
        if problem is not None:
            raise ValueError(problem)
        setattr(row, conflict.field_name, from_wire(model, conflict.field_name, value))
        _reconcile(row, conflict.field_name)
    except (ValueError, KeyError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid value for {field}."),
            field=conflict.field_name,
            value=str(value),
        ) from exc
    session.flush()
