"""What a contact's consent covers and until when travels like any field (issue 16):
the server keeps the new fields in its JSON rows, no server migration needed."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.models import Contact
from desktop.services.records import create_record, update_record
from tests.sync.world import World


def test_consent_scope_and_end_reach_the_other_laptop_and_come_back_changed(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    with anna.db.write(anna.name) as session:
        contact = create_record(
            session,
            anna.scope,
            "contact",
            {"name": "Jan de Vries", "consent_given": True, "consent_date": "2024-03-01",
             "consent_use": "boards", "consent_until": "2027-12-31"},
        ).id  # fmt: skip
    anna.sync()
    bert.sync()
    with bert.db.read() as session:
        seen = session.get(Contact, contact)
        assert seen is not None
        assert (seen.consent_use, seen.consent_until) == ("boards", date(2027, 12, 31))
    with bert.db.write(bert.name) as session:
        update_record(session, bert.scope, contact, {"consent_until": "2025-01-31"})
    bert.sync()
    anna.sync()
    with anna.db.read() as session:
        back = session.get(Contact, contact)
        assert back is not None
        assert (back.consent_use, back.consent_until) == ("boards", date(2025, 1, 31))


def test_a_contact_stored_before_the_new_fields_takes_its_first_scope_without_a_conflict(
    world: World,
) -> None:
    """The server's rows from before this version have neither key; the laptops' own
    copies got them from the upgrade. Setting them is an edit, never a conflict."""
    from sqlalchemy import select, text

    from server.models import RowState, RowVersion

    anna, bert = world.laptop("anna"), world.laptop("bert")
    with anna.db.write(anna.name) as session:
        contact = create_record(
            session,
            anna.scope,
            "contact",
            {"name": "Jan de Vries", "consent_given": True, "consent_date": "2024-03-01"},
        ).id
    anna.sync()
    bert.sync()

    def forget_new_keys(session: Any) -> None:
        for model in (RowState, RowVersion):
            for row in session.scalars(select(model).where(model.row_id == contact)):
                row.fields = {
                    k: v for k, v in row.fields.items() if k not in ("consent_use", "consent_until")
                }

    world.admin(forget_new_keys)
    for laptop in (anna, bert):  # what 0009 leaves in a laptop's rows from before
        with laptop.db.write(laptop.name) as session:
            session.execute(
                text("UPDATE contact SET consent_use = NULL, consent_until = NULL WHERE id = :id"),
                {"id": contact},
            )
    with bert.db.write(bert.name) as session:
        update_record(
            session, bert.scope, contact, {"consent_use": "boards", "consent_until": "2026-06-30"}
        )
    summary = bert.sync()
    assert summary.conflicts == 0
    anna.sync()
    with anna.db.read() as session:
        back = session.get(Contact, contact)
        assert back is not None
        assert (back.consent_use, back.consent_until) == ("boards", date(2026, 6, 30))
