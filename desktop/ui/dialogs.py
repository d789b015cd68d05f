"""File → Import…, Back up…, Restore…, and Help → About."""

from __future__ import annotations

import platform
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.domain import FIELD_CONTEXT, KINDS
from desktop.errors import ImportRejectedError, StorageError, UserError
from desktop.services.backup import create_backup, restore_backup
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.migrate import migrate
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.changes import EVERYTHING, ChangeBus
from desktop.ui.icons import icon
from desktop.ui.messages import Notify, confirm, show_error
from desktop.ui.ops import run_op, wait_for_ops

if TYPE_CHECKING:
    from desktop.services.importing import ImportReport

# -- import ------------------------------------------------------------------------------


def run_import(
    window: QWidget, db: Database, scope: Scope, changes: ChangeBus, notify: Notify
) -> None:
    """File → Import…: preview what a file would change, then import it all or nothing."""
    path_text, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Dialogs", "Import"),
        str(Path.home()),
        QCoreApplication.translate(
            "Dialogs", "Importable files (*.json *.vcf *.vcard *.csv);;All files (*)"
        ),
    )
    if not path_text:
        return
    path = Path(path_text)

    def preview(_progress: Any, _cancelled: Any) -> ImportReport:
        # The importers (vCard, CSV, country names) load with the first import, not
        # with the main window.
        from desktop.services.importing import import_file

        return import_file(db, scope, path, dry_run=True)

    def previewed(report: ImportReport) -> None:
        dialog = ImportPreview(window, path, report, None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _apply_import(window, db, scope, path, changes, notify)

    def rejected(error: UserError) -> None:
        if isinstance(error, ImportRejectedError):
            ImportPreview(window, path, None, error).exec()
        else:
            show_error(window, error)

    run_op(preview, on_success=previewed, on_failure=rejected)


def _apply_import(
    window: QWidget, db: Database, scope: Scope, path: Path, changes: ChangeBus, notify: Notify
) -> None:
    def work(_progress: Any, _cancelled: Any) -> ImportReport:
        from desktop.services.importing import import_file  # loaded by the preview

        return import_file(db, scope, path)

    def done(report: ImportReport) -> None:
        changes.announce([EVERYTHING])
        notify(
            QCoreApplication.translate(
                "Dialogs", "Imported %n record(s) from %1.", "", report.changed
            ).replace("%1", path.name)
        )

    run_op(work, on_success=done, on_failure=lambda e: show_error(window, e))


class ImportPreview(QDialog):
    """What a file would add and change, or every problem that stops it."""

    def __init__(
        self,
        parent: QWidget,
        path: Path,
        report: ImportReport | None,
        problems: ImportRejectedError | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Dialogs", "Import %1").replace("%1", path.name)
        )
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        heading = QLabel()
        heading.setWordWrap(True)
        layout.addWidget(heading)
        buttons = QDialogButtonBox()
        if problems is not None:
            heading.setText(
                QCoreApplication.translate(
                    "Dialogs", "This file cannot be imported. Nothing will be changed."
                )
                + "\n"
                + QCoreApplication.translate("Dialogs", "Problems found:")
            )
            listing = QListWidget()
            listing.setAccessibleName(QCoreApplication.translate("Dialogs", "Problems"))
            for problem in problems.problems:
                listing.addItem(problem.translated())
            layout.addWidget(listing)
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
            self.problem_list = listing
        else:
            assert report is not None
            heading.setText(self._summary(report))
            ok = buttons.addButton(
                QCoreApplication.translate("Dialogs", "Import"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            ok.setIcon(icon("file-down"))
            ok.setEnabled(report.changed > 0)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
            layout.addStretch(1)
        layout.addWidget(buttons)

    @staticmethod
    def _summary(report: ImportReport) -> str:
        def names(counts: Any) -> str:
            parts = []
            for kind, count in sorted(counts.items()):
                spec = KINDS.get(kind)
                label = (
                    QCoreApplication.translate(FIELD_CONTEXT, spec.plural_label) if spec else kind
                )
                parts.append(f"{count} × {label}")
            return ", ".join(parts)

        if report.changed == 0 and not report.kept_newer:
            return QCoreApplication.translate(
                "Dialogs", "Everything in this file is here already; nothing to import."
            )
        if report.changed == 0:
            return QCoreApplication.translate(
                "Dialogs",
                "Nothing to import: this database has a newer version of every record "
                "in the file (%1).",
            ).replace("%1", names(report.kept_newer))
        lines = [QCoreApplication.translate("Dialogs", "Ready to import:")]
        if report.created:
            lines.append(
                QCoreApplication.translate("Dialogs", "New: %1").replace(
                    "%1", names(report.created)
                )
            )
        if report.updated:
            lines.append(
                QCoreApplication.translate("Dialogs", "Changed: %1").replace(
                    "%1", names(report.updated)
                )
            )
        if report.kept_newer:
            lines.append(
                QCoreApplication.translate(
                    "Dialogs", "Kept, because this database has a newer version: %1"
                ).replace("%1", names(report.kept_newer))
            )
        return "\n".join(lines)


# -- backup and restore ------------------------------------------------------------------


def run_backup(window: QWidget, data_dir: Path, notify: Notify) -> None:
    suggested = Path.home() / f"field-dossier-backup-{date.today().isoformat()}.zip"
    path_text, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("Dialogs", "Back up"),
        str(suggested),
        QCoreApplication.translate("Dialogs", "Backups (*.zip)"),
    )
    if not path_text:
        return
    progress = _busy(window, QCoreApplication.translate("Dialogs", "Backing up…"))

    def work(_progress: Any, _cancelled: Any) -> Any:
        return create_backup(data_dir, Path(path_text))

    def done(info: Any) -> None:
        progress.close()
        notify(
            QCoreApplication.translate("Dialogs", "Backed up to %1.").replace("%1", str(info.path))
        )

    def failed(error: UserError) -> None:
        progress.close()
        show_error(window, error)

    run_op(work, on_success=done, on_failure=failed)


def run_restore(window: QWidget, db: Database, before: Callable[[], None]) -> bool:
    """Replace the data dir's content by a backup; True if the window must be rebuilt.

    `before` stops background work (a sync) that would hold the database."""
    path_text, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Dialogs", "Restore from backup"),
        str(Path.home()),
        QCoreApplication.translate("Dialogs", "Backups (*.zip)"),
    )
    if not path_text:
        return False
    if not confirm(
        window,
        QCoreApplication.translate("Dialogs", "Restore from backup"),
        QCoreApplication.translate(
            "Dialogs",
            "Replace everything in this workspace by the backup %1?\n\n"
            "The current state is saved first, so this can be undone.",
        ).replace("%1", Path(path_text).name),
        QCoreApplication.translate("Dialogs", "Restore"),
    ):
        return False
    # A sync stops between steps when cancelled; background work (sync, thumbnails,
    # exports) must have let go of the database before its file is replaced.
    before()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        finished = wait_for_ops(30_000)
    finally:
        QApplication.restoreOverrideCursor()
    if not finished:
        show_error(
            window,
            StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Background work is still running. Try the restore again in a moment; "
                    "nothing was changed.",
                )
            ),
        )
        return False
    db.dispose()
    try:
        safety = restore_backup(db.data_dir, Path(path_text))
        migrate(db.path, db.data_dir / "backups")
    except UserError as error:
        show_error(window, error)
        return False
    QMessageBox.information(
        window,
        QCoreApplication.translate("Dialogs", "Restore from backup"),
        QCoreApplication.translate(
            "Dialogs", "The backup was restored. What it replaced was saved to %1."
        ).replace("%1", str(safety)),
    )
    return True


