"""One dialog per record with every conflicting field side by side.

Each field shows the value before both changes, theirs (who, when) and mine, with the
words that differ marked; the user picks a side per field or writes a merged text.
Nothing is chosen in advance and no button is a default: Enter never throws a value
away, and "Decide later" (Escape) keeps both. A deletion crossed with an edit offers
"Restore the record" or "Leave it deleted". The choices are saved together as ordinary
edits that sync (desktop.sync.conflicts.resolve_conflicts).
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT
from desktop.errors import UserError
from desktop.store import Database
from desktop.sync.conflicts import ConflictView, Side, load_conflicts_of, resolve_conflicts
from desktop.sync.protocol import DELETED_AT
from desktop.ui.diff_html import diff_html, when
from desktop.ui.icons import icon
from desktop.ui.record_columns import short_date

TITLE_CHARS = 70


def readable(view: ConflictView, value: Any) -> str:
    shown = view.readable(value)
    if shown is None or shown == "":
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(shown, bool):
        return (
            QCoreApplication.translate("ConflictDialog", "yes")
            if shown
            else QCoreApplication.translate("ConflictDialog", "no")
        )
    return shown


class FieldChoice(QGroupBox):
    """One conflicting field: base, theirs, mine; a choice; perhaps a merged text."""

    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.deletion = view.field == DELETED_AT
        label = QCoreApplication.translate(FIELD_CONTEXT, view.field_label)
        self.setTitle(
            QCoreApplication.translate(
                "ConflictDialog", "The record was deleted in one place and edited in another"
            )
            if self.deletion
            else label
        )
        theirs: Side = view.theirs or "server"
        mine: Side = view.mine or "client"
        self.sides: tuple[Side, Side] = (theirs, mine)
        authors = {"server": view.server_author, "client": view.client_author}
        captions = {
            theirs: (
                QCoreApplication.translate("ConflictDialog", "Theirs — %1, %2")
                if view.mine
                else QCoreApplication.translate("ConflictDialog", "Kept on the server — %1, %2")
            )
            .replace("%1", authors[theirs] or "?")
            .replace("%2", when(view.created_at)),
            mine: (
                QCoreApplication.translate("ConflictDialog", "Mine — %1")
                if view.mine
                else QCoreApplication.translate("ConflictDialog", "Sent later — %1")
            ).replace("%1", authors[mine] or "?"),
        }
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.radios: dict[str, QRadioButton] = {}
        base_text = "" if self.deletion else self._text(view.base_value)
        grid.addWidget(
            self._caption(QCoreApplication.translate("ConflictDialog", "Before both changes")), 0, 0
        )
        tall = view.free_text and not self.deletion
        grid.addWidget(self._value_box(self._plain(view.base_value), tall), 1, 0)
        for column, side in enumerate(self.sides, start=1):
            value = view.server_value if side == "server" else view.client_value
            grid.addWidget(self._caption(captions[side]), 0, column)
            grid.addWidget(self._value_box(self._shown(value, base_text), tall), 1, column)
            radio = QRadioButton(self._choice_label(side, value))
            self.group.addButton(radio)
            self.radios[side] = radio
            grid.addWidget(radio, 2, column)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.merged: QPlainTextEdit | None = None
        if view.free_text and not self.deletion:
            merge = QRadioButton(
                QCoreApplication.translate(
                    "ConflictDialog", "Write a merged text (starts from mine):"
                )
            )
            self.group.addButton(merge)
            self.radios["merged"] = merge
            self.merged = QPlainTextEdit(self._text(self._value_of(mine)))
            self.merged.setEnabled(False)
            self.merged.setMaximumHeight(110)
            merge.toggled.connect(self.merged.setEnabled)
            layout.addWidget(merge)
            layout.addWidget(self.merged)

    # -- what is shown ---------------------------------------------------------------------

    def _value_of(self, side: Side) -> Any:
        return self.view.server_value if side == "server" else self.view.client_value

    def _text(self, value: Any) -> str:
        shown = self.view.readable(value)
        return shown if isinstance(shown, str) else ""

    def _plain(self, value: Any) -> str:
        if self.deletion:
            return html.escape(QCoreApplication.translate("ConflictDialog", "In use"))
        if self.view.field_type == "date" and isinstance(value, str):
            try:
                return html.escape(short_date(date.fromisoformat(value)))
            except ValueError:
                pass  # shown as it came
        return html.escape(readable(self.view, value)).replace("\n", "<br>")

    def _shown(self, value: Any, base_text: str) -> str:
        if self.deletion:
            return html.escape(
                QCoreApplication.translate("ConflictDialog", "Deleted")
                if value is not None
                else QCoreApplication.translate("ConflictDialog", "Kept and edited")
            )
        if self.view.free_text and isinstance(value, str):
            return diff_html(base_text, value) or html.escape(
                QCoreApplication.translate("ConflictDialog", "(empty)")
            )
        return self._plain(value)

    def _choice_label(self, side: Side, value: Any) -> str:
        if self.deletion:
            return (
                QCoreApplication.translate("ConflictDialog", "Leave it deleted")
                if value is not None
                else QCoreApplication.translate("ConflictDialog", "Restore the record")
            )
        mine = self.view.mine
        if mine is None:
            return QCoreApplication.translate("ConflictDialog", "Keep this value")
        return (
            QCoreApplication.translate("ConflictDialog", "Keep mine")
            if side == mine
            else QCoreApplication.translate("ConflictDialog", "Keep theirs")
        )

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    @staticmethod
    def _value_box(markup: str, tall: bool) -> QTextBrowser:
        box = QTextBrowser()
        box.setHtml(markup)
        box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from choice to choice
        box.setMinimumHeight(54 if tall else 30)
        box.setMaximumHeight(130 if tall else 44)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        return box

    # -- what was chosen ---------------------------------------------------------------------

    def chosen(self) -> bool:
        return self.group.checkedButton() is not None

    def choice(self) -> Any:
        """What `resolve_conflicts` takes: "mine", "theirs" or a value (wire form)."""
        checked = self.group.checkedButton()
        if checked is self.radios.get("merged") and self.merged is not None:
            return self.merged.toPlainText()
        side: Side = next(s for s in self.sides if self.radios[s] is checked)
        if self.view.mine is not None:
            return "mine" if side == self.view.mine else "theirs"
        return self._value_of(side)


class ConflictDialog(QDialog):
    """Every open conflict of one record, resolved together."""

    def __init__(self, db: Database, actor: str, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.record_id = db, actor, record_id
        self.views = load_conflicts_of(db, record_id)
        self.kind = self.views[0].kind if self.views else ""
        self.setWindowTitle(QCoreApplication.translate("ConflictDialog", "Resolve conflicts"))
        self.setMinimumSize(760, 420)
        title = (self.views[0].record_title if self.views else "") or record_id
        if len(title) > TITLE_CHARS:  # an observation's title is its whole first line
            title = title[: TITLE_CHARS - 1].rstrip() + "…"
        heading = QLabel(
            QCoreApplication.translate(
                "ConflictDialog",
                "“%1” was changed in two places. Choose what to keep for each field; "
                "until then both versions are kept.",
            ).replace("%1", title)
        )
        heading.setWordWrap(True)
        self.choices = [FieldChoice(view) for view in self.views]
        holder = QWidget()
        fields = QVBoxLayout(holder)
        for choice in self.choices:
            choice.group.buttonToggled.connect(self._update_buttons)
            fields.addWidget(choice)
        fields.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.resolve_button = QPushButton(
            icon("circle-check-big"), QCoreApplication.translate("ConflictDialog", "&Resolve")
        )
        self.later_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "Decide &later")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.resolve_button, self.later_button):
            # No default button: Enter must never pick a side (and lose the other).
            button.setAutoDefault(False)
            button.setDefault(False)
            buttons.addWidget(button)
        self.resolve_button.clicked.connect(self._resolve)
        self.later_button.clicked.connect(self.reject)
        self.hint = QLabel()
        self.hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._update_buttons()
        if self.choices:
            first = next(iter(self.choices[0].radios.values()))
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        missing = sum(not c.chosen() for c in self.choices)
        self.resolve_button.setEnabled(missing == 0 and bool(self.choices))
        self.hint.setText(
            QCoreApplication.translate(
                "ConflictDialog", "Choose for %n more field(s).", None, missing
            )
            if missing
            else ""
        )

    def _resolve(self) -> None:
        if not all(c.chosen() for c in self.choices):
            return
        choices = {c.view.id: c.choice() for c in self.choices}
        try:
            resolve_conflicts(self.db, choices, self.actor)
        except UserError as error:
            labels = {
                c.view.field: QCoreApplication.translate(FIELD_CONTEXT, c.view.field_label)
                for c in self.choices
            }
            self.error.setText(error.translated(labels))
            return
        self.accept()
