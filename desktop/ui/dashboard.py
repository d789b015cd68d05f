"""The overview of the workspace or of one activity: counts as bar charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT, KINDS
from desktop.services.overview import dashboard_figures, live_activities
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.widgets.bar_chart import BarChart


class Dashboard(QScrollArea):
    def __init__(self, db: Database, scope: Scope, language: str) -> None:
        super().__init__()
        self.db, self.scope, self.language = db, scope, language
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # the overview may sit in the narrow middle pane
        self.scope_choice = QComboBox()
        self.scope_choice.setAccessibleName(self.tr("Show figures for"))
        # Activity titles run long: the choice shortens them rather than widening the pane.
        self.scope_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope_choice.setMinimumContentsLength(14)
        self.scope_choice.currentIndexChanged.connect(self._on_scope_chosen)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Show figures for:"))
        caption.setBuddy(self.scope_choice)
        top.addWidget(caption)
        top.addWidget(self.scope_choice, 1)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        self.by_kind = BarChart(self.tr("Records by kind"), 0)
        self.by_field = BarChart(self.tr("Observations by field of action"), 1)
        self.by_municipality = BarChart(self.tr("Observations by host municipality"), 2)
        self.by_month = BarChart(self.tr("Observations by month"), 3)
        self.grid = grid
        self._columns = 0
        self._place_charts(2)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

    def _place_charts(self, columns: int) -> None:
        """Two charts side by side where there is room, one below the other where not."""
        if columns == self._columns:
            return
        self._columns = columns
        charts = (self.by_kind, self.by_municipality, self.by_field, self.by_month)
        for chart in charts:
            self.grid.removeWidget(chart)
        for index, chart in enumerate(charts):
            row, column = divmod(index, columns)
            self.grid.addWidget(chart, row, column, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:
        two_wide = 2 * self.by_kind.minimumSizeHint().width() + 24 + 32
        self._place_charts(2 if self.viewport().width() >= two_wide else 1)
        super().resizeEvent(event)

    def refresh(self, activity_id: str | None = None) -> None:
        """Fill the scope choice (workspace, then each activity) and show the figures."""
        activities = live_activities(self.db, self.scope.workspace_id)
        with QSignalBlocker(self.scope_choice):
            self.scope_choice.clear()
            self.scope_choice.addItem(self.tr("the whole workspace"), None)
            for summary in activities:
                self.scope_choice.addItem(summary.title, summary.id)
            self.scope_choice.setCurrentIndex(max(self.scope_choice.findData(activity_id), 0))
        self._on_scope_chosen()

    def _on_scope_chosen(self) -> None:
        activity_id = self.scope_choice.currentData()
        title = self.scope_choice.currentText() if activity_id else None
        self.show_scope(activity_id, title)

    def show_scope(self, activity_id: str | None, title: str | None = None) -> None:
        figures = dashboard_figures(self.db, self.scope.workspace_id, activity_id, self.language)
        self.by_field.set_items(figures.by_field)
        self.by_municipality.set_items(figures.by_municipality)
        self.heading.setText(
            self.tr("Overview: %1").replace("%1", title)
            if title
            else self.tr("Overview of the workspace")
        )
        self.by_kind.set_items(
            [
                (QCoreApplication.translate(FIELD_CONTEXT, KINDS[kind].plural_label), count)
                for kind, count in figures.by_kind.items()
            ]
        )
        locale = QLocale()
        self.by_month.set_items(
            [
                (locale.toString(QDate(int(m[:4]), int(m[5:7]), 1), "MMM yyyy"), n)
                for m, n in figures.by_month
            ]
        )
