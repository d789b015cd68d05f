"""Fields an administrator fixed: greyed out, and saying so where the user looks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def set_by_administrator_text() -> str:
    return QCoreApplication.translate("Settings", "Set by your administrator")


def with_lock_note(field: QWidget, locked: bool) -> QWidget:
    """`field`, greyed out with a note beneath it if the administrator locked it.

    Returns what to put in the form: the field itself, or the field and its note.
    """
    if not locked:
        return field
    field.setEnabled(False)
    text = set_by_administrator_text()
    field.setToolTip(text)
    field.setAccessibleDescription(text)
    note = QLabel(text)
    note.setObjectName("administrator_lock_note")
    note.setEnabled(False)  # the palette's disabled text colour: a quiet, visible hint
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    return box


def lock_action(action: QAction, locked: bool) -> None:
    """A menu entry the administrator fixed: disabled, its tip says who decided."""
    action.setEnabled(not locked)
    if locked:
        action.setToolTip(set_by_administrator_text())
        action.setStatusTip(set_by_administrator_text())


def retranslate_lock_notes(parent: QWidget) -> None:
    """After a change of language: the notes beneath locked fields in the new one."""
    for note in parent.findChildren(QLabel, "administrator_lock_note"):
        note.setText(set_by_administrator_text())
