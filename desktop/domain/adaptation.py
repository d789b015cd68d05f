"""Adaptation notes: how a transferred element had to change at its destination."""

from __future__ import annotations

from typing import Any

from desktop.domain.fields import FieldSpec, fields_of_action, tags
from desktop.domain.kinds import KindSpec, Period
from desktop.errors import ValidationError
from desktop.models import ADAPTATION_STATUSES, ELEMENT_KINDS, FRAMEWORK_FACTORS, AdaptationNote
from desktop.tr import QT_TRANSLATE_NOOP


def _between_two_municipalities(record: Any) -> ValidationError | None:
    if (
        record.from_municipality_id is not None
        and record.from_municipality_id == record.to_municipality_id
    ):
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "An element is transferred between two different municipalities."
            ),
            field="to_municipality",
        )
    return None


SPEC = KindSpec(
    model=AdaptationNote,
    label=QT_TRANSLATE_NOOP("Fields", "Adaptation note"),
    plural_label=QT_TRANSLATE_NOOP("Fields", "Adaptation notes"),
    fields=(
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
            suggested="module",
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
            help=QT_TRANSLATE_NOOP(
                "FieldHelp",
                "How the element works where it comes from: who runs it, for whom, with "
                "what means. Describe it as the colleagues there would, before any "
                "change: the adaptation and its reasons are only understandable against "
                "this starting point.",
            ),
        ),
        FieldSpec(
            "adaptation",
            "markdown",
            QT_TRANSLATE_NOOP("Fields", "Adaptation"),
            help=QT_TRANSLATE_NOOP(
                "FieldHelp",
                "What was changed so that the element works here: a different target "
                "group, partner, format, budget or timing. Name the concrete differences "
                "to the origin, not the element as a whole.",
            ),
        ),
        FieldSpec(
            "rationale",
            "markdown",
            QT_TRANSLATE_NOOP("Fields", "Rationale"),
            help=QT_TRANSLATE_NOOP(
                "FieldHelp",
                "Why it had to change: the local conditions (law, funding, people, "
                "language, what already exists) that made the original form unworkable "
                "here. This is the heart of the documentation: the next municipality "
                "can only judge whether the adaptation fits its own situation if it "
                "knows the reasons.",
            ),
        ),
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
            default="idea",
            suggested="idea",
        ),
        FieldSpec("effects", "markdown", QT_TRANSLATE_NOOP("Fields", "Effects observed")),
        FieldSpec(
            "observation_ids",
            "records",
            QT_TRANSLATE_NOOP("Fields", "Supporting observations"),
            target_kind="observation",
        ),
        fields_of_action(),
        FieldSpec(
            "principles",
            "terms",
            QT_TRANSLATE_NOOP("Fields", "Principles"),
            term_kind="principle",
        ),
        tags(),
    ),
    section="adaptations",
    title_field="element",
    search_fields=("element", "origin_description", "adaptation", "rationale", "effects"),
    sort_source="element",
    sort_columns={
        "element": "sort_key",
        "kind": "element_kind",
        "status": "status",
        "updated": "updated_at",
    },
    default_sort=("updated", True),
    period=Period("created_at", timestamp=True),
    activity_field="activity_id",
    municipality_fields=("from_municipality_id", "to_municipality_id"),
    checks=(_between_two_municipalities,),
)
