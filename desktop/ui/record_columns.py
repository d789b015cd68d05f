"""The columns of each record list: title, SQL sort key, and how a cell is shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.services.markup import first_line
from desktop.services.schema import CHOICE_LABELS
from desktop.services.taxonomy import Taxonomy
from desktop.tr import QT_TRANSLATE_NOOP


@dataclass
class Lookups:
    """Names shown in lists, loaded once per list refresh."""

    taxonomy: Taxonomy
    activity_titles: dict[str, str]
    language: str

    def term(self, term_id: str | None) -> str:
        return self.taxonomy.term_label(term_id, self.language) if term_id else ""

    def terms(self, term_ids: list[str]) -> str:
        return ", ".join(self.term(t) for t in term_ids)

    def municipality(self, municipality_id: str | None) -> str:
        return self.taxonomy.municipality_name(municipality_id) if municipality_id else ""


@dataclass(frozen=True)
class Column:
    title: str
    sort_key: str | None
    cell: Callable[[Any, Lookups], str]
    width: int = 120
    stretch: bool = False  # this column takes the room the others leave


def short_date_format() -> str:
    """The interface language's short date pattern, always with a four-digit year."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # de_DE: dd.MM.yy -> dd.MM.yyyy
    return pattern


def short_date(value: date | None) -> str:
    """The date in the interface language, always with a four-digit year."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_format())


def choice(value: str) -> str:
    label = CHOICE_LABELS.get(value, value)
    return QCoreApplication.translate("Choices", label)


def _direction(record: Any, lookups: Lookups) -> str:
    ends = (
        lookups.municipality(record.from_municipality_id),
        lookups.municipality(record.to_municipality_id),
    )
    return " → ".join(part for part in ends if part)


# One column per kind stretches into the room the fixed-width ones leave; e-mail
# addresses and the like are in the editor, so the list stays readable when narrow.
COLUMNS: dict[str, list[Column]] = {
    "observation": [
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Date"),
            "date",
            lambda r, _: short_date(r.observed_on),
            width=95,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Observation"),
            "text",
            lambda r, _: first_line(r.text, 160),
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Activity"),
            None,
            lambda r, lk: lk.activity_titles.get(r.activity_id or "", ""),
            width=170,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Author"), "author", lambda r, _: r.author, width=120
        ),
    ],
    "activity": [
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Start"),
            "date",
            lambda r, _: short_date(r.starts_on),
            width=95,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Title"), "title", lambda r, _: r.title, stretch=True
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Type"),
            None,
            lambda r, lk: lk.term(r.activity_type_id),
            width=150,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Host"),
            None,
            lambda r, lk: lk.municipality(r.host_municipality_id),
            width=90,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Place"), "place", lambda r, _: r.place, width=150),
    ],
    "adaptation": [
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Element"),
            "element",
            lambda r, _: r.element,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Kind"),
            "kind",
            lambda r, _: choice(r.element_kind),
            width=100,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Status"),
            "status",
            lambda r, _: choice(r.status),
            width=105,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "From → to"), None, _direction, width=140),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Edited"),
            "updated",
            lambda r, _: short_date(r.updated_at.date()),
            width=95,
        ),
    ],
    "contact": [
        Column(QT_TRANSLATE_NOOP("RecordTable", "Name"), "name", lambda r, _: r.name, stretch=True),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Organisation"),
            "organisation",
            lambda r, _: r.organisation,
            width=200,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Municipality"),
            None,
            lambda r, lk: lk.municipality(r.municipality_id),
            width=100,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Consent"), "consent", lambda r, _: "", width=105),
    ],
}
CONSENT_COLUMN = 3
