"""A contact's e-mails, phones or addresses in the editor: a small table, one row each.

Each row has its kind (work, home, mobile…), the value (or the parts of an address),
a free label and whether it is the preferred one. A row keeps its point's id, so the
sync server can merge two laptops' edits of one list entry by entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain import FIELD_CONTEXT, FieldSpec
from desktop.domain.contact_points import KINDS_OF
from desktop.ui.editors.context import EditorContext
from desktop.ui.editors.fields import FieldWidget, choice_label
from desktop.ui.icons import icon

_ADDRESS_PARTS = ("street", "postcode", "locality", "region", "country")


def _field_label(text: str) -> str:
    return QCoreApplication.translate(FIELD_CONTEXT, text)


class PointsField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.kinds = KINDS_OF[spec.name]
        self.parts = list(_ADDRESS_PARTS) if spec.name == "addresses" else ["value"]
        headers = [self.tr("Kind")]
        if spec.name == "addresses":
            # The labels of an address's parts (context "Fields", like every field label).
            labels = {
                "street": QCoreApplication.translate("Fields", "Street"),
                "postcode": QCoreApplication.translate("Fields", "Postcode"),
                "locality": QCoreApplication.translate("Fields", "Town"),
                "region": QCoreApplication.translate("Fields", "Region"),
                "country": QCoreApplication.translate("Fields", "Country"),
            }
            headers += [labels[p] for p in self.parts]
        else:
            headers.append(_field_label(spec.label))
        headers += [self.tr("Label"), self.tr("Preferred")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(_field_label(spec.label))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        last = len(headers) - 1
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.ResizeToContents)
        if spec.name == "addresses":
            # Five parts do not fit beside each other: they keep readable widths and
            # the table scrolls sideways.
            for column, width in enumerate((160, 70, 110, 90, 100), 1):
                self.table.setColumnWidth(column, width)
            self.table.setColumnWidth(last - 1, 100)
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            self.table.setColumnWidth(2, 80)
        # No header cut off in German or Dutch ("Bezeichnung", "Provincie/regio"): every
        # column is at least as wide as its caption.
        metrics = header.fontMetrics()
        for column, caption in enumerate(headers):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            needed = metrics.horizontalAdvance(caption) + 2 * metrics.averageCharWidth() + 8
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), needed))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self._fit_height()
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(icon("plus"), self.tr("Add"))
        self.add_button.setAccessibleName(
            self.tr("Add to %1").replace("%1", _field_label(spec.label))
        )
        self.remove_button = QPushButton(icon("trash-2"), self.tr("Remove"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        # The buttons below the table: the editor's column is narrow, the table gets
        # all of its width.
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        stack = QVBoxLayout()
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(self.table)
        stack.addLayout(buttons)
        layout: QHBoxLayout = self._layout()
        layout.addLayout(stack, 1)
        self.setFocusProxy(self.table)

    # -- rows ------------------------------------------------------------------------

    def add_row(self, point: dict[str, Any] | None = None) -> None:
        point = point if isinstance(point, dict) else {}
        with QSignalBlocker(self.table):
            row = self.table.rowCount()
            self.table.insertRow(row)
            combo = QComboBox()
            combo.addItem("", "")
            for kind in self.kinds:
                combo.addItem(choice_label(kind), kind)
            combo.setCurrentIndex(max(combo.findData(point.get("kind", "")), 0))
            combo.currentIndexChanged.connect(self.changed)
            combo.setProperty("point_id", point.get("id", ""))
            self.table.setCellWidget(row, 0, combo)
            for offset, part in enumerate(self.parts, 1):
                self.table.setItem(row, offset, QTableWidgetItem(str(point.get(part, ""))))
            label_column = 1 + len(self.parts)
            self.table.setItem(row, label_column, QTableWidgetItem(str(point.get("label", ""))))
            preferred = QTableWidgetItem()
            preferred.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            checked = Qt.CheckState.Checked if point.get("pref") else Qt.CheckState.Unchecked
            preferred.setCheckState(checked)
            self.table.setItem(row, label_column + 1, preferred)
        self._fit_height()
        if not point:  # a new, empty row: type into it at once
            self.table.setCurrentCell(row, 1)
            first = self.table.item(row, 1)
            if first is not None:
                self.table.editItem(first)
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        if rows:
            self.changed.emit()

    def _fit_height(self) -> None:
        """As tall as its rows (at least two, at most six), not a fixed empty box."""
        shown = min(max(self.table.rowCount(), 2), 6)
        rows = shown * self.table.verticalHeader().defaultSectionSize()
        frame = self.table.frameWidth() * 2
        scroll = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + rows + frame + scroll
        )

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        pref_column = 2 + len(self.parts)
        if item.column() == pref_column and item.checkState() == Qt.CheckState.Checked:
            # Only one preferred point.
            with QSignalBlocker(self.table):
                for row in range(self.table.rowCount()):
                    other = self.table.item(row, pref_column)
                    if other is not None and other is not item:
                        other.setCheckState(Qt.CheckState.Unchecked)
        self.changed.emit()

    # -- value -----------------------------------------------------------------------

    def value(self) -> Any:
        points = []
        label_column = 1 + len(self.parts)
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            assert isinstance(combo, QComboBox)
            point: dict[str, Any] = {"kind": combo.currentData() or ""}
            if combo.property("point_id"):
                point["id"] = combo.property("point_id")
            for offset, part in enumerate(self.parts, 1):
                cell = self.table.item(row, offset)
                point[part] = cell.text().strip() if cell is not None else ""
            label = self.table.item(row, label_column)
            point["label"] = label.text().strip() if label is not None else ""
            preferred = self.table.item(row, label_column + 1)
            point["pref"] = preferred is not None and (
                preferred.checkState() == Qt.CheckState.Checked
            )
            if any(point.get(part) for part in self.parts):
                points.append(point)
        return points

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
        for point in value or []:
            self.add_row(point)
