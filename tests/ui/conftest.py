"""The real main window on a real data dir, offscreen."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.i18n import install_translators
from desktop.services.demo import load_demo
from desktop.services.workspace import open_scope
from desktop.store import Database, open_database
from desktop.ui.gc_guard import GuiThreadGarbageCollector
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.settings import FIRST_RUN_DONE, Settings


@pytest.fixture(autouse=True)
def british_dates() -> None:
    """What the app sets for English (en_GB), independent of the machine's locale."""
    QLocale.setDefault(QLocale("en_GB"))


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does: a worker thread must never be the one to free Qt objects."""
    collector = GuiThreadGarbageCollector(qapp)
    yield
    gc.collect()  # what this test left behind, here on the GUI thread
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def english_catalogue(qapp: QApplication) -> Iterator[None]:
    """What the app installs for English: the catalogue of plural forms."""
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


class DiscardAnswers:
    """Stands in for the "stay or discard?" question: records it, answers as told."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.discard = True

    def __call__(self, _parent: object, summary: str) -> bool:
        self.asked.append(summary)
        return self.discard


@pytest.fixture(autouse=True)
def discard_question(monkeypatch: pytest.MonkeyPatch) -> DiscardAnswers:
    answers = DiscardAnswers()
    monkeypatch.setattr("desktop.ui.editors.base.ask_to_discard", answers)
    return answers


@pytest.fixture
def isolated_system_settings(administrator_settings: Path) -> Path:
    """The administrator's file of this test (tests/conftest.py keeps it apart)."""
    return administrator_settings


@pytest.fixture
def ui_data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "ui-laptop"
    path.mkdir()
    return path


def make_window(qtbot: QtBot, data_dir: Path, language: str = "en") -> tuple[MainWindow, Database]:
    db = open_database(data_dir)
    settings = Settings(data_dir)
    settings.set(FIRST_RUN_DONE, True)
    scope = open_scope(db, "Anna Tester")
    window = MainWindow(db, scope, settings, language)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window, db


@pytest.fixture
def main_window(qtbot: QtBot, ui_data_dir: Path) -> Iterator[MainWindow]:
    window, db = make_window(qtbot, ui_data_dir)
    yield window
    window.flush_editors()
    wait_for_ops()
    window.close()
    db.dispose()


@pytest.fixture
def demo_window(qtbot: QtBot, ui_data_dir: Path) -> Iterator[MainWindow]:
    from desktop.services.demo import load_demo

    db = open_database(ui_data_dir)
    load_demo(db, open_scope(db, "Anna Tester"))
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    yield window
    window.flush_editors()
    wait_for_ops()
    window.close()
    db.dispose()


@pytest.fixture
def app_window(qtbot: QtBot, ui_data_dir: Path) -> Iterator[tuple[Application, MainWindow]]:
    db = open_database(ui_data_dir)
    load_demo(db, open_scope(db, "Anna Tester"))
    db.dispose()
    Settings(ui_data_dir).set(FIRST_RUN_DONE, True)
    application = Application(ui_data_dir)
    window = application.start(first_run=False)
    window.show()
    qtbot.waitExposed(window)
    yield application, window
    current = application.window
    assert current is not None
    current.flush_editors()
    wait_for_ops()
    current.close()
    for translator in application.translators:
        application.qt.removeTranslator(translator)
    application.shutdown()
