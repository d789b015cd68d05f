"""What a contact's consent covers and until when travels like any field (issue 16):
the server keeps the new fields in its JSON rows, no server migration needed."""

from __future__ import annotations

from datetime import date

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
