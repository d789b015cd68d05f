"""File → Import contacts… and Export contacts…, and the contact's e-mails in the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Contact
from desktop.services.records import create_record
from desktop.ui import views
from desktop.ui.contact_exchange import ContactExportDialog, ContactImportDialog
from desktop.ui.editors.points import PointsField
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts"


def _contacts(window: MainWindow) -> list[Contact]:
    with window.db.read() as session:
        return list(session.scalars(select(Contact).order_by(Contact.sort_key)))


def _open_import(
    qtbot: QtBot, window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ContactImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_contacts_action.trigger()
    qtbot.waitUntil(lambda: len(_shown(window)) == 1, timeout=5000)
    return _shown(window)[0]


def _shown(window: MainWindow) -> list[ContactImportDialog]:
    return [d for d in window.findChildren(ContactImportDialog) if d.isVisible()]


def test_the_import_preview_shows_new_and_known_contacts_and_imports_on_request(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = CORPUS / "csv/synthetic-outlook-nl-cp1252.csv"
    dialog = _open_import(qtbot, main_window, path, monkeypatch)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert dialog.summary.text() == "3 new contacts · 0 already here · 0 would change"
    details = [dialog.details.item(i).text() for i in range(dialog.details.count())]
    assert any(line.startswith("Columns left unused: ") for line in details)
    assert "without consent" in dialog.consent_note.text()
    assert _contacts(main_window) == [], "a preview writes nothing"

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_contacts(main_window)) == 3, timeout=5000)
    wait_for_ops()
    assert {c.name for c in _contacts(main_window)} >= {"Jan van der Berg", "Sanne de Vries"}
    assert not any(c.consent_given for c in _contacts(main_window))
    qtbot.waitUntil(lambda: not _shown(main_window), timeout=5000)  # closed after importing

    again = _open_import(qtbot, main_window, path, monkeypatch)
    qtbot.waitUntil(lambda: "3 already here" in again.summary.text(), timeout=5000)
    assert again.summary.text() == "0 new contacts · 3 already here · 0 would change"
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_file_of_unclear_encoding_shows_samples_and_imports_in_the_chosen_one(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_import(qtbot, main_window, CORPUS / "csv/thunderbird-shiftjis.csv", monkeypatch)
    qtbot.waitUntil(lambda: dialog.samples.isVisible(), timeout=5000)
    assert "encoding is not clear" in dialog.summary.text()
    assert "名無しの権兵衛" in dialog.samples.text()
    assert not dialog.import_button.isEnabled()
    dialog.encoding.setFocus()
    qtbot.keyClicks(dialog.encoding, "shift")
    assert dialog.encoding.currentData() == "shift_jis"
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_contacts(main_window)) == 1, timeout=5000)
    wait_for_ops()
    assert _contacts(main_window)[0].name == "名無しの権兵衛"


def test_a_second_e_mail_typed_in_the_editor_is_kept_beside_the_first(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    with main_window.db.write(main_window.scope.actor) as session:
        record = create_record(
            session, main_window.scope, "contact", {"name": "Eva Roth", "email": "eva@a.example"}
        )
        record_id = record.id
    main_window.navigation.select_view(views.kind_view("contact"))
    main_window.open_record("contact", record_id)
    editor = main_window.current_editor()
    assert editor is not None
    field = editor.fields["emails"]
    assert isinstance(field, PointsField)
    qtbot.mouseClick(field.add_button, Qt.MouseButton.LeftButton)
    table: QTableWidget = field.table
    assert table.rowCount() == 2
    editing = table.viewport().findChild(QLineEdit)  # the new row's value, open for typing
    assert editing is not None
    qtbot.keyClicks(editing, "eva.roth@work.example")
    qtbot.keyClick(editing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QTableWidget.State.EditingState, timeout=5000)
    editor.flush()
    wait_for_ops()
    with main_window.db.read() as session:
        stored = session.get(Contact, record_id)
        assert stored is not None
        assert [p["value"] for p in stored.emails] == ["eva@a.example", "eva.roth@work.example"]
        assert stored.email == "eva@a.example", "the first stays the preferred one"


def test_export_contacts_writes_only_those_with_consent(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with main_window.db.write(main_window.scope.actor) as session:
        scope = main_window.scope
        create_record(
            session,
            scope,
            "contact",
            {"name": "Mit Einwilligung", "consent_given": True, "consent_date": "2024-01-02"},
        )
        create_record(session, scope, "contact", {"name": "Ohne Einwilligung"})
    target = tmp_path / "kontakte.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.export_contacts_action.trigger()
    qtbot.waitUntil(lambda: main_window.findChild(ContactExportDialog) is not None, timeout=5000)
    dialog = main_window.findChild(ContactExportDialog)
    assert dialog is not None
    qtbot.mouseClick(dialog.csv, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=5000)
    wait_for_ops()
    text = target.read_text(encoding="utf-8-sig")
    assert "Mit Einwilligung" in text and "Ohne Einwilligung" not in text
    qtbot.waitUntil(
        lambda: "1 left out without consent" in main_window.statusBar().currentMessage(),
        timeout=5000,
    )


def test_consent_comes_from_a_file_only_through_the_column_the_user_picks(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mit-einwilligung.csv"
    path.write_text(
        "Vorname;Nachname;Einverstanden;Einwilligungsdatum\nEva;Roth;ja;01.02.2020\n",
        encoding="utf-8",
    )
    dialog = _open_import(qtbot, main_window, path, monkeypatch)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    assert "without consent" in dialog.consent_note.text()
    dialog.consent_column.setFocus()
    qtbot.keyClicks(dialog.consent_column, "Einverstanden")
    assert dialog.consent_column.currentData() == "Einverstanden"
    qtbot.waitUntil(lambda: "column you chose" in dialog.consent_note.text(), timeout=5000)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_contacts(main_window)) == 1, timeout=5000)
    wait_for_ops()
    [eva] = _contacts(main_window)
    assert eva.consent_given and eva.consent_date is not None
    assert eva.consent_date.isoformat() == "2020-02-01"
