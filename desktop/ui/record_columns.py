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


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def choice(value: str) -> str:
    label = CHOICE_LABELS.get(value, value)
    return QCoreApplication.translate("Choices", label)


COLUMNS: dict[str, list[Column]] = {
    "observation": [
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Date"),
            "date",
            lambda r, _: short_date(r.observed_on),
            90,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Observation"),
            "text",
            lambda r, _: first_line(r.text, 160),
            420,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Activity"),
            None,
            lambda r, lk: lk.activity_titles.get(r.activity_id or "", ""),
            170,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Author"), "author", lambda r, _: r.author, 130),
    ],
    "activity": [
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Start"),
            "date",
            lambda r, _: short_date(r.starts_on),
            90,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Title"), "title", lambda r, _: r.title, 320),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Type"),
            None,
            lambda r, lk: lk.term(r.activity_type_id),
            160,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Host"),
            None,
            lambda r, lk: lk.municipality(r.host_municipality_id),
            110,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Place"), "place", lambda r, _: r.place, 200),
    ],
    "adaptation": [
        Column(QT_TRANSLATE_NOOP("RecordTable", "Element"), "element", lambda r, _: r.element, 280),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Kind"),
            "kind",
            lambda r, _: choice(r.element_kind),
            100,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Status"), "status", lambda r, _: choice(r.status), 110
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "From → to"),
            None,
            lambda r, lk: " → ".join(
                p
                for p in (
                    lk.municipality(r.from_municipality_id),
                    lk.municipality(r.to_municipality_id),
                )
                if p
            ),
            150,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Edited"),
            "updated",
            lambda r, _: short_date(r.updated_at.date()),
            90,
        ),
    ],
    "contact": [
        Column(QT_TRANSLATE_NOOP("RecordTable", "Name"), "name", lambda r, _: r.name, 200),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Organisation"),
            "organisation",
            lambda r, _: r.organisation,
            240,
        ),
        Column(
            QT_TRANSLATE_NOOP("RecordTable", "Municipality"),
            None,
            lambda r, lk: lk.municipality(r.municipality_id),
            110,
        ),
        Column(QT_TRANSLATE_NOOP("RecordTable", "Consent"), "consent", lambda r, _: "", 90),
        Column(QT_TRANSLATE_NOOP("RecordTable", "E-mail"), None, lambda r, _: r.email, 200),
    ],
}
CONSENT_COLUMN = 3
