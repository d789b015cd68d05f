"""Editing never loses a word: rejected values stay, switching asks, deletes don't resurrect."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Activity, Contact, Observation
from desktop.services.records import create_record, update_record
from desktop.ui import views
from desktop.ui.editors.base import RecordEditor
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import DiscardAnswers
from tests.ui.keyboard import type_text


def _create(window: MainWindow, kind: str, data: dict[str, object]) -> str:
    with window.db.write(window.scope.actor) as session:
        record_id = create_record(session, window.scope, kind, data).id
    window.changes.announce(["*"])
    return record_id


def _line_edit(editor: RecordEditor, name: str) -> QLineEdit:
    edit = editor.fields[name].edit  # type: ignore[attr-defined]
    assert isinstance(edit, QLineEdit)
    return edit


def _type_into(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_text(edit, text)


def test_a_start_date_after_the_end_date_is_refused_but_the_place_is_saved(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    activity_id = _create(
        main_window,
        "activity",
        {
            "title": "Hospitation Almelo",
            "activity_type": "Einzelhospitation",
            "starts_on": "2026-05-04",
            "ends_on": "2026-05-06",
        },
    )
    main_window.open_record("activity", activity_id)
    editor = main_window.current_editor()
    assert editor is not None
    start = editor.fields["starts_on"].edit  # type: ignore[attr-defined]
    assert isinstance(start, QDateEdit)
    start.setDate(QDate(2026, 5, 20))  # after the stored end date: a cross-field error
    _type_into(_line_edit(editor, "place"), "Rathaus Almelo")

    editor.flush()

    with main_window.db.read() as session:
        stored = session.get(Activity, activity_id)
        assert stored is not None
        assert stored.place == "Rathaus Almelo", "the valid change is not held hostage"
        assert stored.starts_on.isoformat() == "2026-05-04"
    error = editor.error_labels["starts_on"]
    assert not error.isHidden() and "end date" in error.text().lower()
    assert editor.has_unsaved_changes, "the refused date is still on screen, not reverted"


def test_leaving_a_refused_value_asks_and_staying_keeps_it(
    qtbot: QtBot, main_window: MainWindow, discard_question: DiscardAnswers
) -> None:
    first = _create(main_window, "contact", {"name": "Jürgen Weiß"})
    second = _create(main_window, "contact", {"name": "Małgorzata Nowak"})
    main_window.navigation.select_view(views.kind_view("contact"))
    main_window.open_record("contact", first)
    editor = main_window.current_editor()
    assert editor is not None
    _type_into(_line_edit(editor, "languages"), "x1")
    discard_question.discard = False

    main_window.open_record("contact", second)

    assert discard_question.asked and "Languages" in discard_question.asked[0]
    assert editor.record_id == first, "the user chose to stay"
    assert _line_edit(editor, "languages").text() == "x1"
    assert main_window.center.selected_records() == [("contact", first)]

    discard_question.discard = True
    main_window.open_record("contact", second)
    assert editor.record_id == second
    with main_window.db.read() as session:
        stored = session.get(Contact, first)
        assert stored is not None and stored.languages == []


def test_a_new_record_keeps_its_refused_value_on_screen(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.new_actions["contact"].trigger()
    editor = main_window.current_editor()
    assert editor is not None
    languages = _line_edit(editor, "languages")
    languages.setText("pl, x1")
    languages.textEdited.emit("pl, x1")
    type_text(_line_edit(editor, "name"), "Małgorzata Nowak")

    editor.flush()

    assert editor.record_id is not None, "the record exists with what was valid"
    assert languages.text() == "pl, x1", "the refused value is not wiped"
    assert not editor.error_labels["languages"].isHidden()
    assert editor.has_unsaved_changes


def test_deleting_a_record_while_typing_leaves_one_record_in_the_trash(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.new_actions["observation"].trigger()
    editor = main_window.current_editor()
    assert editor is not None
    text_box = QApplication.focusWidget()
    type_text(text_box, "Beobachtung, gleich gelöscht")
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    type_text(text_box, " und noch ein Satz")  # unsaved when the delete comes

    main_window.delete_selected()
    qtbot.wait(1500)  # any autosave that could bring it back would have run by now

    with main_window.db.read() as session:
        stored = session.scalars(select(Observation)).all()
    assert len(stored) == 1
    assert stored[0].deleted_at is not None
    assert stored[0].text == "Beobachtung, gleich gelöscht und noch ein Satz"


def test_an_editor_shows_a_change_that_arrived_from_elsewhere(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    record_id = _create(main_window, "observation", {"text": "Fassung vom Laptop"})
    main_window.open_record("observation", record_id)
    editor = main_window.current_editor()
    assert editor is not None
    main_window.navigation.setFocus()  # the user is not typing in the editor

    with main_window.db.write("Bert") as session:
        update_record(session, main_window.scope, record_id, {"text": "Fassung von Bert"})
    main_window.changes.announce(["*"])

    assert editor.fields["text"].value() == "Fassung von Bert"
    assert "Bert" in editor.subheading.text()


def test_a_change_from_elsewhere_waits_while_the_user_is_in_the_editor(
    qtbot: QtBot, main_window: MainWindow, ui_data_dir: Path
) -> None:
    record_id = _create(main_window, "contact", {"name": "Hélène Dubois"})
    main_window.open_record("contact", record_id)
    editor = main_window.current_editor()
    assert editor is not None
    name = _line_edit(editor, "name")
    name.setFocus()

    with main_window.db.write("Bert") as session:
        update_record(session, main_window.scope, record_id, {"phone": "+31 546 541 111"})
    main_window.changes.announce(["*"])
    phones = editor.fields["phones"]
    assert phones.value() == [], "nothing jumps under the cursor"

    main_window.navigation.setFocus()  # leaving the editor shows the newer state
    assert [p["value"] for p in phones.value()] == ["+31 546 541 111"]


def test_a_pause_after_a_space_does_not_glue_the_next_word_on(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    """The first autosave creates the record; the list then selects it. That must not
    reload the text (stored without its trailing space) under the cursor."""
    main_window.new_actions["observation"].trigger()
    editor = main_window.current_editor()
    assert editor is not None
    text_box = QApplication.focusWidget()
    type_text(text_box, "Im ")
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    type_text(text_box, "Stadtteil")
    editor.flush()
    with main_window.db.read() as session:
        [stored] = session.scalars(select(Observation)).all()
    assert stored.text == "Im Stadtteil"
