"""Drop `search_doc`'s index by workspace: no query reads through it (issue 15).

Every search starts from the full-text match and reaches `search_doc` by rowid
(EXPLAIN QUERY PLAN of search, listing and overview, measured on 100,000
observations); the workspace is then a check on the row found. The only statement
selecting by workspace alone is the re-homing at first sign-in, which scans the
table once. 4 MB of a 100,000 observation file. Runs after `store.migrate` has
backed the file up, like every migration.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 23:50:00
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_search_doc_workspace_id", table_name="search_doc")


def downgrade() -> None:
    op.create_index("ix_search_doc_workspace_id", "search_doc", ["workspace_id"])
