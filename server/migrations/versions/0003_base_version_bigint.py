"""A mutation's base version is stored as a 64-bit integer, as the wire allows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 19:00:00

The wire format bounds every integer to signed 64 bits, but `applied_mutation.
base_version` was a 32-bit INTEGER: on PostgreSQL a push with a base version between
2^31 and 2^63 failed with "integer out of range" (found by the schemathesis suite).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("applied_mutation") as batch:
        batch.alter_column(
            "base_version", existing_type=sa.Integer(), type_=sa.BigInteger(), nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("applied_mutation") as batch:
        batch.alter_column(
            "base_version", existing_type=sa.BigInteger(), type_=sa.Integer(), nullable=False
        )
