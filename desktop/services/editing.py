"""What a form needs: a record to show, and saving what is valid of it in one write.

`check()` answers once with every problem of a set of values - a value that does not
parse, a required field left empty, a rule across fields (an end before the start) -
and `save_form()` then writes the valid fields in one transaction. A value that
breaks a rule only together with another (the start date, against the stored end
date) is found in memory, never by trying writes one after another.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import KindSpec, kind_spec, spec_of_table
from desktop.errors import UserError, ValidationError
from desktop.models import SyncConflict, SyncedColumns
from desktop.services.codec import is_empty, parse_value
from desktop.services.records import (
    create_record,
    find_record,
    get_record,
    reject_unknown_fields,
    update_record,
)
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.tr import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Stamp:
    """What changes whenever a record is written, here or by a sync."""

    version: int
    updated_at: datetime

    @classmethod
    def of(cls, record: SyncedColumns) -> Stamp:
        return cls(record.version, record.updated_at)


@dataclass(frozen=True)
class FormRecord:
    values: dict[str, Any]  # public values, as the services take them
    trashed: bool
    # The form's fields (spec names) changed differently elsewhere and not yet resolved;
    # "deleted_at" when deleting and editing crossed.
    conflicted_fields: tuple[str, ...]
    stamp: Stamp

    @property
    def open_conflicts(self) -> int:
        return len(self.conflicted_fields)


@dataclass
class SaveOutcome:
    record_id: str | None = None  # None: a new record that could not be created yet
    stamp: Stamp | None = None
    saved: set[str] = field(default_factory=set)
    problems: dict[str, ValidationError] = field(default_factory=dict)
    # A failure that is no field's (the disk is full, the record went away).
    failure: UserError | None = None


def load_form_record(db: Database, scope: Scope, record_id: str) -> FormRecord:
    with db.read() as session:
        record = get_record(session, scope, record_id)
        return FormRecord(
            values=to_public(record, Taxonomy(session, scope.workspace_id)),
            trashed=record.deleted_at is not None,
            conflicted_fields=conflicted_fields_of(session, record_id),
            stamp=Stamp.of(record),
        )


def conflicted_fields_of(session: Session, record_id: str) -> tuple[str, ...]:
    """The record's fields (by their form names) with an open conflict, oldest first."""
    query = (
        select(SyncConflict.table_name, SyncConflict.field_name)
        .where(SyncConflict.row_id == record_id, SyncConflict.status == "open")
        .order_by(SyncConflict.created_at, SyncConflict.id)
    )
    names: list[str] = []
    for table, column in session.execute(query):
        spec = spec_of_table(table)
        found = spec.field_of_column(column) if spec is not None else None
        name = found.name if found is not None else column
        if name not in names:
            names.append(name)
    return tuple(names)


def stamp_of(db: Database, record_id: str) -> tuple[Stamp | None, tuple[str, ...]]:
    """What the record's version is now, and which of its fields are in conflict."""
    with db.read() as session:
        record = find_record(session, record_id)
        stamp = Stamp.of(record) if record is not None else None
        return stamp, conflicted_fields_of(session, record_id)


def check(
    session: Session,
    scope: Scope,
    kind: str,
    values: Mapping[str, Any],
    *,
    record: SyncedColumns | None = None,
    taxonomy: Taxonomy | None = None,
) -> tuple[dict[str, Any], dict[str, ValidationError]]:
    """Every problem of `values` (public names) at once, by field; and the stored form
    of the valid ones (by column). `record` is the stored record an update starts from."""
    spec = kind_spec(kind)
    taxonomy = taxonomy or Taxonomy(session, scope.workspace_id)
    problems: dict[str, ValidationError] = {}
    try:
        reject_unknown_fields(spec, values)
    except ValidationError as error:
        problems[error.field or "?"] = error
    parsed: dict[str, Any] = {}
    for spec_field in spec.fields:
        if spec_field.name not in values:
            continue
        try:
            parsed[spec_field.attr] = parse_value(
                session, taxonomy, spec_field, values[spec_field.name]
            )
        except ValidationError as error:
            problems[spec_field.name] = error
    for name, broken in _rule_problems(spec, record, parsed).items():
        problems.setdefault(name, broken)
        parsed.pop(spec.field(name).attr, None)
    return parsed, problems


def _rule_problems(
    spec: KindSpec, record: SyncedColumns | None, parsed: dict[str, Any]
) -> dict[str, ValidationError]:
    """Required fields and rules across fields, on the record as it would be.

    A broken rule is blamed on a field of the change: the one it names if that
    changed, else the first changed field without which the rule holds."""
    base = {f.attr: getattr(record, f.attr) if record is not None else None for f in spec.fields}
    found: dict[str, ValidationError] = {}
    for spec_field in spec.fields:
        if spec_field.required and spec_field.attr in parsed and is_empty(parsed[spec_field.attr]):
            found[spec_field.name] = ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} is required."), field=spec_field.name
            )
            parsed.pop(spec_field.attr)
    candidate = dict(parsed)
    while True:
        broken = spec.problems(SimpleNamespace(**{**base, **candidate}))
        if not broken:
            return found
        problem = broken[0]
        named = spec.field(problem.field) if problem.field in spec.names else None
        culprit = named.attr if named is not None and named.attr in candidate else None
        if culprit is None:
            culprit = next(
                (
                    attr
                    for attr in candidate
                    if not spec.problems(SimpleNamespace(**{**base, **_without(candidate, attr)}))
                ),
                next(iter(candidate), None),
            )
        if culprit is None:
            return found  # the stored record itself breaks the rule; nothing to blame
        name = next(f.name for f in spec.fields if f.attr == culprit)
        found[name] = problem
        candidate.pop(culprit)
        parsed.pop(culprit, None)


def _without(values: dict[str, Any], attr: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k != attr}


def save_form(
    db: Database, scope: Scope, kind: str, record_id: str | None, values: Mapping[str, Any]
) -> SaveOutcome:
    """Write what is valid of `values` in one transaction; report every problem.

    A new record is created only when its required fields are valid (until then it
    is a draft in the form); an existing one gets every valid field."""
    outcome = SaveOutcome(record_id=record_id)
    try:
        with db.write(scope.actor) as session:
            taxonomy = Taxonomy(session, scope.workspace_id)
            record = get_record(session, scope, record_id) if record_id else None
            parsed, outcome.problems = check(
                session, scope, kind, values, record=record, taxonomy=taxonomy
            )
            valid = {
                f.name: values[f.name]
                for f in kind_spec(kind).fields
                if f.name in values and f.name not in outcome.problems
            }
            if record is None:
                if _missing_required(kind, valid):
                    return outcome
                record = create_record(session, scope, kind, valid, taxonomy=taxonomy)
            elif valid:
                record = update_record(session, scope, record.id, valid, taxonomy=taxonomy)
            outcome.record_id = record.id
            outcome.saved = set(valid)
            outcome.stamp = Stamp.of(record)
    except ValidationError as error:  # a rule the in-memory check could not foresee
        outcome.saved = set()
        outcome.stamp = None
        outcome.record_id = record_id
        outcome.problems.setdefault(error.field or "?", error)
    except UserError as error:
        outcome.saved = set()
        outcome.record_id = record_id
        outcome.failure = error
    return outcome


def _missing_required(kind: str, valid: Mapping[str, Any]) -> bool:
    return any(
        f.required and is_empty(valid.get(f.name)) and not f.default for f in kind_spec(kind).fields
    )
