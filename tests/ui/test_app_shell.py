"""Settings, the crash handler, the first-run dialog and the translated interface."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.i18n import install_translators
from desktop.ui import crash
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.settings import FIRST_RUN_DONE, LANGUAGE, SERVER_URL, USER_MUNICIPALITY, Settings
from tests.ui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]


def test_an_administrators_locked_setting_wins_over_the_users(
    tmp_path: Path, isolated_system_settings: Path
) -> None:
    isolated_system_settings.write_text(
        "[sync]\nserver_url=https://sync.muenster.example\n"
        "[locked]\nsync\\server_url=https://sync.almelo.example\n"
        "[ui]\nlanguage=nl\n"
    )
    settings = Settings(tmp_path)
    assert settings.get(SERVER_URL) == "https://sync.almelo.example"
    assert settings.is_locked(SERVER_URL)
    settings.set(SERVER_URL, "https://elsewhere.example")
    assert settings.get(SERVER_URL) == "https://sync.almelo.example"
    assert settings.get(LANGUAGE) == "nl", "an unlocked default from the system file"
    settings.set(LANGUAGE, "de")
    assert settings.get(LANGUAGE) == "de", "the user may change an unlocked default"
    assert settings.get(USER_MUNICIPALITY) == ""


@pytest.mark.expected_warnings("^unexpected error\n")
def test_an_unexpected_error_is_logged_and_apologised_for_and_the_app_lives_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, str, list[str]]] = []

    def fake_exec(box: QMessageBox) -> int:
        buttons = [b.text() for b in box.findChildren(QPushButton)]
        shown.append((box.text(), box.detailedText(), buttons))
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    previous = sys.excepthook
    crash.install_crash_handler()
    try:
        try:
            raise ZeroDivisionError("a bug in a slot")
        except ZeroDivisionError:
            with caplog.at_level(logging.ERROR, logger="desktop.ui"):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    [(text, details, buttons)] = shown
    assert "did not expect" in text
    assert "ZeroDivisionError: a bug in a slot" in details
    assert "Copy details" in buttons
    assert "ZeroDivisionError" in QApplication.clipboard().text()
    assert any("a bug in a slot" in r.getMessage() for r in caplog.records)


def test_the_first_run_dialog_switches_language_as_you_choose(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed: list[object] = []

    def set_language(language: str) -> None:
        for translator in installed:
            app.removeTranslator(translator)  # type: ignore[arg-type]
        installed[:] = install_translators(app, language)

    dialog = FirstRunDialog(Settings(tmp_path), "Anna", ["Almelo", "Münster"], "en", set_language)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welcome to Field Dossier"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.windowTitle() == "Willkommen bei Field Dossier"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.windowTitle() == "Welkom bij Field Dossier"
    set_language("en")
    dialog.server.setText("ftp://nope")
    dialog.start.click()
    assert dialog.result() != FirstRunDialog.DialogCode.Accepted
    assert "https://" in dialog.error.text()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", ("&Datei", "Alle Beobachtungen")), ("nl", ("&Bestand", "Alle observaties"))],
)
def test_the_main_window_speaks_german_and_dutch(
    qtbot: QtBot, ui_data_dir: Path, language: str, expected: tuple[str, str]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    try:
        window, db = make_window(qtbot, ui_data_dir, language)
        menus = [action.text() for action in window.menuBar().actions()]
        assert expected[0] in menus
        items = [
            window.navigation.topLevelItem(i).text(0)
            for i in range(window.navigation.topLevelItemCount())
        ]
        assert any(item.startswith(expected[1]) for item in items)
        window.close()
        db.dispose()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    import subprocess

    for catalogue in sorted((ROOT / "translations").glob("*.ts")):
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "ts_tool.py"), "check", str(catalogue)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, f"{catalogue.name}: {result.stdout}"


def test_no_user_visible_string_is_left_untranslated(tmp_path: Path) -> None:
    """Every string in the sources has a German and a Dutch translation (English: plurals).

    lupdate runs over the sources into a copy of each catalogue first, so a string added
    to the code but never extracted fails here too, not only one extracted and left open.
    """
    import json
    import shutil
    import subprocess

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py") if "export" not in p.parts)
    # English only needs the plural forms ("1 record", "2 records").
    for language, options in (("de", []), ("nl", []), ("en", ["-pluralonly"])):
        catalogue = tmp_path / f"field_dossier_{language}.ts"
        shutil.copy(ROOT / "translations" / catalogue.name, catalogue)
        subprocess.run(
            [str(lupdate), "-no-obsolete", "-locations", "none", *options, *sources]
            + ["-ts", str(catalogue)],
            capture_output=True,
            check=True,
        )
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "ts_tool.py"), "unfinished", str(catalogue)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(result.stdout) == {}, f"untranslated in {catalogue.name}"


def test_dates_in_german_editors_show_four_digit_years(qtbot: QtBot, ui_data_dir: Path) -> None:
    """de_DE's short format is dd.MM.yy: "12.05.10" could be 1910 or 2010."""
    import re

    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("de_DE"))
    window, db = make_window(qtbot, ui_data_dir, "de")
    try:
        window.new_actions["observation"].trigger()
        editor = window.current_editor()
        assert editor is not None
        shown = editor.fields["observed_on"].edit.text()  # type: ignore[attr-defined]
        assert re.fullmatch(r"\d\d\.\d\d\.\d{4}", shown), shown
    finally:
        window.close()
        db.dispose()


def test_garbage_is_freed_on_the_gui_thread_even_when_a_worker_allocates(qtbot: QtBot) -> None:
    """A worker (an export) must never be the thread that frees GUI objects: Qt would crash."""
    import threading

    freed_on: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_on.append(threading.get_ident())

    Cycle()  # garbage from now on, but only the cyclic collector can free it

    def allocate_like_an_export() -> None:
        pages = [[] for _ in range(300_000)]  # far beyond the collector's thresholds
        for page in pages:
            page.append(page)

    worker = threading.Thread(target=allocate_like_an_export)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5000)
    assert freed_on == [threading.get_ident()]


def test_a_second_start_on_the_same_data_folder_brings_the_first_window_forward(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import time

    from desktop.store import open_database
    from desktop.store.locks import APP_LOCK, is_locked

    data_dir = tmp_path / "laptop"
    open_database(data_dir).dispose()
    Settings(data_dir).set(FIRST_RUN_DONE, True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"]
    first = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        log = data_dir / "logs" / "field-dossier.log"
        deadline = time.monotonic() + 60
        while not (is_locked(data_dir, APP_LOCK) and "main window shown" in _text(log)):
            assert first.poll() is None and time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)

        second = subprocess.run(command, env=env, cwd=ROOT, timeout=60, capture_output=True)

        assert second.returncode == 0, second.stderr
        deadline = time.monotonic() + 10
        while "asked this window to show itself" not in _text(log):
            assert time.monotonic() < deadline, "the first window never heard of the second start"
            time.sleep(0.1)
        assert first.poll() is None, "the first window keeps running"
    finally:
        first.kill()
        first.wait()


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
