"""The centre of the window: the list of the current view, search hits, or the dashboard."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models import MODEL_BY_TABLE
from desktop.services.listing import RecordFilter
from desktop.services.overview import recent_records, trashed_records
from desktop.services.schema import FIELD_CONTEXT, KINDS
from desktop.services.search import SearchHit, record_title
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.sync.conflicts import open_conflicts
from desktop.ui import views
from desktop.ui.dashboard import Dashboard
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date
from desktop.ui.record_table_model import ID_ROLE, KIND_ROLE, RecordTableModel
from desktop.ui.search_results import KIND_ICONS, SearchHitDelegate, SearchResultsModel
from desktop.ui.simple_table_model import CONFLICT_ROLE, SimpleRow, SimpleTableModel
from desktop.ui.sync_ui import field_label_of
from desktop.ui.views import ViewSpec

ROW_HEIGHT_FACTOR = 1.7


class EmptyState(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.picture)
        layout.addWidget(self.text)
        layout.addStretch(2)

    def show_hint(self, icon_name: str, text: str) -> None:
        self.picture.setPixmap(icon(icon_name).pixmap(48, 48))
        self.text.setText(text)


class CenterPane(QWidget):
    record_chosen = Signal(str, str)  # kind, id: the current row changed
    record_opened = Signal(str, str)  # kind, id: Enter or double-click
    conflict_opened = Signal(str)  # conflict id: Enter or double-click in "Open conflicts"
    content_changed = Signal()

    def __init__(self, db: Database, scope: Scope, language: str) -> None:
        super().__init__()
        self.db, self.scope, self.language = db, scope, language
        self.view = views.OBSERVATIONS
        self.record_filter = RecordFilter()
        self.searching = False

        self.table_model = RecordTableModel(db, scope, language)
        self.table = self._table(self.table_model)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_sort_requested)
        self.simple_model = SimpleTableModel()
        self.simple = self._table(self.simple_model)
        self.search_model = SearchResultsModel()
        self.hits = QListView()
        self.hits.setModel(self.search_model)
        self.hits.setItemDelegate(SearchHitDelegate(self.hits))
        self.hits.setUniformItemSizes(True)
        self.hits.setAccessibleName(self.tr("Search results"))
        self.hits.selectionModel().currentChanged.connect(self._on_current_changed)
        self.hits.activated.connect(self._on_activated)
        self.dashboard = Dashboard(db, scope, language)
        self.empty = EmptyState()
        self.stack = QStackedWidget()
        for page in (self.table, self.simple, self.hits, self.dashboard, self.empty):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _table(self, model: Any) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setTabKeyNavigation(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed heights: fast
        vertical.setDefaultSectionSize(int(table.fontMetrics().height() * ROW_HEIGHT_FACTOR))
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        table.activated.connect(self._on_activated)
        return table

    # -- what to show -------------------------------------------------------------------

    def show_view(self, view: ViewSpec, record_filter: RecordFilter | None = None) -> None:
        self.view = view
        self.searching = False
        if record_filter is not None:
            self.record_filter = record_filter
        self.reload()

    def reload(self) -> None:
        if self.searching:
            return
        view = self.view
        if view.key == "dashboard":
            self.dashboard.refresh()
            self.stack.setCurrentWidget(self.dashboard)
        elif view.is_table:
            assert view.kind is not None
            record_filter = self.record_filter
            if view.activity_id:
                record_filter = replace(record_filter, activity_id=view.activity_id)
            self.table_model.set_query(view.kind, record_filter)
            self._apply_columns()
            self._show_or_empty(self.table, self.table_model.rowCount())
        else:
            self._fill_simple(view)
            self._show_or_empty(self.simple, self.simple_model.rowCount())
        self.content_changed.emit()

    def _apply_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        in_activity = bool(self.view.activity_id)
        for position, column in enumerate(self.table_model.columns):
            if column.stretch:  # takes the room the fixed-width columns leave
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(position, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(position, column.width)
            # Inside one activity's view, its title would repeat in every row.
            self.table.setColumnHidden(position, in_activity and column.title == "Activity")
        order = (
            Qt.SortOrder.DescendingOrder
            if self.table_model.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(self.table_model.sort_column(), order)
        header.blockSignals(False)

    def _on_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.table_model.columns[column].sort_key is None:
            self._apply_columns()  # unsortable column: put the indicator back
            return
        self.table_model.sort(column, order)

    def show_search(self, query: str, hits: list[SearchHit]) -> None:
        self.searching = True
        self.search_model.set_hits(query, hits)
        if hits:
            self.stack.setCurrentWidget(self.hits)
        else:
            self.empty.show_hint("search", self.tr("No records contain “%1”.").replace("%1", query))
            self.stack.setCurrentWidget(self.empty)
        self.content_changed.emit()

    def leave_search(self) -> None:
        if self.searching:
            self.searching = False
            self.reload()

    def _show_or_empty(self, page: QWidget, rows: int) -> None:
        if rows:
            self.stack.setCurrentWidget(page)
            return
        icon_name, text = self._empty_hint()
        self.empty.show_hint(icon_name, text)
        self.stack.setCurrentWidget(self.empty)

    def _empty_hint(self) -> tuple[str, str]:
        filtered = self.record_filter != RecordFilter()
        if filtered and self.view.is_table:
            return "filter", self.tr("Nothing matches the filters. Clear them to see everything.")
        hints = {
            "observations": (
                "notebook-pen",
                self.tr("No observations yet.\nPress Ctrl+N to capture the first one."),
            ),
            "activity": (
                "notebook-pen",
                self.tr("No observations for this activity yet.\nPress Ctrl+N to capture one."),
            ),
            "adaptations": (
                "git-compare-arrows",
                self.tr(
                    "No adaptation notes yet.\n"
                    "Press Ctrl+Shift+N to write down how an element had to change."
                ),
            ),
            "contacts": (
                "users",
                self.tr(
                    "No contacts yet.\n"
                    "Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…)."
                ),
            ),
            "activities": (
                "calendar-days",
                self.tr("No activities yet.\nUse File → New activity to add the first one."),
            ),
            "recent": ("clock-3", self.tr("Nothing has been edited yet.")),
            "trash": (
                "trash-2",
                self.tr("The trash is empty.\nDeleted records wait here until you restore them."),
            ),
            "conflicts": (
                "circle-check-big",
                self.tr(
                    "No open conflicts.\nWhen two people change the same field differently, "
                    "both versions appear here to be resolved side by side."
                ),
            ),
        }
        return hints.get(self.view.key, ("inbox", self.tr("Nothing to show.")))

    def _fill_simple(self, view: ViewSpec) -> None:
        kind_label = {
            k: QCoreApplication.translate(FIELD_CONTEXT, s.label) for k, s in KINDS.items()
        }
        with self.db.read() as session:
            if view.key == "conflicts":
                rows = []
                for conflict in open_conflicts(session, self.scope.workspace_id):
                    model = MODEL_BY_TABLE.get(conflict.table_name)
                    record = session.get(model, conflict.row_id) if model is not None else None
                    kind = record.__kind__ if record is not None else conflict.table_name
                    rows.append(
                        SimpleRow(
                            conflict.row_id,
                            kind,
                            (
                                kind_label.get(kind, kind),
                                record_title(record) if record is not None else conflict.row_id,
                                field_label_of(kind, conflict.field_name),
                                short_date(conflict.created_at.date()),
                            ),
                            icon("triangle-alert", "#ef6c00"),
                            conflict.id,
                        )
                    )
                headers = [self.tr("Kind"), self.tr("Record"), self.tr("Field"), self.tr("Since")]
            else:
                trash = view.key == "trash"
                records = (
                    trashed_records(session, self.scope.workspace_id)
                    if trash
                    else recent_records(session, self.scope.workspace_id)
                )
                rows = [
                    SimpleRow(
                        r.id,
                        r.__kind__,
                        (
                            kind_label[r.__kind__],
                            record_title(r),
                            short_date((r.deleted_at if trash else r.updated_at).date()),  # type: ignore[union-attr]
                            r.updated_by,
                        ),
                        icon(KIND_ICONS[r.__kind__]),
                    )
                    for r in records
                ]
                headers = [
                    self.tr("Kind"),
                    self.tr("Title"),
                    self.tr("Deleted") if trash else self.tr("Edited"),
                    self.tr("By"),
                ]
        self.simple_model.set_rows(headers, rows)
        header = self.simple.horizontalHeader()
        for position, width in enumerate((150, 420, 110, 140)):
            header.resizeSection(position, width)

    # -- selection ----------------------------------------------------------------------

    def current_page(self) -> QAbstractItemView | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, QAbstractItemView) else None

    def selected_records(self) -> list[tuple[str, str]]:
        page = self.current_page()
        if page is None:
            return []
        rows = (
            page.selectionModel().selectedRows()
            if isinstance(page, QTableView)
            else page.selectionModel().selectedIndexes()
        )
        found = [(index.data(KIND_ROLE), index.data(ID_ROLE)) for index in rows]
        if not found and page.currentIndex().isValid():
            index = page.currentIndex()
            found = [(index.data(KIND_ROLE), index.data(ID_ROLE))]
        return [(k, i) for k, i in found if k and i]

    def select_record(self, record_id: str) -> bool:
        for page, model in ((self.table, self.table_model), (self.simple, self.simple_model)):
            if self.stack.currentWidget() is not page:
                continue
            row = model.row_of(record_id)
            if row is not None:
                page.selectRow(row)
                page.setCurrentIndex(model.index(row, 0))
                page.scrollTo(model.index(row, 0))
                return True
        return False

    def refresh_record(self, record_id: str) -> None:
        self.table_model.refresh_record(record_id)

    def focus_list(self) -> None:
        page = self.current_page()
        if page is not None:
            page.setFocus()
            if not page.currentIndex().isValid() and page.model().rowCount() > 0:
                page.setCurrentIndex(page.model().index(0, 0))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.record_chosen.emit(current.data(KIND_ROLE), current.data(ID_ROLE))

    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        conflict_id = index.data(CONFLICT_ROLE)
        if conflict_id:
            self.conflict_opened.emit(conflict_id)
        else:
            self.record_opened.emit(index.data(KIND_ROLE), index.data(ID_ROLE))
