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

from desktop.models import Activity
from desktop.services.listing import DEFAULT_SORT, RecordFilter, list_records
from desktop.services.records import get_record
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.icons import icon
from desktop.ui.record_columns import COLUMNS, CONSENT_COLUMN, Column, Lookups

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Row:
    record_id: str
    cells: list[str]
    consent: bool | None  # contacts only


class RecordTableModel(QAbstractTableModel):
    PAGE_SIZE = 200

    def __init__(self, db: Database, scope: Scope, language: str) -> None:
        super().__init__()
        self.db = db
        self.scope = scope
        self.language = language
        self.kind = "observation"
        self.record_filter = RecordFilter()
        self.sort_key, self.descending = DEFAULT_SORT[self.kind]
        self._rows: list[Row] = []
        self._cursor: tuple[Any, str] | None = None
        self._more = False
        self._lookups: Lookups | None = None

    # -- queries ------------------------------------------------------------------------

    def set_query(
        self,
        kind: str,
        record_filter: RecordFilter,
        sort_key: str | None = None,
        descending: bool | None = None,
    ) -> None:
        if kind != self.kind:
            self.sort_key, self.descending = DEFAULT_SORT[kind]
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
        with self.db.read() as session:
            if self._lookups is None:
                self._lookups = self._load_lookups(session)
            page = list_records(
                session,
                self.scope.workspace_id,
                self.kind,
                self.record_filter,
                sort=self.sort_key,
                descending=self.descending,
                after=self._cursor,
                limit=self.PAGE_SIZE,
            )
            rows = [self._row(record) for record in page.rows]
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

    def _load_lookups(self, session: Any) -> Lookups:
        titles = dict(
            session.query(Activity.id, Activity.title)
            .filter(Activity.workspace_id == self.scope.workspace_id)
            .all()
        )
        return Lookups(Taxonomy(session, self.scope.workspace_id), titles, self.language)

    def _row(self, record: Any) -> Row:
        assert self._lookups is not None
        cells = [column.cell(record, self._lookups) for column in self.columns]
        consent = bool(record.consent_given) if self.kind == "contact" else None
        return Row(record.id, cells, consent)

    def refresh_record(self, record_id: str) -> None:
        """Redraw one row after its record was saved (keeps scroll position)."""
        row = self.row_of(record_id)
        if row is None:
            return
        with self.db.read() as session:
            self._lookups = self._load_lookups(session)
            record = get_record(session, self.scope, record_id)
            self._rows[row] = self._row(record)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def row_of(self, record_id: str) -> int | None:
        for position, row in enumerate(self._rows):
            if row.record_id == record_id:
                return position
        return None

    def record_id(self, row: int) -> str:
        return self._rows[row].record_id

    @property
    def columns(self) -> list[Column]:
        return COLUMNS[self.kind]

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
        if role == Qt.ItemDataRole.DisplayRole:
            if self.kind == "contact" and column == CONSENT_COLUMN:
                return self.tr("given") if row.consent else self.tr("missing")
            return row.cells[column]
        if role == Qt.ItemDataRole.ToolTipRole and row.cells[column]:
            return row.cells[column]  # the whole text of an elided cell
        consent_cell = self.kind == "contact" and column == CONSENT_COLUMN
        if role == Qt.ItemDataRole.DecorationRole and consent_cell:
            return icon(
                "shield-check" if row.consent else "shield-alert",
                "#2e7d32" if row.consent else "#c62828",
            )
        if role == Qt.ItemDataRole.ForegroundRole and consent_cell and not row.consent:
            return QColor("#c62828")
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
