"""Activities: something that happened and produced notes (a coaching day, a visit...)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, IdList
from desktop.models.synced import WorkspaceScoped


class Activity(WorkspaceScoped, Base):
    __tablename__ = "activity"
    __kind__: ClassVar[str] = "activity"
    __table_args__ = (
        Index("ix_activity_listing", "workspace_id", "deleted_at", "starts_on", "id"),
    )

    title: Mapped[str] = mapped_column(String(300))
    activity_type_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Never NULL: it is a keyset-paging sort key (a NULL would fall out of every page).
    starts_on: Mapped[date] = mapped_column(default=date.today)
    ends_on: Mapped[date | None] = mapped_column(default=None)
    host_municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    fields_of_action: Mapped[IdList]
    sort_key: Mapped[str] = mapped_column(String(80), default="", info={"derived": True})
