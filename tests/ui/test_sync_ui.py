"""Sync in the app against a real `field-dossier-server serve`: sign in, sync, resolve."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QRadioButton, QTextBrowser
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.models import Contact, Observation
from desktop.services.attachments import attach_file
from desktop.services.records import create_record, delete_record, update_record
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.sync import credentials
from desktop.sync.account import sign_in
from desktop.sync.bundles import export_bundle, import_bundle
from desktop.sync.engine import run_sync
from desktop.ui import views
from desktop.ui.conflict_dialog import ConflictDialog
from desktop.ui.history_tab import FIELD_ROLE
from desktop.ui.settings import PHOTOS_DOWNLOAD, Settings
from desktop.ui.sync_log import SyncLogDialog
from desktop.ui.sync_ui import SignInDialog
from tests.sync.server_process import Server
from tests.ui.conftest import make_window
from tests.ui.keyboard import type_text

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
    dialog.ok.click()
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=20_000)
    assert "password" in dialog.error.text().lower()
    dialog.password.setText(PASSWORDS["anna"])
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.ok.click()
    assert dialog.account is not None and dialog.account.workspace_name == "Migrationsleitbild"
    db.dispose()

    window, db = make_window(qtbot, ui_data_dir)  # as the app reopens after sign-in
    assert window.sync.account is not None
    qtbot.waitUntil(lambda: "not yet" in window.sync.label.text())
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync_now_action.trigger()
    assert synced.args[0].sent > 0
    assert "Last synced" in window.sync.label.text()

    # Bert, on his laptop, gets the contact and changes the role; so does Anna.
    # (A number each of them adds is no conflict: the lists merge entry by entry.)
    bert_db = open_database(tmp_path / "bert")
    bert = open_scope(bert_db, "bert")
    sign_in(bert_db, server.url, "bert", PASSWORDS["bert"], remember=False)
    run_sync(bert_db)
    bert = open_scope(bert_db, "bert")
    with bert_db.write("bert") as session:
        update_record(session, bert, contact_id, {"role": "Wijkregisseur"})
    run_sync(bert_db)
    window.navigation.select_view(views.kind_view("contact"))
    window.center.table.selectRow(0)
    editor = window.current_editor()
    assert editor is not None and editor.record_id == contact_id
    role = editor.fields["role"].edit  # type: ignore[attr-defined]
    role.setFocus()
    role.selectAll()
    type_text(role, "Buurtcoach")
    window.center.table.setFocus()  # out of the field: a sync may reload the form
    editor.flush()
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync_now_action.trigger()
    assert synced.args[0].conflicts == 1
    # Anna still sees what she typed, marked: Bert's value is not put in its place.
    assert role.text() == "Buurtcoach"
    assert editor.conflict_markers["role"].isVisible(), "the field says it is in conflict"
    assert not editor.conflict_markers["name"].isVisible()
    assert not editor.conflict_banner.isHidden(), "the record says it has a conflict"
    window.navigation.select_view(views.CONFLICTS)
    assert window.center.simple_model.rowCount() == 1

    seen: dict[str, object] = {}

    def resolve_by_keyboard() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(50, resolve_by_keyboard)
            return
        [field] = dialog.choices
        seen["columns"] = [w.text() for w in field.findChildren(QLabel)]
        seen["theirs"] = field.findChildren(QTextBrowser)[1].toPlainText()
        # Enter right away picks nothing and closes nothing.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        seen["after_enter"] = (
            dialog.isVisible(),
            field.chosen(),
            dialog.resolve_button.isEnabled(),
        )
        # The keyboard alone: the arrow key to "Keep mine" (the choices of a field
        # are one radio group), Space to choose it.
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        focused = QApplication.focusWidget()
        seen["focused"] = focused.text() if isinstance(focused, QRadioButton) else repr(focused)
        QTest.keyClick(focused, Qt.Key.Key_Space)
        seen["chosen"] = field.chosen()
        for _ in range(6):  # Tab to "Resolve", Space to press it
            if QApplication.focusWidget() is dialog.resolve_button:
                break
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        if dialog.isVisible():  # never hang the test run: say what was left open
            seen["error"] = dialog.error.text()
            dialog.reject()

    QTimer.singleShot(100, resolve_by_keyboard)
    window.center.simple.setFocus()
    window.center.simple.selectRow(0)
    QTest.keyClick(window.center.simple, Qt.Key.Key_Return)  # opens the record's dialog
    assert seen["after_enter"] == (True, False, False), seen
    assert seen["focused"] == "Keep mine"
    assert any("Theirs — bert" in text for text in seen["columns"])  # type: ignore[attr-defined]
    assert any("Mine — anna" in text for text in seen["columns"])  # type: ignore[attr-defined]
    assert seen["theirs"] == "Wijkregisseur"
    assert window.center.simple_model.rowCount() == 0, {
        k: seen[k] for k in ("chosen", "error") if k in seen
    }
    with db.read() as session:
        assert session.get(Contact, contact_id).role == "Buurtcoach"  # type: ignore[union-attr]
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        window.sync_now_action.trigger()
    run_sync(bert_db)
    with bert_db.read() as session:
        [contact] = session.scalars(select(Contact)).all()
        assert contact.role == "Buurtcoach"
    bert_db.dispose()
    window.close()
    db.dispose()


def test_the_status_bar_says_what_waits_what_failed_and_when_syncing_stopped(
    qtbot: QtBot, server: Server, ui_data_dir: Path, memory_keyring: Any
) -> None:
    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])
    run_sync(db)
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    label, scope = window.sync.label, window.scope
    # Read off the GUI thread once the window is up.
    qtbot.waitUntil(lambda: "Last synced: " in label.text(), timeout=5_000)
    assert "not yet uploaded" not in label.text()
    with db.write("anna") as session:
        record = create_record(session, scope, "observation", {"text": "Sprechstunde"})
    window.changes.announce(["observation"], [record.id])  # as an editor's save does
    qtbot.waitUntil(lambda: "not yet uploaded" in label.text(), timeout=5_000)
    assert "1 change not yet uploaded" in label.text(), label.text()
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        window.sync_now_action.trigger()
    assert "not yet uploaded" not in label.text()

    # The server goes away; a background sync fails without a dialog, in words.
    server.stop()
    with db.write("anna") as session:
        update_record(session, scope, record.id, {"text": "Sprechstunde am Montag"})
    window.sync.sync(background=True)
    qtbot.waitUntil(lambda: "Sync failed" in label.text(), timeout=30_000)
    assert f"The server does not answer at {server.url}" in label.text()
    assert "Errno" not in label.text() + label.toolTip()
    assert "1 change not yet uploaded" in label.text()

    shown: list[str] = []

    def read_log() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SyncLogDialog):
            QTimer.singleShot(50, read_log)
            return
        items = dialog.tree.findItems(
            "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive, 1
        )
        shown.extend(item.text(1) for item in items)
        dialog.reject()

    QTimer.singleShot(50, read_log)
    window.sync_log_action.trigger()
    assert any(text.startswith("Sent ") for text in shown), shown
    assert any("does not answer" in text for text in shown), shown
    window.close()
    db.dispose()

    # Restarted, and the keyring lost the sign-in: no more "Last synced" while nothing syncs.
    memory_keyring.secrets.clear()
    credentials.forget_access_tokens()
    window, db = make_window(qtbot, ui_data_dir)
    qtbot.waitUntil(lambda: "Not signed in — sign in to sync" in window.sync.label.text())
    assert "Last synced" not in window.sync.label.text()
    assert window.sign_in_action.isVisible() or not window.sign_in_action.isHidden()
    window.close()
    db.dispose()


def test_a_photo_from_another_laptop_is_on_this_disk_after_a_sync_without_opening_it(
    qtbot: QtBot, server: Server, ui_data_dir: Path, tmp_path: Path
) -> None:
    bert_db = open_database(tmp_path / "bert")
    open_scope(bert_db, "bert")
    sign_in(bert_db, server.url, "bert", PASSWORDS["bert"], remember=False)
    bert = open_scope(bert_db, "bert")
    photo = tmp_path / "aushang.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 4_000)
    with bert_db.write("bert") as session:
        record = create_record(session, bert, "observation", {"text": "Aushang im Rathaus"})
        sha = attach_file(session, bert, bert_db.blobs, record.id, photo).sha256
    run_sync(bert_db)
    bert_db.dispose()

    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    assert window.settings.get(PHOTOS_DOWNLOAD) == "all"  # the default
    with qtbot.waitSignal(window.sync.photos_done, timeout=60_000) as done:
        window.sync_now_action.trigger()
    assert done.args == [1]
    assert db.blobs.has(sha) and db.blobs.path_for(sha).read_bytes() == photo.read_bytes()
    assert "photo" not in window.sync.label.text()  # nothing waits any more
    window.close()
    db.dispose()


def test_on_demand_leaves_photos_on_the_server_and_says_they_wait(
    qtbot: QtBot, server: Server, ui_data_dir: Path, tmp_path: Path
) -> None:
    bert_db = open_database(tmp_path / "bert")
    open_scope(bert_db, "bert")
    sign_in(bert_db, server.url, "bert", PASSWORDS["bert"], remember=False)
    bert = open_scope(bert_db, "bert")
    photo = tmp_path / "aushang.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 100)
    with bert_db.write("bert") as session:
        record = create_record(session, bert, "observation", {"text": "Aushang"})
        sha = attach_file(session, bert, bert_db.blobs, record.id, photo).sha256
    run_sync(bert_db)
    bert_db.dispose()
    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])
    Settings(ui_data_dir).set(PHOTOS_DOWNLOAD, "on_demand")
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    with qtbot.waitSignal(window.sync.synced, timeout=30_000):
        window.sync_now_action.trigger()
    qtbot.wait(300)
    assert not window.sync.photos.running and not db.blobs.has(sha)
    assert "1 photo waiting" in window.sync.label.text()
    window.close()
    db.dispose()


class MessageReader:
    """Reads and closes the message boxes the app shows (result or error)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def expect(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, self.expect)
            return
        self.texts.append(box.text())
        box.accept()


