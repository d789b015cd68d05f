"""Rows from the server that this laptop cannot store are set aside, not fatal.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 16:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_set_aside",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_set_aside")),
    )
    with op.batch_alter_table("sync_set_aside", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sync_set_aside_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_set_aside", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_set_aside_workspace_id"))
    op.drop_table("sync_set_aside")
