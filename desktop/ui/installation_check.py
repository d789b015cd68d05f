"""`check-installation --gui`: the real main window, built as at start-up, and what it shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop.installation import Report
from desktop.resources import ICONS, resource_dir
from desktop.ui.settings import Settings
from desktop.ui.sync_ui import SignInDialog


def check_window(data_dir: Path, report: Report) -> None:
    from desktop.app import Application

    application = Application(data_dir)
    try:
        window = application.start(first_run=False)
        window.show()
        QApplication.processEvents()
        assert application.db is not None
        dialog = SignInDialog(application.db, Settings(data_dir), "")
        actions = [a for a in window.findChildren(QAction) if a.text()]
        with_icons = [a for a in actions if not a.icon().isNull()]
        facts: dict[str, Any] = {
            "language": application.language,
            "menus": [a.text() for a in window.menuBar().actions()],
            "actions_with_icons": f"{len(with_icons)} of {len(actions)}",
            "icons_rendering": _renderable_icons(),
            "server_url": dialog.server.text(),
            "server_locked": not dialog.server.isEnabled(),
            "missing_catalogues": application.missing_catalogues,
        }
        report.facts["window"] = facts
        report.require(bool(with_icons), "window: no action shows an icon")
        report.require(
            facts["icons_rendering"] == report.facts["icons"], "window: some icons do not render"
        )
        report.require(not application.missing_catalogues, "window: translations missing")
        dialog.deleteLater()
        window.close()
    finally:
        application.shutdown()


def _renderable_icons() -> int:
    """How many packaged SVG icons Qt's SVG renderer can draw (needs its plugin and data)."""
    count = 0
    for path in resource_dir(ICONS).glob("*.svg"):
        renderer = QSvgRenderer(QByteArray(path.read_bytes()))
        count += renderer.isValid() and not renderer.defaultSize().isEmpty()
    return count
