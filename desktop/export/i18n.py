"""The dossier's language: its own translator, dates, numbers and labels.

A dossier is written in German, Dutch or English whatever language the interface
speaks, so nothing here goes through QCoreApplication's installed translators: the
dossier catalogue (dossier_<lang>.qm, compiled into desktop/resources/translations) is
loaded into a QTranslator owned by this object and asked directly. Without it a
dossier is refused with a message, never written in English instead. Dates and
numbers come from QLocale.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Final, Literal

from PySide6.QtCore import QDate, QLocale, QTranslator

from desktop.domain import (
    CHOICE_LABELS,
    CHOICE_PLURALS,
    CHOICES_CONTEXT,
    FIELD_CONTEXT,
    LANGUAGE_NAMES,
    LANGUAGES_CONTEXT,
    field_label,
    row_label,
)
from desktop.export.messages import missing_dossier_texts
from desktop.export.texts import PSEUDONYM
from desktop.i18n import load_translator

log = logging.getLogger("desktop.export")

Language = Literal["de", "nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("de", "nl", "en")
CATALOGUE: Final = "dossier"
CONTEXT: Final = "Dossier"
# The translation contexts a dossier prints: its own texts, and the field, choice and
# language labels it shares with the interface. The dossier catalogue holds these (in
# the dossier's language); the interface catalogue everything but "Dossier".
DOSSIER_CONTEXTS: Final = (CONTEXT, FIELD_CONTEXT, CHOICES_CONTEXT, LANGUAGES_CONTEXT)

_LOCALES: Final = {
    "de": (QLocale.Language.German, QLocale.Country.Germany),
    "nl": (QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
# How each language writes a date in running text and in a table.
_LONG_DATE: Final = {"de": "d. MMMM yyyy", "nl": "d MMMM yyyy", "en": "d MMMM yyyy"}
_SHORT_DATE: Final = {"de": "dd.MM.yyyy", "nl": "dd-MM-yyyy", "en": "d MMM yyyy"}
# BCP 47 tags for document metadata and Word's proofing language.
LANGUAGE_TAGS: Final = {"de": "de-DE", "nl": "nl-NL", "en": "en-GB"}


class DossierLanguage:
    """Everything language-dependent a template needs; one per export (one thread)."""

    def __init__(self, code: Language) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unsupported dossier language {code!r}")
        self.code: Language = code
        self.tag = LANGUAGE_TAGS[code]
        language, country = _LOCALES[code]
        self.locale = QLocale(language, country)
        # English reads the source texts, but its catalogue holds the plural forms.
        self._translator: QTranslator | None = load_translator(CATALOGUE, code)
        if self._translator is None and code != "en":
            raise missing_dossier_texts(f"{CATALOGUE}_{code}.qm")

    # -- texts -------------------------------------------------------------------------

    def tr(self, source: str, context: str = CONTEXT) -> str:
        """The translation of a marked source text (the source itself in English)."""
        if self._translator is not None:
            found = self._translator.translate(context, source)
            return found or source
        return source

    def count(self, source: str, n: int, /, **params: Any) -> str:
        """A text with a number in it ("%n open conflicts"), in the right plural form."""
        found = self._translator.translate(CONTEXT, source, None, n) if self._translator else ""
        return (found or source).replace("%n", self.number(n)).format(**params)

    def format(self, source: str, /, **params: Any) -> str:
        """Translate first, then fill in `{placeholders}` (translators keep them)."""
        return self.tr(source).format(**params)

    def pseudonym(self, letter: str) -> str:
        """ "Person A" in the dossier's language."""
        return self.format(PSEUDONYM, letter=letter)

    def field(self, column: str, table: str | None = None) -> str:
        """A field's label (declared once, with its kind in desktop/domain)."""
        source = field_label(column, table)
        return self.tr(source, FIELD_CONTEXT) if source else column

    def choice(self, value: str) -> str:
        source = CHOICE_LABELS.get(value)
        return self.tr(source, CHOICES_CONTEXT) if source else value

    def element_kind_plural(self, kind: str) -> str:
        source = CHOICE_PLURALS.get(kind)
        return self.tr(source, CHOICES_CONTEXT) if source else kind

    def record_kind(self, table: str) -> str:
        source = row_label(table)
        return self.tr(source, FIELD_CONTEXT) if source else table

    def language_name(self, code: str) -> str:
        source = LANGUAGE_NAMES.get(code.lower())
        return self.tr(source, LANGUAGES_CONTEXT) if source else code.upper()

    # -- dates and numbers -------------------------------------------------------------

    def long_date(self, value: date) -> str:
        """A date as written in running text: "19. März 2009", "19 maart 2009"."""
        return self.locale.toString(_qdate(value), _LONG_DATE[self.code])

    def short_date(self, value: date) -> str:
        """A date for tables and meta lines: "19.03.2009", "19-03-2009", "19 Mar 2009"."""
        return self.locale.toString(_qdate(value), _SHORT_DATE[self.code])

    def date_range(self, start: date, end: date | None) -> str:
        """Two dates as few words as they need: "12.–14. Mai 2009", "12–14 mei 2009",
        "30. April – 2. Mai 2009", "12 May 2009 – 3 March 2010" (en dash, no repetition)."""
        if end is None or end == start:
            return self.long_date(start)
        if end < start:
            start, end = end, start
        day_only = "d." if self.code == "de" else "d"
        if (start.year, start.month) == (end.year, end.month):
            first = self.locale.toString(_qdate(start), day_only)
            return f"{first}–{self.long_date(end)}"
        if start.year == end.year:
            without_year = "d. MMMM" if self.code == "de" else "d MMMM"
            first = self.locale.toString(_qdate(start), without_year)
            return f"{first} – {self.long_date(end)}"
        return f"{self.long_date(start)} – {self.long_date(end)}"

    def month(self, year: int, month: int) -> str:
        """A month for chart axes: "Mär 2009", "mrt 2009", "Mar 2009"."""
        name = self.locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        return f"{name.rstrip('.')} {year}"

    def number(self, value: int) -> str:
        """An integer with the language's digit grouping (1.000 / 1,000)."""
        return self.locale.toString(value)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
