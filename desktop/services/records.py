"""Create, update, tombstone, restore and read records of the four user-facing kinds.

Each function works inside the caller's write session (one user action = one
transaction); the store records the outbox mutation in that same transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, ValidationError
from desktop.models import (
    RECORD_KINDS,
    Activity,
    AdaptationNote,
    Contact,
    SyncedColumns,
    new_id,
    utcnow,
)
from desktop.services.codec import UUID_PATTERN, is_empty, parse_value, remember_record
from desktop.services.schema import KindSpec, kind_spec
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
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
) -> SyncedColumns:
    """Validate `data` (public field names) and add the record to the session.

    `flush=False` leaves the write to the end of the transaction, so a bulk import
    runs the store's hooks once per batch instead of once per record.
    """
    spec = _spec(kind)
    taxonomy = taxonomy or Taxonomy(session, scope.workspace_id)
    _reject_unknown_fields(spec, data)
    values = _parse_fields(session, taxonomy, spec, data)
    _apply_creation_defaults(kind, values, scope)
    record_id = _requested_id(session, data.get("id"))
    model: Any = spec.model
    record: SyncedColumns = model(id=record_id, workspace_id=scope.workspace_id, **values)
    if meta is not None:
        for name, value in vars(meta).items():
            if value is not None:
                setattr(record, name, value)
    _check_required(spec, record)
    _check_consistency(record)
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
    spec = _spec(record.__kind__)
    taxonomy = taxonomy or Taxonomy(session, scope.workspace_id)
    _reject_unknown_fields(spec, patch)
    _reject_read_only_changes(record, patch)
    for attr, value in _parse_fields(session, taxonomy, spec, patch).items():
        setattr(record, attr, value)
    _check_required(spec, record)
    _check_consistency(record)
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
    for kind in RECORD_KINDS:
        record = session.get(kind_spec(kind).model, record_id.strip().lower())
        if record is not None:
            return record
    return None


def _spec(kind: str) -> KindSpec:
    if kind not in RECORD_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown record kind \u201c{kind}\u201d (use one of: {kinds})."
            ),
            kind=kind,
            kinds=", ".join(RECORD_KINDS),
        )
    return kind_spec(kind)


def _reject_unknown_fields(spec: KindSpec, data: Mapping[str, Any]) -> None:
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


def _apply_creation_defaults(kind: str, values: dict[str, Any], scope: Scope) -> None:
    today = date.today()
    if kind == "observation":
        values.setdefault("observed_on", today)
        values["observed_on"] = values["observed_on"] or today
        if not values.get("author"):
            values["author"] = scope.actor
    elif kind == "activity":
        values["starts_on"] = values.get("starts_on") or today
    elif kind == "adaptation":
        values["status"] = values.get("status") or "idea"


def _requested_id(session: Session, raw: Any) -> str:
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
    if find_record(session, record_id) is not None:
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


def _check_consistency(record: SyncedColumns) -> None:
    if isinstance(record, Activity):
        if record.ends_on is not None and record.ends_on < record.starts_on:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The end date lies before the start date."),
                field="ends_on",
            )
    elif isinstance(record, AdaptationNote):
        if (
            record.from_municipality_id is not None
            and record.from_municipality_id == record.to_municipality_id
        ):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "An element is transferred between two different municipalities."
                ),
                field="to_municipality",
            )
    elif isinstance(record, Contact):
        _check_consent(record)


def _check_consent(contact: Contact) -> None:
    if contact.consent_given and contact.consent_date is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Consent needs the date on which it was given."),
            field="consent_date",
        )
    if contact.consent_date is not None and contact.consent_date > date.today():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The consent date lies in the future."),
            field="consent_date",
        )
