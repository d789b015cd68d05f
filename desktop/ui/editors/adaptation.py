"""The adaptation note editor: origin → adaptation → rationale, side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel

from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import MarkdownField


class AdaptationEditor(RecordEditor):
    kind = "adaptation"

    def build_form(self) -> None:
        self.add_rows("element")
        self.add_side_by_side("element_kind", "status", "activity_id")
        transfer = QHBoxLayout()
        transfer.setSpacing(6)
        transfer.addWidget(self.row("from_municipality"), 1)
        transfer.addWidget(self._arrow())
        transfer.addWidget(self.row("to_municipality"), 1)
        transfer.addStretch(2)
        self.form.addLayout(transfer)
        columns = QHBoxLayout()
        columns.setSpacing(6)
        for position, name in enumerate(("origin_description", "adaptation", "rationale")):
            if position:
                columns.addWidget(self._arrow())
            field = MarkdownField(self.spec.field(name), self.context, minimum_height=150)
            columns.addWidget(self.row(name, field), 1)
        self.form.addLayout(columns)
        self.add_rows("framework_factors")
        effects = MarkdownField(self.spec.field("effects"), self.context, minimum_height=80)
        self.form.addWidget(self.row("effects", effects))
        self.add_rows("observation_ids", "principles", "fields_of_action", "tags")

    def _arrow(self) -> QLabel:
        arrow = QLabel("→")
        font = arrow.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        arrow.setFont(font)
        arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
        arrow.setEnabled(False)
        return arrow

    def primary_field(self) -> str:
        return "element"