def _busy(parent: QWidget, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    return dialog


# -- about -------------------------------------------------------------------------------

COMPONENTS = (
    ("Qt / PySide6", "LGPL-3.0", "https://www.qt.io"),
    ("SQLAlchemy", "MIT", "https://www.sqlalchemy.org"),
    ("Alembic", "MIT", "https://alembic.sqlalchemy.org"),
    ("SQLite", "Public domain", "https://sqlite.org"),
    ("Pillow", "MIT-CMU", "https://python-pillow.org"),
    ("reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    ("python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    ("platformdirs", "MIT", "https://github.com/platformdirs/platformdirs"),
    ("keyring", "MIT", "https://github.com/jaraco/keyring"),
    ("pydantic", "MIT", "https://docs.pydantic.dev"),
    ("httpx", "BSD-3-Clause", "https://www.python-httpx.org"),
    ("Lucide icons", "ISC", "https://lucide.dev"),
)


def show_about(parent: QWidget) -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>&nbsp;{licence}&nbsp;</td><td><a href='{url}'>{url}</a></td></tr>"
        for name, licence, url in COMPONENTS
    )
    text = (
        f"<h3>{APP_NAME} {__version__}</h3>"
        + "<p>"
        + QCoreApplication.translate(
            "Dialogs",
            "Documenting cross-border exchange work between partner municipalities, offline first.",
        )
        + "</p><p>"
        + QCoreApplication.translate("Dialogs", "Licence: %1").replace("%1", "EUPL-1.2")
        + f"<br>Python {platform.python_version()} · Qt {qVersion()}"
        + f" · PySide6 {PySide6.__version__}</p>"
        + "<p>"
        + QCoreApplication.translate("Dialogs", "Built with:")
        + f"</p><table>{rows}</table>"
    )
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "About Field Dossier"))
    box.setIconPixmap(icon("notebook-pen", "#1565c0").pixmap(48, 48))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(text)
    box.exec()
