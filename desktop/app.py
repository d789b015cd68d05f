"""Builds the QApplication, its translators and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop import APP_NAME
from desktop.store import open_database


def run(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(data_dir)
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel(str(data_dir)))
    window.resize(900, 600)
    window.show()
    try:
        return int(app.exec())
    finally:
        db.dispose()
