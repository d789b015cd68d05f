"""Sync in the app against a real `field-dossier-server serve`: sign in, sync, resolve."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Contact
from desktop.services.records import create_record, update_record
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.sync.account import sign_in
from desktop.sync.engine import run_sync
from desktop.ui import views
from desktop.ui.settings import Settings
from desktop.ui.sync_ui import ConflictDialog, SignInDialog
from tests.sync.server_process import Server
from tests.ui.conftest import make_window

PASSWORDS = {"anna": "anna-password", "bert": "bert-password"}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = Server(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path)
    running.admin("create-workspace", "Migrationsleitbild")
    for user, role in (("anna", "core"), ("bert", "staff")):
        running.admin("create-user", user, "--password-stdin", stdin=PASSWORDS[user] + "\n")
        running.admin("add-member", user, "Migrationsleitbild", "--role", role)
    running.start()
    yield running
    running.stop()


def test_sign_in_sync_and_resolve_a_conflict_side_by_side(
    qtbot: QtBot, server: Server, ui_data_dir: Path, tmp_path: Path
) -> None:
    # Anna captured a contact offline, before she had an account.
    db = open_database(ui_data_dir)
    scope = open_scope(db, "anna")
    with db.write("anna") as session:
        contact_id = create_record(session, scope, "contact", {"name": "Jan de Vries"}).id
    # She signs in through the dialog.
    dialog = SignInDialog(db, Settings(ui_data_dir), "anna")
    qtbot.addWidget(dialog)
    dialog.server.setText(server.url)
    dialog.password.setText("wrong")
    dialog._start()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert "password" in dialog.error.text().lower()
    dialog.password.setText(PASSWORDS["anna"])
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog._start()
    assert dialog.account is not None and dialog.account.workspace_name == "Migrationsleitbild"
    db.dispose()

    window, db = make_window(qtbot, ui_data_dir)  # as the app reopens after sign-in
    assert window.sync.account is not None
    assert "not yet" in window.sync_label.text()
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync_now_action.trigger()
    assert synced.args[0].sent > 0
    assert "Last synced" in window.sync_label.text()

    # Bert, on his laptop, gets the contact and changes the phone; so does Anna.
    bert_db = open_database(tmp_path / "bert")
    bert = open_scope(bert_db, "bert")
    sign_in(bert_db, server.url, "bert", PASSWORDS["bert"], remember=False)
    run_sync(bert_db)
    bert = open_scope(bert_db, "bert")
    with bert_db.write("bert") as session:
        update_record(session, bert, contact_id, {"phone": "+49 251 300"})
    run_sync(bert_db)
    window.navigation.select_view(views.CONTACTS)
    window.center.table.selectRow(0)
    editor = window.current_editor()
    assert editor is not None and editor.record_id == contact_id
    editor.fields["phone"].set_value("+31 546 200")
    editor._on_changed("phone")
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync_now_action.trigger()
    assert synced.args[0].conflicts == 1
    assert not editor.conflict_banner.isHidden(), "the record says it has a conflict"
    window.navigation.select_view(views.CONFLICTS)
    assert window.center.simple_model.rowCount() == 1

    chosen: list[str] = []

    def keep_mine() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            qtbot.wait(50)
            keep_mine()
            return
        boxes = [b.text() for b in dialog.findChildren(QPushButton)]
        chosen.append(" ".join(boxes))
        next(b for b in dialog.findChildren(QPushButton) if "mine" in b.text()).click()

    QTimer.singleShot(100, keep_mine)
    window.resolve_conflicts_of(contact_id)
    assert chosen and "Keep &theirs" in chosen[0]
    assert window.center.simple_model.rowCount() == 0
    with db.read() as session:
        assert session.get(Contact, contact_id).phone == "+31 546 200"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        window.sync_now_action.trigger()
    run_sync(bert_db)
    with bert_db.read() as session:
        [contact] = session.scalars(select(Contact)).all()
        assert contact.phone == "+31 546 200"
    bert_db.dispose()
    window.close()
    db.dispose()
