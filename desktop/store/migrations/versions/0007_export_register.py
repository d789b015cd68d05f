"""A register of what left the workspace: each dossier and data export, by id and hash.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-07 20:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "export_register",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("what", sa.String(length=16), nullable=False),
        sa.Column("template", sa.String(length=64), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("record_ids", sa.JSON(), nullable=False),
        sa.Column("contact_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_register")),
    )
    with op.batch_alter_table("export_register", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_export_register_workspace_id"), ["workspace_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("export_register", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_export_register_workspace_id"))
    op.drop_table("export_register")
