"""A laptop's existing records become findable inside words after the upgrade (0004)."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from desktop.services.records import create_record
from desktop.services.search import search
from desktop.services.workspace import open_scope
from desktop.store import DATABASE_FILE, open_database
from desktop.store.database import make_engine
from desktop.store.migrate import alembic_config


def test_the_upgrade_indexes_existing_records_by_substring(data_dir: Path) -> None:
    db = open_database(data_dir)
    scope = open_scope(db, "Anna Tester")
    with db.write(scope.actor) as session:
        record_id = create_record(
            session, scope, "observation", {"text": "Das Elterncafé im Wijkteam-Büro."}
        ).id
    db.dispose()
    # The file as the previous version left it: taken back to 0003 by the migrations'
    # own downgrades (no trigram index), so later migrations stay out of the way.
    engine = make_engine(data_dir / DATABASE_FILE, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    engine.dispose()

    db = open_database(data_dir)
    try:
        with db.read() as session:
            found = search(session, scope.workspace_id, "cafe")
        assert [hit.record_id for hit in found] == [record_id]
        assert found[0].tier == "substring"
    finally:
        db.dispose()
    assert list((data_dir / "backups").glob("*.sqlite")), "the migration backed up first"
