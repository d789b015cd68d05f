"""The record kinds of the application, in the order lists and menus show them.

Adding a kind: write its spec module beside the others and name it here (see
docs/architecture.md, "Adding a record kind"). Everything else follows the specs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from desktop.domain import activity, adaptation, contact, observation
from desktop.domain.fields import META_FIELD_LABELS, OTHER_ROW_LABELS
from desktop.domain.kinds import KindSpec
from desktop.errors import ValidationError
from desktop.models import Attachment, SyncedColumns
from desktop.tr import QT_TRANSLATE_NOOP

KINDS: Final[Mapping[str, KindSpec]] = {
    spec.kind: spec for spec in (activity.SPEC, observation.SPEC, adaptation.SPEC, contact.SPEC)
}
RECORD_KINDS: Final[tuple[str, ...]] = tuple(KINDS)
_BY_MODEL: Final[dict[type[Any], KindSpec]] = {spec.model: spec for spec in KINDS.values()}
# Links of rows that are no record kind of their own (attachments belong to a record).
_OTHER_LINKS: Final[dict[type[Any], dict[str, str]]] = {Attachment: {"owner_id": "record"}}


def kind_spec(kind: str) -> KindSpec:
    """The spec of a user-facing kind; an unknown kind is a user error, not a crash."""
    spec = KINDS.get(kind)
    if spec is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Unknown record kind \u201c{kind}\u201d (use one of: {kinds})."
            ),
            kind=kind,
            kinds=", ".join(RECORD_KINDS),
        )
    return spec


def spec_of(row: SyncedColumns | type[SyncedColumns]) -> KindSpec | None:
    """The spec of a record (or model); None for rows that are no record kind."""
    model = row if isinstance(row, type) else type(row)
    return _BY_MODEL.get(model)


def spec_of_table(table: str) -> KindSpec | None:
    return next((s for s in KINDS.values() if s.table == table), None)


def field_label(column: str, table: str | None = None) -> str | None:
    """The label source (context FIELD_CONTEXT) of a stored column, of one table's kind
    if it has that column, else of any kind, else of the bookkeeping fields."""
    specs = [s for s in KINDS.values() if s.table == table] + list(KINDS.values())
    for spec in specs:
        found = spec.field_of_column(column)
        if found is not None:
            return found.label
    return META_FIELD_LABELS.get(column)


def row_label(table: str) -> str | None:
    """The label source of a kind of row, by its table (conflicts and history name tables)."""
    spec = spec_of_table(table)
    return spec.label if spec is not None else OTHER_ROW_LABELS.get(table)


def link_fields(model: type[Any]) -> Mapping[str, str]:
    spec = _BY_MODEL.get(model)
    return spec.link_fields if spec is not None else _OTHER_LINKS.get(model, {})


def sort_source(model: type[Any]) -> str | None:
    spec = _BY_MODEL.get(model)
    return spec.sort_source if spec is not None else None
