"""One table model for the record list of one kind: SQL-sorted, keyset-paged.

Rows hold display strings only (never ORM objects), fetched a page at a time through
canFetchMore/fetchMore as the view scrolls; sorting asks SQL for a new first page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.domain import kind_spec
from desktop.services.listing import ListLookups, RecordFilter, fetch_page, fetch_record
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.icons import icon
from desktop.ui.kinds import ui_kind
from desktop.ui.record_columns import Badge, Column

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    record_id: str
    cells: list[str]
    badges: list[Badge | None]


class RecordTableModel(QAbstractTableModel):
    PAGE_SIZE = 200

    def __init__(self, db: Database, scope: Scope, language: str) -> None:
        super().__init__()
        self.db = db
        self.scope = scope
        self.language = language
        self.kind = "observation"
        self.record_filter = RecordFilter()
        self.sort_key, self.descending = kind_spec(self.kind).default_sort
        self._rows: list[Row] = []
        self._cursor: tuple[Any, str] | None = None
        self._more = False
        self._lookups: ListLookups | None = None

    # -- queries ------------------------------------------------------------------------

    def set_query(
        self,
        kind: str,
        record_filter: RecordFilter,
        sort_key: str | None = None,
        descending: bool | None = None,
    ) -> None:
        if kind != self.kind:
            self.sort_key, self.descending = kind_spec(kind).default_sort
        self.kind = kind
        self.record_filter = record_filter
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._more = True
        self._lookups = None
        self._fetch_page(notify=False)
        self.endResetModel()

    def _fetch_page(self, *, notify: bool) -> None:
        page, self._lookups = fetch_page(
            self.db,
            self.scope.workspace_id,
            self.kind,
            self.record_filter,
            sort=self.sort_key,
            descending=self.descending,
            after=self._cursor,
            limit=self.PAGE_SIZE,
            language=self.language,
        )
        rows = [self._row(record, self._lookups) for record in page.rows]
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        if not rows:
            return
        if notify:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        else:
            self._rows.extend(rows)

    def _row(self, record: Any, lookups: ListLookups) -> Row:
        cells = [column.cell(record, lookups) for column in self.columns]
        badges = [column.badge(record) if column.badge else None for column in self.columns]
        return Row(record.id, cells, badges)

    def refresh_record(self, record_id: str) -> None:
        """Redraw one row after its record was saved (keeps scroll position)."""
        row = self.row_of(record_id)
        if row is None:
            return
        record, lookups = fetch_record(self.db, self.scope.workspace_id, record_id, self.language)
        if record is None:
            return
        self._rows[row] = self._row(record, lookups)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, record_id: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.record_id == record_id:
                return position
        return None

    def record_id(self, row: int) -> str:
        return self._rows[row].record_id

    @property
    def columns(self) -> tuple[Column, ...]:
        return ui_kind(self.kind).columns

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid() and self._more:
            self._fetch_page(notify=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        badge = row.badges[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return badge.text if badge is not None else row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and row.cells[column]:
            return row.cells[column]  # the whole text of an elided cell
        if role == Qt.ItemDataRole.DecorationRole and badge is not None:
            return icon(badge.icon, badge.colour)
        if role == Qt.ItemDataRole.ForegroundRole and badge is not None and badge.warning:
            return QColor(badge.colour)
        if role == ID_ROLE:
            return row.record_id
        if role == KIND_ROLE:
            return self.kind
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RecordTable", self.columns[section].title)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is None:
            return  # not sortable in SQL; the view keeps the previous order
        self.set_query(self.kind, self.record_filter, key, order == Qt.SortOrder.DescendingOrder)

    def sort_column(self) -> int:
        for position, column in enumerate(self.columns):
            if column.sort_key == self.sort_key:
                return position
        return -1
