"""Observations: what somebody saw or heard during an activity."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, IdList
from desktop.models.synced import WorkspaceScoped


class Observation(WorkspaceScoped, Base):
    __tablename__ = "observation"
    __kind__: ClassVar[str] = "observation"
    __table_args__ = (
        Index("ix_observation_listing", "workspace_id", "deleted_at", "observed_on", "id"),
        Index("ix_observation_activity", "activity_id", "deleted_at", "observed_on", "id"),
    )

    activity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Markdown (bold, italic, lists): what the editor writes and the exports render.
    text: Mapped[str] = mapped_column(Text, default="")
    # Never NULL: it is a keyset-paging sort key (a NULL would fall out of every page).
    observed_on: Mapped[date] = mapped_column(default=date.today)
    author: Mapped[str] = mapped_column(String(200), default="")
    district_id: Mapped[str | None] = mapped_column(String(36), default=None)
    fields_of_action: Mapped[IdList]
    target_groups: Mapped[IdList]
    tags: Mapped[IdList]
    gender_remark: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(80), default="", info={"derived": True})
