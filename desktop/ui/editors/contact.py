"""The contact editor, with the consent that decides whether the person may be exported,
and the exports that already named them (issue 16)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from desktop.domain import LANGUAGE_NAMES
from desktop.domain.consent import consent_expired
from desktop.export.templates.spec import TemplateSpec
from desktop.services.export_register import RegisteredExport, exports_containing
from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.fields import BoolField, choice_label
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
        inner.addWidget(self._bold(self.tr("Consent (GDPR/AVG)")))
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
        line.add(self.row("consent_until"), 1)
        line.add(self.row("consent_use"), 2)
        inner.addWidget(line)
        inner.addWidget(self.row("consent_scope"))
        inner.addWidget(self.row("consent_note"))
        self.form.addWidget(box)
        # Where this person was published: the export register of this laptop.
        self.exports_title = self._bold(self.tr("In exports from this laptop"))
        self.form.addWidget(self.exports_title)
        self.exports_list = QLabel()
        self.exports_list.setWordWrap(True)
        self.exports_list.setAccessibleName(self.tr("Exports that contained this contact"))
        self.form.addWidget(self.exports_list)
        self._exports_of: str | None = None
        self.fields["consent_given"].changed.connect(self._on_consent_toggled)
        for name in ("consent_date", "consent_until", "consent_use"):
            self.fields[name].changed.connect(self._refresh_badge)

    def primary_field(self) -> str:
        return "name"

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _on_consent_toggled(self) -> None:
        # Ticking "consent given" dates it today; the date stays editable.
        if self.fields["consent_given"].value() and not self.fields["consent_date"].value():
            self.fields["consent_date"].set_value(date.today().isoformat())
            self._on_changed("consent_date")
        self._refresh_badge()

    def update_heading(self, values: dict[str, Any]) -> None:
        super().update_heading(values)
        self._refresh_badge()
        if self.record_id != self._exports_of:
            self.refresh_exports()

    def consent_has_expired(self) -> bool:
        """What the form shows: consent given, and its last day is behind us."""
        until = self.fields["consent_until"].value()
        return bool(self.fields["consent_given"].value()) and consent_expired(
            date.fromisoformat(until) if until else None
        )

    def _refresh_badge(self) -> None:
        until = self.fields["consent_until"].value()
        if self.consent_has_expired():
            text = self.tr(
                "Consent expired on %1 — this person is left out of every export, "
                "as if they had not consented."
            ).replace("%1", short_date(date.fromisoformat(until)))
            colour, background, name = "#b71c1c", "#ffebee", "shield-alert"
        elif self.fields["consent_given"].value():
            day = self.fields["consent_date"].value()
            when = short_date(date.fromisoformat(day)) if day else ""
            text = self.tr("Consent given %1 — may appear in dossiers.").replace("%1", when)
            covers = self.fields["consent_use"].value()
            if covers:
                text += " " + self.tr("Covers: %1.").replace("%1", choice_label(covers))
            if until:
                text += " " + self.tr("Valid until %1.").replace(
                    "%1", short_date(date.fromisoformat(until))
                )
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

    def refresh_exports(self) -> None:
        """Show the register's files that held this contact (read-only)."""
        self._exports_of = self.record_id
        shown = self.record_id is not None
        self.exports_title.setVisible(shown)
        self.exports_list.setVisible(shown)
        if self.record_id is None:
            return
        found = exports_containing(self.context.db, self.context.scope, self.record_id)
        if not found:
            self.exports_list.setText(self.tr("Not in any export yet."))
            return
        from desktop.export.templates import templates  # read only when there is a list

        specs = templates()
        self.exports_list.setText("\n".join(_export_line(entry, specs) for entry in found))


def _export_line(entry: RegisteredExport, specs: dict[str, TemplateSpec]) -> str:
    """One line: 07/12/2026 · Core-group dossier · PDF · German · Kerngruppe.pdf."""
    spec = specs.get(entry.template)
    if spec is not None:
        what = QCoreApplication.translate("Templates", spec.file_name)
    elif entry.what == "contacts":
        what = QCoreApplication.translate("ContactEditor", "Contacts file")
    elif entry.what == "data":
        what = QCoreApplication.translate("ContactEditor", "Data file")
    else:
        what = entry.template or entry.what
    language = LANGUAGE_NAMES.get(entry.language)
    parts = [
        short_date(entry.exported_at.date()),
        what,
        entry.format.upper(),
        QCoreApplication.translate("Languages", language) if language else "",
        entry.file_name,
    ]
    return " · ".join(part for part in parts if part)
