"""Activities: something that happened and produced notes (a coaching day, a visit...)."""

from __future__ import annotations

from typing import Any

from desktop.domain.fields import TODAY, FieldSpec, fields_of_action
from desktop.domain.kinds import KindSpec, Period
from desktop.errors import ValidationError
from desktop.models import Activity
from desktop.tr import QT_TRANSLATE_NOOP


def _ends_after_it_starts(record: Any) -> ValidationError | None:
    if record.ends_on is not None and record.ends_on < record.starts_on:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The end date lies before the start date."),
            field="ends_on",
        )
    return None


SPEC = KindSpec(
    model=Activity,
    label=QT_TRANSLATE_NOOP("Fields", "Activity"),
    plural_label=QT_TRANSLATE_NOOP("Fields", "Activities"),
    fields=(
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
            "starts_on",
            "date",
            QT_TRANSLATE_NOOP("Fields", "Start date"),
            empty_allowed=False,
            default=TODAY,
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
        fields_of_action(),
    ),
    section="activities",
    title_field="title",
    search_fields=("title", "place", "participants", "description"),
    sort_source="title",
    sort_columns={
        "date": "starts_on",
        "title": "sort_key",
        "place": "place",
        "updated": "updated_at",
    },
    default_sort=("date", True),
    period=Period("starts_on", "ends_on"),
    activity_field="id",
    municipality_fields=("host_municipality_id",),
    checks=(_ends_after_it_starts,),
)
