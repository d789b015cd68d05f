"""Observations: what somebody saw or heard during an activity."""

from __future__ import annotations

from desktop.domain.fields import ACTOR, TODAY, FieldSpec, fields_of_action, tags
from desktop.domain.kinds import KindSpec, Period
from desktop.models import Observation
from desktop.tr import QT_TRANSLATE_NOOP

SPEC = KindSpec(
    model=Observation,
    label=QT_TRANSLATE_NOOP("Fields", "Observation"),
    plural_label=QT_TRANSLATE_NOOP("Fields", "Observations"),
    fields=(
        FieldSpec(
            "activity_id",
            "record",
            QT_TRANSLATE_NOOP("Fields", "Activity"),
            target_kind="activity",
        ),
        FieldSpec("text", "markdown", QT_TRANSLATE_NOOP("Fields", "Text"), required=True),
        FieldSpec(
            "observed_on",
            "date",
            QT_TRANSLATE_NOOP("Fields", "Date"),
            empty_allowed=False,
            default=TODAY,
        ),
        FieldSpec(
            "author", "text", QT_TRANSLATE_NOOP("Fields", "Author"), max_length=200, default=ACTOR
        ),
        fields_of_action(),
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
        tags(),
        FieldSpec(
            "gender_remark", "markdown", QT_TRANSLATE_NOOP("Fields", "Gender mainstreaming remark")
        ),
    ),
    section="observations",
    title_field=None,
    search_fields=("text", "gender_remark", "author"),
    sort_source="text",
    sort_columns={
        "date": "observed_on",
        "text": "sort_key",
        "author": "author",
        "updated": "updated_at",
    },
    default_sort=("date", True),
    period=Period("observed_on"),
    activity_field="activity_id",
)
