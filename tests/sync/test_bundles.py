"""Sync bundles (USB stick): through the same push handler, harmless when repeated."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.models import Observation, OutboxMutation
from desktop.services.attachments import attach_file
from desktop.services.records import create_record
from desktop.sync import state
from desktop.sync.bundles import export_bundle, import_bundle
from desktop.sync.errors import BundleError, NotSignedInError
from server.bundles import BundleRejectedError
from server.bundles import import_bundle as server_import
from server.models import Blob, RowVersion
from tests.sync.world import Laptop, World, edit_record


def capture(laptop: Laptop, text: str) -> str:
    with laptop.db.write(laptop.name) as session:
        return create_record(session, laptop.scope, "observation", {"text": text}).id


def through_server(world: World, request: Path, answer: Path) -> str:
    return server_import(world.host.database, world.settings, request, answer)


def unacknowledged(laptop: Laptop) -> int:
    with laptop.db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(OutboxMutation)
                .where(OutboxMutation.state.in_(("pending", "frozen")))
            )
        )


def versions(world: World) -> int:
    with world.host.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(RowVersion)))


def test_a_bundle_carries_work_to_the_server_and_the_answer_back(
    world: World, tmp_path: Path
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    bert_record = capture(bert, "von Bert, online")
    bert.sync()
    record = capture(anna, "auf dem Stick")
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"jpeg" * 1000)
    with anna.db.write("anna") as session:
        sha = attach_file(session, anna.scope, anna.db.blobs, record, photo).sha256
    summary = export_bundle(anna.db, tmp_path / "to-server.zip")
    assert summary.mutations > 0 and summary.blobs == 1
    through_server(world, tmp_path / "to-server.zip", tmp_path / "answer.zip")
    with world.host.database.read() as session:
        assert session.get(Blob, (world.workspace_id, sha)).complete  # type: ignore[union-attr]
    result = import_bundle(anna.db, tmp_path / "answer.zip")
    assert result.acknowledged == summary.mutations and unacknowledged(anna) == 0
    with anna.db.read() as session:
        assert session.get(Observation, bert_record) is not None
    bert.sync()
    with bert.db.read() as session:
        assert session.get(Observation, record) is not None


def test_importing_a_bundle_twice_changes_nothing_more(world: World, tmp_path: Path) -> None:
    anna = world.laptop("anna")
    capture(anna, "einmal")
    export_bundle(anna.db, tmp_path / "to-server.zip")
    through_server(world, tmp_path / "to-server.zip", tmp_path / "answer-1.zip")
    before = versions(world)
    through_server(world, tmp_path / "to-server.zip", tmp_path / "answer-2.zip")
    assert versions(world) == before
    import_bundle(anna.db, tmp_path / "answer-1.zip")
    import_bundle(anna.db, tmp_path / "answer-2.zip")
    import_bundle(anna.db, tmp_path / "answer-1.zip")
    assert unacknowledged(anna) == 0


def test_answers_imported_in_the_wrong_order_never_move_the_laptop_backwards(
    world: World, tmp_path: Path
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    capture(anna, "erster Stick")
    export_bundle(anna.db, tmp_path / "first.zip")
    through_server(world, tmp_path / "first.zip", tmp_path / "first-answer.zip")
    late = capture(bert, "dazwischen")
    bert.sync()
    capture(anna, "zweiter Stick")
    export_bundle(anna.db, tmp_path / "second.zip")
    through_server(world, tmp_path / "second.zip", tmp_path / "second-answer.zip")
    import_bundle(anna.db, tmp_path / "second-answer.zip")
    with anna.db.read() as session:
        cursor = state.load_state(session).cursor
    import_bundle(anna.db, tmp_path / "first-answer.zip")
    with anna.db.read() as session:
        assert state.load_state(session).cursor == cursor
        assert session.get(Observation, late) is not None
    assert unacknowledged(anna) == 0
    anna.sync()
    assert anna.sync().received == 0


def _tamper(source: Path, target: Path, change: Any) -> None:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for name in original.namelist():
            copy.writestr(name, change(name, original.read(name)))


def test_the_server_refuses_a_changed_bundle(world: World, tmp_path: Path) -> None:
    anna = world.laptop("anna")
    capture(anna, "echt")
    export_bundle(anna.db, tmp_path / "to-server.zip")
    _tamper(
        tmp_path / "to-server.zip",
        tmp_path / "changed.zip",
        lambda name, data: data.replace(b"echt", b"fake") if name.startswith("batches/") else data,
    )
    with pytest.raises(BundleRejectedError, match="changed"):
        through_server(world, tmp_path / "changed.zip", tmp_path / "answer.zip")


def test_a_laptop_refuses_an_answer_meant_for_another(world: World, tmp_path: Path) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    capture(anna, "für Anna")
    export_bundle(anna.db, tmp_path / "anna.zip")
    through_server(world, tmp_path / "anna.zip", tmp_path / "answer.zip")
    with pytest.raises(BundleError):
        import_bundle(bert.db, tmp_path / "answer.zip")


def test_a_laptop_that_never_signed_in_cannot_make_a_bundle(world: World, tmp_path: Path) -> None:
    anna = world.laptop("anna", signed_in=False)
    capture(anna, "ohne Konto")
    with pytest.raises(NotSignedInError):
        export_bundle(anna.db, tmp_path / "x.zip")


@pytest.mark.expected_warnings("restored or replaced")
def test_an_answer_from_before_a_server_restore_does_not_move_the_cursor(
    world: World, tmp_path: Path
) -> None:
    anna = world.laptop("anna")
    anna.sync()
    world.snapshot_server()
    capture(anna, "vor der Wiederherstellung")
    export_bundle(anna.db, tmp_path / "old.zip")
    through_server(world, tmp_path / "old.zip", tmp_path / "old-answer.zip")
    world.restore_server(new_instance_id="00000000-0000-4000-8000-0000000000aa")
    assert anna.sync().server_restored
    with anna.db.read() as session:
        before = state.load_state(session)
    import_bundle(anna.db, tmp_path / "old-answer.zip")
    with anna.db.read() as session:
        after = state.load_state(session)
    assert (after.epoch, after.cursor) == (before.epoch, before.cursor)
    assert unacknowledged(anna) == 0


@pytest.mark.expected_warnings("restored or replaced")
def test_an_answer_from_before_a_server_restore_brings_none_of_the_lost_server_s_rows(
    world: World, tmp_path: Path
) -> None:
    """The old answer's rows are the lost server's: applied, they would show text the
    restored server does not have, at a version number later pulls then skip."""
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = capture(anna, "Original")
    anna.sync()
    bert.sync()
    world.snapshot_server()
    for text in ("Bert eins", "Bert zwei", "Bert drei"):
        edit_record(bert, record, {"text": text})
        bert.sync()
    edit_record(anna, record, {"gender_remark": "von Anna"})
    export_bundle(anna.db, tmp_path / "old.zip")
    through_server(world, tmp_path / "old.zip", tmp_path / "old-answer.zip")
    # The server is restored; Bert's laptop is never seen again.
    world.restore_server(new_instance_id="00000000-0000-4000-8000-0000000000ab")
    assert anna.sync().server_restored
    import_bundle(anna.db, tmp_path / "old-answer.zip")

    def shown() -> tuple[str, str, str]:
        with anna.db.read() as session:
            found = session.get(Observation, record)
            assert found is not None
            return found.text, found.gender_remark, found.author

    assert shown() == ("Original", "von Anna", "anna")
    # Nor does it make the laptop think the server was restored once more.
    assert not anna.sync().server_restored
    carol = world.laptop("carol")
    carol.sync()
    edit_record(carol, record, {"author": "Carol"})
    carol.sync()
    anna.sync()
    assert shown() == ("Original", "von Anna", "Carol")
