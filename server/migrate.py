"""Bring the server database to the newest schema (every CLI command does this first).

On PostgreSQL the upgrade runs under an advisory lock, so several instances starting
together migrate once, one after the other.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from server.database import make_engine

log = logging.getLogger("server.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_LOCK_KEY = 0x46_44_4D_49_47  # "FDMIG"


class MigrationRefusedError(RuntimeError):
    """A migration found data it must not change on its own; the message says what to do.
    Nothing was changed (the upgrade is one transaction)."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str) -> str | None:
    """Upgrade to head; returns the revision the database had before (None = new)."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            before = current_revision(conn)
            if before != head_revision():
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
                log.info("migrated the server database from %s to %s", before, head_revision())
            return before
    finally:
        engine.dispose()
