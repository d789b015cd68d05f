"""Consent with an end in the app (issue 16): an ended consent is flagged in the
contact's editor and in the contacts list, and the editor lists the exports that
already held the contact."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.services.contacts_out import write_contacts
from desktop.services.records import create_record
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.ui import views
from desktop.ui.editors.contact import ContactEditor
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.record_table_model import ID_ROLE
from tests.ui.conftest import make_window
from tests.ui.keyboard import type_text

CONSENT_COLUMN = 3


def _consent_cell(window: MainWindow, record_id: str) -> str:
    model = window.center.table_model
    row = model.row_of(record_id)
    return "" if row is None else str(model.index(row, CONSENT_COLUMN).data())


def test_consent_that_ended_is_flagged_in_the_editor_and_in_the_list(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.navigation.select_view(views.kind_view("contact"))
    main_window.new_actions["contact"].trigger()
    editor = main_window.current_editor()
    assert isinstance(editor, ContactEditor)
    type_text(QApplication.focusWidget(), "Wiebke Abgelaufen")
    qtbot.waitUntil(lambda: editor.record_id is not None, timeout=3000)
    record_id = editor.record_id
    assert record_id is not None
    consent = editor.fields["consent_given"]
    consent.box.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(consent.box, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    assert consent.value() is True
    editor.fields["consent_date"].edit.setDate(QDate(2020, 1, 10))  # type: ignore[attr-defined]
    editor.flush()
    qtbot.waitUntil(lambda: _consent_cell(main_window, record_id) == "given", timeout=5000)
    assert "may appear in dossiers" in editor.badge.text()

    editor.fields["consent_until"].edit.setDate(QDate(2021, 1, 10))  # type: ignore[attr-defined]
    assert "Consent expired on 10/01/2021" in editor.badge.text()
    assert "#b71c1c" in editor.badge.styleSheet()  # red, like missing consent
    editor.flush()
    assert editor.error_labels["consent_until"].isHidden()
    qtbot.waitUntil(lambda: _consent_cell(main_window, record_id) == "expired", timeout=5000)

    # Renewed until next year: no longer flagged.
    next_year = QDate.currentDate().addYears(1)
    editor.fields["consent_until"].edit.setDate(next_year)  # type: ignore[attr-defined]
    editor.flush()
    assert "expired" not in editor.badge.text() and "Valid until" in editor.badge.text()
    qtbot.waitUntil(lambda: _consent_cell(main_window, record_id) == "given", timeout=5000)


def test_the_editor_lists_the_exports_that_held_the_contact(
    qtbot: QtBot, ui_data_dir: Path, tmp_path: Path
) -> None:
    db = open_database(ui_data_dir)
    scope = open_scope(db, "Anna Tester")
    with db.write(scope.actor) as session:
        jan = create_record(
            session,
            scope,
            "contact",
            {"name": "Jan de Vries", "consent_given": True, "consent_date": "2024-03-01"},
        ).id
        create_record(session, scope, "contact", {"name": "Nie Exportiert"})
    write_contacts(db, scope, tmp_path / "adressen-almelo.csv", "csv", [jan])
    with db.write(scope.actor) as session:  # as the upgrade left a contact from before
        session.execute(text("UPDATE contact SET consent_use = NULL WHERE id = :id"), {"id": jan})
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    try:
        window.navigation.select_view(views.kind_view("contact"))
        table = window.center.table
        rows = {table.model().index(r, 0).data(ID_ROLE): r for r in range(table.model().rowCount())}
        editors: dict[str, str] = {}
        for record_id, row in rows.items():
            table.selectRow(row)
            editor = window.current_editor()
            assert isinstance(editor, ContactEditor) and editor.record_id == record_id
            assert editor.exports_list.isVisibleTo(editor)
            editors[record_id] = editor.exports_list.text()
            if record_id == jan:  # no scope recorded: shown as what it counts as
                covers = editor.fields["consent_use"].combo  # type: ignore[attr-defined]
                assert covers.currentText() == "Also publications"
        [listed] = [text for rid, text in editors.items() if rid == jan]
        assert "adressen-almelo.csv" in listed and "Contacts file" in listed and "CSV" in listed
        [other] = [text for rid, text in editors.items() if rid != jan]
        assert other == "Not in any export yet."
    finally:
        window.flush_editors()
        wait_for_ops()
        window.close()
        db.dispose()
