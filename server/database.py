"""The server database: engines, one session per request, and the per-workspace push lock.

SQLite (trials, tests) gets two engines like the desktop store: reads begin a deferred
transaction, writes begin IMMEDIATE so that writers queue instead of failing midway.
PostgreSQL (production) gets one pooled engine; pushes take a transaction-scoped
advisory lock per workspace, so change sequence numbers are handed out in commit order
even with several server instances on one database.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from server.models import ServerMeta

log = logging.getLogger("server.db")

INSTANCE_KEY = "server_instance_id"
BUSY_TIMEOUT_MS = 30_000
_INSTANCE_TTL_SECONDS = 5.0


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, begin: str | None = None) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        )
        _install_sqlite_pragmas(engine, begin or "BEGIN")
        return engine
    # No server-side prepared statements: psycopg would prepare the batch queries (IN
    # lists of hundreds of ids) after five runs and keep a generic plan made while the
    # tables were small; measured, the push got a third slower as tables grew.
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        connect_args={"prepare_threshold": None},
    )


def _install_sqlite_pragmas(engine: Engine, begin: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(begin)


def advisory_key(workspace_id: str) -> int:
    """A stable signed 64-bit key for pg_advisory_xact_lock from a workspace uuid."""
    return int.from_bytes(uuid.UUID(workspace_id).bytes[:8], "big", signed=True)


class ServerDatabase:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        self.engine = make_engine(self.url)
        self.write_engine = (
            make_engine(self.url, begin="BEGIN IMMEDIATE") if self.is_sqlite else self.engine
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)
        self._instance: tuple[str, float] | None = None
        self._instance_lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self, *, lock_workspace: str | None = None) -> Iterator[Session]:
        """One transaction; with `lock_workspace`, pushes to that workspace queue here."""
        with self._writer() as session, session.begin():
            if lock_workspace is not None and not self.is_sqlite:
                session.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"),
                    {"key": advisory_key(lock_workspace)},
                )
            yield session

    def instance_id(self) -> str:
        """The server_instance_id (cached briefly: every response carries it)."""
        with self._instance_lock:
            cached = self._instance
            if cached is not None and time.monotonic() - cached[1] < _INSTANCE_TTL_SECONDS:
                return cached[0]
        with self.read() as session:
            value = session.scalar(select(ServerMeta.value).where(ServerMeta.key == INSTANCE_KEY))
        if value is None:
            raise RuntimeError("the server database has no instance id (not migrated?)")
        with self._instance_lock:
            self._instance = (value, time.monotonic())
        return value

    def forget_cached_instance(self) -> None:
        with self._instance_lock:
            self._instance = None

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()
