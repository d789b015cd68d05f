"""Schema migrations at start-up: back up with `VACUUM INTO`, upgrade, restore on failure."""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from desktop.errors import StorageError
from desktop.store.database import make_engine
from desktop.store.encryption import connect, database_errors
from desktop.store.migrations import HEAD_REVISION
from desktop.tr import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("desktop.db")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationOutcome:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    from alembic.config import Config  # imported only when a migration is due

    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(config: Config) -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None, "the migrations directory has no head revision"
    return head


def current_revision(db_path: Path, key: bytes | None = None) -> str | None:
    """The revision stamped in the file (None: new or not yet versioned)."""
    if not db_path.exists():
        return None
    connection = connect(db_path, key)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except database_errors(key):
        return None  # no alembic_version table
    finally:
        connection.close()
    return str(row[0]) if row else None


def migrate(
    db_path: Path, backups_dir: Path, config: Config | None = None, *, key: bytes | None = None
) -> MigrationOutcome:
    """Bring the database at `db_path` to the head revision.

    An existing database is first copied with `VACUUM INTO` (a consistent snapshot
    even with WAL); if the upgrade fails, that copy is put back and a StorageError
    says so. A brand-new file needs no backup.
    """
    current = current_revision(db_path, key)
    if config is None and current == HEAD_REVISION:
        return MigrationOutcome(current, current, None)  # the common case: no Alembic needed
    from alembic import command

    config = config or alembic_config()
    head = head_revision(config)
    if current == head:
        return MigrationOutcome(current, head, None)
    has_tables = _has_tables(db_path, key)
    backup = _backup_before(db_path, backups_dir, current, head, key) if has_tables else None
    engine = make_engine(db_path, foreign_keys=False, key=key)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
    except Exception as exc:
        engine.dispose()
        log.exception("migration %s -> %s failed", current, head)
        if backup is not None:
            _restore(backup, db_path)
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database could not be upgraded ({reason}). It was restored "
                    "from the backup {backup}; nothing was lost.",
                ),
                reason=str(exc),
                backup=str(backup),
            ) from exc
        raise
    finally:
        config.attributes.pop("connection", None)
        engine.dispose()
    log.info("migrated %s from %s to %s (backup: %s)", db_path, current, head, backup)
    return MigrationOutcome(current, head, backup)


def _has_tables(db_path: Path, key: bytes | None) -> bool:
    if not db_path.exists():
        return False
    engine = make_engine(db_path, foreign_keys=False, key=key)
    try:
        with engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            return bool(count)
    finally:
        engine.dispose()


def _backup_before(
    db_path: Path, backups_dir: Path, current: str | None, head: str, key: bytes | None
) -> Path:
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backups_dir / f"before-migration-{current or 'unversioned'}-to-{head}-{stamp}.sqlite"
    vacuum_into(db_path, backup, key)
    return backup


def vacuum_into(db_path: Path, target: Path, key: bytes | None = None) -> None:
    """A consistent, compact copy of a live database (readers and WAL included);
    an encrypted database's copy is encrypted with the same key."""
    target.unlink(missing_ok=True)
    connection = connect(db_path, key, isolation_level=None)
    try:
        connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        connection.close()


def _restore(backup: Path, db_path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, db_path)
