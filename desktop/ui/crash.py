"""Bugs reach one handler: it logs, apologises with details to copy, keeps the app alive."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

log = logging.getLogger("desktop.ui")
qt_log = logging.getLogger("desktop.qt")
_showing = False


def install_crash_handler() -> None:
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    global _showing
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error\n%s", details)
    if _showing or QApplication.instance() is None:
        return  # one apology at a time; the log has every one
    _showing = True
    try:
        _apologise(details)
    finally:
        _showing = False


def _apologise(details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
    box.setText(
        QCoreApplication.translate(
            "CrashDialog", "Sorry, Field Dossier ran into a problem it did not expect."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "CrashDialog",
            "Your notes are safe: everything is saved as you type. You can keep working. "
            "If this happens again, please send the details to your administrator.",
        )
    )
    box.setDetailedText(details)
    copy = QPushButton(QCoreApplication.translate("CrashDialog", "Copy details"))
    box.addButton(copy, QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    qt_log.log(level, "%s", message)
