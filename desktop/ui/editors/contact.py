"""The contact editor, with the consent that decides whether the person may be exported."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import BoolField
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date
from desktop.ui.widgets.responsive_row import ResponsiveRow


class ContactEditor(RecordEditor):
    kind = "contact"

    def build_form(self) -> None:
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.form.addWidget(self.badge)
        self.add_rows("name")
        self.add_side_by_side("organisation", "role", "contact_type")
        self.add_side_by_side("municipality", "country", "languages")
        # Every e-mail, number and address; the single e-mail and phone follow the
        # preferred ones (desktop/domain/contact_points.py).
        self.add_rows("emails", "phones", "addresses")
        self.add_rows("activity_ids", "met_at", "fields_of_action", "notes")
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        title = QLabel(self.tr("Consent (GDPR/AVG)"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        inner.addWidget(title)
        explanation = QLabel(
            self.tr("Tick when this person agreed that their details may be used in dossiers.")
        )
        explanation.setWordWrap(True)
        inner.addWidget(explanation)
        consent = BoolField(
            self.spec.field("consent_given"), self.context, self.tr("Consent given")
        )
        inner.addWidget(self.row("consent_given", consent))
        line = ResponsiveRow()
        line.add(self.row("consent_date"), 1)
        line.add(self.row("consent_scope"), 2)
        inner.addWidget(line)
        inner.addWidget(self.row("consent_note"))
        self.form.addWidget(box)
        self.fields["consent_given"].changed.connect(self._on_consent_toggled)
        self.fields["consent_date"].changed.connect(self._refresh_badge)

    def primary_field(self) -> str:
        return "name"

    def _on_consent_toggled(self) -> None:
        # Ticking "consent given" dates it today; the date stays editable.
        if self.fields["consent_given"].value() and not self.fields["consent_date"].value():
            self.fields["consent_date"].set_value(date.today().isoformat())
            self._on_changed("consent_date")
        self._refresh_badge()

    def update_heading(self, values: dict[str, Any]) -> None:
        super().update_heading(values)
        self._refresh_badge()

    def _refresh_badge(self) -> None:
        if self.fields["consent_given"].value():
            day = self.fields["consent_date"].value()
            when = short_date(date.fromisoformat(day)) if day else ""
            text = self.tr("Consent given %1 — may appear in dossiers.").replace("%1", when)
            colour, background, name = "#1b5e20", "#e8f5e9", "shield-check"
        else:
            text = self.tr("No consent recorded — this person never appears in an export.")
            colour, background, name = "#b71c1c", "#ffebee", "shield-alert"
        self.badge.setText(text)
        self.badge.setStyleSheet(
            f"QLabel {{ color: {colour}; background: {background}; border-radius: 4px;"
            " padding: 6px; font-weight: bold; }"
        )
        self.badge.setToolTip(text)
        self.badge_icon = icon(name)
