"""Which language to speak, and loading Qt translators for it (Qt's .ts/.qm system).

Our catalogues are compiled into the package at build time (setup.py) and found with
importlib.resources (desktop.resources). A catalogue that should be there and is not
is an incomplete installation: it is logged as an error and reported by
`missing_catalogues`, which the app shows in its window, never a quiet switch to English.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import TRANSLATIONS, resource_dir

log = logging.getLogger("desktop.i18n")

LANGUAGES = ("en", "de", "nl")
APP_CATALOGUE = "field_dossier"
QT_CATALOGUE = "qtbase"


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


def catalogue_file(catalogue: str, language: str) -> Path:
    """Where the compiled catalogue `<catalogue>_<language>.qm` of the package lives."""
    return resource_dir(TRANSLATIONS) / f"{catalogue}_{language}.qm"


def qt_catalogue_file(language: str) -> Path:
    """Qt's own catalogue (standard buttons and dialogs) for a language."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return Path(folder) / f"{QT_CATALOGUE}_{language}.qm"


def load_translator(catalogue: str, language: str) -> QTranslator | None:
    """The package's compiled catalogue for a language; None (and an error logged) if
    it is missing or unreadable."""
    translator = QTranslator()
    path = catalogue_file(catalogue, language)
    if translator.load(str(path)):
        return translator
    log.error(
        "the translation catalogue %s is missing or unreadable: this installation is "
        "incomplete (reinstall Field Dossier; in a source checkout run `make translations`)",
        path,
    )
    return None


def missing_catalogues(language: str) -> list[str]:
    """The catalogues the interface needs for `language` that this installation lacks."""
    wanted = [catalogue_file(APP_CATALOGUE, language)]
    if language != "en":
        wanted.append(qt_catalogue_file(language))
    return [path.name for path in wanted if not path.is_file()]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translations; keep the returned objects alive."""
    installed: list[QTranslator] = []
    if language != "en":  # the English catalogue holds only plural forms; Qt speaks English
        qt_translator = QTranslator()
        qt_file = qt_catalogue_file(language)
        if qt_translator.load(str(qt_file)):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
        else:
            log.error("Qt's catalogue %s is missing: standard buttons stay in English", qt_file)
    ours = load_translator(APP_CATALOGUE, language)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return installed
