"""CSV files with a header row -> contact records (public field names), with line numbers.

Spreadsheets exported by German and Dutch Excel use semicolons; the delimiter is
detected. Column headers may be the public field names or their usual German,
Dutch and English spellings.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from desktop.errors import UserError, ValidationError, problem_at_line
from desktop.services.schema import CONTACT
from desktop.store.textfold import fold
from desktop.tr import QT_TRANSLATE_NOOP

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("full name", "naam", "vollstandiger name", "kontakt", "contact"),
    "organisation": ("organization", "organisatie", "firma", "company", "institution"),
    "role": ("rol", "rolle", "funktion", "function", "functie", "title", "position"),
    "municipality": ("gemeente", "kommune", "gemeinde", "stadt", "city"),
    "country": ("land", "staat"),
    "email": ("e-mail", "mail", "e-mail-adresse", "e-mailadres", "email address"),
    "phone": ("telefon", "telefoon", "tel", "telephone", "telefonnummer", "telefoonnummer"),
    "languages": ("sprachen", "talen", "language"),
    "fields_of_action": ("handlungsfelder", "beleidsvelden", "fields of action"),
    "met_at": ("where met", "kennengelernt", "ontmoet", "getroffen"),
    "notes": ("notizen", "notities", "bemerkungen", "opmerkingen", "note"),
    "consent_given": ("consent", "einwilligung", "toestemming"),
    "consent_date": ("einwilligungsdatum", "datum toestemming", "consent date"),
    "consent_scope": ("umfang der einwilligung", "reikwijdte toestemming", "consent scope"),
    "consent_note": ("consent note",),
}


@dataclass(frozen=True)
class CsvEntry:
    line: int
    data: dict[str, object]


def _normal(header: str) -> str:
    return " ".join(fold(header).replace("_", " ").split())


_LOOKUP = {
    _normal(alias): field
    for field, aliases in HEADER_ALIASES.items()
    for alias in (field, *aliases)
}


def parse_contacts_csv(text: str) -> tuple[list[CsvEntry], list[UserError]]:
    problems: list[UserError] = []
    if not text.strip():
        return [], [
            problem_at_line(1, ValidationError(QT_TRANSLATE_NOOP("Errors", "the file is empty.")))
        ]
    first_line = text.splitlines()[0]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first_line, ";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader)
    fields: list[str] = []
    for column in header:
        field = _LOOKUP.get(_normal(column))
        if field is None or field not in CONTACT.names:
            problems.append(
                problem_at_line(
                    1,
                    ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "unknown column \u201c{column}\u201d."),
                        column=column,
                    ),
                )
            )
        fields.append(field or "")
    if "name" not in fields:
        problems.append(
            problem_at_line(
                1, ValidationError(QT_TRANSLATE_NOOP("Errors", "there is no column for the name."))
            )
        )
    if problems:
        return [], problems
    entries: list[CsvEntry] = []
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(fields):
            problems.append(
                problem_at_line(
                    line,
                    ValidationError(
                        QT_TRANSLATE_NOOP("Errors", "expected {expected} cells, found {found}."),
                        expected=len(fields),
                        found=len(row),
                    ),
                )
            )
            continue
        entries.append(
            CsvEntry(line, {f: cell.strip() for f, cell in zip(fields, row, strict=True)})
        )
    return entries, problems
