"""Photos and files of a record: thumbnails (made off the GUI thread), captions, open, remove."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.models import Attachment
from desktop.services.attachments import (
    attach_path,
    attachments_of_record,
    change_caption,
    change_credit,
    ensure_thumbnail,
    is_image,
    take_off,
)
from desktop.ui.editors.context import EditorContext
from desktop.ui.icons import icon
from desktop.ui.messages import confirm, show_error
from desktop.ui.ops import run_op

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole + 1
THUMB = 96


class AttachmentStrip(QWidget):
    changed = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_id: str | None = None
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 36, THUMB + 40))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setFixedHeight(THUMB + 56)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemDoubleClicked.connect(self._open)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.hint = QLabel(self.tr("Drop photos or files here, or use “Add photo…”."))
        self.hint.setEnabled(False)
        self.hint.setWordWrap(True)
        add = QPushButton(icon("image-plus"), self.tr("Add photo…"))
        add.clicked.connect(self._choose_files)
        self.add_button = add
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.set_owner(None)

    # -- content ------------------------------------------------------------------------

    def set_owner(self, owner_id: str | None) -> None:
        self.owner_id = owner_id
        self.add_button.setEnabled(owner_id is not None)
        self.setAcceptDrops(owner_id is not None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.owner_id is None:
            self.hint.setText(self.tr("Photos can be added once the record has its text."))
            self.list.setVisible(False)
            return
        attachments = attachments_of_record(self.context.db, self.owner_id)
        self.hint.setText(
            self.tr("Drop photos or files here, or use “Add photo…”.")
            if not attachments
            else self.tr("%n attachment(s) — double-click to open", "", len(attachments))
        )
        self.list.setVisible(bool(attachments))
        for attachment in attachments:
            self._add_item(attachment)

    def _add_item(self, attachment: Attachment) -> None:
        item = QListWidgetItem(icon("file-text"), attachment.caption or attachment.file_name)
        item.setData(ATTACHMENT_ROLE, attachment)
        item.setToolTip(f"{attachment.file_name}\n{attachment.caption}".strip())
        self.list.addItem(item)
        if is_image(attachment.mime):
            self._load_thumbnail(item, attachment.sha256)
        elif not self.context.db.blobs.has(attachment.sha256):
            item.setIcon(icon("cloud-off"))
            item.setToolTip(self.tr("Not downloaded yet"))

    def _load_thumbnail(self, item: QListWidgetItem, sha256: str) -> None:
        db = self.context.db

        def work(_progress: Any, _cancelled: Any) -> Path | None:
            return ensure_thumbnail(db.blobs, db.data_dir, sha256)

        def done(path: Path | None) -> None:
            try:
                if path is None:
                    item.setIcon(icon("cloud-off" if not db.blobs.has(sha256) else "file-text"))
                else:
                    item.setIcon(QIcon(QPixmap(str(path))))
            except RuntimeError:
                pass  # the list was refilled meanwhile

        run_op(work, on_success=done)

    # -- actions ------------------------------------------------------------------------

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or files"),
            str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff);;All files (*)"),
        )
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Copy files in off the GUI thread (large photos), then show them."""
        if not paths or self.owner_id is None:
            return
        context, owner = self.context, self.owner_id

        def work(progress: Any, _cancelled: Any) -> int:
            for number, path in enumerate(paths, 1):
                sha256 = attach_path(context.db, context.scope, owner, path)
                ensure_thumbnail(context.db.blobs, context.db.data_dir, sha256)
                progress(number, len(paths), path.name)
            return len(paths)

        def done(_count: int) -> None:
            self.reload()
            self.changed.emit()

        def failed(error: UserError) -> None:
            # Files before the failing one are attached already: show them.
            done(0)
            show_error(self, error)

        run_op(work, on_success=done, on_failure=failed)

    def _selected(self) -> Attachment | None:
        item = self.list.currentItem()
        value = item.data(ATTACHMENT_ROLE) if item is not None else None
        return value if isinstance(value, Attachment) else None

    def _menu(self, position: Any) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        menu = QMenu(self)
        menu.addAction(icon("external-link"), self.tr("Open"), lambda: self._open(None))
        menu.addAction(icon("pencil"), self.tr("Edit caption…"), self.edit_caption)
        menu.addAction(icon("pencil"), self.tr("Photo credit…"), self.edit_credit)
        menu.addSeparator()
        menu.addAction(icon("trash-2"), self.tr("Remove"), self.remove_selected)
        menu.exec(self.list.viewport().mapToGlobal(position))

    def _open(self, _item: QListWidgetItem | None) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        db = self.context.db
        if db.blobs.has(attachment.sha256):
            self._open_copy(attachment)
            return

        # Synced from another laptop: the file itself is fetched on first use.
        def work(_progress: Any, _cancelled: Any) -> bool:
            # The sync stack (HTTP client, keyring) loads here, not with the editors.
            from desktop.sync.blobs import ensure_blob

            return ensure_blob(db, attachment.sha256) is not None

        def fetched(found: bool) -> None:
            if found:
                self._open_copy(attachment)
            else:
                QMessageBox.information(
                    self,
                    self.tr("Open attachment"),
                    self.tr(
                        "The server does not have %1 (yet). Try again after the next sync."
                    ).replace("%1", attachment.file_name or attachment.sha256[:12]),
                )

        run_op(work, on_success=fetched, on_failure=lambda error: show_error(self, error))

    def _open_copy(self, attachment: Attachment) -> None:
        """Open a copy, so a viewer that saves cannot change the content-addressed original."""
        folder = Path(tempfile.mkdtemp(prefix="field-dossier-"))
        # The name came from another laptop perhaps: its last part only, never a path.
        name = Path(attachment.file_name.replace("\\", "/")).name
        target = folder / (name if name not in ("", ".", "..") else "attachment")
        self.context.db.blobs.copy_out(attachment.sha256, target)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def edit_caption(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        caption, accepted = QInputDialog.getText(
            self,
            self.tr("Caption"),
            self.tr("Caption of %1:").replace("%1", attachment.file_name),
            text=attachment.caption,
        )
        if not accepted:
            return
        self._write(
            lambda: change_caption(self.context.db, self.context.scope, attachment.id, caption)
        )

    def edit_credit(self) -> None:
        """Who took the photo: printed under it in dossiers, before the workspace's
        general photo credit."""
        attachment = self._selected()
        if attachment is None:
            return
        credit, accepted = QInputDialog.getText(
            self,
            self.tr("Photo credit"),
            self.tr("Who took %1? (printed under the photo in dossiers)").replace(
                "%1", attachment.file_name
            ),
            text=attachment.credit,
        )
        if not accepted:
            return
        self._write(
            lambda: change_credit(self.context.db, self.context.scope, attachment.id, credit)
        )

    def remove_selected(self) -> None:
        attachment = self._selected()
        if attachment is None:
            return
        name = attachment.caption or attachment.file_name
        if not confirm(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove \u201c%1\u201d from this record? It disappears from the record and "
                "from dossiers; the record's history keeps it."
            ).replace("%1", name),
            self.tr("Remove"),
        ):
            return
        self._write(lambda: take_off(self.context.db, self.context.scope, attachment.id))

    def _write(self, action: Callable[[], None]) -> None:
        try:
            action()
        except UserError as error:
            self.reload()  # show what is stored, not what the failed action assumed
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()

    # -- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.owner_id is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()
