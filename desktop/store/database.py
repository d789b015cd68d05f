"""The local database: one SQLite file per data dir, opened once at start-up.

Two engines on the same file: reads begin a deferred transaction (WAL lets them run
beside a writer); writes begin IMMEDIATE, so a write never fails half-way because
another connection wrote first. Each user action opens one session (`read()` or
`write()`), and a write session is exactly one transaction.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.errors import StorageError
from desktop.store.blobs import BlobStore
from desktop.store.derived import install_derived_indexes
from desktop.store.encryption import connect
from desktop.store.tracking import install_tracking
from desktop.tr import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.db")

DATABASE_FILE = "field-dossier.sqlite"
BUSY_TIMEOUT_MS = 10_000


def make_engine(
    path: Path, *, begin: str = "BEGIN", foreign_keys: bool = True, key: bytes | None = None
) -> Engine:
    """An engine with our pragmas; `begin` is the statement that opens transactions.

    Migrations run with foreign keys off: SQLite's batch mode recreates tables,
    which must not cascade (and the pragma cannot change inside a transaction).
    With a `key`, connections are SQLCipher's, keyed before they read a page.
    """
    connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    if key is None:
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args)
    else:
        from sqlcipher3 import dbapi2 as sqlcipher

        engine = create_engine(
            "sqlite://",
            module=sqlcipher,
            creator=lambda: connect(path, key, **connect_args),
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module (see SQLAlchemy's
        # pysqlite notes), so BEGIN happens exactly where the session starts one.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)

    return engine


class Database:
    """Sessions on one local database file plus its blob store."""

    def __init__(self, data_dir: Path, key: bytes | None = None) -> None:
        self.data_dir = data_dir
        self.path = data_dir / DATABASE_FILE
        self.blobs = BlobStore(data_dir / "blobs")
        self.key = key
        self.engine = make_engine(self.path, key=key)
        self.write_engine = make_engine(self.path, begin="BEGIN IMMEDIATE", key=key)
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
        for factory in (self._reader, self._writer):
            install_tracking(factory)
            install_derived_indexes(factory)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (one consistent snapshot); any write in it is a bug."""
        with _storage_errors(), self._reader() as session, session.begin():
            session.info["read_only"] = True
            yield session
            if session.new or session.dirty or session.deleted:
                raise RuntimeError("a read session was used to write")

    @contextmanager
    def write(self, actor: str, *, apply_remote: bool = False) -> Iterator[Session]:
        """One transaction: everything in the block commits together, or nothing does."""
        with _storage_errors(), self._writer() as session, session.begin():
            session.info["actor"] = actor
            session.info["apply_remote"] = apply_remote
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
        self.write_engine.dispose()


# SQLite's primary result codes (https://sqlite.org/rescode.html); the extended code
# carries them in its low byte. Classifying by code, not by message text, keeps
# "disk I/O error" from being reported as a full disk.
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13


@contextmanager
def _storage_errors() -> Iterator[None]:
    """Turn the environment's failures into messages a user can act on."""
    try:
        yield
    except OperationalError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", None)
        # SQLite's own message only: the statement and its parameters hold record
        # content, which has no place on a terminal or in a log. The user gets the
        # StorageError's message; the log file keeps this line.
        log.info("database operation failed: %s (SQLite code %s)", exc.orig, code)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database is busy (another program is using it). Please try again.",
                )
            ) from exc
        if primary == _SQLITE_FULL:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The disk is full. Free some space; nothing was changed."
                )
            ) from exc
        if primary == _SQLITE_READONLY:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database cannot be written (read-only). Nothing was changed."
                )
            ) from exc
        if primary == _SQLITE_IOERR:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database file could not be read or written (a disk or network "
                    "drive error). Nothing was changed.",
                )
            ) from exc
        raise
