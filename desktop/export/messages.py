"""What a dossier export tells the user in the *interface* language: errors and progress.

Their translation contexts ("ExportProgress", "Errors") are not the dossier's, so they
go to the interface catalogue, while the dossier's own texts (context "Dossier",
texts.py) go to the dossier catalogue in the language chosen per export
(scripts/update-translations.sh splits the catalogues by context).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QCoreApplication

from desktop.errors import StorageError, UserError, ValidationError
from desktop.tr import QT_TRANSLATE_NOOP

PROGRESS_CONTEXT: Final = "ExportProgress"
SELECTING: Final = QT_TRANSLATE_NOOP("ExportProgress", "Selecting records…")
COMPOSING: Final = QT_TRANSLATE_NOOP("ExportProgress", "Composing the dossier ({done} of {total})…")
TYPESETTING: Final = QT_TRANSLATE_NOOP("ExportProgress", "Typesetting…")
TYPESETTING_PAGE: Final = QT_TRANSLATE_NOOP("ExportProgress", "Typesetting page {page}…")
SAVING: Final = QT_TRANSLATE_NOOP("ExportProgress", "Saving…")
DONE: Final = QT_TRANSLATE_NOOP("ExportProgress", "Done.")


def progress_text(source: str, /, **params: Any) -> str:
    """A progress message in the interface language (thread-safe: Qt's translate is)."""
    template = QCoreApplication.translate(PROGRESS_CONTEXT, source)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format(**params)


class ExportError(UserError):
    """Base of the dossier export's expected failures."""


class EmptySelectionError(ExportError, ValidationError):
    """The chosen period and filters match no record: there is nothing to write."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing to export: no records match the chosen period and filters. "
                "No file was written.",
            )
        )


class MissingActivityError(ExportError, ValidationError):
    """A visit report was asked for without an activity, or for one that does not exist."""

    def __init__(self, activity_id: str | None) -> None:
        if not activity_id:
            super().__init__(
                QT_TRANSLATE_NOOP("Errors", "A visit report is about one activity: choose one.")
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no activity with the id {id} (or it is in the trash), "
                    "so there is no visit to report on.",
                ),
                id=activity_id,
            )


class UnwritablePathError(ExportError, StorageError):
    """The target file cannot be created or replaced (no folder, no permission, open file)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The dossier cannot be written to {path}: {reason}. No file was written."
            ),
            path=path,
            reason=reason,
        )


class ExportCancelledError(ExportError):
    """The user cancelled the export; the temporary file is gone, the target untouched."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The export was cancelled. No file was written.")
        )


class InvalidPeriodError(ExportError, ValidationError):
    """The period ends before it starts."""

    def __init__(self, start: str, end: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The period starts on {start} but ends before, on {end}."),
            start=start,
            end=end,
        )


def missing_dossier_texts(catalogue_file: str) -> ExportError:
    """The dossier catalogue of the chosen language is not installed: say so, write nothing."""
    return ExportError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "This installation lacks the dossier texts for that language ({file}). "
            "Reinstall Field Dossier. No file was written.",
        ),
        file=catalogue_file,
    )
