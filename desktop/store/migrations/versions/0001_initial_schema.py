"""Initial schema: synced record tables, outbox, derived indexes and the FTS5 index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24 18:49:34.725285
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Frozen here: a migration must not change when the app's FTS definition does.
CREATE_FTS_SQL = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "local_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_state")),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("base_version", sa.Integer(), nullable=False),
        sa.Column("base_mutation_id", sa.String(length=36), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_outbox_mutation_id")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index("ix_outbox_row", ["row_id", "seq"], unique=False)
        batch_op.create_index("ix_outbox_state", ["state", "seq"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "record_link",
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("source_id", "field", "target_id", name=op.f("pk_record_link")),
    )
    with op.batch_alter_table("record_link", schema=None) as batch_op:
        batch_op.create_index("ix_record_link_target", ["target_id", "field"], unique=False)

    op.create_table(
        "search_doc",
        sa.Column("rowid", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("record_id", name=op.f("uq_search_doc_record_id")),
    )
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_doc_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "workspace",
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace")),
    )
    with op.batch_alter_table("workspace", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workspace_updated_at"), ["updated_at"], unique=False)

    op.create_table(
        "activity",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("activity_type_id", sa.String(length=36), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("host_municipality_id", sa.String(length=36), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("fields_of_action", sa.JSON(), nullable=False),
        sa.Column("sort_key", sa.String(length=80), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_activity_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activity_listing", ["workspace_id", "deleted_at", "starts_on", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_activity_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_activity_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "adaptation_note",
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("element_kind", sa.String(length=16), nullable=False),
        sa.Column("element", sa.String(length=300), nullable=False),
        sa.Column("from_municipality_id", sa.String(length=36), nullable=True),
        sa.Column("to_municipality_id", sa.String(length=36), nullable=True),
        sa.Column("origin_description", sa.Text(), nullable=False),
        sa.Column("adaptation", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("framework_factors", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("effects", sa.Text(), nullable=False),
        sa.Column("observation_ids", sa.JSON(), nullable=False),
        sa.Column("fields_of_action", sa.JSON(), nullable=False),
        sa.Column("principles", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("sort_key", sa.String(length=80), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_adaptation_note_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_adaptation_note")),
    )
    with op.batch_alter_table("adaptation_note", schema=None) as batch_op:
        batch_op.create_index(
            "ix_adaptation_note_listing",
            ["workspace_id", "deleted_at", "updated_at", "id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_adaptation_note_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_adaptation_note_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("owner_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("caption", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_attachment_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attachment_owner", ["owner_id", "deleted_at", "position"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachment_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "contact",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("municipality_id", sa.String(length=36), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=64), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("fields_of_action", sa.JSON(), nullable=False),
        sa.Column("activity_ids", sa.JSON(), nullable=False),
        sa.Column("met_at", sa.String(length=300), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("consent_scope", sa.String(length=300), nullable=False),
        sa.Column("consent_note", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=80), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_contact_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_listing", ["workspace_id", "deleted_at", "sort_key", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contact_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_contact_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "municipality",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_municipality_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality")),
    )
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_municipality_updated_at"), ["updated_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_municipality_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "observation",
        sa.Column("activity_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("district_id", sa.String(length=36), nullable=True),
        sa.Column("fields_of_action", sa.JSON(), nullable=False),
        sa.Column("target_groups", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("gender_remark", sa.Text(), nullable=False),
        sa.Column("sort_key", sa.String(length=80), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_observation_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_observation_activity",
            ["activity_id", "deleted_at", "observed_on", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_observation_listing",
            ["workspace_id", "deleted_at", "observed_on", "id"],
            unique=False,
        )
        batch_op.create_index(batch_op.f("ix_observation_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_observation_workspace_id"), ["workspace_id"], unique=False
        )

    op.create_table(
        "term",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_term_workspace_id_workspace"),
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_term")),
    )
    with op.batch_alter_table("term", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_term_updated_at"), ["updated_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_term_workspace_id"), ["workspace_id"], unique=False)
        batch_op.create_index(
            "ix_term_workspace_kind", ["workspace_id", "kind", "position"], unique=False
        )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("workspace_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=32), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("field_name", sa.String(length=64), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("client_value", sa.JSON(), nullable=True),
        sa.Column("server_author", sa.String(length=200), nullable=False),
        sa.Column("client_author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=False),
        sa.Column("resolution", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_row", ["row_id", "status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_workspace_id"), ["workspace_id"], unique=False
        )
    op.execute(CREATE_FTS_SQL)


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
    op.drop_table("sync_conflict")
    with op.batch_alter_table("term", schema=None) as batch_op:
        batch_op.drop_index("ix_term_workspace_kind")
        batch_op.drop_index(batch_op.f("ix_term_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_term_updated_at"))

    op.drop_table("term")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_observation_updated_at"))
        batch_op.drop_index("ix_observation_listing")
        batch_op.drop_index("ix_observation_activity")

    op.drop_table("observation")
    with op.batch_alter_table("municipality", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipality_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_municipality_updated_at"))

    op.drop_table("municipality")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_contact_updated_at"))
        batch_op.drop_index("ix_contact_listing")

    op.drop_table("contact")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_updated_at"))
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index("ix_attachment_owner")

    op.drop_table("attachment")
    with op.batch_alter_table("adaptation_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_adaptation_note_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_adaptation_note_updated_at"))
        batch_op.drop_index("ix_adaptation_note_listing")

    op.drop_table("adaptation_note")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_workspace_id"))
        batch_op.drop_index(batch_op.f("ix_activity_updated_at"))
        batch_op.drop_index("ix_activity_listing")

    op.drop_table("activity")
    with op.batch_alter_table("workspace", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workspace_updated_at"))

    op.drop_table("workspace")
    with op.batch_alter_table("search_doc", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_doc_workspace_id"))

    op.drop_table("search_doc")
    with op.batch_alter_table("record_link", schema=None) as batch_op:
        batch_op.drop_index("ix_record_link_target")

    op.drop_table("record_link")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_workspace_id"))
        batch_op.drop_index("ix_outbox_state")
        batch_op.drop_index("ix_outbox_row")
        batch_op.drop_index(batch_op.f("ix_outbox_batch_id"))

    op.drop_table("outbox")
    op.drop_table("local_state")
