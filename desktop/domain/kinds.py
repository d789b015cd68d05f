"""`KindSpec`: everything about one kind of record, declared once.

The store, the services, the sync engine, the exports, the command line and the UI
all follow these declarations: which table and model, which fields with their types
and labels, which text is searched, how lists sort and filter, what a new record gets
by default and which rules it must keep. See docs/architecture.md, "Adding a record
kind".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.fields import FieldSpec
from desktop.errors import ValidationError
from desktop.models import SyncedColumns

# A rule across fields of one record: the problem, or None when the record keeps it.
RecordCheck = Callable[[Any], ValidationError | None]


@dataclass(frozen=True)
class Period:
    """Which column(s) place a record in time, for "from … to …" filters.

    With `end`, a record is in a period when its span overlaps it (an activity that
    ends later or has no end lasts one day); `timestamp` columns hold datetimes."""

    start: str
    end: str | None = None
    timestamp: bool = False


@dataclass(frozen=True)
class KindSpec:
    model: type[SyncedColumns]
    label: str  # QT_TRANSLATE_NOOP("Fields", …)
    plural_label: str  # QT_TRANSLATE_NOOP("Fields", …)
    fields: tuple[FieldSpec, ...]  # in the order forms and data files show them
    # Section of the data file (docs/data-format.md) holding records of this kind.
    section: str
    # The column that names a record in lists and dossiers (None: its first text line).
    title_field: str | None
    # Text columns indexed for full-text search (the title weighs more).
    search_fields: tuple[str, ...]
    # The column whose folded prefix fills `sort_key` (sorting by name or text in SQL).
    sort_source: str | None
    # Sort key (as the CLI and the list headers name it) -> column.
    sort_columns: Mapping[str, str]
    default_sort: tuple[str, bool]  # key, descending
    period: Period
    # How a record belongs to an activity: "id" (it is one), an id field or an id-list.
    activity_field: str
    # Columns naming a municipality; with none, the municipality of its activity counts.
    municipality_fields: tuple[str, ...] = ()
    checks: tuple[RecordCheck, ...] = field(default_factory=tuple)
    # Keeps fields that depend on each other in step (stored values, record or None).
    reconcile: Callable[[dict[str, Any], Any], None] | None = None

    @property
    def kind(self) -> str:
        """The public name: CLI arguments, data files, `record.__kind__`."""
        return self.model.__kind__

    @property
    def table(self) -> str:
        """The table name, which is also the record's name on the sync wire."""
        return str(self.model.__tablename__)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def field_of_column(self, column: str) -> FieldSpec | None:
        """The field stored in `column` (conflicts and history name columns)."""
        return next((f for f in self.fields if f.attr == column), None)

    @property
    def link_fields(self) -> dict[str, str]:
        """Columns that refer to other rows -> the kind referred to (for `record_link`)."""
        return {f.attr: target for f in self.fields if (target := f.link_target) is not None}

    def problems(self, record: Any) -> list[ValidationError]:
        """Every rule across fields that `record` breaks."""
        return [problem for check in self.checks if (problem := check(record)) is not None]
