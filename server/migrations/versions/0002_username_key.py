"""User names are looked up by a folded key ("Änne" = "ÄNNE"), the same on every database.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 18:00:00

SQLite's lower() folds ASCII only: "Änne" could be created but not found, and "ÄNNE"
could be created beside her. Each account gets `username_key` (NFC, case-folded, NFC;
computed here in Python for the existing accounts) under a unique index. Two existing
accounts whose names fold alike cannot both keep their names: the migration refuses,
names them, and changes nothing - an administrator renames one and runs it again.
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

from server.migrate import MigrationRefusedError

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_ACCOUNT = sa.table(
    "account",
    sa.column("id", sa.String),
    sa.column("username", sa.String),
    sa.column("username_key", sa.String),
)


def _key(username: str) -> str:
    # Frozen copy of server.usernames.username_key: a migration must not change later.
    composed = unicodedata.normalize("NFC", username.strip())
    return unicodedata.normalize("NFC", composed.casefold())


def upgrade() -> None:
    connection = op.get_bind()
    accounts = connection.execute(sa.select(_ACCOUNT.c.id, _ACCOUNT.c.username)).all()
    _refuse_collisions([(str(row.id), str(row.username)) for row in accounts])
    with op.batch_alter_table("account") as batch:
        batch.add_column(sa.Column("username_key", sa.String(length=600), nullable=True))
    for account_id, username in accounts:
        connection.execute(
            sa.update(_ACCOUNT)
            .where(_ACCOUNT.c.id == account_id)
            .values(username_key=_key(str(username)))
        )
    with op.batch_alter_table("account") as batch:
        batch.alter_column("username_key", existing_type=sa.String(length=600), nullable=False)
        batch.create_unique_constraint(batch.f("uq_account_username_key"), ["username_key"])


def _refuse_collisions(accounts: list[tuple[str, str]]) -> None:
    by_key: dict[str, list[tuple[str, str]]] = {}
    for account_id, username in accounts:
        by_key.setdefault(_key(username), []).append((account_id, username))
    clashes = [group for group in by_key.values() if len(group) > 1]
    if not clashes:
        return
    names = "; ".join(
        " and ".join(f"{name!r} (id {account_id})" for account_id, name in group)
        for group in clashes
    )
    raise MigrationRefusedError(
        "user names are now the same whatever their case, and these accounts would "
        f"become one: {names}. Nothing was changed. Rename all but one of each "
        "(e.g. UPDATE account SET username = 'anne-2' WHERE id = '...'), or remove the "
        "unused one, then run the command again."
    )


def downgrade() -> None:
    with op.batch_alter_table("account") as batch:
        batch.drop_constraint(batch.f("uq_account_username_key"), type_="unique")
        batch.drop_column("username_key")
