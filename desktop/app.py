"""Builds the QApplication, its translators and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_ID, APP_NAME, __version__
from desktop.errors import UserError
from desktop.i18n import install_translators, language_from_environment
from desktop.logs import configure_logging
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import USER_NAME, open_scope, set_local, user_name
from desktop.store import Database, open_database
from desktop.store.locks import APP_LOCK, DataDirLock
from desktop.ui.crash import install_crash_handler
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.gc_guard import GuiThreadGarbageCollector
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import (
    FIRST_RUN_DONE,
    LANGUAGE,
    SERVER_URL,
    USER_MUNICIPALITY,
    Settings,
)
from desktop.ui.single_instance import InstanceServer, ask_running_instance_to_show

log = logging.getLogger("desktop.ui")
# Dates and numbers as the project's users write them (en: British, not US, conventions).
LOCALES = {"de": "de_DE", "nl": "nl_NL", "en": "en_GB"}


class Application:
    """Owns the QApplication's translators and the (re)building of the main window."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.qt = _qt_application()
        self.translators: list[QTranslator] = []
        self.window: MainWindow | None = None
        self.db: Database | None = None

    def set_language(self, language: str) -> None:
        for translator in self.translators:
            self.qt.removeTranslator(translator)
        self.translators = install_translators(self.qt, language)
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
        self.language = language

    def start(self, *, first_run: bool = True) -> MainWindow:
        self.db = open_database(self.data_dir)
        settings = Settings(self.data_dir)
        self.set_language(settings.get(LANGUAGE) or language_from_environment())
        if first_run and not settings.get(FIRST_RUN_DONE):
            self._first_run(settings)
        return self._build_window(settings)

    def _build_window(self, settings: Settings) -> MainWindow:
        assert self.db is not None
        scope = open_scope(self.db)
        window = MainWindow(self.db, scope, settings, self.language)
        window.reopen_requested.connect(self._reopen)
        self.window = window
        return window

    def _reopen(self) -> None:
        old = self.window
        if old is not None:
            old.hide()
            old.deleteLater()
        window = self._build_window(Settings(self.data_dir))
        window.show()

    def _first_run(self, settings: Settings) -> None:
        assert self.db is not None
        scope = open_scope(self.db)
        with self.db.read() as session:
            municipalities = [
                m.name for m in Taxonomy(session, scope.workspace_id).live_municipalities()
            ]
        dialog = FirstRunDialog(
            settings, user_name(self.db), municipalities, self.language, self.set_language
        )
        accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        settings.set(FIRST_RUN_DONE, True)
        if not accepted:
            return
        settings.set(LANGUAGE, dialog.chosen_language())
        settings.set(USER_MUNICIPALITY, dialog.municipality.currentText())
        settings.set(SERVER_URL, dialog.server.text().strip())
        name = " ".join(dialog.name.text().split())
        if name:
            with self.db.write(name) as session:
                set_local(session, USER_NAME, name)

    def bring_forward(self) -> None:
        """Another start on this data folder: show this window instead of a second one."""
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def shutdown(self) -> None:
        if self.db is not None:
            self.db.dispose()


def _qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_ID)
    QApplication.setDesktopFileName(APP_ID)
    return QApplication(sys.argv[:1])


def run(data_dir: Path) -> int:
    log_path = configure_logging(data_dir)
    app = Application(data_dir)
    install_crash_handler()
    log.info("starting %s %s, data dir %s, log %s", APP_NAME, __version__, data_dir, log_path)
    # One window per data folder: two would each autosave over the other's view of a record.
    # The operating system lets go of the lock if this process dies.
    instance = DataDirLock(data_dir, APP_LOCK)
    if not instance.acquire():
        if ask_running_instance_to_show(data_dir):
            log.info("already running on %s: brought that window forward", data_dir)
            return 0
        app.set_language(Settings(data_dir).get(LANGUAGE) or language_from_environment())
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "Application",
                "Field Dossier is already open with this data folder:\n%1\n\nSwitch to its window.",
            ).replace("%1", str(data_dir)),
        )
        return 1
    try:
        window = app.start()
    except UserError as error:
        QMessageBox.critical(None, APP_NAME, error.translated())
        instance.release()
        return 1
    window.show()
    log.info("startup: main window shown")
    collector = GuiThreadGarbageCollector(app.qt)
    later_starts = InstanceServer(data_dir, app.qt)
    later_starts.show_requested.connect(app.bring_forward)
    try:
        return int(app.qt.exec())
    finally:
        later_starts.close()
        collector.stop()
        app.shutdown()
        instance.release()
