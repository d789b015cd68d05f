"""Contacts keep every e-mail, phone and address, and say whether they are a person.

Existing single e-mails and phones become the first (preferred) entry of the new
lists, so nothing a user typed is lost and the editor shows them at once.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 19:40:00
"""

from __future__ import annotations

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("contact_type", sa.String(length=16), nullable=False, server_default="person")
        )
        batch_op.add_column(sa.Column("emails", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("phones", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("addresses", sa.JSON(), nullable=False, server_default="[]"))
    connection = op.get_bind()
    rows = connection.execute(
        sa.text("SELECT id, email, phone FROM contact WHERE email != '' OR phone != ''")
    ).fetchall()
    for row_id, email, phone in rows:
        connection.execute(
            sa.text("UPDATE contact SET emails = :emails, phones = :phones WHERE id = :id"),
            {
                "id": row_id,
                "emails": _single(row_id, "email", email),
                "phones": _single(row_id, "phone", phone),
            },
        )


def _single(row_id: str, field: str, value: str) -> str:
    if not value:
        return "[]"
    # The same id on every laptop that migrates the same contact, so a later edit on
    # one merges with the other's list entry by entry (no duplicate, no conflict).
    point_id = hashlib.sha256(f"{row_id}:{field}".encode()).hexdigest()[:8]
    point = {"id": point_id, "value": value, "kind": "", "label": "", "pref": True}
    return json.dumps([point])


def downgrade() -> None:
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_column("addresses")
        batch_op.drop_column("phones")
        batch_op.drop_column("emails")
        batch_op.drop_column("contact_type")
