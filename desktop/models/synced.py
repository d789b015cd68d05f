"""The columns every synced row carries (see ARCHITECTURE.md, "Local data")."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from desktop.models.base import UTCDateTime, UUIDKey


class SyncedColumns:
    """Identity, server version and audit columns; `deleted_at` is the tombstone.

    `__kind__` names the kind of row (a record kind of `desktop.domain`, or "term",
    "municipality", "attachment", "workspace"). Everything else about a record kind -
    its fields, search text, sorting, links - is declared in its `KindSpec`.
    """

    __kind__: ClassVar[str]
    __tablename__: Any

    id: Mapped[UUIDKey]
    # The server version this row is based on; 0 = never synced.
    version: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)


class WorkspaceScoped(SyncedColumns):
    """A synced row that belongs to one workspace."""

    @declared_attr
    def workspace_id(cls) -> Mapped[str]:  # noqa: N805 - declared_attr passes the class
        # ON UPDATE CASCADE: signing in re-homes a local workspace to the server's id.
        return mapped_column(String(36), ForeignKey("workspace.id", onupdate="CASCADE"), index=True)


# Columns that are bookkeeping, not user data: never part of a mutation's changes.
SYNC_META_COLUMNS = frozenset(
    {"id", "workspace_id", "version", "created_at", "created_by", "updated_at", "updated_by"}
)
