#!/usr/bin/env python3
"""Screenshots of sync in the app: a record with conflict markers, the conflict dialog
and the sync log, from the demo data on a virtual X screen.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/sync_screenshots.py --lang de

The conflicts are written into the demo data dir as a sync would store them (this
script has no server); the log shows one sync and one failure of the server.
Writes docs/screenshots/sync-*-LANG.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.i18n import install_translators  # noqa: E402
from desktop.models import SyncConflict  # noqa: E402
from desktop.services.demo import demo_id, load_demo  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import open_database  # noqa: E402
from desktop.store.local_state import USER_NAME, set_local  # noqa: E402
from desktop.sync.bundles import ExportSummary, ImportSummary  # noqa: E402
from desktop.sync.engine import SyncSummary  # noqa: E402
from desktop.sync.errors import BundleError, ServerNotAnsweringError  # noqa: E402
from desktop.sync.status import RefusedChange  # noqa: E402
from desktop.ui import views  # noqa: E402
from desktop.ui.conflict_dialog import ConflictDialog  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import FIRST_RUN_DONE, Settings  # noqa: E402
from desktop.ui.sync_log import SyncLog, SyncLogDialog  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
LOCALES = {"de": "de_DE", "nl": "nl_NL", "en": "en_GB"}
RECORD = "hwt-07"


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
    data_dir = Path(tempfile.mkdtemp(prefix="sync-screens-"))
    db = open_database(data_dir)
    scope = open_scope(db, "Ute Brinkmann")
    load_demo(db, scope)
    record_id = demo_id(RECORD)
    with db.read() as session:
        from desktop.models import Observation

        observation = session.get(Observation, record_id)
        assert observation is not None
        text = observation.text
    mine = text.replace(".", ", vor allem montags.", 1) if "." in text else text + " Montags."
    theirs = "Nachtrag: " + text if args.lang == "de" else "Aanvulling: " + text
    now = datetime.now(UTC)
    with db.write("sync", apply_remote=True) as session:
        observation = session.get(Observation, record_id)
        assert observation is not None
        observation.text = mine
        set_local(session, USER_NAME, "ute.brinkmann")  # whom this laptop signed in as
        for field, base, server, client in (
            ("text", text, theirs, mine),
            ("observed_on", "2025-03-04", "2025-03-05", "2025-03-04"),
        ):
            session.add(
                SyncConflict(
                    id=str(uuid.uuid4()),
                    workspace_id=scope.workspace_id,
                    table_name="observation",
                    row_id=record_id,
                    field_name=field,
                    base_value=base,
                    server_value=server,
                    client_value=client,
                    server_author="jan.devries",
                    client_author="ute.brinkmann",
                    created_at=now - timedelta(minutes=12),
                    status="open",
                )
            )
    settings = Settings(data_dir)
    settings.set(FIRST_RUN_DONE, True)
    window = MainWindow(db, scope, settings, args.lang)
    window.resize(1400, 860)
    window.move(0, 0)
    window.show()
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget: QWidget, name: str) -> None:
        settle(app)
        path = OUT / f"{name}-{args.lang}.png"
        widget.grab().save(str(path))
        print("wrote", path)

    window.navigation.select_view(views.kind_view("observation"))
    row = window.center.table_model.row_of(record_id) or 0
    window.center.table.selectRow(row)
    save(window, "sync-conflict-marker")

    # The History tab (offline here: this computer's own changes).
    from desktop.services.records import update_record

    with db.write("Ute Brinkmann") as session:
        update_record(session, scope, demo_id("hwt-06"), {"text": "Sprechstunde im Rathaus"})
    with db.write("Ute Brinkmann") as session:
        update_record(
            session, scope, demo_id("hwt-06"), {"text": "Offene Sprechstunde im Rathaus, montags"}
        )
    history_row = window.center.table_model.row_of(demo_id("hwt-06")) or 0
    window.center.table.selectRow(history_row)
    settle(app)
    editor = window.current_editor()
    assert editor is not None
    editor.tabs.setCurrentIndex(1)
    for _ in range(200):
        settle(app, 5)
        if editor.history_tab.history is not None:
            break
        time.sleep(0.05)
    editor.history_tab.tree.expandAll()
    save(window, "sync-history")
    editor.tabs.setCurrentIndex(0)
    window.center.table.selectRow(row)
    settle(app)

    dialog = ConflictDialog(db, scope.actor, record_id, window)
    dialog.resize(1000, 640)
    dialog.show()
    choice = dialog.choices[1]
    choice.radios["client"].setChecked(True)
    save(dialog, "sync-conflict-dialog")
    dialog.close()

    log = SyncLog()
    log.add_summary(
        SyncSummary(
            sent=4,
            received=11,
            merged=1,
            conflicts=2,
            quarantined=1,
            server_time=now,
            finished_at=now,
        ),
        dialog.views,
    )
    log.add(ServerNotAnsweringError("https://sync.example.org").translated(), failed=True)
    refused = [
        RefusedChange(
            table="contact",
            record_id=demo_id("contact-jansen"),
            record_title="Jansen, Maria",
            reason="forbidden",
            detail="",
            created_at=now - timedelta(hours=2),
        )
    ]
    log_dialog = SyncLogDialog(log, refused, window)
    log_dialog.resize(860, 420)
    log_dialog.show()
    save(log_dialog, "sync-log")
    log_dialog.close()

    def grab_modal(name: str) -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, lambda: grab_modal(name))
            return
        save(box, name)
        box.close()

    bundles = window.bundles
    QTimer.singleShot(100, lambda: grab_modal("sync-bundle-created"))
    bundles._created(ExportSummary(data_dir / "field-dossier-2025-03-05-1710.zip", 2, 14, 3))
    QTimer.singleShot(100, lambda: grab_modal("sync-bundle-imported"))
    bundles._imported(ImportSummary(14, 23, 1, 0, False))
    QTimer.singleShot(100, lambda: grab_modal("sync-bundle-refused"))
    bundles._failed(
        BundleError("/media/usb/antwort.zip", "its signature does not match this device's key")
    )
    QTimer.singleShot(0, window.close)
    settle(app)
    db.dispose()
    del translators


if __name__ == "__main__":
    main()
