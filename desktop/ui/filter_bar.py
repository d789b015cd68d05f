"""Filters for lists and search: kind, activity, municipality, field of action, tag, dates.

The bar wraps onto a second line rather than widening the window (it must never
squeeze the editor), and every active filter shows as a removable chip above the
list (`FilterChips`), so a filter is never on without anything saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from desktop.domain import KINDS, RECORD_KINDS
from desktop.services.listing import RecordFilter
from desktop.ui.editors.context import EditorContext
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date, short_date_format
from desktop.ui.widgets.flow_layout import FlowLayout

NO_DATE = QDate(1900, 1, 1)


@dataclass(frozen=True)
class ActiveFilter:
    caption: str  # "Tag"
    value: str  # "Handbuch"
    clear: Callable[[], None]


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = FlowLayout(self, spacing=6)
        layout.setContentsMargins(6, 2, 6, 2)
        self.kind = self._combo(self.tr("Kind"))
        self.activity = self._combo(self.tr("Activity"))
        self.municipality = self._combo(self.tr("Municipality"))
        self.field_of_action = self._combo(self.tr("Field of action"))
        self.tag = self._combo(self.tr("Tag"))
        self.date_from = self._date(self.tr("From"))
        self.date_to = self._date(self.tr("To"))
        self.captions = {
            self.kind: self.tr("Kind"),
            self.activity: self.tr("Activity"),
            self.municipality: self.tr("Municipality"),
            self.field_of_action: self.tr("Field of action"),
            self.tag: self.tr("Tag"),
            self.date_from: self.tr("From"),
            self.date_to: self.tr("To"),
        }
        for widget, label in self.captions.items():
            # A caption stays with its field when the bar wraps.
            group = QWidget()
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(3)
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            layout.addWidget(group)
        clear = QToolButton()
        clear.setIcon(icon("x"))
        clear.setToolTip(self.tr("Clear filters"))
        clear.setAccessibleName(self.tr("Clear filters"))
        clear.clicked.connect(self.clear)
        layout.addWidget(clear)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.refresh_choices()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumContentsLength(8)
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
        choices = self.context.choices
        fields = [(c.id, c.label) for c in choices.terms.get("field_of_action", [])]
        tags = [(c.id, c.label) for c in choices.terms.get("tag", [])]
        municipalities = [(c.id, c.label) for c in choices.municipalities]
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

    def active_filters(self) -> list[ActiveFilter]:
        """Each filter that narrows the list, with what it shows and how to drop it."""
        active = [
            ActiveFilter(self.captions[combo], combo.currentText(), partial(_reset, combo, 0))
            for combo in (
                self.kind,
                self.activity,
                self.municipality,
                self.field_of_action,
                self.tag,
            )
            if combo.currentData() is not None
        ]
        for edit in (self.date_from, self.date_to):
            chosen = _date(edit)
            if chosen is not None:
                clear = partial(edit.setDate, NO_DATE)
                active.append(ActiveFilter(self.captions[edit], short_date(chosen), clear))
        return active


def _reset(combo: QComboBox, index: int) -> None:
    combo.setCurrentIndex(index)


class FilterChips(QWidget):
    """The active filters as chips ("Tag: Handbuch ×"); a click on one removes it."""

    def __init__(self, bar: FilterBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(6, 3, 6, 3)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setVisible(False)

    def refresh(self, shown: int | None = None) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not at the next turn of the loop
                widget.deleteLater()
        active = self.bar.active_filters()
        if active and shown is not None:
            count = QLabel(self.tr("%n record(s) shown", "", shown))
            count.setObjectName("filter_count")
            # As tall as a chip, so that the words sit on the chips' line.
            count.setMinimumHeight(QToolButton().sizeHint().height())
            self.flow.addWidget(count)
        for chosen in active:
            text = self.tr("%1: %2", "a filter and its value").replace("%1", chosen.caption)
            text = text.replace("%2", chosen.value)
            chip = QToolButton()
            chip.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, 260))
            chip.setIcon(icon("x"))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            chip.setToolTip(self.tr("Remove the filter “%1”").replace("%1", text))
            chip.setAccessibleName(chip.toolTip())
            chip.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                " padding: 1px 6px; background: palette(alternate-base); }"
            )
            chip.clicked.connect(chosen.clear)
            self.flow.addWidget(chip)
        if active:
            clear_all = QToolButton()
            clear_all.setText(self.tr("Clear all"))
            clear_all.setAutoRaise(True)
            clear_all.clicked.connect(self.bar.clear)
            self.flow.addWidget(clear_all)
        self.setVisible(bool(active))


def _date(edit: QDateEdit) -> date | None:
    chosen = edit.date()
    if chosen == NO_DATE:
        return None
    return date(chosen.year(), chosen.month(), chosen.day())
