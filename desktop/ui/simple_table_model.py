"""A read-only table of a few hundred prepared rows (recent, trash, conflicts)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from desktop.ui.record_table_model import ID_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class SimpleRow:
    record_id: str
    kind: str
    cells: tuple[str, ...]
    icon: QIcon | None = None
    conflict_id: str | None = None


class SimpleTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._headers: list[str] = []
        self._rows: list[SimpleRow] = []

    def set_rows(self, headers: list[str], rows: list[SimpleRow]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()

    def row_of(self, record_id: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.record_id == record_id:
                return position
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()] if index.column() < len(row.cells) else ""
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return row.icon
        if role == ID_ROLE:
            return row.record_id
        if role == KIND_ROLE:
            return row.kind
        if role == CONFLICT_ROLE:
            return row.conflict_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
