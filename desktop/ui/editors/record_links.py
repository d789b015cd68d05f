"""Links to other records (an adaptation note's supporting observations, a contact's
activities): a list with "Link…" (a searchable picker) and "Unlink"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from desktop.domain import FIELD_CONTEXT, FieldSpec, kind_spec
from desktop.services.search import find_titled, titles_of
from desktop.ui.editors.context import EditorContext
from desktop.ui.editors.fields import FieldWidget
from desktop.ui.icons import icon
from desktop.ui.kinds import kind_icon

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
        for linked in titles_of(self.context.db, self._ids):
            title = self.tr("(missing record)") if linked.missing else linked.title
            if linked.trashed:
                title = self.tr("%1 (in the trash)").replace("%1", title)
            item = QListWidgetItem(icon(kind_icon(self.spec.target_kind)), title)
            item.setData(ID_ROLE, linked.record_id)
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
        plural = QCoreApplication.translate(FIELD_CONTEXT, kind_spec(kind).plural_label)
        self.setWindowTitle(self.tr("Link %1").replace("%1", plural))
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
        for found in find_titled(self.context.db, self.context.scope.workspace_id, self.kind, text):
            item = QListWidgetItem(icon(kind_icon(self.kind)), found.title)
            item.setData(ID_ROLE, found.record_id)
            self.results.addItem(item)

    def chosen_ids(self) -> list[str]:
        return [item.data(ID_ROLE) for item in self.results.selectedItems()]
