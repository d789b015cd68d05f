"""File → Export dossier…: the real export, run off the GUI thread, with progress and cancel."""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.services.demo import demo_id
from desktop.services.listing import RecordFilter
from desktop.ui import export_dialog
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow


def dialog_for(window: MainWindow, qtbot: QtBot, activity_id: str | None = None) -> ExportDialog:
    dialog = ExportDialog(
        window.db,
        window.scope,
        "en",
        activity_id,
        RecordFilter(),
        window.context.choices,
        window,
    )
    dialog.open_when_done.setChecked(False)
    qtbot.addWidget(dialog)
    return dialog


def test_a_visit_report_is_prefilled_from_the_current_activity_and_written(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    activity_id = demo_id("coaching-almelo")
    dialog = dialog_for(demo_window, qtbot, activity_id)
    assert dialog.template() == "visit"
    assert dialog.activity.currentData() == activity_id
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    target = tmp_path / "besuch.pdf"
    dialog.path.setText(str(target))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=120_000)
    assert target.is_file()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Coachingdag Almelo" in text
    assert re.search(r"\d+ pages, \d+ records", dialog.status.text()), dialog.status.text()


def test_a_visit_report_needs_an_activity(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = dialog_for(demo_window, qtbot)
    dialog.templates["visit"].setChecked(True)
    assert not dialog.export_button.isEnabled()
    assert "activity" in dialog.status.text()
    dialog.activity.setCurrentIndex(1)
    assert dialog.export_button.isEnabled()


def test_cancelling_leaves_no_file_behind(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = dialog_for(demo_window, qtbot)
    dialog.templates["core"].setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "kerngruppe.docx"
    dialog.path.setText(str(target))
    # The real export runs, held at its first progress report until the user has
    # clicked "Cancel export": so it is certainly running when the click comes, and
    # it can only finish by noticing the cancellation.
    reported, resume = threading.Event(), threading.Event()
    real_export = export_dialog.export_dossier

    def held(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def report(*step: Any) -> None:
            reported.set()
            resume.wait(60)
            progress(*step)

        return real_export(*args, progress=report, **kwargs)

    monkeypatch.setattr(export_dialog, "export_dossier", held)
    dialog.export_button.click()
    qtbot.waitUntil(reported.is_set, timeout=60_000)
    dialog.close_button.click()  # "Cancel export", while it runs
    resume.set()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=120_000)
    assert dialog.result_path is None
    assert not target.exists()
    assert list(out.iterdir()) == [], "no temporary file left"
    assert "cancel" in dialog.status.text().lower()


def test_an_export_that_would_miss_photos_asks_first(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    # The photos were synced from another laptop and never downloaded to this one.
    blobs = demo_window.db.blobs
    removed = [path for path in blobs.root.rglob("*") if path.is_file()]
    assert removed, "the demo has photos"
    for path in removed:
        path.unlink()
    dialog = dialog_for(demo_window, qtbot)
    dialog.templates["core"].setChecked(True)
    target = tmp_path / "kerngruppe.pdf"
    dialog.path.setText(str(target))
    asked: list[str] = []

    def answer(button_text: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, lambda: answer(button_text))
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    QTimer.singleShot(50, lambda: answer("Cancel"))
    dialog.export_button.click()
    assert asked and re.match(
        r"\d+ photos? of this dossier (is|are) not on this computer", asked[0]
    )
    assert not target.exists() and dialog.export_button.isEnabled(), "nothing started"

    QTimer.singleShot(50, lambda: answer("Export without them"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=120_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "is not available on this computer yet" in re.sub(r"\s+", " ", text)
