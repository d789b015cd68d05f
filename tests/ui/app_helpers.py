"""Driving the whole application (desktop.app) from a test, as a user would."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog


def in_settings(qtbot: QtBot, window: MainWindow, act: object) -> None:
    """Open Edit → Settings through its menu action, let `act` use the dialog."""
    done: list[bool] = []

    def use() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SettingsDialog):
            QTimer.singleShot(20, use)
            return
        act(dialog)  # type: ignore[operator]
        done.append(True)

    QTimer.singleShot(0, use)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
