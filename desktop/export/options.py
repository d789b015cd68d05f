"""What the caller asks for (ExportOptions) and what it gets back (ExportResult)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal, TypeAlias

# The name of a dossier template (desktop/export/templates: `templates()` lists them).
TemplateName: TypeAlias = str
FormatName: TypeAlias = Literal["docx", "pdf"]
LanguageCode: TypeAlias = Literal["de", "nl", "en"]
FORMAT_NAMES: tuple[FormatName, ...] = ("docx", "pdf")
LANGUAGE_CODES: tuple[LanguageCode, ...] = ("de", "nl", "en")

# (done, total, message): called from the exporting thread; must not touch widgets.
ProgressCallback: TypeAlias = Callable[[int, int, str], None]
CancelledCallback: TypeAlias = Callable[[], bool]


@dataclass(frozen=True)
class ExportOptions:
    template: TemplateName
    format: FormatName
    language: LanguageCode
    activity_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    municipality_ids: tuple[str, ...] = ()
    field_of_action_ids: tuple[str, ...] = ()
    activity_type_ids: tuple[str, ...] = ()
    tag_ids: tuple[str, ...] = ()
    include_photos: bool = True
    include_contacts: bool = True  # consented contacts only, always
    pseudonymise: bool = False  # people as "Person A", "Person B", …

    @property
    def has_filters(self) -> bool:
        """True if anything narrows the dossier below "the whole workspace"."""
        return bool(
            self.activity_id
            or self.date_from
            or self.date_to
            or self.municipality_ids
            or self.field_of_action_ids
            or self.activity_type_ids
            or self.tag_ids
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    # Pages of the PDF as written. 0 for DOCX: Word lays out pages only when it opens the
    # file, so no honest page count exists at export time (see docs/export.md).
    pages: int
    # Records in the dossier: activities, observations, adaptation notes and contacts.
    records: int
