"""The one bridge from errors to the user: translated messages, shown in context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import ImportRejectedError, UserError

# Where a short success message goes (the window's status bar): dialogs get this,
# not the window.
Notify = Callable[[str], None]


def show_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Field Dossier"))
    if isinstance(error, ImportRejectedError):
        lines = error.translated().split("\n")
        box.setText(lines[0])
        box.setDetailedText("\n".join(line.strip() for line in lines[1:]))
    else:
        box.setText(error.translated())
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is accept
