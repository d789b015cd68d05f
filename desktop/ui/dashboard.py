"""The overview of the workspace or of one activity: counts as bar charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt
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

from desktop.services.listing import RecordFilter
from desktop.services.overview import (
    activity_summaries,
    counts_by_link,
    kind_counts,
    observations_by_month,
    observations_by_municipality,
)
from desktop.services.schema import FIELD_CONTEXT, KINDS
from desktop.services.taxonomy import Taxonomy
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
        self.scope_choice = QComboBox()
        self.scope_choice.setAccessibleName(self.tr("Show figures for"))
        self.scope_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope_choice.currentIndexChanged.connect(self._on_scope_chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        caption = QLabel(self.tr("Show figures for:"))
        caption.setBuddy(self.scope_choice)
        top.addWidget(caption)
        top.addWidget(self.scope_choice)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        self.by_kind = BarChart(self.tr("Records by kind"), 0)
        self.by_field = BarChart(self.tr("Observations by field of action"), 1)
        self.by_municipality = BarChart(self.tr("Observations by host municipality"), 2)
        self.by_month = BarChart(self.tr("Observations by month"), 3)
        top_left = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.by_kind, 0, 0, top_left)
        grid.addWidget(self.by_municipality, 0, 1, top_left)
        grid.addWidget(self.by_field, 1, 0, top_left)
        grid.addWidget(self.by_month, 1, 1, top_left)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self, activity_id: str | None = None) -> None:
        """Fill the scope choice (workspace, then each activity) and show the figures."""
        with self.db.read() as session:
            activities = activity_summaries(session, self.scope.workspace_id)
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
        record_filter = RecordFilter(activity_id=activity_id)
        with self.db.read() as session:
            taxonomy = Taxonomy(session, self.scope.workspace_id)
            kinds = kind_counts(session, self.scope.workspace_id, record_filter)
            fields = counts_by_link(
                session, self.scope.workspace_id, "observation", "fields_of_action", record_filter
            )
            municipalities = observations_by_municipality(
                session, self.scope.workspace_id, record_filter
            )
            months = observations_by_month(session, self.scope.workspace_id, record_filter)
            self.by_field.set_items([(taxonomy.term_label(t, self.language), n) for t, n in fields])
            self.by_municipality.set_items(
                [(taxonomy.municipality_name(m), n) for m, n in municipalities]
            )
        self.heading.setText(
            self.tr("Overview: %1").replace("%1", title)
            if title
            else self.tr("Overview of the workspace")
        )
        self.by_kind.set_items(
            [
                (QCoreApplication.translate(FIELD_CONTEXT, KINDS[kind].plural_label), count)
                for kind, count in kinds.items()
            ]
        )
        locale = QLocale()
        self.by_month.set_items(
            [(locale.toString(QDate(int(m[:4]), int(m[5:7]), 1), "MMM yyyy"), n) for m, n in months]
        )
