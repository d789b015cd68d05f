"""Contacts: people met, with the consent that decides whether they may be exported."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.consent import CONSENT_USES, DEFAULT_USE
from desktop.domain.contact_points import CONTACT_TYPES, reconcile_primary
from desktop.domain.fields import FieldSpec, fields_of_action
from desktop.domain.kinds import KindSpec, Period
from desktop.errors import ValidationError
from desktop.models import Contact
from desktop.tr import QT_TRANSLATE_NOOP


def _consent_is_dated(record: Any) -> ValidationError | None:
    if record.consent_given and record.consent_date is None:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Consent needs the date on which it was given."),
            field="consent_date",
        )
    return None


def _consent_is_not_in_the_future(record: Any) -> ValidationError | None:
    if record.consent_date is not None and record.consent_date > date.today():
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The consent date lies in the future."),
            field="consent_date",
        )
    return None


def _consent_ends_after_it_began(record: Any) -> ValidationError | None:
    began, ends = record.consent_date, record.consent_until
    if began is not None and ends is not None and ends < began:
        return ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Consent cannot end before the date it was given."),
            field="consent_until",
        )
    return None


SPEC = KindSpec(
    model=Contact,
    label=QT_TRANSLATE_NOOP("Fields", "Contact"),
    plural_label=QT_TRANSLATE_NOOP("Fields", "Contacts"),
    fields=(
        FieldSpec(
            "name", "text", QT_TRANSLATE_NOOP("Fields", "Name"), required=True, max_length=200
        ),
        FieldSpec(
            "organisation", "text", QT_TRANSLATE_NOOP("Fields", "Organisation"), max_length=300
        ),
        FieldSpec(
            "contact_type",
            "enum",
            QT_TRANSLATE_NOOP("Fields", "Type"),
            choices=CONTACT_TYPES,
            empty_allowed=False,
            default="person",
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
        FieldSpec("emails", "points", QT_TRANSLATE_NOOP("Fields", "E-mail addresses")),
        FieldSpec("phones", "points", QT_TRANSLATE_NOOP("Fields", "Phone numbers")),
        FieldSpec("addresses", "points", QT_TRANSLATE_NOOP("Fields", "Addresses")),
        FieldSpec("languages", "languages", QT_TRANSLATE_NOOP("Fields", "Languages")),
        fields_of_action(),
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
            "consent_use",
            "enum",
            QT_TRANSLATE_NOOP("Fields", "Consent covers"),
            choices=CONSENT_USES,
            empty_allowed=False,
            default=DEFAULT_USE,
            help=QT_TRANSLATE_NOOP(
                "FieldHelp",
                "What the person agreed to: internal reports only, also dossiers for the "
                "project groups, or also publications such as the manual. Dossiers name "
                "them only where their consent covers it.",
            ),
        ),
        FieldSpec(
            "consent_until",
            "date",
            QT_TRANSLATE_NOOP("Fields", "Consent valid until"),
            help=QT_TRANSLATE_NOOP(
                "FieldHelp",
                "The last day the consent holds; empty if it does not end. After it, the "
                "person is left out of every export, as if they had not consented.",
            ),
        ),
        FieldSpec(
            "consent_scope", "text", QT_TRANSLATE_NOOP("Fields", "Consent scope"), max_length=300
        ),
        FieldSpec("consent_note", "markdown", QT_TRANSLATE_NOOP("Fields", "Consent note")),
    ),
    section="contacts",
    title_field="name",
    search_fields=("name", "organisation", "role", "email", "met_at", "notes"),
    sort_source="name",
    sort_columns={
        "name": "sort_key",
        "organisation": "organisation",
        "updated": "updated_at",
        "consent": "consent_given",
    },
    default_sort=("name", False),
    period=Period("created_at", timestamp=True),
    activity_field="activity_ids",
    municipality_fields=("municipality_id",),
    checks=(_consent_is_dated, _consent_is_not_in_the_future, _consent_ends_after_it_began),
    reconcile=reconcile_primary,
)
