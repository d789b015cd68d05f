"""Links to other records (an adaptation note's supporting observations, a contact's
activities): a list with "Link…" (a searchable picker) and "Unlink"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.listing import list_records
from desktop.services.records import find_record
from desktop.services.schema import FieldSpec
from desktop.services.search import record_title, search
from desktop.ui.editors.context import EditorContext
from desktop.ui.editors.fields import FieldWidget
from desktop.ui.icons import icon
from desktop.ui.search_results import KIND_ICONS

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordLinksField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemDoubleClicked.connect(lambda _item: None)
        link = QPushButton(icon("link"), self.tr("Link…"))
        link.clicked.connect(self._link)
        unlink = QPushButton(icon("unlink"), self.tr("Unlink"))
        unlink.clicked.connect(self._unlink)
        buttons = QVBoxLayout()
        buttons.addWidget(link)
        buttons.addWidget(unlink)
        buttons.addStretch(1)
        layout = self._layout()
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self._ids: list[str] = []

    def value(self) -> Any:
        return list(self._ids)

    def set_value(self, value: Any) -> None:
        self._ids = list(value or [])
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        assert self.spec.target_kind is not None
        with self.context.db.read() as session:
            for record_id in self._ids:
                record = find_record(session, record_id)
                title = record_title(record) if record is not None else self.tr("(missing record)")
                if record is not None and record.deleted_at is not None:
                    title = self.tr("%1 (in the trash)").replace("%1", title)
                item = QListWidgetItem(icon(KIND_ICONS[self.spec.target_kind]), title)
                item.setData(ID_ROLE, record_id)
                self.list.addItem(item)
        # As tall as its links (two to five rows), not a fixed empty box.
        rows = min(max(self.list.count(), 2), 5)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)

    def _link(self) -> None:
        assert self.spec.target_kind is not None
        picker = RecordPicker(self.context, self.spec.target_kind, self)
        if picker.exec() == QDialog.DialogCode.Accepted:
            added = [i for i in picker.chosen_ids() if i not in self._ids]
            if added:
                self._ids.extend(added)
                self._fill()
                self.changed.emit()

    def _unlink(self) -> None:
        chosen = {item.data(ID_ROLE) for item in self.list.selectedItems()}
        if chosen:
            self._ids = [i for i in self._ids if i not in chosen]
            self._fill()
            self.changed.emit()


class RecordPicker(QDialog):
    """Find records of one kind by typing; pick one or several."""

    def __init__(self, context: EditorContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        titles = {
            "observation": self.tr("Link observations"),
            "activity": self.tr("Link activities"),
        }
        self.setWindowTitle(titles.get(kind, self.tr("Link records")))
        self.resize(560, 420)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search…"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.results.setUniformItemSizes(True)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh)
        self.query.textChanged.connect(self._timer.start)
        self._refresh()

    def _refresh(self) -> None:
        self.results.clear()
        text = self.query.text().strip()
        with self.context.db.read() as session:
            if text:
                records = [
                    hit.record
                    for hit in search(
                        session, self.context.scope.workspace_id, text, kinds=[self.kind], limit=100
                    )
                ]
            else:
                records = list_records(
                    session, self.context.scope.workspace_id, self.kind, limit=100
                ).rows
            for record in records:
                item = QListWidgetItem(icon(KIND_ICONS[self.kind]), record_title(record))
                item.setData(ID_ROLE, record.id)
                self.results.addItem(item)

    def chosen_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.results.selectedItems()]
