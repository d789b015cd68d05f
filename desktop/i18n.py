"""Which language to speak, and loading Qt translators for it (Qt's .ts/.qm system)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import TRANSLATIONS_DIR

LANGUAGES = ("en", "de", "nl")
APP_CATALOGUE = "field_dossier"


def language_from_environment() -> str:
    """The language of the user's session (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), or English."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for candidate in value.split(":"):
            code = candidate[:2].lower()
            if code in LANGUAGES:
                return code
    system = QLocale.system().name()[:2].lower()
    return system if system in LANGUAGES else "en"


def load_translator(catalogue: str, language: str) -> QTranslator | None:
    """The compiled catalogue `translations/<catalogue>_<language>.qm`, if there is one."""
    translator = QTranslator()
    if translator.load(f"{catalogue}_{language}", str(TRANSLATIONS_DIR)):
        return translator
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translations; keep the returned objects alive."""
    installed: list[QTranslator] = []
    if language != "en":  # the English catalogue holds only plural forms; Qt speaks English
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator()
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
    ours = load_translator(APP_CATALOGUE, language)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return installed
