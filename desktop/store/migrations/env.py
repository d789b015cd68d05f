"""Alembic environment for the local database (batch mode: SQLite alters by copying)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import context

from desktop.models import Base
from desktop.store.fts import FTS_TABLE, TRIGRAM_TABLE

config = context.config
target_metadata = Base.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The FTS5 virtual tables and their shadow tables are created by hand (0001, 0004).
    return not (
        type_ == "table" and name is not None and name.startswith((FTS_TABLE, TRIGRAM_TABLE))
    )


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        # Invoked from the alembic command line (developers): open the file named in the ini.
        from desktop.store.database import make_engine

        url = config.get_main_option("sqlalchemy.url") or "sqlite:///dev.sqlite"
        engine = make_engine(Path(url.removeprefix("sqlite:///")), foreign_keys=False)
        with engine.begin() as conn:
            _configure_and_run(conn)
        engine.dispose()
    else:
        _configure_and_run(connection)


def _configure_and_run(connection: Any) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
