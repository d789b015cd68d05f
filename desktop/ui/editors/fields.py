"""One widget per field type of desktop/domain, all with the same small interface.

`value()` returns the public value the services take (names for terms, ids for
records, ISO dates), `set_value()` fills the widget without signalling a change, and
`changed` fires on every user edit (the editor debounces and autosaves).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QSignalBlocker,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import CHOICE_LABELS, FieldSpec
from desktop.ui.editors.context import EditorContext
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date_format
from desktop.ui.translate import TrAlongClasses
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.rich_text import RichTextField

EMPTY_DATE = QDate(1900, 1, 1)


class FieldWidget(TrAlongClasses, QWidget):
    changed = Signal()

    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__()
        self.spec = spec
        self.context = context

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def refresh_choices(self) -> None:
        """Reload picker choices from the context (taxonomies or activities changed)."""

    def word_ended(self) -> bool:
        """Whether the last edit should go on the undo history now: always, but in
        long texts only at the end of a word (reading them costs; see MarkdownField)."""
        return True

    def cursor_position(self) -> int | None:
        """Where the text cursor is (text fields; None for the others)."""
        return None

    def set_cursor_position(self, position: int | None) -> None:
        """Put the text cursor back (undo and redo show where the change was)."""

    def _layout(self) -> QHBoxLayout:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        return layout


class LineField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.edit = QLineEdit()
        if spec.max_length:
            self.edit.setMaxLength(spec.max_length)
        self.edit.textEdited.connect(self.changed)
        self._layout().addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def value(self) -> Any:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def cursor_position(self) -> int | None:
        return self.edit.cursorPosition()

    def set_cursor_position(self, position: int | None) -> None:
        if position is not None:
            self.edit.setCursorPosition(min(position, len(self.edit.text())))


class MarkdownField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext, minimum_height: int = 90) -> None:
        super().__init__(spec, context)
        self.rich = RichTextField(minimum_height)
        self.rich.changed.connect(self.changed)
        self._layout().addWidget(self.rich)
        self.setFocusProxy(self.rich)

    def word_ended(self) -> bool:
        # Typing inside a word goes on the history with the word's end (a space, a new
        # paragraph); deletions and pastes there too, or at the next save or undo.
        editor = self.rich.editor
        position = editor.textCursor().position()
        return position == 0 or editor.document().characterAt(position - 1).isspace()

    def value(self) -> Any:
        return self.rich.editor.markdown()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.rich.editor):
            self.rich.editor.set_markdown(value or "")

    def cursor_position(self) -> int | None:
        return self.rich.editor.textCursor().position()

    def set_cursor_position(self, position: int | None) -> None:
        editor = self.rich.editor
        cursor = editor.textCursor()
        end = max(editor.document().characterCount() - 1, 0)
        cursor.setPosition(end if position is None else min(position, end))
        editor.setTextCursor(cursor)


class DateField(FieldWidget):
    """A date with a calendar; optional dates can be cleared (shown as "—")."""

    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.edit = QDateEdit()
        self.edit.setDisplayFormat(short_date_format())  # "12.05.10" would be ambiguous
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(EMPTY_DATE)
        self.edit.setSpecialValueText("—")
        self.edit.dateChanged.connect(self.changed)
        layout = self._layout()
        layout.addWidget(self.edit)
        self.clear_button = QToolButton()
        self.clear_button.setIcon(icon("x"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.clicked.connect(self._clear)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.clear_button.setVisible(spec.empty_allowed)
        self.setFocusProxy(self.edit)

    def _clear(self) -> None:
        self.edit.setDate(EMPTY_DATE)

    def value(self) -> Any:
        chosen = self.edit.date()
        if chosen == EMPTY_DATE:
            return None
        return date(chosen.year(), chosen.month(), chosen.day()).isoformat()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.edit):
            if value:
                parsed = date.fromisoformat(str(value))
                self.edit.setDate(QDate(parsed.year, parsed.month, parsed.day))
            else:
                self.edit.setDate(EMPTY_DATE)


class BoolField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext, text: str = "") -> None:
        super().__init__(spec, context)
        self.box = QCheckBox(text)
        self.box.toggled.connect(self.changed)
        self._layout().addWidget(self.box)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.box):
            self.box.setChecked(bool(value))


def choice_label(value: str) -> str:
    return QCoreApplication.translate("Choices", CHOICE_LABELS.get(value, value))


class EnumField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.combo = QComboBox()
        for value in spec.choices:
            self.combo.addItem(choice_label(value), value)
        self.combo.currentIndexChanged.connect(self.changed)
        layout = self._layout()
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            # No value yet (a row from before the field existed): what it counts as.
            position = self.combo.findData(self.spec.default if value is None else value)
            self.combo.setCurrentIndex(max(position, 0))


class EnumListField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        holder = QWidget()
        flow = FlowLayout(holder, spacing=10)
        self.boxes: dict[str, QCheckBox] = {}
        for value in spec.choices:
            box = QCheckBox(choice_label(value))
            box.toggled.connect(self.changed)
            flow.addWidget(box)
            self.boxes[value] = box
        self._layout().addWidget(holder)

    def value(self) -> Any:
        return [value for value, box in self.boxes.items() if box.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for name, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(name in chosen)


class LanguagesField(LineField):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.edit.setPlaceholderText(self.tr("e.g. de, nl, tr"))

    def value(self) -> Any:
        return [
            part.strip() for part in self.edit.text().replace(";", ",").split(",") if part.strip()
        ]

    def set_value(self, value: Any) -> None:
        self.edit.setText(", ".join(value or []))


class ActivityField(FieldWidget):
    """Which activity a record belongs to (or none)."""

    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout().addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        current = self.combo.currentData()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem(self.tr("(no activity)"), None)
            for activity_id, title, _start in self.context.activities:
                self.combo.addItem(icon("calendar-days"), title, activity_id)
            self.combo.setCurrentIndex(max(self.combo.findData(current), 0))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            position = self.combo.findData(value)
            if position < 0 and value:
                self.combo.addItem(self.tr("(unknown activity)"), value)
                position = self.combo.count() - 1
            self.combo.setCurrentIndex(max(position, 0))


class MunicipalityField(FieldWidget):
    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.combo = QComboBox()
        self.combo.currentIndexChanged.connect(self.changed)
        layout = self._layout()
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.refresh_choices()

    def refresh_choices(self) -> None:
        current = self.combo.currentData()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            self.combo.addItem("—", None)
            for choice in self.context.municipalities:
                self.combo.addItem(choice.label, choice.value)
            self.combo.setCurrentIndex(max(self.combo.findData(current), 0))

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            self.combo.setCurrentIndex(max(self.combo.findData(value), 0))


class TermField(FieldWidget):
    """One term (a district): pick from the list or type a new one."""

    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self.combo = QComboBox()
        self.combo.setEditable(spec.creates_terms)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if spec.creates_terms:  # typed into: a sensible width, whatever the list holds
            self.combo.setMinimumContentsLength(10)
            self.combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        else:
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        line_edit = self.combo.lineEdit()
        if line_edit is not None:
            # A typed name becomes a term for everyone: only when the typing is done,
            # not at each autosave pause ("Kerk", "Kerkelan", ...).
            line_edit.editingFinished.connect(self._on_typing_finished)
        self.combo.activated.connect(self.changed)
        layout = self._layout()
        layout.addWidget(self.combo)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self._last_value: Any = None
        self.refresh_choices()

    def _choices(self) -> list[Any]:
        assert self.spec.term_kind is not None
        return self.context.terms.get(self.spec.term_kind, [])

    def _on_typing_finished(self) -> None:
        if self.value() != self._last_value:
            self._last_value = self.value()
            self.changed.emit()

    def refresh_choices(self) -> None:
        current = self.value()
        with QSignalBlocker(self.combo):
            self.combo.clear()
            if not self.spec.required:  # a required term (the activity type) is never empty
                self.combo.addItem("", None)
            for choice in self._choices():
                self.combo.addItem(choice.label, choice.value)
        self.set_value(current)

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        if not text:
            return None
        position = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if position >= 0 and self.combo.itemData(position):
            return self.combo.itemData(position)
        return text  # a new name: the services create the term

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.combo):
            position = self.combo.findData(value) if value else 0
            if position < 0:
                self.combo.addItem(str(value), value)
                position = self.combo.count() - 1
            self.combo.setCurrentIndex(position)
        self._last_value = self.value()


class TermsField(FieldWidget):
    """Several terms as removable chips; type (with completion) or pick from the menu."""

    def __init__(self, spec: FieldSpec, context: EditorContext) -> None:
        super().__init__(spec, context)
        self._names: list[str] = []
        self.chips = QWidget()
        self.flow = FlowLayout(self.chips)
        self.entry = QLineEdit()
        self.entry.setPlaceholderText(
            self.tr("Type to add a new tag…") if spec.creates_terms else self.tr("Type to add…")
        )
        self.completer_model = QStringListModel()
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._add_text)
        self.entry.setCompleter(completer)
        self.entry.returnPressed.connect(lambda: self._add_text(self.entry.text()))
        self.menu_button = QToolButton()
        self.menu_button.setIcon(icon("list"))
        self.menu_button.setToolTip(self.tr("Choose from the list"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self)
        self.menu_button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._fill_menu)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.entry, 1)
        row.addWidget(self.menu_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.chips)
        column.addLayout(row)
        self.setFocusProxy(self.entry)
        self.refresh_choices()

    def _choices(self) -> list[Any]:
        assert self.spec.term_kind is not None
        return self.context.terms.get(self.spec.term_kind, [])

    def refresh_choices(self) -> None:
        self.completer_model.setStringList([choice.label for choice in self._choices()])
        self._rebuild_chips()

    def _fill_menu(self) -> None:
        self.menu.clear()
        for choice in self._choices():
            action = self.menu.addAction(choice.label)
            action.setCheckable(True)
            action.setChecked(choice.value in self._names)
            action.toggled.connect(lambda on, name=choice.value: self._toggle(name, on))

    def _toggle(self, name: str, on: bool) -> None:
        if on and name not in self._names:
            self._names.append(name)
        elif not on and name in self._names:
            self._names.remove(name)
        self._rebuild_chips()
        self.changed.emit()

    def _add_text(self, text: str) -> None:
        cleaned = " ".join(text.split())
        if not cleaned:
            return
        name = next(
            (
                c.value
                for c in self._choices()
                if cleaned.casefold() in (c.label.casefold(), c.value.casefold())
            ),
            cleaned,
        )
        if name not in self._names:
            self._names.append(name)
            self._rebuild_chips()
            self.changed.emit()
        # Clear after the completer has finished writing into the line edit.
        QTimer.singleShot(0, self.entry.clear)

    def _rebuild_chips(self) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        assert self.spec.term_kind is not None
        for name in self._names:
            chip = QToolButton()
            label = self.context.label(self.spec.term_kind, name)
            # Long names are shortened so that a chip never widens the form.
            chip.setText(self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, 200))
            chip.setIcon(icon("x"))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            chip.setToolTip(self.tr("Remove “%1”").replace("%1", label))
            chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            chip.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                " padding: 1px 6px; background: palette(alternate-base); }"
            )
            chip.clicked.connect(lambda _checked=False, n=name: self._toggle(n, False))
            self.flow.addWidget(chip)
        self.chips.setVisible(bool(self._names))

    def value(self) -> Any:
        return list(self._names)

    def set_value(self, value: Any) -> None:
        self._names = list(value or [])
        self._rebuild_chips()
