"""The columns every synced row carries (see ARCHITECTURE.md, "Local data")."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from desktop.models.base import UTCDateTime, UUIDKey


class SyncedColumns:
    """Identity, server version and audit columns; `deleted_at` is the tombstone.

    Class attributes describe the row to the store (they are not columns):
    `__kind__` is the record kind used in the outbox and the wire format,
    `__search_fields__` the text columns indexed for full-text search,
    `__link_fields__` the id-list or id columns that the store mirrors into
    `record_link` (column -> target kind) so that lists can be filtered in SQL,
    `__sort_source__` the text column whose folded prefix fills `sort_key`.
    """

    __kind__: ClassVar[str]
    __tablename__: Any
    __search_fields__: ClassVar[tuple[str, ...]] = ()
    __title_field__: ClassVar[str | None] = None
    __link_fields__: ClassVar[dict[str, str]] = {}
    __sort_source__: ClassVar[str | None] = None

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
