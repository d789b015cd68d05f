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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.i18n import install_translators  # noqa: E402
from desktop.services.demo import demo_id, load_demo  # noqa: E402
from desktop.services.workspace import open_scope, set_user_name  # noqa: E402
from desktop.store import open_database  # noqa: E402
from desktop.ui import views  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import FIRST_RUN_DONE, USER_MUNICIPALITY, Settings  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LOCALES = {"de": "de_DE", "nl": "nl_NL", "en": "en_GB"}


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="en", choices=("en", "de", "nl"))
    parser.add_argument(
        "--small",
        metavar="PREFIX",
        help="a small screen (run on a 1024x600 X screen, with QT_SCALE_FACTOR for scaling): "
        "the window fills it; writes PREFIX-{main-window,editor,settings,trash}-LANG.png",
    )
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
    set_user_name(db, "Ute Brinkmann")
    settings.set(USER_MUNICIPALITY, "Münster")
    window = MainWindow(db, scope, settings, args.lang)
    if not args.small:
        window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    settle(app)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    OUT.mkdir(parents=True, exist_ok=True)
    if args.small:
        small_screens(app, window, args.small, args.lang)
        window.close()
        db.dispose()
        return

    def shot(name: str) -> None:
        settle(app)
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
        print("wrote", OUT / f"{name}{suffix}.png")

    window.navigation.select_view(views.kind_view("observation"))
    table = window.center.table
    model = window.center.table_model
    target = model.row_of(demo_id("hwt-07")) or 0
    table.selectRow(target)
    shot("main-window")
    window.navigation.select_view(views.activity_view(demo_id("coaching-almelo")))
    row = window.center.table_model.row_of(demo_id("coa-03"))
    window.center.table.selectRow(row or 0)
    shot("observation-editor")
    window.navigation.select_view(views.kind_view("adaptation"))
    window.center.table.selectRow(0)
    shot("adaptation-editor")
    window.navigation.select_view(views.kind_view("contact"))
    contacts = window.center.table_model
    no_consent = ("missing", "fehlt", "ontbreekt")
    rows = range(contacts.rowCount())
    missing = next((r for r in rows if contacts.index(r, 3).data() in no_consent), 0)
    window.center.table.selectRow(missing)
    shot("contact-editor")
    window.navigation.select_view(views.kind_view("observation"))
    window.search_field.setText("Münster wijkteam")
    window._run_search_now_then_open()
    shot("search")
    window.search_field.clear()
    window.navigation.select_view(views.DASHBOARD)
    shot("dashboard")
    window.close()
    db.dispose()
    del translators


def small_screens(app: QApplication, window: MainWindow, prefix: str, lang: str) -> None:
    """The main window, an editor, the settings dialog and the trash on a small screen."""
    from PySide6.QtCore import QTimer

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        path = OUT / f"{prefix}-{name}-{lang}.png"
        widget.grab().save(str(path))
        print("wrote", path)

    window.navigation.select_view(views.kind_view("observation"))
    settle(app)
    window.center.table.selectRow(2)
    save(window, "main-window")
    window.filter_action.trigger()
    tag = window.filter_bar.tag
    tag.setCurrentIndex(max(tag.findData(tag.itemData(tag.count() - 1)), 1))
    window.center.table.selectRow(0)
    save(window, "editor")
    window.filter_action.trigger()

    def settings_shot() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, settings_shot)
            return
        save(dialog, "settings")
        dialog.close()

    QTimer.singleShot(0, settings_shot)
    window.settings_action.trigger()
    window.navigation.select_view(views.kind_view("observation"))
    window.center.table.selectRow(0)
    window.delete_action.trigger()
    window.navigation.select_view(views.TRASH)
    window.center.simple.selectRow(0)
    save(window, "trash")


if __name__ == "__main__":
    main()
