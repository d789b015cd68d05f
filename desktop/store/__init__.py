"""Local storage: the SQLite database, its migrations, FTS5 index, blobs and backups."""

from __future__ import annotations

from pathlib import Path

from desktop.store.database import DATABASE_FILE, Database
from desktop.store.encryption import folder_key
from desktop.store.migrate import migrate


def open_database(data_dir: Path) -> Database:
    """Create the data dir if needed, migrate the database (with backup) and open it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key = folder_key(data_dir)  # None unless encrypted; FolderLockedError without its key
    migrate(data_dir / DATABASE_FILE, data_dir / "backups", key=key)
    return Database(data_dir, key)


__all__ = ["DATABASE_FILE", "Database", "open_database"]
