"""export_dossier(): select, compose, apply the privacy rules, render, and save atomically.

The file is written to a hidden temporary file in the target folder and renamed
over the target only when complete, so a cancelled or failed export never leaves
a partial file behind — and never destroys an earlier dossier of the same name.
Runs entirely on the caller's thread with its own read session; safe to run on a
worker thread (no Qt widgets, no installed translators).
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

from desktop.export.i18n import DossierLanguage
from desktop.export.model import Document, map_text
from desktop.export.options import (
    FORMAT_NAMES,
    LANGUAGE_CODES,
    TEMPLATE_NAMES,
    CancelledCallback,
    ExportOptions,
    ExportResult,
    ProgressCallback,
)
from desktop.export.photos import PhotoPreparer
from desktop.export.privacy import Privacy
from desktop.export.progress import Progress
from desktop.export.selection import DossierData, select_records
from desktop.export.templates import TEMPLATES, Composer
from desktop.export.texts import WITHHELD
from desktop.services.export_messages import (
    DONE,
    SAVING,
    SELECTING,
    InvalidPeriodError,
    UnwritablePathError,
    progress_text,
)
from desktop.services.workspace import Scope
from desktop.store import Database

log = logging.getLogger("desktop.export")


class Renderer(Protocol):
    def render(self, document: Document, path: Path, progress: Progress) -> int: ...


def export_dossier(
    db: Database,
    scope: Scope,
    options: ExportOptions,
    out: Path,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> ExportResult:
    """Write the dossier `options` describe to `out`; see ExportResult for what it returns.

    Raises EmptySelectionError, MissingActivityError, UnwritablePathError,
    InvalidPeriodError or ExportCancelledError (all UserError); `out` is then untouched.
    """
    _check_options(options)
    out = Path(out)
    tracker = Progress(progress, cancelled)
    tracker.phase("select", 2, progress_text(SELECTING))
    temporary = _reserve(out)
    try:
        with db.read() as session:
            data = select_records(session, scope, options)
        tracker.step()
        lang = DossierLanguage(options.language)
        with tempfile.TemporaryDirectory(prefix="field-dossier-export-") as work:
            # Always: the funding logo is a photo too, and must be there without photos.
            photos = PhotoPreparer(db.blobs, Path(work))
            composer = Composer(data, lang, options, photos, tracker)
            TEMPLATES[options.template](composer)
            document = map_text(composer.doc, privacy_for(data, options, lang))
            pages = _renderer(options).render(document, temporary, tracker)
        tracker.phase("save", 1, progress_text(SAVING))
        _commit(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    tracker.finish(progress_text(DONE))
    log.info("wrote %s (%d pages, %d records)", out, pages, data.records)
    return ExportResult(path=out, pages=pages, records=data.records)


def privacy_for(data: DossierData, options: ExportOptions, lang: DossierLanguage) -> Privacy:
    return Privacy(
        data.withheld,
        data.named,
        pseudonymise=options.pseudonymise,
        withheld_label=lang.tr(WITHHELD),
    )


def _check_options(options: ExportOptions) -> None:
    if options.template not in TEMPLATE_NAMES:
        raise ValueError(f"unknown template {options.template!r}")
    if options.format not in FORMAT_NAMES:
        raise ValueError(f"unknown format {options.format!r}")
    if options.language not in LANGUAGE_CODES:
        raise ValueError(f"unknown language {options.language!r}")
    start, end = options.date_from, options.date_to
    if start is not None and end is not None and end < start:
        raise InvalidPeriodError(start.isoformat(), end.isoformat())


def _renderer(options: ExportOptions) -> Renderer:
    # Imported on demand: each pulls in its library (reportlab or python-docx).
    if options.format == "pdf":
        from desktop.export.pdf.renderer import PdfRenderer

        return PdfRenderer()
    from desktop.export.word.renderer import DocxRenderer

    return DocxRenderer()


def _reserve(out: Path) -> Path:
    """Create the temporary file next to `out` now, so a bad path fails before any work."""
    if out.is_dir():
        raise UnwritablePathError(str(out), os.strerror(21))  # EISDIR: "Is a directory"
    if out.exists() and not os.access(out, os.W_OK):
        raise UnwritablePathError(str(out), os.strerror(13))  # EACCES: "Permission denied"
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise UnwritablePathError(str(out), exc.strerror or str(exc)) from exc
    os.close(handle)
    return Path(name)


def _commit(temporary: Path, out: Path) -> None:
    """Flush the finished file to disk and rename it over the target in one step."""
    try:
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        # mkstemp made it private (0600); a dossier is for sharing, like any saved file.
        temporary.chmod(0o644)
        os.replace(temporary, out)
    except OSError as exc:
        raise UnwritablePathError(str(out), exc.strerror or str(exc)) from exc
