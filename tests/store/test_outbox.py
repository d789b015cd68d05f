"""Every write records its outbox mutation in the same transaction; nothing without history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.errors import ValidationError
from desktop.models import Observation, OutboxMutation, utcnow
from desktop.services.records import create_record, delete_record, restore_record, update_record
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.tracking import HardDeleteError


def mutations_for(db: Database, row_id: str) -> list[OutboxMutation]:
    with db.read() as session:
        query = select(OutboxMutation).where(OutboxMutation.row_id == row_id)
        return list(session.scalars(query.order_by(OutboxMutation.seq)))


def outbox_size(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(OutboxMutation)).scalar_one())


def test_creating_a_record_writes_an_insert_mutation_with_all_its_fields(
    db: Database, scope: Scope
) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "Erste Notiz"})
    [mutation] = mutations_for(db, record.id)
    assert mutation.op == "insert"
    assert mutation.table_name == "observation"
    assert mutation.base_version == 0
    assert mutation.changes["text"] == "Erste Notiz"
    assert mutation.changes["author"] == "Anna Tester"
    assert mutation.actor == "Anna Tester"
    assert mutation.workspace_id == scope.workspace_id


def test_a_failed_write_leaves_neither_the_record_nor_its_mutation(
    db: Database, scope: Scope
) -> None:
    before = outbox_size(db)
    with pytest.raises(RuntimeError), db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "wird zurückgerollt"})
        raise RuntimeError("disk pulled mid-action")
    with db.read() as session:
        assert session.scalars(select(Observation)).first() is None
    assert outbox_size(db) == before


def test_an_invalid_record_writes_nothing(db: Database, scope: Scope) -> None:
    before = outbox_size(db)
    with pytest.raises(ValidationError), db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "ok", "observed_on": "gestern"})
    assert outbox_size(db) == before


def test_edits_in_one_sitting_fold_into_the_pending_mutation(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "A"})
    for text in ("AB", "ABC", "ABCD"):
        with db.write(scope.actor) as session:
            update_record(session, scope, record.id, {"text": text})
    [mutation] = mutations_for(db, record.id)
    assert mutation.op == "insert"
    assert mutation.changes["text"] == "ABCD"


def test_an_edit_after_the_batch_was_frozen_chains_to_it(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "A"})
    with db.write(scope.actor) as session:
        first = session.scalars(select(OutboxMutation)).all()[-1]
        first.state, first.batch_id = "frozen", "batch-1"
    with db.write(scope.actor) as session:
        update_record(session, scope, record.id, {"tags": ["Nachbarschaft"]})
    insert, update = mutations_for(db, record.id)
    assert update.op == "update"
    assert update.base_mutation_id == insert.mutation_id
    assert update.changes == {"tags": [update.changes["tags"][0]]}


def test_an_edit_by_someone_else_is_a_separate_mutation(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "A"})
    other = Scope(scope.workspace_id, "Bert Kollege")
    with db.write(other.actor) as session:
        update_record(session, other, record.id, {"text": "B"})
    insert, update = mutations_for(db, record.id)
    assert (insert.actor, update.actor) == ("Anna Tester", "Bert Kollege")
    assert update.changes == {"text": "B"}


def test_an_old_pending_mutation_is_not_extended(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "A"})
    with db.write(scope.actor) as session:
        mutation = session.scalars(select(OutboxMutation)).all()[-1]
        mutation.created_at = mutation.created_at - timedelta(hours=2)
    with db.write(scope.actor) as session:
        update_record(session, scope, record.id, {"text": "B"})
    assert [m.op for m in mutations_for(db, record.id)] == ["insert", "update"]


def test_delete_and_restore_are_tombstone_mutations(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "contact", {"name": "Jürgen Weiß"})
    with db.write(scope.actor) as session:
        delete_record(session, scope, record.id)
    with db.write(scope.actor) as session:
        restore_record(session, scope, record.id)
    ops = [(m.op, m.changes.get("deleted_at") is None) for m in mutations_for(db, record.id)]
    assert ops == [("insert", True), ("delete", False), ("restore", True)]
    with db.read() as session:
        assert session.get(type(record), record.id) is not None


def test_unchanged_values_record_no_mutation(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "A", "tags": ["x"]})
    before = outbox_size(db)
    with db.write("Bert") as session:
        update_record(session, scope, record.id, {"text": "A", "tags": ["x"]})
    assert outbox_size(db) == before


def test_a_hard_delete_of_a_synced_row_is_refused(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, "observation", {"text": "bleibt"})
    with pytest.raises(HardDeleteError), db.write(scope.actor) as session:
        session.delete(session.get(Observation, record.id))
    with db.read() as session:
        assert session.get(Observation, record.id) is not None


def test_rows_applied_from_the_server_record_no_mutation(db: Database, scope: Scope) -> None:
    before = outbox_size(db)
    with db.write("sync", apply_remote=True) as session:
        session.add(
            Observation(
                id="9a0c3f1e-0000-4000-8000-000000000001",
                workspace_id=scope.workspace_id,
                text="vom Server",
                version=7,
                created_at=utcnow(),
                updated_at=utcnow(),
            )
        )
    assert outbox_size(db) == before
