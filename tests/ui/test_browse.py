"""Finding, trashing and restoring, and importing with the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import Contact, Observation
from desktop.ui import views
from desktop.ui.dialogs import ImportPreview
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.record_table_model import ID_ROLE
from tests.ui.keyboard import type_text


def test_search_for_a_word_with_an_umlaut_and_open_the_hit(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_field
    with qtbot.waitSignal(window.search_finished, timeout=5000) as finished:
        type_text(window.search_field, "Gievenbeck Neubaugebiet")
    query, hits = finished.args
    assert hits >= 1 and window.center.searching
    model = window.center.search_model
    assert all("Gievenbeck" in hit.snippet.text for hit in model.hits)
    first = model.hits[0]
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)
    editor = window.current_editor()
    assert editor is not None and editor.record_id == first.record_id


def test_search_ignores_accents(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    with qtbot.waitSignal(window.search_finished, timeout=5000):
        window.search_field.setText("Munster")
    hits = window.center.search_model.hits
    assert hits and any("Münster" in (h.title + h.snippet.text) for h in hits)
    marked = [h.snippet.text[a:b] for h in hits for a, b in h.snippet.spans]
    assert "Münster" in marked
    window.search_field.clear()
    assert not window.center.searching


def test_a_search_without_hits_says_so(qtbot: QtBot, demo_window: MainWindow) -> None:
    with qtbot.waitSignal(demo_window.search_finished, timeout=5000):
        demo_window.search_field.setText("Quantenchromodynamik")
    center = demo_window.center
    assert center.stack.currentWidget() is center.empty
    assert "Quantenchromodynamik" in center.empty.text.text()


def test_delete_moves_to_the_trash_and_restore_brings_it_back(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    table = window.center.table
    table.setFocus()
    table.selectRow(2)
    record_id = table.model().index(2, 0).data(ID_ROLE)
    before = window.center.table_model.rowCount()
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert window.center.table_model.row_of(record_id) is None
    with window.db.read() as session:
        assert session.get(Observation, record_id).deleted_at is not None
    window.navigation.select_view(views.TRASH)
    trash_ids = [
        window.center.simple_model.index(r, 0).data(ID_ROLE)
        for r in range(window.center.simple_model.rowCount())
    ]
    assert trash_ids == [record_id]
    window.center.simple.selectRow(0)
    editor = window.current_editor()
    assert editor is not None and not editor.trash_banner.isHidden()
    window.restore_action.trigger()
    assert window.center.simple_model.rowCount() == 0
    window.navigation.select_view(views.kind_view("observation"))
    assert window.center.table_model.rowCount() == min(before, 200)
    with window.db.read() as session:
        assert session.get(Observation, record_id).deleted_at is None


BROKEN_VCARDS = (
    "BEGIN:VCARD\nVERSION:3.0\nFN:Małgorzata Nowak\nEMAIL:m.nowak@caritas.example\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:3.0\nFN:Çağlar Doğan\nEMAIL:caglar@moschee.example\n"
    "NOTE:Null\x00Byte\nEND:VCARD\n"
)


def test_importing_a_vcard_file_with_a_broken_card_lists_the_problem_and_imports_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = tmp_path / "kontakte.vcf"
    cards.write_text(BROKEN_VCARDS, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cards), ""))
    seen: list[list[str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreview):
            QTimer.singleShot(50, read_and_close)
            return
        items = dialog.problem_list
        seen.append([items.item(i).text() for i in range(items.count())])
        dialog.reject()

    QTimer.singleShot(50, read_and_close)
    main_window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    wait_for_ops()
    [problems] = seen
    assert len(problems) == 1
    assert problems[0].startswith("Card 2 (line 6)") and "control character" in problems[0]
    with main_window.db.read() as session:
        assert session.execute(select(func.count()).select_from(Contact)).scalar_one() == 0


def test_importing_a_good_vcard_file_shows_what_will_come_and_imports_it(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cards = tmp_path / "kontakte.vcf"
    cards.write_text(BROKEN_VCARDS.replace("Null\x00Byte", "Imam"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cards), ""))
    summaries: list[str] = []

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ImportPreview):
            QTimer.singleShot(50, accept)
            return
        summaries.append(dialog.findChild(type(main_window.counts_label)).text())
        dialog.accept()

    QTimer.singleShot(50, accept)
    main_window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(summaries), timeout=5000)
    qtbot.waitUntil(lambda: "Contacts: 2" in main_window.counts_label.text(), timeout=5000)
    assert "2 × Contacts" in summaries[0]


def test_typing_a_word_finds_it_inside_compounds_and_marks_the_compound(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(window.search_finished, timeout=5000):
        type_text(window.search_field, "cafe")
    hits = window.center.search_model.hits
    marked = {h.snippet.text[a:b] for h in hits for a, b in h.snippet.spans}
    assert {"Elterncafé", "taalcafé"} <= {word.rstrip("s") for word in marked}
    window.search_field.clear()
    with qtbot.waitSignal(window.search_finished, timeout=5000):
        type_text(window.search_field, "team")
    hits = window.center.search_model.hits
    assert any("Wijkteam" in h.title + h.snippet.text for h in hits)
    tiers = [h.tier for h in hits]
    assert tiers[0] == "word", "“Teamleitung” begins with the word: it comes first"
    assert tiers == sorted(tiers, key=("word", "substring").index), "then inside words"
