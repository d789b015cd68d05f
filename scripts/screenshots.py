#!/usr/bin/env python3
"""Take the README's screenshots from the demo data on a virtual X screen.

    xvfb-run -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py [--lang de]

Writes docs/screenshots/*.png. The app runs on the real xcb platform (not offscreen),
navigated programmatically; each picture is the main window as drawn on screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "xcb"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.i18n import install_translators  # noqa: E402
from desktop.services.demo import demo_id, load_demo  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import open_database  # noqa: E402
from desktop.ui import views  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import FIRST_RUN_DONE, Settings  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LOCALES = {"de": "de_DE", "nl": "nl_NL", "en": "en_GB"}


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=("en", "de", "nl"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)
    QLocale.setDefault(QLocale(LOCALES[args.lang]))
    data_dir = Path(tempfile.mkdtemp(prefix="screens-"))
    db = open_database(data_dir)
    scope = open_scope(db, "Ute Brinkmann")
    load_demo(db, scope)
    settings = Settings(data_dir)
    settings.set(FIRST_RUN_DONE, True)
    window = MainWindow(db, scope, settings, args.lang)
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    settle(app)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    window.navigation.select_view(views.OBSERVATIONS)
    table = window.center.table
    model = window.center.table_model
    target = model.row_of(demo_id("hwt-07")) or 0
    table.selectRow(target)
    shot("main-window")
    window.navigation.select_view(views.activity_view(demo_id("coaching-almelo")))
    row = window.center.table_model.row_of(demo_id("coa-03"))
    window.center.table.selectRow(row or 0)
    shot("observation-editor")
    window.navigation.select_view(views.ADAPTATIONS)
    window.center.table.selectRow(0)
    shot("adaptation-editor")
    window.navigation.select_view(views.CONTACTS)
    contacts = window.center.table_model
    no_consent = ("missing", "fehlt", "ontbreekt")
    rows = range(contacts.rowCount())
    missing = next((r for r in rows if contacts.index(r, 3).data() in no_consent), 0)
    window.center.table.selectRow(missing)
    shot("contact-editor")
    window.navigation.select_view(views.OBSERVATIONS)
    window.search_field.setText("Münster wijkteam")
    window._run_search_now_then_open()
    shot("search")
    window.search_field.clear()
    window.navigation.select_view(views.DASHBOARD)
    shot("dashboard")
    window.close()
    db.dispose()
    del translators


if __name__ == "__main__":
    main()
