"""What a contact's consent covers and until when (issue 16).

Existing contacts keep what their consent meant so far: every use, no end - both
columns null, which is also what the server's rows from before hold (they lack the
keys), so the first edit of either on any laptop is an edit, not a conflict. Like
every migration, it runs after `store.migrate` has backed the file up.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 23:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_use", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("consent_until", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("consent_until")
        batch_op.drop_column("consent_use")
