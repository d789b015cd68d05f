"""Several records at once: add a tag or a field of action, move to an activity,
duplicate; each in one transaction, returning what it takes to undo it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.domain import KindSpec, kind_spec
from desktop.domain.fields import LIST_TYPES, FieldSpec
from desktop.models import SyncedColumns
from desktop.services.records import (
    READ_ONLY_FIELDS,
    create_record,
    get_record,
    update_record,
)
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database

ACTIVITY = "<activity>"  # the field that ties a record to its activity, whatever its name


@dataclass(frozen=True)
class BulkChange:
    """What a bulk edit did: the previous values of what it changed (to put them
    back), the kinds it touched, and how many records it had to leave alone."""

    before: dict[str, dict[str, Any]] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    without_field: int = 0  # records of a kind that has no such field
    unchanged: int = 0  # records that had the value already

    @property
    def changed(self) -> int:
        return len(self.before)


def field_for(spec: KindSpec, name: str) -> FieldSpec | None:
    """The field `name` of a kind (ACTIVITY: its link to an activity), if it has one."""
    if name == ACTIVITY:
        if spec.activity_field == "id":
            return None  # an activity is not moved into another
        return spec.field_of_column(spec.activity_field)
    return spec.field(name) if name in spec.names else None


def kinds_with(kinds: Sequence[str], name: str) -> list[str]:
    """Which of `kinds` have the field `name` (for enabling a bulk action)."""
    return [kind for kind in kinds if field_for(kind_spec(kind), name) is not None]


def add_value(
    db: Database, scope: Scope, record_ids: Sequence[str], name: str, value: Any
) -> BulkChange:
    """Add `value` to a list field (tags, fields of action, a contact's activities)
    or set a single one (an observation's activity) on every record that has it."""
    before: dict[str, dict[str, Any]] = {}
    kinds: set[str] = set()
    without = unchanged = 0
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        for record_id in record_ids:
            record = get_record(session, scope, record_id)
            spec = kind_spec(record.__kind__)
            target = field_for(spec, name)
            if target is None:
                without += 1
                continue
            old = to_public(record, taxonomy)[target.name]
            new = _with(target, old, value)
            if new == old:
                unchanged += 1
                continue
            update_record(session, scope, record_id, {target.name: new}, taxonomy=taxonomy)
            before[record_id] = {target.name: old}
            kinds.add(spec.kind)
    return BulkChange(before, frozenset(kinds), without, unchanged)


def _with(target: FieldSpec, old: Any, value: Any) -> Any:
    if target.type in LIST_TYPES:
        values = list(old or [])
        return values if value in values else [*values, value]
    return value


def put_back(db: Database, scope: Scope, values: Mapping[str, Mapping[str, Any]]) -> frozenset[str]:
    """Write the given public values back (undo of a bulk edit); returns the kinds."""
    kinds: set[str] = set()
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        for record_id, patch in values.items():
            kinds.add(update_record(session, scope, record_id, patch, taxonomy=taxonomy).__kind__)
    return frozenset(kinds)


def duplicate_records(
    db: Database, scope: Scope, record_ids: Sequence[str]
) -> list[tuple[str, str]]:
    """Copies of records (their fields, not their photos or history): (kind, new id)."""
    copies: list[tuple[str, str]] = []
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        for record_id in record_ids:
            record: SyncedColumns = get_record(session, scope, record_id)
            data = {
                name: value
                for name, value in to_public(record, taxonomy).items()
                if name not in READ_ONLY_FIELDS and value not in (None, "", [])
            }
            copy = create_record(session, scope, record.__kind__, data, taxonomy=taxonomy)
            copies.append((copy.__kind__, copy.id))
    return copies
