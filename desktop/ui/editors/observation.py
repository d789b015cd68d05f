"""The observation editor: the text first, then where/what/who it is about."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import MarkdownField
from desktop.ui.record_columns import short_date
from desktop.ui.widgets.responsive_row import ResponsiveRow


class ObservationEditor(RecordEditor):
    kind = "observation"

    def build_form(self) -> None:
        top = ResponsiveRow()
        top.add(self.row("activity_id"), 3)
        top.add(self.row("observed_on"), 1)
        top.add(self.row("district"), 2)
        self.form.addWidget(top)
        text = MarkdownField(self.spec.field("text"), self.context, minimum_height=220)
        self.form.addWidget(self.row("text", text))
        self.add_attachments()  # photos belong with the text they illustrate
        self.add_rows("fields_of_action", "target_groups", "tags")
        gender = MarkdownField(self.spec.field("gender_remark"), self.context, minimum_height=60)
        self.form.addWidget(self.row("gender_remark", gender))
        self.add_rows("author")

    def primary_field(self) -> str:
        return "text"

    def describe(self, values: dict[str, Any]) -> str:
        if not self.record_id:
            return super().describe(values)
        return (
            self.tr("%1 · last edited by %2")
            .replace("%1", short_date(_date(self.fields["observed_on"].value())))
            .replace("%2", str(values.get("updated_by") or self.context.scope.actor))
        )


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None
