"""The record kinds: what each kind of record is, declared once (see kinds.py).

Layer: above `desktop.models` (the tables), below the store, services, sync, export,
command line and UI, which all follow these declarations. Plain Python: no Qt widgets.
"""

from desktop.domain.fields import (
    CHOICE_LABELS,
    CHOICE_PLURALS,
    CHOICES_CONTEXT,
    FIELD_CONTEXT,
    FIELD_HELP_CONTEXT,
    LANGUAGE_NAMES,
    LANGUAGES_CONTEXT,
    META_FIELD_LABELS,
    OTHER_ROW_LABELS,
    FieldSpec,
    FieldType,
)
from desktop.domain.kinds import KindSpec, Period
from desktop.domain.registry import (
    KINDS,
    RECORD_KINDS,
    field_label,
    kind_spec,
    link_fields,
    row_label,
    sort_source,
    spec_of,
    spec_of_table,
)

__all__ = [
    "CHOICES_CONTEXT",
    "CHOICE_LABELS",
    "CHOICE_PLURALS",
    "FIELD_CONTEXT",
    "FIELD_HELP_CONTEXT",
    "KINDS",
    "LANGUAGES_CONTEXT",
    "LANGUAGE_NAMES",
    "META_FIELD_LABELS",
    "OTHER_ROW_LABELS",
    "RECORD_KINDS",
    "FieldSpec",
    "FieldType",
    "KindSpec",
    "Period",
    "field_label",
    "kind_spec",
    "link_fields",
    "row_label",
    "sort_source",
    "spec_of",
    "spec_of_table",
]
