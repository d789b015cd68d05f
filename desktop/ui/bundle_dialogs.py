"""File → Sync bundle: sync without a network, on a USB stick.

"Create…" writes everything not yet uploaded (photos included) into a signed bundle for
the server; "Import answer…" reads the server's answer bundle as an online sync would.
The work runs off the GUI thread with a progress dialog; a tampered, truncated,
foreign or repeated bundle is reported with the same message as the command line
(desktop.sync.errors.BundleError). Importing an answer twice changes nothing more.
`desktop.sync.bundles` (and with it the HTTP client and the wire models) is imported
when a bundle is first made or read, not with the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop.errors import UserError
from desktop.store import Database
from desktop.ui.changes import EVERYTHING, ChangeBus
from desktop.ui.messages import show_error
from desktop.ui.ops import Op, run_op

if TYPE_CHECKING:
    from desktop.sync.bundles import ExportSummary, ImportSummary

BUNDLE_FILTER = "Field Dossier bundle (*.zip)"


def _bundles() -> ModuleType:
    """`desktop.sync.bundles`, imported on first use (see the module docstring)."""
    from desktop.sync import bundles

    return bundles


def ask_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Where to write the bundle (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncBundle", "Create a sync bundle"),
        str(suggested),
        BUNDLE_FILTER,
    )
    return Path(name) if name else None


def ask_open_path(parent: QWidget) -> Path | None:
    """Which answer bundle to read (tests replace this)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncBundle", "Import the server's answer"),
        folder,
        BUNDLE_FILTER,
    )
    return Path(name) if name else None


def ask_forward_paths(parent: QWidget) -> tuple[Path, Path] | None:
    """A colleague's bundle, and where to save the server's answer (tests replace this)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("SyncBundle", "A colleague's sync bundle"),
        folder,
        BUNDLE_FILTER,
    )
    if not name:
        return None
    source = Path(name)
    answer, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SyncBundle", "Save the server's answer"),
        str(source.with_name(f"{source.stem}-answer.zip")),
        BUNDLE_FILTER,
    )
    return (source, Path(answer)) if answer else None


class BundleActions(QObject):
    """The menu entries; each keeps its op until it reports."""

    def __init__(self, db: Database, changes: ChangeBus, parent: QWidget) -> None:
        super().__init__(parent)
        self.db, self.changes, self.parent_widget = db, changes, parent
        self._op: Op | None = None
        self._progress: QProgressDialog | None = None
        self.last_result = ""

    @property
    def running(self) -> bool:
        return self._op is not None

    def create(self) -> None:
        if self.running:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        path = ask_save_path(self.parent_widget, Path(folder) / f"field-dossier-{stamp}.zip")
        if path is None:
            return
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        db = self.db
        self._run(
            QCoreApplication.translate("SyncBundle", "Writing the sync bundle…"),
            lambda: _bundles().export_bundle(db, path),
            self._created,
        )

    def import_answer(self) -> None:
        if self.running:
            return
        path = ask_open_path(self.parent_widget)
        if path is None:
            return
        db = self.db
        self._run(
            QCoreApplication.translate("SyncBundle", "Reading the server's answer…"),
            lambda: _bundles().import_bundle(db, path),
            self._imported,
        )

    def forward(self) -> None:
        """For a colleague without a connection: their bundle goes to the server from
        here, and the answer is saved for them to import on their laptop."""
        if self.running:
            return
        paths = ask_forward_paths(self.parent_widget)
        if paths is None:
            return
        source, answer = paths
        if answer.suffix.lower() != ".zip":
            answer = answer.with_name(answer.name + ".zip")
        db = self.db

        def job() -> Path:
            _bundles().forward_bundle(db, source, answer)
            return answer

        self._run(
            QCoreApplication.translate("SyncBundle", "Forwarding the bundle to the server…"),
            job,
            self._forwarded,
        )

    def _forwarded(self, answer: Path) -> None:
        self._ended()
        text = QCoreApplication.translate(
            "SyncBundle", "The server took the bundle; its answer is in %1."
        ).replace("%1", answer.name)
        detail = QCoreApplication.translate(
            "SyncBundle",
            "Give the answer to the colleague whose bundle it was: they import it with "
            "File → Sync bundle → Import answer…. Nothing on this computer changed.",
        )
        self._report(text, detail)

    # -- running -------------------------------------------------------------------------

    def _run(self, label: str, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        progress = QProgressDialog(label, "", 0, 0, self.parent_widget)
        progress.setCancelButton(None)  # a bundle is written or read in one transaction
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setWindowTitle(QCoreApplication.translate("SyncBundle", "Sync bundle"))
        self._progress = progress

        def work(_progress: Any, _cancelled: Any) -> Any:
            return job()

        self._op = run_op(work, on_success=done, on_failure=self._failed, on_finished=self._ended)

    def _ended(self) -> None:
        self._op = None
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _failed(self, error: UserError) -> None:
        self._ended()
        self.last_result = error.translated()
        show_error(
            self.parent_widget,
            error,
            QCoreApplication.translate("SyncBundle", "Sync bundle"),
        )

    def _created(self, summary: ExportSummary) -> None:
        self._ended()
        text = (
            QCoreApplication.translate(
                "SyncBundle", "Wrote %1: %n change(s)", None, summary.mutations
            ).replace("%1", summary.path.name)
            + ", "
            + QCoreApplication.translate(
                "SyncBundle", "%n photo(s) and file(s).", None, summary.blobs
            )
        )
        detail = QCoreApplication.translate(
            "SyncBundle",
            "Take it to the administrator of the sync server (field-dossier-server "
            "import-bundle) and import the answer bundle here (File → Sync bundle → Import "
            "answer…). Until then the changes stay on this computer.",
        )
        self._report(text, detail)

    def _imported(self, summary: ImportSummary) -> None:
        self._ended()
        parts = [
            QCoreApplication.translate(
                "SyncBundle", "%n change(s) acknowledged", None, summary.acknowledged
            ),
            QCoreApplication.translate("SyncBundle", "%n received", None, summary.received),
        ]
        if summary.conflicts:
            parts.append(
                QCoreApplication.translate(
                    "SyncBundle", "%n conflict(s) to resolve", None, summary.conflicts
                )
            )
        if summary.quarantined:
            parts.append(
                QCoreApplication.translate(
                    "SyncBundle",
                    "%n change(s) refused (see the sync log)",
                    None,
                    summary.quarantined,
                )
            )
        text = QCoreApplication.translate("SyncBundle", "Answer imported: %1.").replace(
            "%1", ", ".join(parts)
        )
        self.changes.announce([EVERYTHING])
        self._report(text, "")

    def _report(self, text: str, detail: str) -> None:
        self.last_result = text
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("SyncBundle", "Sync bundle"))
        box.setText(text)
        if detail:
            box.setInformativeText(detail)
        box.exec()
