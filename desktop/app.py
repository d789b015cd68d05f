"""Builds the QApplication, its translators and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop import APP_ID, APP_NAME, __version__
from desktop.errors import UserError
from desktop.i18n import install_translators, language_from_environment, missing_catalogues
from desktop.logs import configure_logging
from desktop.resources import APP_ICON, resource_dir
from desktop.services.choices import load_choices
from desktop.services.workspace import open_scope, set_user_name, stored_user_name, user_name
from desktop.store import Database, open_database
from desktop.store.encryption import FolderLockedError
from desktop.store.locks import APP_LOCK, DataDirLock
from desktop.ui.crash import install_crash_handler
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


class StaysLockedError(Exception):
    """The user closed the unlock dialog: the program ends without a word."""


class Application:
    """Owns the QApplication's translators and the (re)building of the main window."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.qt = _qt_application()
        self.translators: list[QTranslator] = []
        self.window: MainWindow | None = None
        self.db: Database | None = None
        self.missing_catalogues: list[str] = []

    def set_language(self, language: str) -> None:
        for translator in self.translators:
            self.qt.removeTranslator(translator)
        self.translators = install_translators(self.qt, language)
        QLocale.setDefault(QLocale(LOCALES.get(language, language)))
        self.language = language
        self.missing_catalogues = missing_catalogues(language)

    def start(self, *, first_run: bool = True) -> MainWindow:
        settings = Settings(self.data_dir)
        self.set_language(settings.get(LANGUAGE) or language_from_environment())
        self.db = self._open_database()
        if first_run and not settings.get(FIRST_RUN_DONE):
            self._first_run(settings)
        return self._build_window(settings)

    def _open_database(self) -> Database:
        """The folder's database; an encrypted folder whose key is not in the keyring
        asks for its passphrase or recovery key first (cancel: StaysLockedError)."""
        while True:
            try:
                return open_database(self.data_dir)
            except FolderLockedError:
                from desktop.ui.unlock_dialog import UnlockDialog  # only an encrypted folder

                if UnlockDialog(self.data_dir).exec() != UnlockDialog.DialogCode.Accepted:
                    raise StaysLockedError() from None

    def _build_window(self, settings: Settings) -> MainWindow:
        assert self.db is not None
        scope = open_scope(self.db)
        window = MainWindow(self.db, scope, settings, self.language)
        window.reopen_requested.connect(self._reopen)
        window.language_requested.connect(self._switch_language)
        if self.missing_catalogues:
            _show_missing_catalogues(window, self.missing_catalogues)
        self.window = window
        return window

    def _switch_language(self, language: str) -> None:
        """Settings chose another language: the window is rebuilt in it, now."""
        self.set_language(language)
        self._reopen(fresh_database=False)

    def _reopen(self, *, fresh_database: bool = True) -> None:
        """A new window; by default on the database opened anew, since a restore or an
        encryption replaced its file (and an encrypted one needs a keyed connection)."""
        old = self.window
        if old is not None:
            old.save_state()  # the new window opens where and as this one was
            old.hide()
            old.deleteLater()
        if fresh_database:
            if self.db is not None:
                self.db.dispose()
            try:
                self.db = self._open_database()
            except StaysLockedError:
                self.qt.quit()
                return
        window = self._build_window(Settings(self.data_dir))
        window.show()

    def _first_run(self, settings: Settings) -> None:
        from desktop.ui.first_run import FirstRunDialog  # once per data folder

        assert self.db is not None
        scope = open_scope(self.db)
        municipalities = [
            c.value for c in load_choices(self.db, scope.workspace_id, self.language).municipalities
        ]
        dialog = FirstRunDialog(
            settings,
            stored_user_name(self.db),
            municipalities,
            self.language,
            self.set_language,
            login_name=user_name(self.db),
        )
        accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        settings.set(FIRST_RUN_DONE, True)
        if not accepted:
            return
        settings.set(LANGUAGE, dialog.chosen_language())
        settings.set(USER_MUNICIPALITY, dialog.chosen_municipality())
        settings.set(SERVER_URL, dialog.server.text().strip())
        name = " ".join(dialog.name.text().split())
        if name:
            set_user_name(self.db, name)

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


def _show_missing_catalogues(window: MainWindow, missing: list[str]) -> None:
    """An incomplete installation shows itself in the window, not only in the log."""
    note = QLabel(
        QCoreApplication.translate(
            "Application",
            "Translations missing from this installation (%1): some text is in English. "
            "Reinstall Field Dossier.",
        ).replace("%1", ", ".join(missing))
    )
    note.setObjectName("missing_catalogues_note")
    note.setStyleSheet("color: #c62828;")
    window.statusBar().addPermanentWidget(note)


def _qt_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setOrganizationName(APP_ID)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resource_dir(APP_ICON) / "field-dossier.svg")))
    return app


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
    except StaysLockedError:
        instance.release()
        return 0
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
