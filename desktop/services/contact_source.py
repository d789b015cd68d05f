"""What a contact file (vCard or CSV) yields before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.errors import ImportProblemError, UserError
from desktop.tr import QT_TRANSLATE_NOOP


@dataclass
class SourceContact:
    """One contact of a file: public field values, and where it is in the file."""

    number: int  # card number (vCard) or row number (CSV, header excluded)
    line: int  # first line in the file
    data: dict[str, Any]
    photo: tuple[bytes, str] | None = None  # content and MIME type

    def locate(self, problem: UserError, *, csv: bool = False) -> ImportProblemError:
        if csv:
            return ImportProblemError(
                QT_TRANSLATE_NOOP("Errors", "Row {number} (line {line})"),
                problem,
                number=self.number,
                line=self.line,
            )
        return ImportProblemError(
            QT_TRANSLATE_NOOP("Errors", "Card {number} (line {line})"),
            problem,
            number=self.number,
            line=self.line,
        )


@dataclass
class ParsedSource:
    contacts: list[SourceContact] = field(default_factory=list)
    # Problems that stop the import (nothing is written while there are any).
    problems: list[UserError] = field(default_factory=list)
    # What was left out and why (a broken photo, an unknown column): shown, not fatal.
    notices: list[UserError] = field(default_factory=list)
    encoding: str = "utf-8"
    # CSV: the file's columns that map to nothing (listed in the preview).
    unknown_columns: list[str] = field(default_factory=list)
    # CSV: every column of the header (the preview offers them for consent).
    columns: list[str] = field(default_factory=list)
    # CSV: the program whose layout was recognised ("Outlook", "Google"…), if any.
    layout: str = ""
