"""Dossier exports: Word and PDF documents built from the workspace's records.

The public interface for the UI and the CLI::

    result = export_dossier(db, scope, ExportOptions("core", "pdf", "de"), Path("d.pdf"),
                            progress=on_progress, cancelled=is_cancelled)

`export_dossier` opens its own read session and may run on a worker thread; its
expected failures are the UserError subclasses re-exported here. Internals: a
document model (model.py) composed by templates (templates/) from a query
(selection.py), passed through the privacy rules (privacy.py), and rendered by
the PDF (pdf/) or DOCX (word/) renderer. See docs/export.md.
"""

from __future__ import annotations

from desktop.export.messages import (
    EmptySelectionError,
    ExportCancelledError,
    ExportError,
    InvalidPeriodError,
    MissingActivityError,
    UnwritablePathError,
)
from desktop.export.options import ExportOptions, ExportResult
from desktop.export.pipeline import export_dossier

__all__ = [
    "EmptySelectionError",
    "ExportCancelledError",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "InvalidPeriodError",
    "MissingActivityError",
    "UnwritablePathError",
    "export_dossier",
]