def test_a_bundle_round_trip_through_the_file_menu(
    qtbot: QtBot,
    server: Server,
    ui_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])  # once online: the bundle key
    run_sync(db)
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    with db.write("anna") as session:
        create_record(session, window.scope, "observation", {"text": "Auf dem USB-Stick"})
    request, answer = tmp_path / "to-server.zip", tmp_path / "answer.zip"
    monkeypatch.setattr("desktop.ui.bundle_dialogs.ask_save_path", lambda *_: request)
    chosen = [answer]
    monkeypatch.setattr("desktop.ui.bundle_dialogs.ask_open_path", lambda *_: chosen[0])
    messages = MessageReader()

    def run(action: Any) -> str:
        before = len(messages.texts)
        QTimer.singleShot(50, messages.expect)
        action.trigger()
        qtbot.waitUntil(lambda: len(messages.texts) > before, timeout=30_000)
        return messages.texts[-1]

    assert run(window.bundle_create_action) == "Wrote to-server.zip: 1 change, 0 photos and files."
    server.admin(
        "import-bundle",
        str(request),
        "--out",
        str(answer),
        "--blob-dir",
        str(server.root / "blobs"),
    )
    text = run(window.bundle_import_action)
    assert text.startswith("Answer imported: 1 change acknowledged"), text
    window.changes.announce(["observation"])
    qtbot.waitUntil(lambda: "not yet uploaded" not in window.sync.label.text(), timeout=5_000)
    with db.read() as session:
        rows = session.scalar(select(func.count()).select_from(Observation))
    # The same answer again: nothing more changes.
    assert (
        run(window.bundle_import_action) == "Answer imported: 0 changes acknowledged, 0 received."
    )
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Observation)) == rows
    # A flipped byte: refused with the command line's message, nothing changed.
    flipped = tmp_path / "flipped.zip"
    data = bytearray(answer.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    chosen[0] = flipped
    text = run(window.bundle_import_action)
    assert "is not a usable sync bundle" in text and "Nothing was changed" in text, text
    window.close()
    db.dispose()


def test_a_colleagues_bundle_forwarded_through_the_menu_comes_back_as_an_answer(
    qtbot: QtBot,
    server: Server,
    ui_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Bert, without a connection, writes a bundle (he signed in once, online).
    bert_db = open_database(tmp_path / "bert")
    open_scope(bert_db, "bert")
    sign_in(bert_db, server.url, "bert", PASSWORDS["bert"], remember=False)
    run_sync(bert_db)
    with bert_db.write("bert") as session:
        record = create_record(
            session, open_scope(bert_db, "bert"), "observation", {"text": "Vom Stick"}
        ).id
    request, answer = tmp_path / "bert.zip", tmp_path / "bert-answer.zip"
    export_bundle(bert_db, request)
    # Anna, connected, forwards it from her window.
    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    monkeypatch.setattr("desktop.ui.bundle_dialogs.ask_forward_paths", lambda *_: (request, answer))
    messages = MessageReader()

    def forward() -> str:
        before = len(messages.texts)
        QTimer.singleShot(50, messages.expect)
        window.bundle_forward_action.trigger()
        qtbot.waitUntil(lambda: len(messages.texts) > before, timeout=30_000)
        return messages.texts[-1]

    assert forward() == "The server took the bundle; its answer is in bert-answer.zip."
    summary = import_bundle(bert_db, answer)  # back on Bert's laptop
    assert summary.acknowledged == 1
    with db.read() as session:
        assert session.get(Observation, record) is None  # Anna's own data is untouched
    run_sync(db)
    with db.read() as session:
        assert session.get(Observation, record) is not None  # and the server has it
    # The answer got lost? The same bundle again gives an answer again, changing nothing.
    answer.unlink()
    assert forward() == "The server took the bundle; its answer is in bert-answer.zip."
    assert import_bundle(bert_db, answer).acknowledged == 0
    # A flipped byte: refused with the reason, and no answer is written.
    data = bytearray(request.read_bytes())
    data[len(data) // 2] ^= 0xFF
    request.write_bytes(bytes(data))
    answer.unlink()
    text = forward()
    assert "is not a usable sync bundle" in text and "Nothing was changed" in text, text
    assert not answer.exists()
    bert_db.dispose()
    window.close()
    db.dispose()


def test_the_history_tab_lists_every_version_and_restores_an_older_value(
    qtbot: QtBot, server: Server, ui_data_dir: Path
) -> None:
    db = open_database(ui_data_dir)
    open_scope(db, "anna")
    sign_in(db, server.url, "anna", PASSWORDS["anna"])
    scope = open_scope(db, "anna")
    with db.write("anna") as session:
        record_id = create_record(session, scope, "observation", {"text": "Erste Fassung"}).id
    run_sync(db)
    with db.write("anna") as session:
        update_record(session, scope, record_id, {"text": "Zweite Fassung mit mehr"})
    run_sync(db)
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir)
    window.navigation.select_view(views.kind_view("observation"))
    window.center.table.selectRow(0)
    editor = window.current_editor()
    assert editor is not None and editor.record_id == record_id
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    history = editor.history_tab
    qtbot.waitUntil(lambda: history.history is not None, timeout=30_000)
    tree = history.tree
    assert tree.topLevelItemCount() == 2, history.note.text()
    assert "from the sync server" in history.note.text()
    newest, oldest = tree.topLevelItem(0), tree.topLevelItem(1)
    assert newest.text(0) == "2" and "anna" in newest.text(1) and "Text" in newest.text(1)
    changed = tree.itemWidget(newest.child(0), 1)
    assert isinstance(changed, QLabel) and "Zweite" in changed.text()
    assert "line-through" in changed.text()  # the word diff marks "Erste" as removed
    # Restore the first version's text as a new edit.
    [first_text] = [
        oldest.child(i)
        for i in range(oldest.childCount())
        if oldest.child(i).data(0, FIELD_ROLE) == "text"
    ]
    tree.setCurrentItem(first_text)
    qtbot.mouseClick(history.restore_field, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentIndex() == 0
    assert editor.fields["text"].value().strip() == "Erste Fassung"
    with qtbot.waitSignal(window.sync.synced, timeout=30_000) as synced:
        window.sync_now_action.trigger()
    assert synced.args[0].sent == 1
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    qtbot.mouseClick(history.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 3, timeout=30_000)
    window.close()
    db.dispose()


def test_an_edit_of_a_record_deleted_elsewhere_is_restored_from_the_dialog(
    qtbot: QtBot, server: Server, tmp_path: Path
) -> None:
    laptops = {}
    for user in ("anna", "bert"):
        laptop = open_database(tmp_path / user)
        open_scope(laptop, user)
        sign_in(laptop, server.url, user, PASSWORDS[user], remember=False)
        laptops[user] = laptop
    anna, bert = laptops["anna"], laptops["bert"]
    with anna.write("anna") as session:
        record_id = create_record(
            session, open_scope(anna, "anna"), "observation", {"text": "Erst"}
        ).id
    run_sync(anna)
    run_sync(bert)
    with bert.write("bert") as session:
        delete_record(session, open_scope(bert, "bert"), record_id)
    run_sync(bert)
    with anna.write("anna") as session:
        update_record(session, open_scope(anna, "anna"), record_id, {"text": "Erst und mehr"})
    assert run_sync(anna).conflicts == 1
    dialog = ConflictDialog(anna, "anna", record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    [field] = dialog.choices
    labels = {side: radio.text() for side, radio in field.radios.items()}
    assert sorted(labels.values()) == ["Leave it deleted", "Restore the record"]
    restore = next(r for r in field.radios.values() if r.text() == "Restore the record")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.resolve_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ConflictDialog.DialogCode.Accepted
    run_sync(anna)
    run_sync(bert)
    with bert.read() as session:
        observation = session.get(Observation, record_id)
        assert observation is not None and observation.deleted_at is None
        assert observation.text == "Erst und mehr"
    for laptop in (anna, bert):
        laptop.dispose()
