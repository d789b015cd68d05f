"""Filters for lists and search: kind, activity, municipality, field of action, tag, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.models import RECORD_KINDS
from desktop.services.listing import RecordFilter
from desktop.services.schema import KINDS
from desktop.services.taxonomy import Taxonomy, display_name
from desktop.ui.editors.context import EditorContext
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date_format

NO_DATE = QDate(1900, 1, 1)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(6)
        self.kind = self._combo(self.tr("Kind"))
        self.activity = self._combo(self.tr("Activity"))
        self.municipality = self._combo(self.tr("Municipality"))
        self.field_of_action = self._combo(self.tr("Field of action"))
        self.tag = self._combo(self.tr("Tag"))
        self.date_from = self._date(self.tr("From"))
        self.date_to = self._date(self.tr("To"))
        for label, widget in (
            (self.tr("Kind"), self.kind),
            (self.tr("Activity"), self.activity),
            (self.tr("Municipality"), self.municipality),
            (self.tr("Field"), self.field_of_action),
            (self.tr("Tag"), self.tag),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            layout.addWidget(caption)
            layout.addWidget(widget)
        clear = QToolButton()
        clear.setIcon(icon("x"))
        clear.setToolTip(self.tr("Clear filters"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        layout.addStretch(1)
        self.refresh_choices()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(short_date_format())
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self.changed)
        return edit

    def refresh_choices(self) -> None:
        with self.context.db.read() as session:
            taxonomy = Taxonomy(session, self.context.scope.workspace_id)
            fields = [
                (t.id, display_name(t, self.context.language))
                for t in taxonomy.terms_of("field_of_action")
            ]
            tags = [
                (t.id, display_name(t, self.context.language)) for t in taxonomy.terms_of("tag")
            ]
            municipalities = [(m.id, m.name) for m in taxonomy.live_municipalities()]
        everything = self.tr("All")
        kinds = [
            (k, QCoreApplication.translate("Fields", KINDS[k].plural_label)) for k in RECORD_KINDS
        ]
        fell_back = [
            self._fill(self.kind, everything, kinds),
            self._fill(self.activity, everything, [(a, t) for a, t, _ in self.context.activities]),
            self._fill(self.municipality, everything, municipalities),
            self._fill(self.field_of_action, everything, fields),
            self._fill(self.tag, everything, sorted(tags, key=lambda i: i[1].casefold())),
        ]
        if any(fell_back):
            # A filter on something that no longer exists became "All": the list must
            # show what the filter now says.
            self.changed.emit()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> bool:
        """Refill the choices; True if the chosen one vanished and "All" took its place."""
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, None)
            for value, label in items:
                combo.addItem(label, value)
            found = combo.findData(current)
            combo.setCurrentIndex(max(found, 0))
        return current is not None and found < 0

    def clear(self) -> None:
        for combo in (self.kind, self.activity, self.municipality, self.field_of_action, self.tag):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        for edit in (self.date_from, self.date_to):
            with QSignalBlocker(edit):
                edit.setDate(NO_DATE)
        self.changed.emit()

    def record_filter(self) -> RecordFilter:
        return RecordFilter(
            activity_id=self.activity.currentData(),
            municipality_id=self.municipality.currentData(),
            field_of_action_id=self.field_of_action.currentData(),
            tag_id=self.tag.currentData(),
            date_from=_date(self.date_from),
            date_to=_date(self.date_to),
        )

    def kinds(self) -> tuple[str, ...]:
        chosen = self.kind.currentData()
        return (chosen,) if chosen else RECORD_KINDS

    def is_active(self) -> bool:
        return self.record_filter() != RecordFilter() or self.kind.currentData() is not None


def _date(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
