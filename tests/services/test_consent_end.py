"""Consent with an end (issue 16) outside dossiers: its rule in the editor's checks,
and contact files, which take only consent that still holds and carry it along."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import ValidationError
from desktop.models import Contact
from desktop.services.contacts_out import export_contacts
from desktop.services.importing import import_file
from desktop.services.records import create_record
from desktop.services.workspace import Scope, open_scope
from desktop.store import Database, open_database

NEXT_YEAR = (date.today() + timedelta(days=365)).isoformat()
YESTERDAY = (date.today() - timedelta(days=1)).isoformat()


def test_consent_cannot_end_before_it_was_given(db: Database, scope: Scope) -> None:
    with db.write(scope.actor) as session, pytest.raises(ValidationError) as refused:
        create_record(
            session,
            scope,
            "contact",
            {"name": "A", "consent_given": True, "consent_date": "2020-05-01",
             "consent_until": "2020-04-30"},
        )  # fmt: skip
    assert refused.value.field == "consent_until"


def test_a_contact_file_leaves_out_ended_consent_and_carries_scope_and_end(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        for name, until in (
            ("Geldig Tot Volgend Jaar", NEXT_YEAR),
            ("Abgelaufen Seit Gestern", YESTERDAY),
        ):
            create_record(
                session,
                scope,
                "contact",
                {"name": name, "consent_given": True, "consent_date": "2024-03-01",
                 "consent_until": until, "consent_use": "boards"},
            )  # fmt: skip
    sheet = tmp_path / "out.csv"
    with db.read() as session:
        written = export_contacts(session, scope, db.blobs, sheet, "csv")
    assert (written.written, written.left_out) == (1, 1)
    assert "Abgelaufen" not in sheet.read_text(encoding="utf-8-sig")

    fresh = open_database(tmp_path / "other-laptop")
    try:
        import_file(fresh, open_scope(fresh, "Piet"), sheet, consent_columns=("consent_given",))
        with fresh.read() as session:
            [back] = session.scalars(select(Contact))
            assert back.name == "Geldig Tot Volgend Jaar"
            assert (back.consent_use, back.consent_until) == (
                "boards",
                date.fromisoformat(NEXT_YEAR),
            )
    finally:
        fresh.dispose()


def test_only_ended_consent_writes_no_file(db: Database, scope: Scope, tmp_path: Path) -> None:
    with db.write(scope.actor) as session:
        create_record(
            session,
            scope,
            "contact",
            {"name": "Abgelaufen", "consent_given": True, "consent_date": "2024-03-01",
             "consent_until": YESTERDAY},
        )  # fmt: skip
    target = tmp_path / "leer.vcf"
    with db.read() as session, pytest.raises(ValidationError) as refused:
        export_contacts(session, scope, db.blobs, target, "vcard")
    assert "still valid" in refused.value.english()
    assert not target.exists()
