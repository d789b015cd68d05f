"""The overview of the workspace or of one activity: counts as bar charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.services.listing import RecordFilter
from desktop.services.overview import (
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
        layout.addWidget(self.heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        self.by_kind = BarChart(self.tr("Records by kind"), 0)
        self.by_field = BarChart(self.tr("Observations by field of action"), 1)
        self.by_municipality = BarChart(self.tr("Observations by host municipality"), 2)
        self.by_month = BarChart(self.tr("Observations by month"), 3)
        grid.addWidget(self.by_kind, 0, 0)
        grid.addWidget(self.by_municipality, 0, 1)
        grid.addWidget(self.by_field, 1, 0)
        grid.addWidget(self.by_month, 1, 1)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(body)

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
        self.heading.setText(title or self.tr("Overview of the workspace"))
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
