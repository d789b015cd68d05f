"""export_dossier(): select, compose, apply the privacy rules, render, and save atomically.

The file is written to a hidden temporary file in the target folder and renamed
over the target only when complete, so a cancelled or failed export never leaves
a partial file behind — and never destroys an earlier dossier of the same name.
Runs entirely on the caller's thread with its own read session; safe to run on a
worker thread (no Qt widgets, no installed translators).
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
from pathlib import Path
from typing import Protocol

from desktop.export.breaks import settle_breaks
from desktop.export.cover import NO_BREAK_SPACE
from desktop.export.i18n import DossierLanguage
from desktop.export.messages import (
    DONE,
    SAVING,
    SELECTING,
    InvalidPeriodError,
    UnwritablePathError,
    progress_text,
)
from desktop.export.model import Document, document_text, map_text
from desktop.export.options import (
    FORMAT_NAMES,
    LANGUAGE_CODES,
    CancelledCallback,
    ExportOptions,
    ExportResult,
    ProgressCallback,
)
from desktop.export.photos import PhotoPreparer
from desktop.export.privacy import Privacy
from desktop.export.progress import Progress
from desktop.export.selection import DossierData, select_records
from desktop.export.templates import Composer, template
from desktop.export.texts import WITHHELD
from desktop.services.export_register import ExportedFile, contacts_named_in, register_export
from desktop.services.os_errors import os_reason
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.blobs import is_sha256

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
            document = compose(data, options, lang, photos, tracker)
            pages = _renderer(options).render(document, temporary, tracker)
        tracker.phase("save", 1, progress_text(SAVING))
        _register(db, scope, options, data, document, ExportedFile.of(temporary, out))
        _commit(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    tracker.finish(progress_text(DONE))
    log.info("wrote %s (%d pages, %d records)", out, pages, data.records)
    return ExportResult(path=out, pages=pages, records=data.records)


def _register(
    db: Database,
    scope: Scope,
    options: ExportOptions,
    data: DossierData,
    document: Document,
    exported: ExportedFile,
) -> None:
    """The export register learns of the file before it takes its name (see
    services/export_register.py): ids of its records and of the people it names."""
    with db.read() as session:
        named = contacts_named_in(session, scope.workspace_id, document_text(document))
    register_export(
        db,
        scope,
        exported,
        what="dossier",
        template=options.template,
        language=options.language,
        format=options.format,
        record_ids=data.record_ids(),
        contact_ids=named,
    )


def compose(
    data: DossierData,
    options: ExportOptions,
    lang: DossierLanguage,
    photos: PhotoPreparer | None,
    tracker: Progress,
) -> Document:
    """The finished document: the template's, with every text through the privacy rules.

    Excerpts are shortened in the same step, after redaction (see model.Span.limit).
    """
    composer = Composer(data, lang, options, photos, tracker)
    template(options.template).compose(composer)
    settle_breaks(composer.doc)
    return map_text(composer.doc, privacy_for(data, options, lang))


def privacy_for(data: DossierData, options: ExportOptions, lang: DossierLanguage) -> Privacy:
    return Privacy(
        data.withheld,
        data.named,
        pseudonymise=options.pseudonymise,
        # No line breaks inside "[name withheld]" or "Person A".
        withheld_label=lang.tr(WITHHELD).replace(" ", NO_BREAK_SPACE),
        pseudonym=lambda letter: lang.pseudonym(letter).replace(" ", NO_BREAK_SPACE),
        vocabulary=data.taxonomy.vocabulary(),
    )


def _check_options(options: ExportOptions) -> None:
    template(options.template)  # an unknown one is a user error, not a silent default
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
        raise UnwritablePathError(str(out), os_reason(IsADirectoryError(errno.EISDIR, "")))
    if out.exists() and not os.access(out, os.W_OK):
        raise UnwritablePathError(str(out), os_reason(PermissionError(errno.EACCES, "")))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise UnwritablePathError(str(out), os_reason(exc)) from exc
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
        raise UnwritablePathError(str(out), os_reason(exc)) from exc


def photos_not_here(db: Database, scope: Scope, options: ExportOptions) -> list[str]:
    """Names of the photos the dossier would print that are not on this computer yet
    (synced from another laptop, not downloaded). The dossier notes each in its place;
    the export dialog asks before that happens."""
    if not options.include_photos:
        return []
    _check_options(options)
    with db.read() as session:
        data = select_records(session, scope, options)
    names: list[str] = []
    for found in data.photos.values():
        for attachment in found:
            if is_sha256(attachment.sha256) and not db.blobs.has(attachment.sha256):
                names.append(attachment.caption.strip() or attachment.file_name)
    return names
