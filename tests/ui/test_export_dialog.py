"""File → Export dossier…: the real export, run off the GUI thread, with progress and cancel."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.services.demo import demo_id
from desktop.services.listing import RecordFilter
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.main_window import MainWindow


def dialog_for(window: MainWindow, qtbot: QtBot, activity_id: str | None = None) -> ExportDialog:
    dialog = ExportDialog(
        window.db,
        window.scope,
        "en",
        activity_id,
        RecordFilter(),
        window.context.activities,
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
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path
) -> None:
    dialog = dialog_for(demo_window, qtbot)
    dialog.templates["core"].setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "kerngruppe.docx"
    dialog.path.setText(str(target))
    dialog.start()
    dialog._cancel_or_close()  # "Cancel export" while it runs
    qtbot.waitUntil(lambda: dialog._op is None, timeout=120_000)
    if dialog.result_path is None:  # cancelled in time (the usual case)
        assert not target.exists()
        assert list(out.iterdir()) == [], "no temporary file left"
        assert "cancel" in dialog.status.text().lower()
    else:  # the export won the race: then the file is complete
        assert target.stat().st_size > 0
