"""The local database file: pragmas, migrations with backup, restore on failure."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from desktop.errors import StorageError
from desktop.models import Base, Contact
from desktop.services.records import create_record
from desktop.services.workspace import Scope, open_scope
from desktop.store import DATABASE_FILE, Database, open_database
from desktop.store.database import make_engine
from desktop.store.migrate import MIGRATIONS_DIR, alembic_config, current_revision, migrate
from desktop.store.migrations import HEAD_REVISION


def test_connections_use_wal_full_sync_and_foreign_keys(db: Database) -> None:
    with db.read() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_new_data_dir_is_migrated_from_empty_to_head(data_dir: Path) -> None:
    database = open_database(data_dir)
    try:
        tables = set(inspect(database.engine).get_table_names())
    finally:
        database.dispose()
    assert set(Base.metadata.tables) <= tables
    assert "search_index" in tables
    assert current_revision(data_dir / DATABASE_FILE) == HEAD_REVISION
    assert not (data_dir / "backups").exists(), "a brand-new file needs no backup"


def test_models_and_migrations_agree(data_dir: Path) -> None:
    """`alembic check`: a model change without a migration fails here."""
    open_database(data_dir).dispose()
    config = alembic_config()
    engine = make_engine(data_dir / DATABASE_FILE, foreign_keys=False)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.check(config)
    engine.dispose()


def _scripts_with_extra_revision(tmp_path: Path, body: str) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_test.py").write_text(
        f"revision = 'test_extra'\ndown_revision = '{HEAD_REVISION}'\n"
        "branch_labels = None\ndepends_on = None\n"
        "from alembic import op\n"
        f"def upgrade() -> None:\n{body}\n"
        "def downgrade() -> None:\n    pass\n"
    )
    return scripts


def _row_count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_an_upgrade_backs_up_the_database_first(data_dir: Path, tmp_path: Path) -> None:
    open_database(data_dir).dispose()
    scripts = _scripts_with_extra_revision(
        tmp_path, "    op.execute('CREATE TABLE extra (id INTEGER PRIMARY KEY)')"
    )
    outcome = migrate(data_dir / DATABASE_FILE, data_dir / "backups", alembic_config(scripts))
    assert outcome.from_revision == HEAD_REVISION and outcome.to_revision == "test_extra"
    assert outcome.backup is not None and outcome.backup.is_file()
    assert current_revision(outcome.backup) == HEAD_REVISION
    assert current_revision(data_dir / DATABASE_FILE) == "test_extra"


@pytest.mark.expected_warnings("migration .* failed")
def test_a_failed_migration_restores_the_backup(
    db: Database, scope: object, data_dir: Path, tmp_path: Path
) -> None:
    db.dispose()
    db_path = data_dir / DATABASE_FILE
    terms_before = _row_count(db_path, "term")
    scripts = _scripts_with_extra_revision(
        tmp_path,
        "    op.execute('DELETE FROM term')\n    op.execute('THIS IS NOT SQL')",
    )
    with pytest.raises(StorageError) as raised:
        migrate(db_path, data_dir / "backups", alembic_config(scripts))
    assert "restored" in raised.value.english()
    assert current_revision(db_path) == HEAD_REVISION
    assert _row_count(db_path, "term") == terms_before > 0


def test_the_head_revision_shortcut_names_alembics_head() -> None:
    """Start-up skips Alembic when the file is at HEAD_REVISION; it must be the real head."""
    from desktop.store.migrate import head_revision
    from desktop.store.migrations import HEAD_REVISION

    assert head_revision(alembic_config()) == HEAD_REVISION


@pytest.mark.expected_warnings("disk is full")
def test_a_full_disk_is_reported_as_such_and_changes_nothing(
    db: Database, scope: Scope, data_dir: Path
) -> None:
    """SQLite's `max_page_count` makes a real SQLITE_FULL without filling the machine's disk."""
    with db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "before the disk filled up"})
    with pytest.raises(StorageError) as raised, db.write(scope.actor) as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for number in range(200):
            create_record(session, scope, "observation", {"text": f"{number} " + "x" * 4000})
    assert "disk is full" in raised.value.english()
    db.dispose()
    texts = [
        row[0]
        for row in sqlite3.connect(data_dir / DATABASE_FILE).execute("SELECT text FROM observation")
    ]
    assert texts == ["before the disk filled up"]


@pytest.mark.expected_warnings("readonly database")
def test_a_read_only_database_is_reported_as_such(db: Database, scope: Scope) -> None:
    with pytest.raises(StorageError) as raised, db.write(scope.actor) as session:
        session.execute(text("PRAGMA query_only = ON"))
        create_record(session, scope, "observation", {"text": "not written"})
    # query_only answers SQLITE_READONLY, as a file on a read-only share would.
    assert "read-only" in raised.value.english()


def _released_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in scripts.walk_revisions()][1:]  # all but the head


@pytest.mark.parametrize("revision", _released_revisions())
def test_a_database_of_every_released_schema_migrates_to_head_with_its_records(
    data_dir: Path, revision: str
) -> None:
    database = open_database(data_dir)
    scope = open_scope(database, "anna")
    with database.write("anna") as session:
        create_record(session, scope, "observation", {"text": "Gespräch im Stadthaus"})
    database.dispose()
    config = alembic_config()
    engine = make_engine(data_dir / DATABASE_FILE, foreign_keys=False)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    engine.dispose()
    assert current_revision(data_dir / DATABASE_FILE) == revision
    reopened = open_database(data_dir)  # the app's start-up path: back up, then migrate
    reopened.dispose()
    assert current_revision(data_dir / DATABASE_FILE) == HEAD_REVISION
    assert _row_count(data_dir / DATABASE_FILE, "observation") == 1
    backups = list((data_dir / "backups").iterdir())
    assert [current_revision(b) for b in backups] == [revision]


def test_a_contacts_single_e_mail_and_phone_become_its_first_list_entries(
    data_dir: Path,
) -> None:
    """Migration 0003: nothing typed before it is lost, and every laptop that migrates
    the same contact gives its entries the same ids (they merge, not duplicate)."""
    database = open_database(data_dir)
    scope = open_scope(database, "anna")
    with database.write("anna") as session:
        record_id = create_record(
            session, scope, "contact", {"name": "Jan", "email": "jan@almelo.example"}
        ).id
    database.dispose()
    config = alembic_config()
    engine = make_engine(data_dir / DATABASE_FILE, foreign_keys=False)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0002")
        conn.exec_driver_sql(
            "UPDATE contact SET email = 'jan@almelo.example', phone = '+31 546 1' WHERE id = ?",
            (record_id,),
        )
    engine.dispose()
    reopened = open_database(data_dir)
    with reopened.read() as session:
        contact = session.get(Contact, record_id)
        assert contact is not None
        assert [(e["value"], e["pref"]) for e in contact.emails] == [("jan@almelo.example", True)]
        assert [p["value"] for p in contact.phones] == ["+31 546 1"]
        first_id = contact.emails[0]["id"]
    reopened.dispose()
    assert first_id == hashlib.sha256(f"{record_id}:email".encode()).hexdigest()[:8]
