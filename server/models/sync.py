"""The synced data: current row states, their full version history, and the push ledger.

Rows are keyed by (workspace_id, table_name, row_id): taxonomy ids are derived from
names on the laptops and are the same in every workspace.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, JSONColumn, utcnow


class RowState(Base):
    """The latest state of a row; `server_seq` is the sequence number of its last change."""

    __tablename__ = "row_state"
    __table_args__ = (Index("ix_row_state_feed", "workspace_id", "server_seq"),)

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int]
    server_seq: Mapped[int] = mapped_column(BigInteger)
    change_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONColumn)
    # field -> [version, account, device] of the change that last set it (conflict parties).
    field_writers: Mapped[dict[str, Any]] = mapped_column(JSONColumn)
    created_at: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(200))
    created_account_id: Mapped[str] = mapped_column(String(36))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class RowVersion(Base):
    """Every version of every row: a full snapshot plus who, from where, when, and what.

    The snapshots are the bases of the three-way merge; `(workspace_id, server_seq)` is
    unique, which is what lets a client prove the server still knows its checkpoint.
    """

    __tablename__ = "row_version"
    __table_args__ = (
        UniqueConstraint("workspace_id", "server_seq", name="uq_row_version_seq"),
        Index("ix_row_version_mutation", "mutation_id"),
    )

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger)
    change_id: Mapped[str] = mapped_column(String(36))
    # insert | update | delete | restore | conflict | resolution
    kind: Mapped[str] = mapped_column(String(12))
    fields: Mapped[dict[str, Any]] = mapped_column(JSONColumn)
    changed_fields: Mapped[list[str]] = mapped_column(JSONColumn)
    conflict_ids: Mapped[list[str]] = mapped_column(JSONColumn)
    actor: Mapped[str] = mapped_column(String(200))
    account_username: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(36))
    mutation_id: Mapped[str | None] = mapped_column(String(36))
    client_time: Mapped[datetime | None]
    committed_at: Mapped[datetime] = mapped_column(default=utcnow)


class AppliedMutation(Base):
    """Every mutation received (applied, merged, conflicting, no-op or quarantined), once.

    The payload is kept: chained mutations use their predecessors' changes as part of
    their merge base, and a retried mutation gets its stored result back.
    """

    __tablename__ = "applied_mutation"

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    account_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(8))
    # Sent by the client: any signed 64-bit value the wire allows.
    base_version: Mapped[int] = mapped_column(BigInteger)
    base_mutation_id: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[dict[str, Any]] = mapped_column(JSONColumn)
    actor: Mapped[str] = mapped_column(String(200))
    client_time: Mapped[datetime]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(12))
    result: Mapped[dict[str, Any]] = mapped_column(JSONColumn)


class PushBatch(Base):
    """The stored answer to a batch: a retried (device_id, batch_id) gets it again."""

    __tablename__ = "push_batch"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    account_id: Mapped[str] = mapped_column(String(36))
    request_hash: Mapped[str] = mapped_column(String(64))
    results: Mapped[list[dict[str, Any]]] = mapped_column(JSONColumn)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """A field two people changed differently since a common version.

    The server's value stays in the row (visible); the client's value waits here.
    `updated_seq` is the change that created or resolved it, so pulls carry it along.
    """

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_row", "workspace_id", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    field_name: Mapped[str] = mapped_column(String(64))
    base_value: Mapped[Any] = mapped_column(JSONColumn, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSONColumn, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSONColumn, nullable=True)
    server_author: Mapped[str] = mapped_column(String(200))
    server_account_id: Mapped[str] = mapped_column(String(36))
    server_device: Mapped[str] = mapped_column(String(36))
    client_author: Mapped[str] = mapped_column(String(200))
    client_account_id: Mapped[str] = mapped_column(String(36))
    client_device: Mapped[str] = mapped_column(String(36))
    mutation_id: Mapped[str] = mapped_column(String(36))
    created_version: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_seq: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(12), default="open")
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    resolution: Mapped[Any] = mapped_column(JSONColumn, nullable=True, default=None)


class Quarantine(Base):
    """A mutation that was refused (invalid, unknown, not allowed), kept with the reason."""

    __tablename__ = "quarantine"
    __table_args__ = (Index("ix_quarantine_row", "workspace_id", "table_name", "row_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workspace_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    account_id: Mapped[str] = mapped_column(String(36))
    batch_id: Mapped[str] = mapped_column(String(36))
    mutation_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONColumn)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Blob(Base):
    """An attachment file of a workspace: complete once its SHA-256 was verified."""

    __tablename__ = "blob"

    workspace_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(default=False)
    uploaded_by: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
