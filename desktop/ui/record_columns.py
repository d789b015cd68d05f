"""A column of a record list: title, SQL sort key, and how a cell is shown.

Which columns each kind's list has is declared with the kind, in ui/kinds.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.domain import CHOICE_LABELS
from desktop.services.listing import ListLookups


@dataclass(frozen=True)
class Badge:
    """A cell drawn as an icon and a word, red when it warns (a contact's consent)."""

    text: str
    icon: str
    colour: str
    warning: bool = False


@dataclass(frozen=True)
class Column:
    title: str  # QT_TRANSLATE_NOOP("RecordTable", …)
    sort_key: str | None  # a key of the kind's `sort_columns`; None: not sortable
    cell: Callable[[Any, ListLookups], str]
    width: int = 120
    stretch: bool = False  # this column takes the room the others leave
    badge: Callable[[Any], Badge] | None = None
    # Hidden inside one activity's view, where it would repeat in every row.
    names_the_activity: bool = False


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
