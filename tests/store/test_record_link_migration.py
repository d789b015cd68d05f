"""A laptop's record links survive the rebuild of `record_link` without a rowid (0010):
lists still filter by tag, edits still move a record's links, and a fresh database
has the same tables as an upgraded one (also after 0011)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable

from desktop.models import RecordLink, SearchDoc
from desktop.services.listing import RecordFilter, list_records
from desktop.services.records import create_record, update_record
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import open_scope
from desktop.store import DATABASE_FILE, open_database
from desktop.store.database import make_engine
from desktop.store.migrate import alembic_config, current_revision
from desktop.store.migrations import HEAD_REVISION


def record_link_schema(db_path: Path, table: str = "record_link") -> list[str]:
    """The table's and its indexes' SQL as SQLite stores it, spacing and quotes aside."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
            "ORDER BY type DESC, name",
            (table,),
        ).fetchall()
    finally:
        connection.close()
    return [_normalised(sql) for (sql,) in rows]


def _normalised(sql: str) -> str:
    return " ".join(sql.replace('"', "").replace("(", " ( ").replace(")", " ) ").split())


def links(db_path: Path) -> set[tuple[str, str, str]]:
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT source_id, field, target_id FROM record_link")
        return {(str(s), str(f), str(t)) for s, f, t in rows}
    finally:
        connection.close()


def test_the_upgrade_keeps_every_link_and_lists_still_filter_by_them(data_dir: Path) -> None:
    db = open_database(data_dir)
    scope = open_scope(db, "Anna Tester")
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {"title": "Hospitation Almelo", "activity_type": "Einzelhospitation"},
        )
        tagged = create_record(
            session,
            scope,
            "observation",
            {"text": "Am Hafen", "activity_id": activity.id, "tags": ["Nachbarschaft", "Hafen"]},
        ).id
        other = create_record(session, scope, "observation", {"text": "Im Rathaus"}).id
    db.dispose()
    db_path = data_dir / DATABASE_FILE
    # The file as the previous version left it: taken back to 0009 by the migration's
    # own downgrade, a table with a rowid and the key stored a second time beside it.
    engine = make_engine(db_path, foreign_keys=False)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    engine.dispose()
    before = links(db_path)
    assert len(before) >= 3, "the activity and both tags are linked"
    assert not any("WITHOUT ROWID" in sql for sql in record_link_schema(db_path))

    db = open_database(data_dir)
    try:
        assert links(db_path) == before
        assert any("WITHOUT ROWID" in sql for sql in record_link_schema(db_path))
        with db.read() as session:
            harbour = Taxonomy(session, scope.workspace_id).find_term("tag", "Hafen")
            assert harbour is not None
            page = list_records(
                session, scope.workspace_id, "observation", RecordFilter(tag_id=harbour.id)
            )
            assert [r.id for r in page.rows] == [tagged]
        # Links move with an edit after the upgrade (delete, then insert, by key).
        with db.write(scope.actor) as session:
            update_record(session, scope, tagged, {"tags": ["Nachbarschaft"]})
            update_record(session, scope, other, {"tags": ["Hafen"]})
        with db.read() as session:
            page = list_records(
                session, scope.workspace_id, "observation", RecordFilter(tag_id=harbour.id)
            )
            assert [r.id for r in page.rows] == [other]
    finally:
        db.dispose()
    assert current_revision(db_path) == HEAD_REVISION
    [backup] = (data_dir / "backups").glob("*.sqlite")
    assert current_revision(backup) == "0009", "the backup is the file before the upgrade"


@pytest.mark.parametrize("model", [RecordLink, SearchDoc])
def test_the_model_declares_the_table_the_migrations_build(data_dir: Path, model: Any) -> None:
    """A table made from the model is the table an upgraded file has (WITHOUT ROWID,
    and the indexes, none more: 0011 dropped search_doc's index by workspace)."""
    open_database(data_dir).dispose()
    table = model.__table__
    migrated = record_link_schema(data_dir / DATABASE_FILE, table.name)
    dialect = create_engine("sqlite://").dialect
    from_model = [str(CreateTable(table).compile(dialect=dialect))] + [
        str(CreateIndex(index).compile(dialect=dialect))
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    ]
    assert [_normalised(sql) for sql in from_model] == migrated
