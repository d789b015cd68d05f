"""What a user sees of an administrator's settings and of an incomplete installation."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.i18n import install_translators
from desktop.store import open_database
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.settings import FIRST_RUN_DONE, Settings
from desktop.ui.sync_ui import SignInDialog

LOCKED_SERVER = (
    "locked = sync/server_url\n"
    "[sync]\nserver_url = https://sync.almelo.example\nworkspace = Migrationsleitbild\n"
)


def visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_a_locked_server_is_greyed_out_and_says_who_set_it(
    qtbot: QtBot, ui_data_dir: Path, isolated_system_settings: Path
) -> None:
    isolated_system_settings.write_text(LOCKED_SERVER, encoding="utf-8")
    db = open_database(ui_data_dir)
    try:
        dialog = SignInDialog(db, Settings(ui_data_dir), "anna")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.server.text() == "https://sync.almelo.example"
        assert not dialog.server.isEnabled()
        assert dialog.workspace.text() == "Migrationsleitbild", "a default, not locked"
        assert dialog.workspace.isEnabled()
        assert visible_texts(dialog).count("Set by your administrator") == 1
    finally:
        db.dispose()


def test_the_first_run_dialog_says_so_in_the_users_language(
    qtbot: QtBot, tmp_path: Path, isolated_system_settings: Path
) -> None:
    isolated_system_settings.write_text(
        "locked = all\n[ui]\nlanguage = de\n[sync]\nserver_url = https://sync.example.org\n",
        encoding="utf-8",
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "de")
    try:
        dialog = FirstRunDialog(Settings(tmp_path), "Anna", ["Almelo"], "de", lambda _l: None)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.language.isEnabled() and not dialog.server.isEnabled()
        assert dialog.name.isEnabled()
        assert visible_texts(dialog).count("Von Ihrer Administration festgelegt") == 2
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.mark.expected_warnings("translation catalogue .* is missing or unreadable")
def test_missing_translations_show_in_the_window_and_the_log(
    qtbot: QtBot,
    ui_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr("desktop.i18n.resource_dir", lambda _name: tmp_path / "no-catalogues")
    Settings(ui_data_dir).set(FIRST_RUN_DONE, True)
    monkeypatch.setenv("LANGUAGE", "nl")
    application = Application(ui_data_dir)
    try:
        with caplog.at_level(logging.ERROR, logger="desktop.i18n"):
            window = application.start(first_run=False)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        note = window.statusBar().findChild(QLabel, "missing_catalogues_note")
        assert note is not None and note.isVisible()
        assert "field_dossier_nl.qm" in note.text() and "Reinstall" in note.text()
        assert any("field_dossier_nl.qm" in r.getMessage() for r in caplog.records)
        window.close()
    finally:
        for translator in application.translators:
            application.qt.removeTranslator(translator)
        application.shutdown()
