"""Settings → Data: encrypting the open data folder and turning it off again, by clicking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.store.database import DATABASE_FILE
from desktop.store.encryption import SQLITE_HEADER, forget_unlocked, unlock
from desktop.ui.encryption_dialogs import PassphraseDialog, RecoveryKeyDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.settings_dialog import SettingsDialog
from tests.conftest import MemoryKeyring
from tests.ui.app_helpers import in_settings
from tests.ui.keyboard import type_text

PASSPHRASE = "Grenzgänger an der Dinkel"


def _when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(20, check)


def _click_encryption_button(qtbot: QtBot, dialog: SettingsDialog) -> None:
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # Data
    button = dialog.findChild(QPushButton, "encryption_button")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _rows(window: MainWindow) -> int:
    return window.center.table_model.rowCount()


def test_encrypting_from_settings_shows_the_recovery_key_and_the_records_stay(
    qtbot: QtBot,
    app_window: tuple[Application, MainWindow],
    ui_data_dir: Path,
    memory_keyring: MemoryKeyring,
) -> None:
    application, window = app_window
    before = _rows(window)
    assert before > 0
    shown: list[str] = []

    def choose_passphrase(dialog: QWidget) -> None:
        assert isinstance(dialog, PassphraseDialog)
        fields = [dialog.findChild(QLineEdit, n) for n in ("new_passphrase", "repeat_passphrase")]
        type_text(fields[0], PASSPHRASE)
        type_text(fields[1], PASSPHRASE[:-1])
        assert not dialog.ok.isEnabled()  # the two entries differ
        type_text(fields[1], PASSPHRASE[-1])
        assert dialog.ok.isEnabled()
        _when_shown(RecoveryKeyDialog, read_key)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    def read_key(dialog: QWidget) -> None:
        label = dialog.findChild(QLabel, "recovery_key")
        assert label is not None
        shown.append(label.text())
        dialog.accept()

    _when_shown(PassphraseDialog, choose_passphrase)
    in_settings(qtbot, window, lambda dialog: _click_encryption_button(qtbot, dialog))
    qtbot.waitUntil(lambda: application.window is not window, timeout=20_000)
    assert shown and len(shown[0].split("-")) == 13
    assert (ui_data_dir / DATABASE_FILE).read_bytes()[:16] != SQLITE_HEADER
    reopened = application.window
    assert reopened is not None
    qtbot.waitUntil(lambda: _rows(reopened) == before)

    # The passphrase opens it where the keyring does not know the key.
    memory_keyring.secrets.clear()
    forget_unlocked(ui_data_dir)
    unlock(ui_data_dir, PASSPHRASE)

    # And off again: the same records, in a plain file.
    _when_shown(QWidget, lambda box: _accept_turn_off(qtbot, box))
    in_settings(qtbot, reopened, lambda dialog: _click_encryption_button(qtbot, dialog))
    qtbot.waitUntil(lambda: application.window is not reopened, timeout=20_000)
    assert (ui_data_dir / DATABASE_FILE).read_bytes()[:16] == SQLITE_HEADER
    final = application.window
    assert final is not None
    qtbot.waitUntil(lambda: _rows(final) == before)


def _accept_turn_off(qtbot: QtBot, box: QWidget) -> None:
    for button in box.findChildren(QPushButton):
        if button.text().replace("&", "") == "Turn off":
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    QTimer.singleShot(20, lambda: _accept_turn_off(qtbot, QApplication.activeModalWidget()))
