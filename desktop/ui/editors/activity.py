"""The activity editor: what happened, when, where, with whom."""

from __future__ import annotations

from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import MarkdownField


class ActivityEditor(RecordEditor):
    kind = "activity"

    def build_form(self) -> None:
        self.add_rows("title")
        self.add_side_by_side("activity_type", "host_municipality")
        self.add_side_by_side("starts_on", "ends_on")
        self.add_rows("place")
        participants = MarkdownField(self.spec.field("participants"), self.context, 70)
        self.form.addWidget(self.row("participants", participants))
        description = MarkdownField(self.spec.field("description"), self.context, 120)
        self.form.addWidget(self.row("description", description))
        self.add_rows("fields_of_action")

    def primary_field(self) -> str:
        return "title"
