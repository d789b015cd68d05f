"""A form is saved in one write: every problem is named at once, every valid field kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event

from desktop.models import Activity, Contact
from desktop.services.editing import save_form
from desktop.services.records import create_record
from desktop.services.workspace import Scope
from desktop.store import Database


@pytest.fixture
def write_transactions(db: Database) -> Iterator[list[int]]:
    """Counts the write transactions begun (BEGIN IMMEDIATE on the writer engine)."""
    begun: list[int] = []

    def count(_conn: object) -> None:
        begun.append(1)

    event.listen(db.write_engine, "begin", count)
    yield begun
    event.remove(db.write_engine, "begin", count)


def test_every_problem_is_named_at_once_and_the_rest_saved_in_one_write(
    db: Database, scope: Scope, write_transactions: list[int]
) -> None:
    with db.write(scope.actor) as session:
        contact_id = create_record(session, scope, "contact", {"name": "Jan de Vries"}).id
    write_transactions.clear()

    outcome = save_form(
        db,
        scope,
        "contact",
        contact_id,
        {"email": "jan@", "phone": "nicht erreichbar", "role": "Wijkregisseur", "country": "NL"},
    )

    assert sorted(outcome.problems) == ["email", "phone"]
    assert outcome.saved == {"role", "country"}
    assert len(write_transactions) == 1
    with db.read() as session:
        stored = session.get(Contact, contact_id)
        assert stored is not None
        assert (stored.role, stored.country, stored.email) == ("Wijkregisseur", "NL", "")


def test_a_value_breaking_a_rule_with_a_stored_one_is_blamed_without_trying_writes(
    db: Database, scope: Scope, write_transactions: list[int]
) -> None:
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {
                "title": "Hospitation",
                "activity_type": "Einzelhospitation",
                "starts_on": "2026-05-04",
                "ends_on": "2026-05-06",
            },
        )
    write_transactions.clear()

    outcome = save_form(
        db, scope, "activity", activity.id, {"starts_on": "2026-05-20", "place": "Rathaus"}
    )

    assert list(outcome.problems) == ["starts_on"]
    assert "end date" in outcome.problems["starts_on"].english()
    assert outcome.saved == {"place"}
    assert len(write_transactions) == 1
    with db.read() as session:
        stored = session.get(Activity, activity.id)
        assert stored is not None and stored.place == "Rathaus"
        assert stored.starts_on.isoformat() == "2026-05-04"


def test_a_new_record_without_its_required_text_is_not_created_yet(
    db: Database, scope: Scope, write_transactions: list[int]
) -> None:
    outcome = save_form(db, scope, "contact", None, {"email": "jan@example.nl"})
    assert outcome.record_id is None and outcome.saved == set()
    created = save_form(db, scope, "contact", None, {"name": "Jan", "email": "jan@"})
    assert created.record_id is not None
    assert created.saved == {"name"} and list(created.problems) == ["email"]
    assert len(write_transactions) == 2
