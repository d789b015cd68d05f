"""The public fields of each record kind, declared once.

One `FieldSpec` per field drives validation, the JSON interface (`docs/data-format.md`),
imports, and the labels the UI shows. Public names are part of the scripting
interface: never rename one without a migration of that interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop.models import (
    ADAPTATION_STATUSES,
    ELEMENT_KINDS,
    FRAMEWORK_FACTORS,
    Activity,
    AdaptationNote,
    Contact,
    Observation,
    SyncedColumns,
)
from desktop.tr import QT_TRANSLATE_NOOP

FieldType = Literal[
    "text",  # one line
    "markdown",  # multi-line text with simple formatting
    "date",
    "bool",
    "enum",
    "enum_list",
    "email",
    "phone",
    "country",
    "languages",
    "record",  # id of another record
    "records",  # list of ids of other records
    "term",  # name of a taxonomy term
    "terms",  # list of names of taxonomy terms
    "municipality",  # name of a municipality
]

FIELD_CONTEXT = "Fields"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    label: str
    column: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    term_kind: str | None = None
    target_kind: str | None = None
    # Unknown names create a new term (tags, districts) instead of being an error.
    creates_terms: bool = False
    # False for values a record always has (its date): they can change, not be removed.
    empty_allowed: bool = True
    max_length: int | None = None

    @property
    def attr(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class KindSpec:
    kind: str
    model: type[SyncedColumns]
    label: str
    plural_label: str
    fields: tuple[FieldSpec, ...]

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)


def _fields_of_action() -> FieldSpec:
    return FieldSpec(
        "fields_of_action",
        "terms",
        QT_TRANSLATE_NOOP("Fields", "Fields of action"),
        term_kind="field_of_action",
    )


def _tags() -> FieldSpec:
    return FieldSpec(
        "tags", "terms", QT_TRANSLATE_NOOP("Fields", "Tags"), term_kind="tag", creates_terms=True
    )


ACTIVITY = KindSpec(
    "activity",
    Activity,
    QT_TRANSLATE_NOOP("Fields", "Activity"),
    QT_TRANSLATE_NOOP("Fields", "Activities"),
    (
        FieldSpec(
            "title", "text", QT_TRANSLATE_NOOP("Fields", "Title"), required=True, max_length=300
        ),
        FieldSpec(
            "activity_type",
            "term",
            QT_TRANSLATE_NOOP("Fields", "Type"),
            column="activity_type_id",
            required=True,
            term_kind="activity_type",
        ),
        FieldSpec(
            "starts_on", "date", QT_TRANSLATE_NOOP("Fields", "Start date"), empty_allowed=False
        ),
        FieldSpec("ends_on", "date", QT_TRANSLATE_NOOP("Fields", "End date")),
        FieldSpec(
            "host_municipality",
            "municipality",
            QT_TRANSLATE_NOOP("Fields", "Host municipality"),
            column="host_municipality_id",
        ),
        FieldSpec("place", "text", QT_TRANSLATE_NOOP("Fields", "Place"), max_length=300),
        FieldSpec("participants", "markdown", QT_TRANSLATE_NOOP("Fields", "Participants")),
        FieldSpec("description", "markdown", QT_TRANSLATE_NOOP("Fields", "Description")),
        _fields_of_action(),
    ),
)

OBSERVATION = KindSpec(
    "observation",
    Observation,
    QT_TRANSLATE_NOOP("Fields", "Observation"),
    QT_TRANSLATE_NOOP("Fields", "Observations"),
    (
        FieldSpec(
            "activity_id",
            "record",
            QT_TRANSLATE_NOOP("Fields", "Activity"),
            target_kind="activity",
        ),
        FieldSpec("text", "markdown", QT_TRANSLATE_NOOP("Fields", "Text"), required=True),
        FieldSpec("observed_on", "date", QT_TRANSLATE_NOOP("Fields", "Date"), empty_allowed=False),
        FieldSpec("author", "text", QT_TRANSLATE_NOOP("Fields", "Author"), max_length=200),
        _fields_of_action(),
        FieldSpec(
            "district",
            "term",
            QT_TRANSLATE_NOOP("Fields", "District"),
            column="district_id",
            term_kind="district",
            creates_terms=True,
        ),
        FieldSpec(
            "target_groups",
            "terms",
            QT_TRANSLATE_NOOP("Fields", "Target groups"),
            term_kind="target_group",
        ),
        _tags(),
        FieldSpec(
            "gender_remark", "markdown", QT_TRANSLATE_NOOP("Fields", "Gender mainstreaming remark")
        ),
    ),
)

ADAPTATION = KindSpec(
    "adaptation",
    AdaptationNote,
    QT_TRANSLATE_NOOP("Fields", "Adaptation note"),
    QT_TRANSLATE_NOOP("Fields", "Adaptation notes"),
    (
        FieldSpec(
            "activity_id",
            "record",
            QT_TRANSLATE_NOOP("Fields", "Activity"),
            target_kind="activity",
        ),
        FieldSpec(
            "element_kind",
            "enum",
            QT_TRANSLATE_NOOP("Fields", "Kind of element"),
            required=True,
            choices=ELEMENT_KINDS,
        ),
        FieldSpec(
            "element",
            "text",
            QT_TRANSLATE_NOOP("Fields", "Element"),
            required=True,
            max_length=300,
        ),
        FieldSpec(
            "from_municipality",
            "municipality",
            QT_TRANSLATE_NOOP("Fields", "From"),
            column="from_municipality_id",
        ),
        FieldSpec(
            "to_municipality",
            "municipality",
            QT_TRANSLATE_NOOP("Fields", "To"),
            column="to_municipality_id",
        ),
        FieldSpec(
            "origin_description",
            "markdown",
            QT_TRANSLATE_NOOP("Fields", "At the origin"),
        ),
        FieldSpec("adaptation", "markdown", QT_TRANSLATE_NOOP("Fields", "Adaptation")),
        FieldSpec("rationale", "markdown", QT_TRANSLATE_NOOP("Fields", "Rationale")),
        FieldSpec(
            "framework_factors",
            "enum_list",
            QT_TRANSLATE_NOOP("Fields", "Framework conditions"),
            choices=FRAMEWORK_FACTORS,
        ),
        FieldSpec(
            "status",
            "enum",
            QT_TRANSLATE_NOOP("Fields", "Status"),
            choices=ADAPTATION_STATUSES,
        ),
        FieldSpec("effects", "markdown", QT_TRANSLATE_NOOP("Fields", "Effects observed")),
        FieldSpec(
            "observation_ids",
            "records",
            QT_TRANSLATE_NOOP("Fields", "Supporting observations"),
            target_kind="observation",
        ),
        _fields_of_action(),
        FieldSpec(
            "principles",
            "terms",
            QT_TRANSLATE_NOOP("Fields", "Principles"),
            term_kind="principle",
        ),
        _tags(),
    ),
)

CONTACT = KindSpec(
    "contact",
    Contact,
    QT_TRANSLATE_NOOP("Fields", "Contact"),
    QT_TRANSLATE_NOOP("Fields", "Contacts"),
    (
        FieldSpec(
            "name", "text", QT_TRANSLATE_NOOP("Fields", "Name"), required=True, max_length=200
        ),
        FieldSpec(
            "organisation", "text", QT_TRANSLATE_NOOP("Fields", "Organisation"), max_length=300
        ),
        FieldSpec("role", "text", QT_TRANSLATE_NOOP("Fields", "Role"), max_length=200),
        FieldSpec(
            "municipality",
            "municipality",
            QT_TRANSLATE_NOOP("Fields", "Municipality"),
            column="municipality_id",
        ),
        FieldSpec("country", "country", QT_TRANSLATE_NOOP("Fields", "Country")),
        FieldSpec("email", "email", QT_TRANSLATE_NOOP("Fields", "E-mail")),
        FieldSpec("phone", "phone", QT_TRANSLATE_NOOP("Fields", "Phone")),
        FieldSpec("languages", "languages", QT_TRANSLATE_NOOP("Fields", "Languages")),
        _fields_of_action(),
        FieldSpec(
            "activity_ids",
            "records",
            QT_TRANSLATE_NOOP("Fields", "Met at activities"),
            target_kind="activity",
        ),
        FieldSpec("met_at", "text", QT_TRANSLATE_NOOP("Fields", "Where met"), max_length=300),
        FieldSpec("notes", "markdown", QT_TRANSLATE_NOOP("Fields", "Notes")),
        FieldSpec("consent_given", "bool", QT_TRANSLATE_NOOP("Fields", "Consent given")),
        FieldSpec("consent_date", "date", QT_TRANSLATE_NOOP("Fields", "Consent date")),
        FieldSpec(
            "consent_scope", "text", QT_TRANSLATE_NOOP("Fields", "Consent scope"), max_length=300
        ),
        FieldSpec("consent_note", "markdown", QT_TRANSLATE_NOOP("Fields", "Consent note")),
    ),
)

KINDS: dict[str, KindSpec] = {
    spec.kind: spec for spec in (ACTIVITY, OBSERVATION, ADAPTATION, CONTACT)
}

# Labels for enumeration values, shown in the UI and in dossiers.
CHOICE_LABELS: dict[str, str] = {
    "module": QT_TRANSLATE_NOOP("Choices", "Module"),
    "structure": QT_TRANSLATE_NOOP("Choices", "Structure"),
    "method": QT_TRANSLATE_NOOP("Choices", "Method"),
    "principle": QT_TRANSLATE_NOOP("Choices", "Principle"),
    "idea": QT_TRANSLATE_NOOP("Choices", "Idea"),
    "planned": QT_TRANSLATE_NOOP("Choices", "Planned"),
    "piloting": QT_TRANSLATE_NOOP("Choices", "Piloting"),
    "implemented": QT_TRANSLATE_NOOP("Choices", "Implemented"),
    "dropped": QT_TRANSLATE_NOOP("Choices", "Dropped"),
    "law": QT_TRANSLATE_NOOP("Choices", "Law"),
    "funding": QT_TRANSLATE_NOOP("Choices", "Funding"),
    "administrative_culture": QT_TRANSLATE_NOOP("Choices", "Administrative culture"),
    "actors": QT_TRANSLATE_NOOP("Choices", "Actors"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
}


def kind_spec(kind: str) -> KindSpec:
    return KINDS[kind]
