"""The client sync engine against the real server in process: what a user sees."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import func, select

from desktop.models import Attachment, Contact, Observation, OutboxMutation, Term, Workspace
from desktop.services.attachments import attach_file
from desktop.services.records import create_record, delete_record, update_record
from desktop.services.workspace import open_scope
from desktop.sync import credentials
from desktop.sync.account import current_account, keyring_available, sign_in, sign_out
from desktop.sync.blobs import ensure_blob
from desktop.sync.conflicts import open_conflicts, resolve_conflict
from desktop.sync.engine import SyncProgress, run_sync
from desktop.sync.errors import (
    ChooseWorkspaceError,
    KeyringUnavailableError,
    NotSignedInError,
    ServerUnreachableError,
    SyncCancelledError,
    SyncInProgressError,
    WorkspaceMismatchError,
    WrongPasswordError,
)
from desktop.sync.history import record_history
from desktop.sync.outbox import freeze_pending
from server import accounts
from server.models import AppliedMutation, RowVersion
from tests.sync.world import SERVER_URL, Laptop, World


def add(laptop: Laptop, kind: str, data: dict[str, Any]) -> str:
    with laptop.db.write(laptop.name) as session:
        return create_record(session, laptop.scope, kind, data).id


def edit(laptop: Laptop, record_id: str, patch: dict[str, Any]) -> None:
    with laptop.db.write(laptop.name) as session:
        update_record(session, laptop.scope, record_id, patch)


def get(laptop: Laptop, model: Any, record_id: str) -> Any:
    with laptop.db.read() as session:
        return session.get(model, record_id)


def conflicts_of(laptop: Laptop) -> list[Any]:
    with laptop.db.read() as session:
        return open_conflicts(session, laptop.scope.workspace_id)


def outbox_states(laptop: Laptop) -> dict[str, int]:
    with laptop.db.read() as session:
        rows = session.execute(
            select(OutboxMutation.state, func.count()).group_by(OutboxMutation.state)
        )
        return {state: int(n) for state, n in rows}


# -- signing in ----------------------------------------------------------------------------


def test_records_captured_before_signing_in_go_into_the_chosen_workspace(world: World) -> None:
    anna = world.laptop("anna", signed_in=False)
    local_id = anna.scope.workspace_id
    record = add(anna, "observation", {"text": "offline notiert", "tags": ["wijk"]})
    info = anna.sign_in()
    assert info.workspace_id == world.workspace_id != local_id
    assert get(anna, Observation, record).workspace_id == world.workspace_id
    with anna.db.read() as session:
        assert session.get(Workspace, local_id) is None
        assert {m.workspace_id for m in session.scalars(select(OutboxMutation))} == {
            world.workspace_id
        }
    anna.sync()
    bert = world.laptop("bert")
    bert.sync()
    assert get(bert, Observation, record).text == "offline notiert"
    assert get(bert, Workspace, world.workspace_id).name == "Migrationsleitbild"


def test_signing_in_makes_no_second_workspace_on_the_server(world: World) -> None:
    anna = world.laptop("anna")
    anna.sync()
    with world.host.database.read() as session:
        tables = set(session.scalars(select(RowVersion.table_name)))
        workspaces = session.scalar(
            select(func.count()).select_from(RowVersion).where(RowVersion.table_name == "workspace")
        )
    assert "workspace" in tables and workspaces == 1


def test_seeded_taxonomies_and_offline_tags_merge_by_name_without_conflicts(
    world: World,
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    add(anna, "observation", {"text": "A", "tags": ["Moschee"]})
    add(bert, "observation", {"text": "B", "tags": ["moschee"]})
    for laptop in (anna, bert, anna):
        summary = laptop.sync()
        assert summary.conflicts == 0 and summary.quarantined == 0
    with anna.db.read() as session:
        tags = [t.name for t in session.scalars(select(Term).where(Term.kind == "tag"))]
    assert [t.lower() for t in tags] == ["moschee"]


@pytest.mark.expected_warnings("login refused")
def test_a_wrong_password_is_reported_and_nothing_changes(world: World) -> None:
    anna = world.laptop("anna", signed_in=False)
    with pytest.raises(WrongPasswordError):
        sign_in(anna.db, SERVER_URL, "anna", "wrong", client_factory=anna.client)
    assert current_account(anna.db) is None


def test_a_user_of_several_workspaces_must_choose(world: World) -> None:
    world.admin(lambda s: accounts.create_workspace(s, "Zweiter Arbeitsbereich"))
    anna = world.laptop("anna", signed_in=False)
    world.add_user("anna", workspace="Zweiter Arbeitsbereich")
    with pytest.raises(ChooseWorkspaceError):
        anna.sign_in()
    assert anna.sign_in("Migrationsleitbild").workspace_name == "Migrationsleitbild"
    anna.sync()
    with pytest.raises(WorkspaceMismatchError):
        anna.sign_in("Zweiter Arbeitsbereich")


def test_the_refresh_token_lives_in_the_keyring_and_sign_out_forgets_it(world: World) -> None:
    anna = world.laptop("anna")
    info = current_account(anna.db)
    assert info is not None and info.remembered and info.username == "anna"
    key = credentials.account_key(SERVER_URL, "anna", info.device_id)
    assert keyring.get_password(credentials.SERVICE, key)
    credentials.forget_access_tokens()
    anna.sync()  # a fresh process: the access token is renewed from the keyring
    sign_out(anna.db, client_factory=anna.client)
    assert current_account(anna.db) is None
    assert keyring.get_password(credentials.SERVICE, key) is None
    with pytest.raises(NotSignedInError):
        anna.sync()


def test_without_a_keyring_the_sign_in_is_kept_for_this_process_only(world: World) -> None:
    anna = world.laptop("anna", signed_in=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keyring_available()
        with pytest.raises(KeyringUnavailableError):
            anna.sign_in()
        info = anna.sign_in(remember=False)
        assert not info.remembered
        anna.sync()
    finally:
        keyring.set_keyring(previous)


def test_a_plaintext_keyring_is_refused_and_never_written(world: World) -> None:
    """keyrings.alt's file backends keep tokens as readable files: treated as no keyring.

    The class below only borrows that package's module name (it is not installed and never
    a dependency); it stores nothing anywhere but in this test.
    """
    written: list[str] = []

    class PlaintextFile(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            written.append(password)

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextFile.__module__ = "keyrings.alt.file"
    anna = world.laptop("anna", signed_in=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextFile())
    try:
        assert not keyring_available()
        with pytest.raises(KeyringUnavailableError):
            anna.sign_in()
    finally:
        keyring.set_keyring(previous)
    assert written == [], "no token reached the plaintext file"


def test_syncing_offline_fails_clearly_and_touches_nothing(world: World) -> None:
    anna = world.laptop("anna")
    add(anna, "observation", {"text": "unterwegs"})
    before = outbox_states(anna)
    anna.transport.arm("drop_request", "/v1/")
    with pytest.raises(ServerUnreachableError):
        anna.sync()
    assert outbox_states(anna) == before


# -- merging and conflicts -------------------------------------------------------------------


def test_text_and_tags_edited_on_two_laptops_merge(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add(anna, "observation", {"text": "Stadtteilbüro", "tags": ["wijk"]})
    anna.sync()
    bert.sync()
    edit(anna, record, {"text": "Stadtteilbüro in Almelo"})
    edit(bert, record, {"tags": ["wijk", "Nachbarschaft"]})
    anna.sync()
    assert bert.sync().merged == 1
    anna.sync()
    for laptop in (anna, bert):
        observation = get(laptop, Observation, record)
        assert observation.text == "Stadtteilbüro in Almelo"
        assert len(observation.tags) == 2
        assert conflicts_of(laptop) == []


def test_a_phone_number_changed_on_both_is_a_conflict_resolved_once_for_all(
    world: World,
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert", "core")
    contact = add(anna, "contact", {"name": "Jan de Vries", "phone": "+31 546 1"})
    anna.sync()
    bert.sync()
    edit(anna, contact, {"phone": "+31 546 2"})
    edit(bert, contact, {"phone": "+31 546 3"})
    anna.sync()
    assert bert.sync().conflicts == 1  # of the list; the single phone follows it
    anna.sync()
    for laptop in (anna, bert):
        [conflict] = conflicts_of(laptop)
        assert conflict.field_name == "phones"
        values = (
            [p["value"] for p in conflict.server_value],
            [p["value"] for p in conflict.client_value],
        )
        assert values == (["+31 546 2"], ["+31 546 3"])
    # Each laptop keeps showing what was typed on it until someone decides.
    assert get(anna, Contact, contact).phone == "+31 546 2"
    assert get(bert, Contact, contact).phone == "+31 546 3"
    bert.sync()  # a later pull does not take it away either
    assert get(bert, Contact, contact).phone == "+31 546 3"
    resolve_conflict(bert.db, conflicts_of(bert)[0].id, "mine", "bert")
    assert conflicts_of(bert) == []  # offline already
    bert.sync()
    anna.sync()
    for laptop in (anna, bert):
        assert conflicts_of(laptop) == []
        assert get(laptop, Contact, contact).phone == "+31 546 3"


def test_two_laptops_editing_different_e_mails_of_one_contact_both_win(world: World) -> None:
    """A contact's e-mails merge entry by entry (protocol/points.py): one colleague
    corrects the work address while another adds a private one - no conflict."""
    anna, bert = world.laptop("anna"), world.laptop("bert")
    contact = add(
        anna,
        "contact",
        {
            "name": "Jan de Vries",
            "emails": [
                {"value": "jan@almelo.example", "kind": "work", "pref": True},
                {"value": "j.devries@oud.example", "kind": "other"},
            ],
        },
    )
    anna.sync()
    bert.sync()
    emails = get(anna, Contact, contact).emails
    corrected = [dict(emails[0]), {**emails[1], "value": "j.devries@nieuw.example"}]
    edit(anna, contact, {"emails": corrected})
    added = [*emails, {"value": "jan@thuis.example", "kind": "home"}]
    edit(bert, contact, {"emails": added})
    anna.sync()
    assert bert.sync().conflicts == 0
    anna.sync()
    for laptop in (anna, bert):
        assert conflicts_of(laptop) == []
        stored = get(laptop, Contact, contact)
        assert [e["value"] for e in stored.emails] == [
            "jan@almelo.example",
            "j.devries@nieuw.example",
            "jan@thuis.example",
        ]
        assert stored.email == "jan@almelo.example"


def test_choosing_theirs_replaces_the_value_this_laptop_kept(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert", "core")
    contact = add(anna, "contact", {"name": "Jan de Vries", "phone": "+31 546 1"})
    anna.sync()
    bert.sync()
    edit(anna, contact, {"phone": "+31 546 2", "email": "jan@example.org"})
    edit(bert, contact, {"phone": "+31 546 3"})
    anna.sync()
    bert.sync()
    contact_on_bert = get(bert, Contact, contact)
    assert contact_on_bert.phone == "+31 546 3"  # his, with a marker
    assert contact_on_bert.email == "jan@example.org"  # anna's other edit arrived
    resolve_conflict(bert.db, conflicts_of(bert)[0].id, "theirs", "bert")
    assert get(bert, Contact, contact).phone == "+31 546 2"
    bert.sync()
    anna.sync()
    for laptop in (anna, bert):
        assert conflicts_of(laptop) == []
        assert get(laptop, Contact, contact).phone == "+31 546 2"


def test_staff_cannot_resolve_someone_elses_conflict_and_it_stays_open(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    carla = world.laptop("carla")
    contact = add(anna, "contact", {"name": "Jan", "role": "+49 1"})
    for laptop in (anna, bert):
        laptop.sync()
    edit(anna, contact, {"role": "+49 2"})
    edit(bert, contact, {"role": "+49 3"})
    anna.sync()
    bert.sync()
    carla.sync()
    resolve_conflict(carla.db, conflicts_of(carla)[0].id, "+49 0", "carla")
    assert carla.sync().quarantined == 1
    assert len(conflicts_of(carla)) == 1


def test_mine_and_theirs_are_refused_when_neither_value_was_written_here(world: World) -> None:
    anna, bert, dora = world.laptop("anna"), world.laptop("bert"), world.laptop("dora", "core")
    contact = add(anna, "contact", {"name": "Jan", "role": "+49 1"})
    anna.sync()
    bert.sync()
    edit(anna, contact, {"role": "+49 2"})
    edit(bert, contact, {"role": "+49 3"})
    anna.sync()
    bert.sync()
    dora.sync()
    conflict = conflicts_of(dora)[0].id
    with pytest.raises(Exception, match="unclear"):
        resolve_conflict(dora.db, conflict, "mine", "dora")
    resolve_conflict(dora.db, conflict, "+49 4", "dora")
    dora.sync()
    anna.sync()
    assert get(anna, Contact, contact).role == "+49 4" and conflicts_of(anna) == []


def test_deleting_what_someone_else_edited_keeps_both_and_can_be_undone(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add(anna, "observation", {"text": "Erst"})
    anna.sync()
    bert.sync()
    edit(anna, record, {"text": "Erst und dann mehr"})
    with bert.db.write("bert") as session:
        delete_record(session, bert.scope, record)
    anna.sync()
    assert bert.sync().conflicts == 1
    anna.sync()
    observation = get(anna, Observation, record)
    assert observation.deleted_at is not None and observation.text == "Erst und dann mehr"
    [conflict] = conflicts_of(anna)
    assert conflict.field_name == "deleted_at"
    resolve_conflict(anna.db, conflict.id, "mine", "anna")  # anna's side: it stays
    anna.sync()
    bert.sync()
    assert get(bert, Observation, record).deleted_at is None
    assert conflicts_of(bert) == []


# -- failures and recovery -------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["drop_request", "drop_response"])
def test_a_batch_that_failed_is_sent_again_and_applied_once(world: World, fault: Any) -> None:
    anna = world.laptop("anna")
    anna.sync()
    record = add(anna, "observation", {"text": "wichtig"})
    anna.transport.arm(fault, "/v1/sync/push")
    with pytest.raises(ServerUnreachableError):
        anna.sync()
    assert outbox_states(anna).get("frozen") == 1
    edit(anna, record, {"text": "wichtig, ergänzt"})  # chains, does not fold into the frozen
    anna.sync()
    assert outbox_states(anna).get("frozen", 0) == 0 and "pending" not in outbox_states(anna)
    with world.host.database.read() as session:
        mutations = session.scalars(
            select(AppliedMutation).where(AppliedMutation.row_id == record)
        ).all()
    assert len(mutations) == 2
    bert = world.laptop("bert")
    bert.sync()
    assert get(bert, Observation, record).text == "wichtig, ergänzt"


def test_a_laptop_killed_after_freezing_a_batch_sends_that_batch_after_restart(
    world: World,
) -> None:
    anna = world.laptop("anna")
    add(anna, "observation", {"text": "vor dem Absturz"})
    with anna.db.write("sync", apply_remote=True) as session:
        [batch] = freeze_pending(session, world.workspace_id)
    anna.kill()
    anna.sync()
    with world.host.database.read() as session:
        batches = set(session.scalars(select(AppliedMutation.batch_id)))
    assert batch in batches and outbox_states(anna).keys() == {"acked"}


def test_an_edit_made_while_syncing_is_kept_on_top_of_the_pulled_row(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add(anna, "observation", {"text": "alt", "gender_remark": ""})
    anna.sync()
    bert.sync()
    edit(bert, record, {"text": "von Bert"})
    bert.sync()

    def edit_during_pull(progress: SyncProgress) -> None:
        if progress.phase == "pull" and not getattr(edit_during_pull, "done", False):
            edit_during_pull.done = True  # type: ignore[attr-defined]
            edit(anna, record, {"gender_remark": "neu von Anna"})

    anna.sync(progress=edit_during_pull)
    observation = get(anna, Observation, record)
    assert (observation.text, observation.gender_remark) == ("von Bert", "neu von Anna")
    anna.sync()
    bert.sync()
    assert get(bert, Observation, record).gender_remark == "neu von Anna"


@pytest.mark.expected_warnings("restored or replaced")
def test_a_restored_server_gets_everything_back_from_the_laptops(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    early = add(anna, "observation", {"text": "vor der Sicherung"})
    anna.sync()
    world.snapshot_server()
    late = add(anna, "observation", {"text": "nach der Sicherung"})
    anna.sync()
    bert.sync()
    world.restore_server()
    summary = anna.sync()
    assert summary.server_restored
    bert.sync()
    anna.sync()
    for laptop in (anna, bert):
        assert get(laptop, Observation, late).text == "nach der Sicherung"
        assert get(laptop, Observation, early).text == "vor der Sicherung"
    with world.host.database.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(RowVersion).where(RowVersion.row_id == late)
            )
            == 1
        )


@pytest.mark.expected_warnings("restored or replaced")
def test_a_new_server_instance_id_makes_laptops_resend_and_reread(world: World) -> None:
    anna = world.laptop("anna")
    record = add(anna, "observation", {"text": "da"})
    anna.sync()
    world.snapshot_server()
    world.restore_server(new_instance_id="00000000-0000-4000-8000-00000000beef")
    assert anna.sync().server_restored
    assert get(anna, Observation, record).version == 1
    assert not anna.sync().server_restored


# -- attachments -------------------------------------------------------------------------


def test_attachments_are_uploaded_first_and_downloaded_on_demand(
    world: World, tmp_path: Path
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add(anna, "observation", {"text": "mit Foto"})
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 50_000)  # several upload chunks
    with anna.db.write("anna") as session:
        sha = attach_file(session, anna.scope, anna.db.blobs, record, photo).sha256
    anna.sync()
    bert.sync()
    with bert.db.read() as session:
        attachment = session.scalars(select(Attachment)).one()
    assert attachment.sha256 == sha and not bert.db.blobs.has(sha)
    path = ensure_blob(bert.db, sha, client_factory=bert.client)
    assert path is not None and path.read_bytes() == photo.read_bytes()


def test_an_interrupted_upload_resumes_where_it_stopped(world: World, tmp_path: Path) -> None:
    anna = world.laptop("anna")
    record = add(anna, "observation", {"text": "mit Film"})
    film = tmp_path / "film.bin"
    film.write_bytes(bytes(range(256)) * 40_000)
    with anna.db.write("anna") as session:
        attach_file(session, anna.scope, anna.db.blobs, record, film)
    patches = {"n": 0}
    original = anna.transport.handle_request

    def count_patches(request: Any) -> Any:
        if request.method == "PATCH":
            patches["n"] += 1
            if patches["n"] == 2:
                anna.transport.arm("drop_request", "/v1/workspaces/")
        return original(request)

    anna.transport.handle_request = count_patches  # type: ignore[method-assign]
    with pytest.raises(ServerUnreachableError):
        anna.sync()
    anna.sync()
    # Three chunks; the third is lost on the way and sent again - only it, not the file.
    assert patches["n"] == 4


# -- progress, cancellation, overlap ---------------------------------------------------------


def test_progress_is_reported_and_a_cancelled_sync_continues_next_time(world: World) -> None:
    anna = world.laptop("anna")
    for n in range(3):
        add(anna, "observation", {"text": f"Nummer {n}"})
    phases: list[str] = []
    with pytest.raises(SyncCancelledError):
        anna.sync(progress=lambda p: phases.append(p.phase), cancelled=lambda: bool(phases))
    assert phases == ["connect"] and outbox_states(anna).get("pending")
    summary = anna.sync(progress=lambda p: phases.append(p.phase))
    assert summary.sent > 0 and phases[-1] == "done"


def test_two_syncs_never_overlap(world: World) -> None:
    anna = world.laptop("anna")
    started, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_progress(_progress: SyncProgress) -> None:
        started.set()
        release.wait(10)

    thread = threading.Thread(target=lambda: anna.sync(progress=slow_progress))
    thread.start()
    started.wait(10)
    try:
        anna.sync()
    except SyncInProgressError as exc:
        errors.append(exc)
    finally:
        release.set()
        thread.join()
    assert len(errors) == 1


def test_history_shows_every_version(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add(anna, "contact", {"name": "Jan"})
    anna.sync()
    bert.sync()
    edit(bert, record, {"phone": "+31 1"})
    bert.sync()
    entries = record_history(anna.db, record, client_factory=anna.client)
    assert [(e.version, e.kind, e.account) for e in entries] == [
        (1, "insert", "anna"),
        (2, "update", "bert"),
    ]
    assert entries[1].changed_fields == ["phone", "phones"]  # the list and its preferred


@pytest.mark.expected_warnings("refresh refused")
def test_signing_in_again_ends_the_previous_sign_in(world: World) -> None:
    anna = world.laptop("anna")
    info = current_account(anna.db)
    assert info is not None
    key = credentials.account_key(SERVER_URL, "anna", info.device_id)
    old = keyring.get_password(credentials.SERVICE, key)
    anna.sign_in()
    response = anna.client(SERVER_URL).post(
        "/v1/auth/refresh", json={"refresh_token": old, "device_id": info.device_id}
    )
    assert response.status_code == 401


def test_a_laptop_that_never_signed_in_is_told_so(world: World) -> None:
    anna = world.laptop("anna", signed_in=False)
    open_scope(anna.db, "anna")
    with pytest.raises(NotSignedInError):
        run_sync(anna.db, client_factory=anna.client)


def test_a_refused_access_token_is_renewed_once_with_the_refresh_token(world: World) -> None:
    anna = world.laptop("anna")
    info = current_account(anna.db)
    assert info is not None
    key = credentials.account_key(SERVER_URL, "anna", info.device_id)
    credentials.cache_access_token(key, "fd1.not.valid", 900)
    anna.sync()
    assert credentials.cached_access_token(key) != "fd1.not.valid"


def test_two_threads_renewing_at_once_do_not_end_the_sign_in(world: World) -> None:
    from desktop.sync.account import SignIn
    from desktop.sync.api import Api

    anna = world.laptop("anna")
    info = current_account(anna.db)
    assert info is not None
    credentials.forget_access_tokens()
    signin = SignIn(SERVER_URL, "anna", info.device_id, remember=True)
    tokens: list[str] = []

    def renew() -> None:
        with anna.client(SERVER_URL) as http:
            tokens.append(signin.renew(Api(SERVER_URL, http)))

    threads = [threading.Thread(target=renew) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(tokens)) == 1
    anna.sync()  # the sign-in is still valid
