"""Search inside compound words: a trigram index beside the word index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 19:40:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

# The live folding, not a frozen copy: rows leave this contentless index only when
# the app repeats exactly what was indexed, so the migration must fold as the app does.
from desktop.store.textfold import fold

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Frozen here: a migration must not change when the app's FTS definition does.
CREATE_TRIGRAM_SQL = (
    "CREATE VIRTUAL TABLE search_trigram USING fts5("
    "title, body, tokenize = 'trigram', content = '')"
)
BATCH = 2000


def upgrade() -> None:
    op.execute(CREATE_TRIGRAM_SQL)
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            text(
                "SELECT rowid, title, body FROM search_index WHERE rowid > :last "
                "ORDER BY rowid LIMIT :batch"
            ),
            {"last": last, "batch": BATCH},
        ).all()
        if not rows:
            break
        conn.execute(
            text("INSERT INTO search_trigram (rowid, title, body) VALUES (:r, :t, :b)"),
            [{"r": row.rowid, "t": fold(row.title), "b": fold(row.body)} for row in rows],
        )
        last = rows[-1].rowid


def downgrade() -> None:
    op.execute("DROP TABLE search_trigram")
