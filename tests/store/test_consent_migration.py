"""A laptop's existing contacts keep what their consent meant after the upgrade (0009):
every use, no end - and the file was backed up before it changed."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from desktop.domain.consent import consent_covers
from desktop.models import Contact
from desktop.services.records import create_record
from desktop.services.workspace import open_scope
from desktop.store import DATABASE_FILE, open_database
from desktop.store.database import make_engine
from desktop.store.migrate import alembic_config, current_revision
from desktop.store.migrations import HEAD_REVISION


def test_the_upgrade_gives_existing_consent_every_use_and_no_end(data_dir: Path) -> None:
    db = open_database(data_dir)
    scope = open_scope(db, "Anna Tester")
    with db.write(scope.actor) as session:
        contact_id = create_record(
            session,
            scope,
            "contact",
            {"name": "Jan de Vries", "consent_given": True, "consent_date": "2009-01-15"},
        ).id
    db.dispose()
    # The file as the previous version left it: taken back to 0008 by the migration's
    # own downgrade, so the contact table has neither column.
    engine = make_engine(data_dir / DATABASE_FILE, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
        columns = {c["name"] for c in inspect(conn).get_columns("contact")}
    engine.dispose()
    assert not {"consent_use", "consent_until"} & columns

    db = open_database(data_dir)
    try:
        with db.read() as session:
            contact = session.get(Contact, contact_id)
            assert contact is not None
            assert (contact.consent_given, contact.consent_use, contact.consent_until) == (
                True,
                None,  # from before the field: every use, as consent meant then
                None,
            )
            assert consent_covers(contact, "public")
    finally:
        db.dispose()
    assert current_revision(data_dir / DATABASE_FILE) == HEAD_REVISION
    [backup] = (data_dir / "backups").glob("*.sqlite")
    assert current_revision(backup) == "0008", "the backup is the file before the upgrade"
