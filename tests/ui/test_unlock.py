"""Starting the app on an encrypted folder whose key is not in the keyring."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import Application, StaysLockedError
from desktop.cli import main
from desktop.store.encryption import forget_unlocked
from desktop.ui.settings import FIRST_RUN_DONE, Settings
from desktop.ui.unlock_dialog import UnlockDialog
from tests.conftest import MemoryKeyring
from tests.ui.keyboard import type_text

PASSPHRASE = "Grenzgänger an der Dinkel"


@pytest.fixture
def locked_folder(
    ui_data_dir: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> Path:
    assert main(["--data-dir", str(ui_data_dir), "demo"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE))
    assert main(["--data-dir", str(ui_data_dir), "encryption", "enable", "--passphrase-stdin"]) == 0
    memory_keyring.secrets.clear()  # another computer, or a keyring that was reset
    forget_unlocked(ui_data_dir)
    Settings(ui_data_dir).set(FIRST_RUN_DONE, True)
    return ui_data_dir


def _when_dialog_shows(qtbot: QtBot, act: Callable[[UnlockDialog], None]) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UnlockDialog):
            act(dialog)
        else:
            QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)


def _type_and_unlock(qtbot: QtBot, dialog: UnlockDialog, secret: str) -> None:
    field = dialog.findChild(QLineEdit, "unlock_secret")
    assert field is not None
    field.clear()
    type_text(field, secret)
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_a_wrong_passphrase_is_said_and_the_right_one_opens_the_window(
    qtbot: QtBot, locked_folder: Path, memory_keyring: MemoryKeyring
) -> None:
    seen: list[str] = []

    def first_wrong_then_right(dialog: UnlockDialog) -> None:
        _type_and_unlock(qtbot, dialog, "Dinkel an der Grenze")
        problem = dialog.findChild(QLabel, "unlock_problem")
        assert problem is not None and dialog.isVisible()
        seen.append(problem.text())
        remember = dialog.findChild(QCheckBox, "unlock_remember")
        assert remember is not None
        qtbot.mouseClick(remember, Qt.MouseButton.LeftButton, pos=remember.rect().center())
        _type_and_unlock(qtbot, dialog, PASSPHRASE)

    _when_dialog_shows(qtbot, first_wrong_then_right)
    application = Application(locked_folder)
    try:
        window = application.start(first_run=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert seen and "does not open this data folder" in seen[0]
        assert window.center.table_model.rowCount() > 0  # the demo's records are listed
        assert memory_keyring.secrets  # kept: the next start asks no more
        window.close()
    finally:
        application.shutdown()
    forget_unlocked(locked_folder)
    again = Application(locked_folder)
    try:
        window = again.start(first_run=False)  # no dialog: it would block this test
        qtbot.addWidget(window)
        window.close()
    finally:
        again.shutdown()


def test_closing_the_dialog_ends_the_start_without_opening_anything(
    qtbot: QtBot, locked_folder: Path
) -> None:
    _when_dialog_shows(qtbot, lambda dialog: dialog.reject())
    application = Application(locked_folder)
    try:
        with pytest.raises(StaysLockedError):
            application.start(first_run=False)
        assert application.db is None
    finally:
        application.shutdown()
