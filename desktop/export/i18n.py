"""The dossier's language: its own translator, dates, numbers and labels.

A dossier is written in German, Dutch or English whatever language the interface
speaks, so nothing here goes through QCoreApplication's installed translators: the
dossier catalogue (translations/dossier_<lang>.qm) is loaded into a QTranslator
owned by this object and asked directly. Dates and numbers come from QLocale.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from datetime import date
from typing import Any, Final, Literal

from PySide6.QtCore import QDate, QLocale, QTranslator

from desktop.export.labels import (
    CHOICE_LABELS,
    CHOICES_CONTEXT,
    ELEMENT_KIND_PLURALS,
    FIELD_LABELS,
    FIELDS_CONTEXT,
    KIND_LABELS,
    LANGUAGE_NAMES,
    LANGUAGES_CONTEXT,
)
from desktop.i18n import load_translator
from desktop.paths import TRANSLATIONS_DIR

log = logging.getLogger("desktop.export")

Language = Literal["de", "nl", "en"]
LANGUAGES: Final[tuple[Language, ...]] = ("de", "nl", "en")
CATALOGUE: Final = "dossier"
CONTEXT: Final = "Dossier"

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
        self._translator: QTranslator | None = None
        self._fallback: dict[tuple[str, str], str] = {}
        if code != "en":
            self._translator = load_translator(CATALOGUE, code)
            if self._translator is None:
                self._fallback = _read_ts(code)

    # -- texts -------------------------------------------------------------------------

    def tr(self, source: str, context: str = CONTEXT) -> str:
        """The translation of a marked source text (the source itself in English)."""
        if self._translator is not None:
            found = self._translator.translate(context, source)
            return found or source
        return self._fallback.get((context, source), source)

    def format(self, source: str, /, **params: Any) -> str:
        """Translate first, then fill in `{placeholders}` (translators keep them)."""
        return self.tr(source).format(**params)

    def field(self, attribute: str) -> str:
        source = FIELD_LABELS.get(attribute)
        return self.tr(source, FIELDS_CONTEXT) if source else attribute

    def choice(self, value: str) -> str:
        source = CHOICE_LABELS.get(value)
        return self.tr(source, CHOICES_CONTEXT) if source else value

    def element_kind_plural(self, kind: str) -> str:
        source = ELEMENT_KIND_PLURALS.get(kind)
        return self.tr(source, CHOICES_CONTEXT) if source else kind

    def record_kind(self, table: str) -> str:
        source = KIND_LABELS.get(table)
        return self.tr(source, CHOICES_CONTEXT) if source else table

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
        if end is None or end == start:
            return self.long_date(start)
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


def _read_ts(code: str) -> dict[tuple[str, str], str]:
    """Finished translations straight from the .ts source when no .qm was compiled.

    A development checkout that skipped `make translations` still gets a dossier in
    the chosen language instead of a silently English one.
    """
    path = TRANSLATIONS_DIR / f"{CATALOGUE}_{code}.ts"
    if not path.is_file():
        log.warning("no dossier catalogue for %s: the dossier will be in English", code)
        return {}
    log.warning("%s.qm is missing (run `make translations`); reading %s", path.stem, path.name)
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            if translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found
