"""Fixtures of the sync tests: servers on SQLite and PostgreSQL, laptops, a world.

PostgreSQL is the machine's (127.0.0.1:5432, user postgres, database `test`, or
$FIELD_DOSSIER_TEST_PG): each test session creates fresh uniquely named databases from
it and drops them at the end. If PostgreSQL is unreachable, the tests that need it
fail - they never skip (CI must run both backends).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.database import normalise_url
from server.migrate import upgrade
from server.settings import Settings
from tests.sync.inprocess import ServerHost, portal
from tests.sync.world import SECRET, World

PG_ADMIN_URL = os.environ.get("FIELD_DOSSIER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Callable[[], str]]:
    """A factory of fresh PostgreSQL databases (URLs), all dropped after the session."""
    created: list[str] = []
    admin = create_engine(normalise_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")

    def make() -> str:
        name = f"fd_test_{uuid.uuid4().hex[:12]}"
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # unreachable or refused: this must fail, never skip
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is not usable: {exc}", pytrace=False)
        created.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    yield make
    if created:
        with admin.connect() as conn:
            for name in created:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def server_settings(database_url: str, blob_dir: Path, **overrides: object) -> Settings:
    upgrade(database_url)
    return Settings(database_url=database_url, secret_key=SECRET, blob_dir=blob_dir, **overrides)


@pytest.fixture
def make_world(tmp_path: Path) -> Iterator[Callable[..., World]]:
    """Worlds on a given database URL (default: a fresh SQLite file)."""
    worlds: list[World] = []
    with portal() as blocking_portal:

        def make(database_url: str | None = None, **overrides: object) -> World:
            root = tmp_path / f"world-{len(worlds)}"
            root.mkdir()
            url = database_url or f"sqlite:///{root / 'server.sqlite'}"
            settings = server_settings(url, root / "server-blobs", **overrides)
            world = World(settings, ServerHost(settings), blocking_portal, root)
            world.create_workspace()
            worlds.append(world)
            return world

        yield make
        for world in worlds:
            world.close()


@pytest.fixture
def world(make_world: Callable[..., World]) -> World:
    return make_world()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(
    request: pytest.FixtureRequest, tmp_path: Path, pg_database: Callable[[], str]
) -> str:
    if request.param == "postgresql":
        return pg_database()
    return f"sqlite:///{tmp_path / 'backend.sqlite'}"
