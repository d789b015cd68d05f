"""Create, update, tombstone, restore and read records of the four user-facing kinds.

Each function works inside the caller's write session (one user action = one
transaction); the store records the outbox mutation in that same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import KINDS, KindSpec, kind_spec
from desktop.domain.fields import ACTOR, TODAY
from desktop.errors import NotFoundError, ValidationError
from desktop.models import SyncedColumns, new_id, utcnow
from desktop.services.codec import UUID_PATTERN, is_empty, parse_value, remember_record
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.tr import QT_TRANSLATE_NOOP

# Present in `show` output; accepted (and ignored) in input so output can be fed back.
READ_ONLY_FIELDS = frozenset(
    {
        "id",
        "kind",
        "version",
        "created_at",
        "created_by",
        "updated_at",
        "updated_by",
        "deleted_at",
        "attachments",
    }
)


@dataclass(frozen=True)
class RecordMeta:
    """Audit values kept when records move between data dirs (export-data/import)."""

    created_at: datetime | None = None
    created_by: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    deleted_at: datetime | None = None


def create_record(
    session: Session,
    scope: Scope,
    kind: str,
    data: Mapping[str, Any],
    *,
    taxonomy: Taxonomy | None = None,
    meta: RecordMeta | None = None,
    flush: bool = True,
    id_is_free: bool = False,
) -> SyncedColumns:
    """Validate `data` (public field names) and add the record to the session.

    `flush=False` leaves the write to the end of the transaction, so a bulk import
    runs the store's hooks once per batch instead of once per record. `id_is_free`:
    the caller has looked up the requested id already (a bulk import does so for the
    whole file in a few queries instead of one lookup per kind and record).
    """
    spec = kind_spec(kind)
    taxonomy = taxonomy or Taxonomy(session, scope.workspace_id)
    reject_unknown_fields(spec, data)
    values = _parse_fields(session, taxonomy, spec, data)
    if spec.reconcile is not None:
        spec.reconcile(values, None)
    _apply_creation_defaults(spec, values, scope)
    record_id = _requested_id(session, data.get("id"), looked_up=id_is_free)
    model: Any = spec.model
    record: SyncedColumns = model(id=record_id, workspace_id=scope.workspace_id, **values)
    if meta is not None:
        for name, value in vars(meta).items():
            if value is not None:
                setattr(record, name, value)
    _check_required(spec, record)
    _check_rules(spec, record)
    session.add(record)
    remember_record(session, kind, record_id)
    if flush:
        session.flush()
    return record


def update_record(
    session: Session,
    scope: Scope,
    record_id: str,
    patch: Mapping[str, Any],
    *,
    taxonomy: Taxonomy | None = None,
) -> SyncedColumns:
    record = get_record(session, scope, record_id)
    if record.deleted_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This record is in the trash. Restore it before editing.")
        )
    spec = kind_spec(record.__kind__)
    taxonomy = taxonomy or Taxonomy(session, scope.workspace_id)
    reject_unknown_fields(spec, patch)
    _reject_read_only_changes(record, patch)
    values = _parse_fields(session, taxonomy, spec, patch)
    if spec.reconcile is not None:
        spec.reconcile(values, record)
    for attr, value in values.items():
        setattr(record, attr, value)
    _check_required(spec, record)
    _check_rules(spec, record)
    session.flush()
    return record


def delete_record(session: Session, scope: Scope, record_id: str) -> SyncedColumns:
    """Move a record to the trash (a tombstone): nothing is hard-deleted by a user."""
    record = get_record(session, scope, record_id)
    if record.deleted_at is None:
        record.deleted_at = utcnow()
        session.flush()
    return record


def restore_record(session: Session, scope: Scope, record_id: str) -> SyncedColumns:
    record = get_record(session, scope, record_id)
    if record.deleted_at is not None:
        record.deleted_at = None
        session.flush()
    return record


def get_record(session: Session, scope: Scope, record_id: str) -> SyncedColumns:
    """A record of any user-facing kind by id (trashed ones included)."""
    record = find_record(session, record_id)
    if record is None or getattr(record, "workspace_id", None) != scope.workspace_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no record with the id {id}."), id=record_id
        )
    return record


def find_record(session: Session, record_id: str) -> SyncedColumns | None:
    if not UUID_PATTERN.match(record_id.strip()):
        return None
    for spec in KINDS.values():
        record = session.get(spec.model, record_id.strip().lower())
        if record is not None:
            return record
    return None


def reject_unknown_fields(spec: KindSpec, data: Mapping[str, Any]) -> None:
    if not isinstance(data, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A record must be a JSON object."))
    unknown = sorted(set(data) - set(spec.names) - READ_ONLY_FIELDS)
    if unknown:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown field(s) for {kind}: {fields}."),
            field=unknown[0],
            kind=spec.kind,
            fields=", ".join(unknown),
        )


def _reject_read_only_changes(record: SyncedColumns, patch: Mapping[str, Any]) -> None:
    for name in ("id", "kind"):
        current = record.id if name == "id" else record.__kind__
        if name in patch and str(patch[name]) != current:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} cannot be changed."), field=name
            )


def _parse_fields(
    session: Session, taxonomy: Taxonomy, spec: KindSpec, data: Mapping[str, Any]
) -> dict[str, Any]:
    return {
        field.attr: parse_value(session, taxonomy, field, data[field.name])
        for field in spec.fields
        if field.name in data
    }


def _apply_creation_defaults(spec: KindSpec, values: dict[str, Any], scope: Scope) -> None:
    """What the spec fills in for a new record when the caller leaves a field empty."""
    for field in spec.fields:
        if field.default is None or values.get(field.attr):
            continue
        defaults = {TODAY: date.today(), ACTOR: scope.actor}
        values[field.attr] = defaults.get(field.default, field.default)


def _requested_id(session: Session, raw: Any, *, looked_up: bool = False) -> str:
    """Scripts may choose the id of a new record (idempotent adds); it must be free."""
    if raw is None or raw == "":
        return new_id()
    record_id = str(raw).strip().lower()
    if not UUID_PATTERN.match(record_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid id (a UUID)."),
            field="id",
            value=str(raw),
        )
    if not looked_up and find_record(session, record_id) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A record with the id {value} exists already."),
            field="id",
            value=record_id,
        )
    return record_id


def _check_required(spec: KindSpec, record: SyncedColumns) -> None:
    for field in spec.fields:
        if field.required and is_empty(getattr(record, field.attr)):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} is required."), field=field.name
            )


def _check_rules(spec: KindSpec, record: SyncedColumns) -> None:
    problems = spec.problems(record)
    if problems:
        raise problems[0]


def trash_records(db: Database, scope: Scope, record_ids: Sequence[str]) -> list[str]:
    """Move records to the trash in one transaction; returns the kinds they were."""
    with db.write(scope.actor) as session:
        return [delete_record(session, scope, record_id).__kind__ for record_id in record_ids]


def restore_records(db: Database, scope: Scope, record_ids: Sequence[str]) -> list[str]:
    """Bring records back from the trash in one transaction; returns their kinds."""
    with db.write(scope.actor) as session:
        return [restore_record(session, scope, record_id).__kind__ for record_id in record_ids]
