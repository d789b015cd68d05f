"""Undo that undoes: word by word in text, every field, and records back from the trash."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Observation
from desktop.ui import views
from desktop.ui.editors.fields import DateField, EnumField, TermsField
from desktop.ui.main_window import MainWindow
from desktop.ui.record_table_model import ID_ROLE
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def press_undo(widget: object) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Z, CTRL)  # type: ignore[call-overload]


def press_redo(widget: object) -> None:
    QTest.keyClick(
        widget,  # type: ignore[call-overload]
        Qt.Key.Key_Z,
        CTRL | Qt.KeyboardModifier.ShiftModifier,
    )


def test_ctrl_z_in_a_new_observation_takes_back_one_word_not_the_whole_text(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    window.new_actions["observation"].trigger()
    assert not window.undo_action.isEnabled(), "nothing typed yet: nothing to undo"
    assert window.undo_action.text() == "&Undo"
    text_box = QApplication.focusWidget()
    type_text(text_box, "Die Eltern kamen gern")
    editor = window.current_editor()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)  # autosaved
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo typing in “Text”"
    press_undo(text_box)
    assert editor.fields["text"].value() == "Die Eltern kamen"
    assert not editor.error_labels["text"].isVisibleTo(editor), "no red field"
    press_undo(text_box)
    assert editor.fields["text"].value() == "Die Eltern"
    press_redo(text_box)
    assert editor.fields["text"].value() == "Die Eltern kamen"
    assert QApplication.focusWidget() is text_box, "the cursor stays in the text"
    editor.flush()
    with window.db.read() as session:
        [note] = session.scalars(select(Observation)).all()
    assert note.text == "Die Eltern kamen", "an undo is saved like typing"


def test_every_kind_of_field_is_undone_and_the_action_names_it(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    window.new_actions["observation"].trigger()
    text_box = QApplication.focusWidget()
    type_text(text_box, "Treffen im Quartier")
    editor = window.current_editor()
    assert editor is not None
    editor.flush()
    tags = editor.fields["tags"]
    assert isinstance(tags, TermsField)
    tags.entry.setFocus()
    type_text(tags.entry, "Elterncafé")
    QTest.keyClick(tags.entry, Qt.Key.Key_Return)
    assert tags.value() == ["Elterncafé"]
    date_field = editor.fields["observed_on"]
    assert isinstance(date_field, DateField)
    shown_date = date_field.value()
    date_field.edit.setFocus()
    QTest.keyClick(date_field.edit, Qt.Key.Key_Down)  # one step back, as with the arrow
    assert date_field.value() != shown_date
    assert window.undo_action.text() == "&Undo change of “Date”"
    press_undo(date_field.edit)
    assert date_field.value() == shown_date
    assert window.undo_action.text() == "&Undo change of “Tags”"
    press_undo(date_field.edit)
    assert tags.value() == []
    editor.flush()
    with window.db.read() as session:
        [note] = session.scalars(select(Observation)).all()
    assert note.tags == [] and note.observed_on.isoformat() == shown_date
    press_redo(text_box)
    assert tags.value() == ["Elterncafé"]


def test_undo_of_a_choice_in_an_adaptation_note(qtbot: QtBot, main_window: MainWindow) -> None:
    window = main_window
    window.new_actions["adaptation"].trigger()
    type_text(QApplication.focusWidget(), "Elterncafé")
    editor = window.current_editor()
    assert editor is not None
    editor.flush()
    status = editor.fields["status"]
    assert isinstance(status, EnumField)
    before = status.value()
    status.combo.setFocus()
    QTest.keyClick(status.combo, Qt.Key.Key_Down)
    assert status.value() != before
    window.undo_action.trigger()
    assert status.value() == before


def test_ctrl_z_after_moving_records_to_the_trash_brings_them_back(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    table = window.center.table
    table.setFocus()
    before = window.center.table_model.rowCount()
    table.selectRow(1)
    for row in (2, 3, 4):
        index = table.model().index(row, 1)
        QTest.mouseClick(
            table.viewport(), Qt.MouseButton.LeftButton, CTRL, table.visualRect(index).center()
        )
    ids = {table.model().index(row, 0).data(ID_ROLE) for row in (1, 2, 3, 4)}
    assert window.bulk_panel.heading.text() == "4 records selected"
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert window.center.table_model.rowCount() == before - 4
    assert "Moved 4 records to the trash" in window.statusBar().currentMessage()
    assert window.undo_action.text() == "&Undo moving 4 records to the trash"
    press_undo(table)
    assert window.center.table_model.rowCount() == before
    with window.db.read() as session:
        back = session.scalars(select(Observation).where(Observation.id.in_(ids))).all()
    assert len(back) == 4 and all(note.deleted_at is None for note in back)
    assert window.redo_action.text() == "&Redo moving 4 records to the trash"
    window.redo_action.trigger()
    assert window.center.table_model.rowCount() == before - 4
    window.navigation.select_view(views.TRASH)
    assert window.center.simple_model.rowCount() == 4


def test_ctrl_z_right_after_typing_takes_back_the_half_typed_word(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    window = main_window
    window.new_actions["observation"].trigger()
    text_box = QApplication.focusWidget()
    type_text(text_box, "Erster Satz")
    editor = window.current_editor()
    assert editor is not None
    editor.flush()
    type_text(text_box, " zweit")  # no pause, no save: the word is not finished
    press_undo(text_box)
    assert editor.fields["text"].value() == "Erster Satz"
    press_redo(text_box)
    assert editor.fields["text"].value() == "Erster Satz zweit"
