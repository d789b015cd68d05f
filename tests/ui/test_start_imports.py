"""The app's start loads what the first screen needs, not what later screens need.

A real start (`python -m desktop --data-dir D gui`, offscreen) in a subprocess, so that
nothing this test session imported counts: the modules loaded when the log says
"main window shown" are reported, and the app quits. What is left out here loads where
it is first used; the UI tests of sync, bundles, history, conflicts, import, export and
photos drive those first uses.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.demo import load_demo
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.sync import state
from desktop.ui.settings import FIRST_RUN_DONE, Settings

ROOT = Path(__file__).resolve().parents[2]

# Reports sys.modules at the log line the benchmark times (bench/ui_bench.py), then quits.
START = """
import json, logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.cli import main

report = {"views": []}

class Watch(logging.Handler):
    def emit(self, record):
        message = record.getMessage()
        if message.startswith("view shown:"):
            report["views"].append(message)
        if message == "startup: main window shown":
            report["modules"] = sorted(sys.modules)
            QTimer.singleShot(0, QApplication.quit)

logging.getLogger().addHandler(Watch())
code = main(["--data-dir", sys.argv[1], "gui"])
print(json.dumps(report))
sys.exit(code)
"""

# Whole packages only a later screen needs: the sync client's HTTP stack, keyring and
# wire models; photos (Pillow); country names of imported addresses; the dossier writers.
LATER_PACKAGES = ("httpx", "keyring", "pydantic", "PIL", "pycountry", "docx", "reportlab")
# The project's own modules of later screens (with their submodules).
LATER_MODULES = (
    "desktop.sync.engine",
    "desktop.sync.api",
    "desktop.sync.account",
    "desktop.sync.bundles",
    "desktop.sync.conflicts",
    "desktop.sync.history",
    "desktop.sync.protocol.models",
    "desktop.export",
    "desktop.services.importing",
    "desktop.ui.export_dialog",
    "desktop.ui.conflict_dialog",
)


def started_app_modules(data_dir: Path) -> dict[str, list[str]]:
    result = subprocess.run(
        [sys.executable, "-c", START, str(data_dir)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, list[str]] = json.loads(result.stdout.splitlines()[-1])
    return report


@pytest.mark.parametrize("signed_in", [False, True], ids=["working-locally", "signed-in"])
def test_the_window_opens_with_its_list_before_sync_export_and_import_are_loaded(
    tmp_path: Path, signed_in: bool
) -> None:
    data_dir = tmp_path / "laptop"
    db = open_database(data_dir)
    load_demo(db, open_scope(db, "Anna Tester"))
    if signed_in:  # what a sign-in and a sync leave in the data dir
        with db.write("sync", apply_remote=True) as session:
            state.save(
                session,
                SERVER_URL="https://sync.example.org",
                USERNAME="anna",
                SIGNED_IN=True,
                CHECKPOINT_SEQ=12,
                CHECKPOINT_CHANGE="3f0c5a52-8f6e-4f43-9d6e-2f9a3a1c7b10",
            )
    db.dispose()
    Settings(data_dir).set(FIRST_RUN_DONE, True)

    report = started_app_modules(data_dir)

    [view] = report["views"]
    assert view.startswith("view shown: observations (") and not view.endswith("(0 rows)")
    loaded = report["modules"]
    assert "desktop.ui.main_window" in loaded
    early = [
        name
        for name in loaded
        if name.split(".")[0] in LATER_PACKAGES
        or any(name == later or name.startswith(f"{later}.") for later in LATER_MODULES)
        or name.startswith("desktop.cli.")  # the command-line commands
    ]
    assert early == [], "loaded before the window was shown"
