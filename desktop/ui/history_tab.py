"""A record's History tab: every version (who, which laptop, when, which fields, with
the values and the words that changed), from the server when online, else this
laptop's own changes; an older value - one field or a whole version - is restored as
a new, ordinary edit that syncs."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT, META_FIELD_LABELS, spec_of_table
from desktop.errors import UserError
from desktop.store import Database
from desktop.ui.diff_html import diff_html, when
from desktop.ui.icons import icon
from desktop.ui.ops import Op, run_op

if TYPE_CHECKING:
    from desktop.sync.history import RecordHistory

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1  # index of the version
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # column of a field's row


class HistoryTab(QWidget):
    restored = Signal(str)  # record id: a restore wrote a new edit

    def __init__(self, db: Database, actor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.record_id: str | None = None
        self.history: RecordHistory | None = None
        self._op: Op | None = None
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("HistoryTab", "Version"),
                QCoreApplication.translate("HistoryTab", "Changes"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.restore_field = QPushButton(
            icon("rotate-ccw"), QCoreApplication.translate("HistoryTab", "Restore this &value")
        )
        self.restore_version = QPushButton(
            icon("archive-restore"),
            QCoreApplication.translate("HistoryTab", "Restore this &version"),
        )
        self.restore_field.clicked.connect(self._restore_field)
        self.restore_version.clicked.connect(self._restore_version)
        self.refresh_button = QPushButton(
            icon("refresh-cw"), QCoreApplication.translate("HistoryTab", "&Reload")
        )
        self.refresh_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_field)
        buttons.addWidget(self.restore_version)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()

    @property
    def loading(self) -> bool:
        return self._op is not None

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        self.history = None
        self.tree.clear()
        self.reload()

    def reload(self) -> None:
        if self.record_id is None or self._op is not None:
            return
        db, record_id = self.db, self.record_id
        self.note.setText(QCoreApplication.translate("HistoryTab", "Loading the history…"))
        self.error.clear()

        def work(_progress: Any, _cancelled: Any) -> RecordHistory:
            # The sync stack (HTTP client, wire models) loads with the first history
            # shown, not with the editors at the app's start.
            from desktop.sync.history import load_history

            return load_history(db, record_id)

        self._op = run_op(
            work, on_success=self._show, on_failure=self._failed, on_finished=self._ended
        )

    def _ended(self) -> None:
        self._op = None

    def _failed(self, error: UserError) -> None:
        self.note.clear()
        self.error.setText(error.translated())

    # -- showing -----------------------------------------------------------------------------

    def _label(self, column: str) -> str:
        spec = spec_of_table(self.history.table) if self.history else None
        found = spec.field_of_column(column) if spec is not None else None
        source = found.label if found is not None else META_FIELD_LABELS.get(column, column)
        return QCoreApplication.translate(FIELD_CONTEXT, source)

    def _readable(self, value: Any) -> str:
        names = self.history.names if self.history else {}
        if value is None or value == "" or value == []:
            return QCoreApplication.translate("HistoryTab", "(empty)")
        if isinstance(value, bool):
            return (
                QCoreApplication.translate("HistoryTab", "yes")
                if value
                else QCoreApplication.translate("HistoryTab", "no")
            )
        if isinstance(value, list):
            return ", ".join(names.get(str(v), str(v)) for v in value)
        return names.get(str(value), str(value))

    def _show(self, history: RecordHistory) -> None:
        if history.record_id != self.record_id:
            return  # another record was chosen meanwhile
        self.history = history
        self.tree.clear()
        if history.offline_because is None:
            self.note.setText(
                QCoreApplication.translate("HistoryTab", "Every version, from the sync server.")
            )
        else:
            self.note.setText(
                QCoreApplication.translate(
                    "HistoryTab",
                    "Only the changes made on this computer (the server's history is not "
                    "available: %1)",
                ).replace("%1", history.offline_because.translated())
            )
        previous: dict[str, Any] = {}
        labels: list[tuple[QTreeWidgetItem, QLabel]] = []
        for index, version in enumerate(history.versions):
            number = (
                str(version.version)
                if version.version is not None
                else QCoreApplication.translate("HistoryTab", "not sent")
            )
            device = version.device[:8] if version.device else "?"
            fields = ", ".join(self._label(c) for c in version.values)
            head = (
                QCoreApplication.translate("HistoryTab", "%1, laptop %2, %3")
                .replace("%1", version.who or "?")
                .replace("%2", device)
                .replace("%3", when(version.when))
            )
            item = QTreeWidgetItem([number, f"{head} — {fields}" if fields else head])
            item.setData(0, VERSION_ROLE, index)
            for column, value in version.values.items():
                child = QTreeWidgetItem(["", ""])
                child.setData(0, VERSION_ROLE, index)
                child.setData(0, FIELD_ROLE, column)
                item.addChild(child)
                before = previous.get(column)
                shown = self._readable(value)
                if isinstance(value, str) and isinstance(before, str) and before != value:
                    markup = diff_html(before, value)
                else:
                    markup = html.escape(shown)
                label = QLabel(f"<b>{html.escape(self._label(column))}:</b> {markup}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.RichText)
                child.setToolTip(1, shown)
                child.setText(1, "")
                child.setData(1, Qt.ItemDataRole.AccessibleTextRole, shown)
                labels.append((child, label))
            previous.update(version.values)
            self.tree.insertTopLevelItem(0, item)  # newest first
        for child, label in labels:
            self.tree.setItemWidget(child, 1, label)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)
        self._update_buttons()

    # -- restoring ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        self.restore_field.setEnabled(item is not None and bool(item.data(0, FIELD_ROLE)))
        self.restore_version.setEnabled(item is not None and self.history is not None)

    def _restore_field(self) -> None:
        item = self.tree.currentItem()
        if item is None or self.history is None or not item.data(0, FIELD_ROLE):
            return
        version = self.history.versions[int(item.data(0, VERSION_ROLE))]
        column = str(item.data(0, FIELD_ROLE))
        self._restore({column: version.values[column]})

    def _restore_version(self) -> None:
        item = self.tree.currentItem()
        if item is None or self.history is None:
            return
        self._restore(self.history.snapshot(int(item.data(0, VERSION_ROLE))))

    def _restore(self, values: dict[str, Any]) -> None:
        assert self.history is not None and self.record_id is not None
        from desktop.sync.history import restore_values  # loaded with the history shown

        try:
            restore_values(self.db, self.actor, self.history.table, self.record_id, values)
        except UserError as error:
            self.error.setText(error.translated())
            return
        self.error.clear()
        self.restored.emit(self.record_id)
