"""A sync world for tests: the real server in process, and laptops with real data dirs.

Each laptop is a data dir opened like the app opens it; its HTTP client goes through
its own `FaultyTransport` to the shared in-process server, so a test can drop one
laptop's requests or responses, "kill" a laptop (close and reopen its database, forget
its in-memory tokens) or restart and restore the server.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from anyio.from_thread import BlockingPortal
from sqlalchemy import delete, insert, select

from desktop.services.records import create_record, update_record
from desktop.services.workspace import Scope, device_id, open_scope
from desktop.store import Database, open_database
from desktop.sync import credentials, state
from desktop.sync.account import AccountInfo, sign_in
from desktop.sync.engine import SyncSummary, run_sync
from server import accounts
from server.database import INSTANCE_KEY
from server.models import Base, ServerMeta
from server.settings import Settings
from tests.sync.inprocess import FaultyTransport, ServerHost

SERVER_URL = "http://testserver"
SECRET = "tests-only-secret-" + "k" * 40


def add_observation(laptop: Laptop, data: dict[str, Any]) -> str:
    """An observation written on this laptop, as the editor saves one; returns its id."""
    with laptop.db.write(laptop.name) as session:
        return create_record(session, laptop.scope, "observation", data).id


def edit_record(laptop: Laptop, record_id: str, patch: dict[str, Any]) -> None:
    """An edit saved on this laptop."""
    with laptop.db.write(laptop.name) as session:
        update_record(session, laptop.scope, record_id, patch)


def password_of(username: str) -> str:
    return f"password-of-{username}"


@dataclass(repr=False)
class Laptop:
    name: str
    data_dir: Path
    world: World
    db: Database = field(init=False)
    transport: FaultyTransport = field(init=False)

    def __post_init__(self) -> None:
        self.db = open_database(self.data_dir)
        self.transport = FaultyTransport(self.world.host, self.world.portal)

    @property
    def scope(self) -> Scope:
        return open_scope(self.db, self.name)

    def client(self, base_url: str) -> httpx.Client:
        return httpx.Client(base_url=base_url, transport=self.transport)

    def sign_in(self, workspace: str | None = None, **kwargs: Any) -> AccountInfo:
        return sign_in(
            self.db,
            SERVER_URL,
            self.name,
            password_of(self.name),
            workspace,
            client_factory=self.client,
            **kwargs,
        )

    def sync(self, **kwargs: Any) -> SyncSummary:
        return run_sync(self.db, client_factory=self.client, **kwargs)

    def bundle_key(self) -> str:
        """The secret this laptop signs its bundles with (from its keyring)."""
        with self.db.read() as session:
            known = state.load_state(session)
        key = credentials.device_key(known.server_url, known.username, device_id(self.db))
        secret = credentials.load_secret(key)
        assert secret is not None, "the laptop never registered its device"
        return secret

    def kill(self) -> None:
        """The process dies: what was committed stays, nothing in memory does."""
        self.db.dispose()
        credentials.forget_access_tokens()
        self.db = open_database(self.data_dir)

    def close(self) -> None:
        self.db.dispose()

    def __repr__(self) -> str:
        return f"Laptop({self.name!r})"


@dataclass
class World:
    settings: Settings
    host: ServerHost
    portal: BlockingPortal
    root: Path
    workspace_id: str = ""
    laptops: list[Laptop] = field(default_factory=list, repr=False)
    _snapshot: dict[str, list[dict[str, Any]]] | None = field(default=None, repr=False)

    def admin(self, action: Callable[[Any], Any]) -> Any:
        with self.host.database.write() as session:
            return action(session)

    def create_workspace(self, name: str = "Migrationsleitbild") -> str:
        workspace = self.admin(lambda s: accounts.create_workspace(s, name))
        self.workspace_id = workspace.id
        return self.workspace_id

    def add_user(self, username: str, role: str = "staff", workspace: str | None = None) -> None:
        def add(session: Any) -> None:
            if accounts.find_account(session, username) is None:
                accounts.create_user(session, username, password_of(username))
            accounts.add_member(session, username, workspace or self.workspace_id, role)

        self.admin(add)

    def laptop(self, username: str, role: str = "staff", *, signed_in: bool = True) -> Laptop:
        self.add_user(username, role)
        laptop = Laptop(username, self.root / f"laptop-{username}", self)
        self.laptops.append(laptop)
        if signed_in:
            laptop.sign_in()
        return laptop

    # -- server faults -----------------------------------------------------------------

    def snapshot_server(self) -> None:
        """Keep a copy of every server table (a backup, taken while the server runs)."""
        with self.host.database.read() as session:
            self._snapshot = {
                table.name: [dict(row._mapping) for row in session.execute(select(table))]
                for table in Base.metadata.sorted_tables
            }

    def restore_server(self, *, new_instance_id: str | None = None) -> bool:
        """Put the last snapshot back and restart, as an admin restoring a backup would."""
        if self._snapshot is None:
            return False
        with self.host.database.write() as session:
            for table in reversed(Base.metadata.sorted_tables):
                session.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                rows = self._snapshot[table.name]
                if rows:
                    session.execute(insert(table), rows)
            if new_instance_id is not None:
                session.get(ServerMeta, INSTANCE_KEY).value = new_instance_id  # type: ignore[union-attr]
        self.host.restart()
        return True

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()
        self.host.close()
