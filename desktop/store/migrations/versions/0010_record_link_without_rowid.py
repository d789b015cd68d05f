"""A leaner `record_link`: stored in its primary key (WITHOUT ROWID) (issue 15).

As a rowid table every link was stored twice - in the table and again in the
automatic index of its (source_id, field, target_id) key - a fifth of a 100,000
observation file's non-outbox size in one derived index. Without a rowid the key
is the table; the lookup by target keeps its index (SQLite appends the key's
remaining column, so "who links here" reads the index alone). The table is rebuilt
and every link copied as it is: no link is derived again. Like every migration, it
runs after `store.migrate` has backed the file up.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_COLUMNS = "source_id, field, target_id"


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)


def _rebuild(*, with_rowid: bool) -> None:
    # Frozen here: a migration must not change when the model does.
    op.create_table(
        "record_link_rebuilt",
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("source_id", "field", "target_id", name=op.f("pk_record_link")),
        sqlite_with_rowid=with_rowid,
    )
    # In key order: a WITHOUT ROWID table fills its pages in order, none half empty.
    op.execute(
        f"INSERT INTO record_link_rebuilt ({_COLUMNS}) "
        f"SELECT {_COLUMNS} FROM record_link ORDER BY {_COLUMNS}"
    )
    op.drop_table("record_link")  # and its index by target
    op.rename_table("record_link_rebuilt", "record_link")
    op.create_index("ix_record_link_target", "record_link", ["target_id", "field"])
