"""The centre of the window: the list of the current view, search hits, or the dashboard."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
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

from desktop.domain import FIELD_CONTEXT, KINDS
from desktop.services.listing import RecordFilter
from desktop.services.overview import summarise
from desktop.services.search import SearchHit
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.dashboard import Dashboard
from desktop.ui.icons import icon
from desktop.ui.kinds import UI_CONTEXT, default_view, kind_icon, ui_kind
from desktop.ui.record_columns import short_date
from desktop.ui.record_table_model import ID_ROLE, KIND_ROLE, RecordTableModel
from desktop.ui.search_results import SearchHitDelegate, SearchResultsModel
from desktop.ui.simple_table_model import CONFLICT_ROLE, SimpleRow, SimpleTableModel
from desktop.ui.views import ViewSpec

ROW_HEIGHT_FACTOR = 1.7
MIN_TEXT_SHARE = 0.5  # the other columns take at most this share of a narrow list
MIN_COLUMN_WIDTH = 96


# Kind | title (takes the room) | date | who: trash, recently edited, conflicts.
SIMPLE_WIDTHS: list[int | None] = [150, None, 110, 140]


def fit_columns(table: QTableView, widths: list[int | None], kept_out: set[int]) -> None:
    """The text column (width None) keeps at least half the list: on a narrow list the
    other columns give up room (down to a floor), then the last of them step aside
    (their values stay in the editor) rather than the text shrinking to "…"."""
    others = [p for p, width in enumerate(widths) if width is not None and p not in kept_out]
    room = table.viewport().width()
    has_text = None in widths
    budget = room * MIN_TEXT_SHARE if has_text and room > 0 else float("inf")
    wanted_width = {p: int(widths[p] or 0) for p in others}
    # A short column (a date) keeps its width; longer ones may halve.
    floors = {p: min(w, max(MIN_COLUMN_WIDTH, w // 2)) for p, w in wanted_width.items()}
    shown = list(others)
    while len(shown) > 1 and sum(floors[p] for p in shown) > budget:
        shown.pop()
    wanted = sum(wanted_width[p] for p in shown)
    share = min(1.0, budget / wanted) if wanted else 1.0
    header = table.horizontalHeader()
    for position in range(len(widths)):
        table.setColumnHidden(
            position, position in kept_out or (position in others and position not in shown)
        )
    for position in shown:
        header.resizeSection(position, max(floors[position], int(wanted_width[position] * share)))


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
    selection_changed = Signal()  # which records are selected (maybe several)
    menu_requested = Signal(QPoint)  # a context menu for the selection, at this global point

    def __init__(self, db: Database, scope: Scope, language: str) -> None:
        super().__init__()
        self.db, self.scope, self.language = db, scope, language
        self.view = default_view()
        self.record_filter = RecordFilter()
        self.searching = False

        self.table_model = RecordTableModel(db, scope, language)
        self.table = self._table(self.table_model)
        self.table.viewport().installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._on_sort_requested)
        self.simple_model = SimpleTableModel()
        self.simple = self._table(self.simple_model)
        self.simple.viewport().installEventFilter(self)
        self.search_model = SearchResultsModel()
        self.hits = QListView()
        self.hits.setModel(self.search_model)
        self.hits.setItemDelegate(SearchHitDelegate(self.hits))
        self.hits.setUniformItemSizes(True)
        self.hits.setAccessibleName(self.tr("Search results"))
        self.hits.selectionModel().currentChanged.connect(self._on_current_changed)
        self.hits.activated.connect(self._on_activated)
        self.hits.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._offer_menu(self.hits)
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
        self._offer_menu(table)
        return table

    def _offer_menu(self, view: QAbstractItemView) -> None:
        view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda point: self._on_menu_requested(view, point))

    def _on_menu_requested(self, view: QAbstractItemView, point: QPoint) -> None:
        index = view.indexAt(point)
        if not index.isValid():  # the Menu key: beside the current row
            index = view.currentIndex()
            point = view.visualRect(index).center()
        if not index.isValid() or not index.data(ID_ROLE):
            return
        self.menu_requested.emit(view.viewport().mapToGlobal(point))

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
            # Inside one activity's view, its title would repeat in every row.
            self.table.setColumnHidden(position, in_activity and column.names_the_activity)
        self._fit_columns()
        order = (
            Qt.SortOrder.DescendingOrder
            if self.table_model.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(self.table_model.sort_column(), order)
        header.blockSignals(False)

    def _fit_columns(self) -> None:
        columns = self.table_model.columns
        in_activity = bool(self.view.activity_id)
        widths = [None if column.stretch else column.width for column in columns]
        kept_out = {
            position
            for position, column in enumerate(columns)
            if in_activity and column.names_the_activity
        }
        fit_columns(self.table, widths, kept_out)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.viewport():
                self._fit_columns()
            elif watched is self.simple.viewport():
                fit_columns(self.simple, SIMPLE_WIDTHS, set())
        return super().eventFilter(watched, event)

    def _on_sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if self.table_model.columns[column].sort_key is None:
            self._apply_columns()  # unsortable column: put the indicator back
            return
        self.table_model.sort(column, order)

    def shown_rows(self) -> int | None:
        """How many records the list shows now (None: the overview, not a list)."""
        page = self.stack.currentWidget()
        if page is self.dashboard:
            return None
        if page is self.empty:
            return 0
        if page is self.hits:
            return self.search_model.rowCount()
        if page is self.simple:
            return self.simple_model.rowCount()
        return self.table_model.rowCount()

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
        if self.view.kind is not None and self.view.key != "activity":
            look = ui_kind(self.view.kind)
            return look.icon, QCoreApplication.translate(UI_CONTEXT, look.empty_hint)
        hints = {
            "activity": (
                "notebook-pen",
                self.tr("No observations for this activity yet.\nPress Ctrl+N to capture one."),
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
        def kind_label(kind: str) -> str:
            spec = KINDS.get(kind)
            return QCoreApplication.translate(FIELD_CONTEXT, spec.label) if spec else kind

        if view.key == "conflicts":
            from desktop.sync.conflicts import load_open_conflicts  # the sync stack, on use

            rows = [
                SimpleRow(
                    conflict.record_id,
                    conflict.kind,
                    (
                        kind_label(conflict.kind),
                        conflict.record_title or conflict.record_id,
                        QCoreApplication.translate(FIELD_CONTEXT, conflict.field_label),
                        short_date(conflict.created_at.date()),
                    ),
                    icon("triangle-alert", "#ef6c00"),
                    conflict.id,
                )
                for conflict in load_open_conflicts(self.db, self.scope.workspace_id)
            ]
            headers = [self.tr("Kind"), self.tr("Record"), self.tr("Field"), self.tr("Since")]
        else:
            trash = view.key == "trash"
            rows = [
                SimpleRow(
                    item.record_id,
                    item.kind,
                    (kind_label(item.kind), item.title, short_date(item.when.date()), item.by),
                    icon(kind_icon(item.kind)),
                )
                for item in summarise(self.db, self.scope.workspace_id, trash=trash)
            ]
            headers = [
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Deleted") if trash else self.tr("Edited"),
                self.tr("By"),
            ]
        self.simple_model.set_rows(headers, rows)
        header = self.simple.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.simple, SIMPLE_WIDTHS, set())

    def on_records_changed(self, kinds: frozenset[str], ids: frozenset[str]) -> None:
        """Show what changed: redraw the rows of saved records, reload anything else."""
        if self.searching:
            return
        view = self.view
        if view.is_table and kinds == {view.kind} and ids:
            rows = [self.table_model.row_of(record_id) for record_id in ids]
            if all(row is not None for row in rows):
                for record_id in ids:
                    self.table_model.refresh_record(record_id)
                return
        self.reload()

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
