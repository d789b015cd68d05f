"""The editor pane when several records are selected: "4 records selected" and what
can be done to all of them at once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT, kind_spec
from desktop.services.bulk import ACTIVITY, kinds_with
from desktop.ui.editors.context import EditorContext
from desktop.ui.icons import icon

TAGS, FIELDS_OF_ACTION = "tags", "fields_of_action"


class ChooseDialog(QDialog):
    """Pick one of a list (or type a new name, where new names are allowed)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        choices: list[tuple[str, str]],  # (label, value)
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.combo = QComboBox()
        self.combo.setEditable(editable)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(24)
        for label, value in choices:
            self.combo.addItem(label, value)
        if editable:
            self.combo.setCurrentIndex(-1)
        caption = QLabel(prompt)
        caption.setWordWrap(True)
        caption.setBuddy(self.combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)

    def chosen(self) -> tuple[str, str] | None:
        """(label, value) of the choice; a typed new name is both."""
        text = self.combo.currentText().strip()
        if not text:
            return None
        position = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if position >= 0:
            return self.combo.itemText(position), str(self.combo.itemData(position))
        return (text, text) if self.combo.isEditable() else None


class BulkPanel(QWidget):
    """Shows how many records are selected and offers the actions for all of them."""

    add_requested = Signal(str, object, str)  # field name, value, what (for messages)
    trash_requested = Signal()
    restore_requested = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: list[tuple[str, str]] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setEnabled(False)
        self.tag_button = self._button("tag", self.tr("Add tag…"), self._add_tag)
        self.field_button = self._button(
            "target", self.tr("Add field of action…"), self._add_field_of_action
        )
        self.activity_button = self._button(
            "calendar-days", self.tr("Move to activity…"), self._move_to_activity
        )
        self.trash_button = self._button(
            "trash-2", self.tr("Move to trash"), self.trash_requested.emit
        )
        self.restore_button = self._button(
            "archive-restore", self.tr("Restore"), self.restore_requested.emit
        )
        self.hint = QLabel(self.tr("Ctrl+Z undoes each of these for all records at once."))
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(8)
        for button in (
            self.tag_button,
            self.field_button,
            self.activity_button,
            self.trash_button,
            self.restore_button,
        ):
            layout.addWidget(button)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def _button(self, icon_name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(icon(icon_name), text)
        button.setStyleSheet("text-align: left; padding: 4px 10px;")
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def show_records(self, records: list[tuple[str, str]], in_trash: bool) -> None:
        self.records = list(records)
        self.heading.setText(self.tr("%n record(s) selected", "", len(records)))
        counts = Counter(kind for kind, _id in records)
        self.summary.setText(
            " · ".join(
                f"{count} "
                + QCoreApplication.translate(
                    FIELD_CONTEXT,
                    kind_spec(kind).plural_label if count > 1 else kind_spec(kind).label,
                )
                for kind, count in counts.items()
            )
        )
        kinds = list(counts)
        for button, name in (
            (self.tag_button, TAGS),
            (self.field_button, FIELDS_OF_ACTION),
            (self.activity_button, ACTIVITY),
        ):
            button.setVisible(not in_trash)
            button.setEnabled(bool(kinds_with(kinds, name)))
        self.trash_button.setVisible(not in_trash)
        self.restore_button.setVisible(in_trash)

    def ids(self) -> list[str]:
        return [record_id for _kind, record_id in self.records]

    # -- choosers -----------------------------------------------------------------------

    def _choose(
        self, title: str, prompt: str, choices: list[tuple[str, str]], editable: bool
    ) -> tuple[str, str] | None:
        dialog = ChooseDialog(title, prompt, choices, editable, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def _add_tag(self) -> None:
        chosen = self._choose(
            self.tr("Add tag"),
            self.tr(
                "Tag for the %n selected record(s) (a new name creates the tag):",
                "",
                len(self.records),
            ),
            [(c.label, c.value) for c in self.context.terms.get("tag", [])],
            editable=True,
        )
        if chosen is not None:
            what = self.tr("tag “%1”").replace("%1", chosen[0])
            self.add_requested.emit(TAGS, chosen[1], what)

    def _add_field_of_action(self) -> None:
        chosen = self._choose(
            self.tr("Add field of action"),
            self.tr("Field of action for the %n selected record(s):", "", len(self.records)),
            [(c.label, c.value) for c in self.context.terms.get("field_of_action", [])],
            editable=False,
        )
        if chosen is not None:
            what = self.tr("field of action “%1”").replace("%1", chosen[0])
            self.add_requested.emit(FIELDS_OF_ACTION, chosen[1], what)

    def _move_to_activity(self) -> None:
        chosen = self._choose(
            self.tr("Move to activity"),
            self.tr("Activity for the %n selected record(s):", "", len(self.records)),
            [(title, activity_id) for activity_id, title, _start in self.context.activities],
            editable=False,
        )
        if chosen is not None:
            what = self.tr("activity “%1”").replace("%1", chosen[0])
            self.add_requested.emit(ACTIVITY, chosen[1], what)
