"""Tables that never leave this laptop: the outbox, derived indexes, local state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, UTCDateTime

# "resolve": a conflict resolution (table "sync_conflict", row_id = the conflict's id).
MUTATION_OPS = ("insert", "update", "delete", "restore", "resolve")
MUTATION_STATES = ("pending", "frozen", "acked", "quarantined")


class OutboxMutation(Base):
    """One local change waiting for (or acknowledged by) the sync server.

    Written by the store in the same transaction as the change itself, so no
    data ever exists without its history. `seq` keeps local order; a later
    offline edit of the same row chains to its predecessor by `base_mutation_id`.
    Acknowledged mutations are retained: after a server restore they are re-pushed.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_row", "row_id", "seq"),
        Index("ix_outbox_state", "state", "seq"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    base_version: Mapped[int] = mapped_column(default=0)
    base_mutation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actor: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(12), default="pending")
    batch_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    # The server's answer once there is one; before and after it also "base_values" (see
    # `with_base_values`), kept here so that no schema change was needed for them.
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)


BASE_VALUES = "base_values"


def base_values_of(mutation: OutboxMutation) -> dict[str, Any]:
    """The values its author saw of the fields an edit changes (those known)."""
    found = (mutation.result or {}).get(BASE_VALUES)
    return dict(found) if isinstance(found, dict) else {}


def with_base_values(result: dict[str, Any] | None, base: dict[str, Any]) -> dict[str, Any] | None:
    """`result` (a server answer, or None before one) carrying an edit's base values.

    They go along with every sending of the edit - again after a server restore, when
    they are what the server merges the edit against (version numbers are reused)."""
    merged = {k: v for k, v in (result or {}).items() if k != BASE_VALUES}
    if base:
        merged[BASE_VALUES] = dict(base)
    return merged or None


class RecordLink(Base):
    """Derived index of id and id-list fields, so lists filter by link in SQL.

    Rebuilt by the store from the owning row on every write (and every applied
    pull); the row itself stays the single source of truth. WITHOUT ROWID (migration
    0010): the key is the table, not a second copy of it beside the rows.
    """

    __tablename__ = "record_link"
    __table_args__ = (
        Index("ix_record_link_target", "target_id", "field"),
        {"sqlite_with_rowid": False},
    )

    source_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    field: Mapped[str] = mapped_column(String(32), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class SearchDoc(Base):
    """Maps full-text rows (by integer rowid) to records; the FTS5 table is in store/fts.py."""

    __tablename__ = "search_doc"

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    # Not indexed (migration 0011): searches reach this table by rowid from the match.
    workspace_id: Mapped[str] = mapped_column(String(36))


class LocalState(Base):
    """Small key/value facts about this installation (device id, current workspace...)."""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class SyncConflict(Base):
    """A field both this laptop and someone else changed differently since the base version.

    The server decides and numbers conflicts; the client keeps a copy of each so that
    the app can show "Open conflicts" offline, dossiers can list unreviewed data, and
    a person can resolve them side by side. Values are JSON as on the wire.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "row_id", "status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    # The field in conflict; "deleted_at" for delete-versus-edit.
    field_name: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_author: Mapped[str] = mapped_column(String(200), default="")
    client_author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | resolved
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[Any] = mapped_column(JSON, nullable=True)


class SetAsideRow(Base):
    """A row from the server (or an answer bundle) that this laptop cannot store.

    Set aside with the reason instead of stopping the sync for good (ARCHITECTURE.md
    "Sync" 10): the rest of the page applies, the cursor moves on, and the row is
    shown to the user and to `field-dossier sync-problems`. A storable version of the
    same row arriving later replaces the local row and removes this entry.
    """

    __tablename__ = "sync_set_aside"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The row as received, escaped where needed (protocol.values.storable_copy).
    payload: Mapped[Any] = mapped_column(JSON, nullable=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ExportLogEntry(Base):
    """One file that left the workspace: a dossier or a data export (never its content).

    Which records and which contacts it held, when, by whom, in which language and
    format, and the file's SHA-256, so that "where was this person published?" has an
    answer and a dossier can be found again to be reissued after an erasure.
    """

    __tablename__ = "export_register"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    exported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(200), default="")
    # "dossier" or "data"; for dossiers the template's name.
    what: Mapped[str] = mapped_column(String(16))
    template: Mapped[str] = mapped_column(String(64), default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    format: Mapped[str] = mapped_column(String(8))
    file_name: Mapped[str] = mapped_column(Text, default="")
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    record_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    contact_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
