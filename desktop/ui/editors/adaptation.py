"""The adaptation note editor: origin → adaptation → rationale.

Side by side when the pane is wide; one under the other (with ↓) when it is narrow,
so that each text stays readable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel

from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import MarkdownField

SIDE_BY_SIDE_FROM = 900  # pixels of editor width


class AdaptationEditor(RecordEditor):
    kind = "adaptation"

    def build_form(self) -> None:
        self.add_rows("element")
        self.add_side_by_side("element_kind", "status")
        self.add_rows("activity_id")
        transfer = QHBoxLayout()
        transfer.setSpacing(6)
        transfer.addWidget(self.row("from_municipality"), 1)
        transfer.addWidget(self._arrow("→"))
        transfer.addWidget(self.row("to_municipality"), 1)
        transfer.addStretch(2)
        self.form.addLayout(transfer)
        self.transfer_columns = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.transfer_columns.setSpacing(6)
        self.column_arrows: list[QLabel] = []
        for position, name in enumerate(("origin_description", "adaptation", "rationale")):
            if position:
                arrow = self._arrow("↓")
                self.column_arrows.append(arrow)
                self.transfer_columns.addWidget(arrow)
            field = MarkdownField(self.spec.field(name), self.context, minimum_height=110)
            self.transfer_columns.addWidget(self.row(name, field), 1)
        self.form.addLayout(self.transfer_columns)
        self.add_rows("framework_factors")
        effects = MarkdownField(self.spec.field("effects"), self.context, minimum_height=80)
        self.form.addWidget(self.row("effects", effects))
        self.add_rows("observation_ids", "principles", "fields_of_action", "tags")

    def _arrow(self, text: str) -> QLabel:
        arrow = QLabel(text)
        font = arrow.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        arrow.setFont(font)
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        arrow.setEnabled(False)
        return arrow

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= SIDE_BY_SIDE_FROM
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.transfer_columns.direction() != direction:
            self.transfer_columns.setDirection(direction)
            for arrow in self.column_arrows:
                arrow.setText("→" if wide else "↓")
        super().resizeEvent(event)

    def primary_field(self) -> str:
        return "element"
