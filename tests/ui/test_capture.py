"""Capturing with the real main window: keyboard only, autosaved, found again."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Activity, Attachment, Observation
from desktop.store import open_database
from desktop.ui import views
from desktop.ui.editors.base import RecordEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from tests.ui.keyboard import type_text


def stored_observations(data_dir: Path) -> list[Observation]:
    """Read what is on disk through a fresh database connection (not the window's)."""
    db = open_database(data_dir)
    try:
        with db.read() as session:
            return list(session.scalars(select(Observation)))
    finally:
        db.dispose()


def test_an_activity_can_be_created_from_the_menu(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.new_actions["activity"].trigger()
    editor = main_window.current_editor()
    assert editor is not None and editor.kind == "activity"
    type_text(QApplication.focusWidget(), "Coachingdag Almelo")
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    with main_window.db.read() as session:
        [activity] = session.scalars(select(Activity)).all()
    assert activity.title == "Coachingdag Almelo"
    assert activity.activity_type_id is not None, "the type defaults to the first one"
    qtbot.waitUntil(
        lambda: views.activity_view(activity.id) in main_window.navigation._items, timeout=2000
    )


def test_an_observation_is_captured_with_the_keyboard_and_autosaved(
    qtbot: QtBot, main_window: MainWindow, ui_data_dir: Path
) -> None:
    QTest.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = main_window.current_editor()
    assert editor is not None and editor.kind == "observation"
    text_box = QApplication.focusWidget()
    assert text_box is editor.fields["text"].rich.editor, "the cursor is in the text field"
    type_text(text_box, "Der Integrationsrat in Münster tagt öffentlich.")
    qtbot.wait(1200)  # autosave within a second, with no other action
    [stored] = stored_observations(ui_data_dir)
    assert stored.text == "Der Integrationsrat in Münster tagt öffentlich."
    assert stored.author == "Anna Tester"
    assert main_window.center.table_model.rowCount() == 1


def test_continuous_typing_is_saved_while_it_goes_on(
    qtbot: QtBot, main_window: MainWindow, ui_data_dir: Path
) -> None:
    main_window.new_actions["observation"].trigger()
    text_box = QApplication.focusWidget()
    typed = ""
    for word in [
        "Eine",
        "lange",
        "Beobachtung",
        "wird",
        "ohne",
        "Pause",
        "getippt",
        "und",
        "doch",
        "gespeichert",
    ]:
        type_text(text_box, word + " ")
        typed += word + " "
        qtbot.wait(150)  # faster than the idle delay: only the deadline saves
    stored = stored_observations(ui_data_dir)
    assert stored and typed.startswith(stored[0].text)
    assert len(typed) - len(stored[0].text) < len(typed) // 2


def test_switching_records_saves_the_pending_edit_at_once(
    qtbot: QtBot, demo_window: MainWindow, ui_data_dir: Path
) -> None:
    table = demo_window.center.table
    table.selectRow(0)
    editor = demo_window.current_editor()
    assert isinstance(editor, RecordEditor) and editor.record_id is not None
    first_id = editor.record_id
    author = editor.fields["author"]
    assert isinstance(author.edit, QLineEdit)
    author.edit.setFocus()
    type_text(author.edit, " (edited)")
    table.selectRow(1)  # immediately, well within the autosave delay
    assert editor.record_id != first_id
    saved = {o.id: o.author for o in stored_observations(ui_data_dir)}
    assert saved[first_id].endswith(" (edited)")


def test_an_invalid_value_is_explained_next_to_its_field_and_the_rest_is_saved(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.new_actions["contact"].trigger()
    editor = main_window.current_editor()
    assert editor is not None
    type_text(QApplication.focusWidget(), "Jürgen Weiß")
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    languages = editor.fields["languages"]
    role = editor.fields["role"]
    languages.edit.setText("de, x1")  # type: ignore[attr-defined]
    languages.edit.textEdited.emit("de, x1")  # type: ignore[attr-defined]
    role.edit.setText("Leiter")  # type: ignore[attr-defined]
    role.edit.textEdited.emit("Leiter")  # type: ignore[attr-defined]
    editor.flush()
    error = editor.error_labels["languages"]
    assert not error.isHidden() and "not a language code" in error.text()
    with main_window.db.read() as session:
        from desktop.models import Contact

        [contact] = session.scalars(select(Contact)).all()
        assert contact.role == "Leiter"
        assert contact.languages == []
    assert "not saved" in main_window.save_label.text().lower()


def test_a_photo_is_attached_with_a_thumbnail(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.new_actions["observation"].trigger()
    editor = main_window.current_editor()
    assert editor is not None
    type_text(QApplication.focusWidget(), "Stadtteilfest")
    editor.flush()
    assert editor.record_id is not None
    photo = tmp_path / "fest.jpg"
    Image.new("RGB", (1600, 1200), (20, 120, 200)).save(photo)
    editor.attachments.add_files([photo])  # what a drop or "Add photo…" does
    qtbot.waitUntil(lambda: editor.attachments.list.count() == 1, timeout=5000)
    wait_for_ops()
    qtbot.waitUntil(
        lambda: not editor.attachments.list.item(0).icon().pixmap(96, 96).isNull(), timeout=5000
    )
    with main_window.db.read() as session:
        [attachment] = session.scalars(select(Attachment)).all()
    assert attachment.owner_id == editor.record_id and attachment.file_name == "fest.jpg"
