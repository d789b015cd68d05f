"""Fixtures of the end-to-end fault suite (`make test-e2e`; not part of `make test`)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.database import normalise_url

PG_ADMIN_URL = os.environ.get("FIELD_DOSSIER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Callable[[], str]]:
    """Fresh PostgreSQL databases (URLs), dropped at the end; fails (never skips) without
    PostgreSQL."""
    created: list[str] = []
    admin = create_engine(normalise_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")

    def make() -> str:
        name = f"fd_e2e_{uuid.uuid4().hex[:12]}"
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is not usable: {exc}", pytrace=False)
        created.append(name)
        return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in created:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
