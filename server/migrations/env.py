"""Alembic environment of the server database (SQLite or PostgreSQL).

The connection comes from `server.migrate` (config.attributes["connection"]); batch
mode keeps migrations working on SQLite, which alters tables by copying them.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from server.models import Base

config = context.config


def run_migrations() -> None:
    connection: Any = config.attributes.get("connection")
    if connection is None:
        from server.database import make_engine

        url = config.get_main_option("sqlalchemy.url") or "sqlite:///field-dossier-server.sqlite"
        engine = make_engine(url)
        with engine.begin() as conn:
            _configure_and_run(conn)
        engine.dispose()
    else:
        _configure_and_run(connection)


def _configure_and_run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
