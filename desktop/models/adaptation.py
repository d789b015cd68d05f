"""Adaptation notes: how a transferred element had to change at its destination."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, IdList, StrList
from desktop.models.synced import WorkspaceScoped

ELEMENT_KINDS = ("module", "structure", "method", "principle")
ADAPTATION_STATUSES = ("idea", "planned", "piloting", "implemented", "dropped")
# Which framework conditions force the change (PRODUCT.md: law, funding, culture, actors).
FRAMEWORK_FACTORS = ("law", "funding", "administrative_culture", "actors", "other")


class AdaptationNote(WorkspaceScoped, Base):
    __tablename__ = "adaptation_note"
    __kind__: ClassVar[str] = "adaptation"
    __table_args__ = (
        Index("ix_adaptation_note_listing", "workspace_id", "deleted_at", "updated_at", "id"),
    )

    activity_id: Mapped[str | None] = mapped_column(String(36), default=None)
    element_kind: Mapped[str] = mapped_column(String(16))
    element: Mapped[str] = mapped_column(String(300))
    from_municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    to_municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    origin_description: Mapped[str] = mapped_column(Text, default="")
    adaptation: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    framework_factors: Mapped[StrList]
    status: Mapped[str] = mapped_column(String(16), default="idea")
    effects: Mapped[str] = mapped_column(Text, default="")
    observation_ids: Mapped[IdList]
    fields_of_action: Mapped[IdList]
    principles: Mapped[IdList]
    tags: Mapped[IdList]
    sort_key: Mapped[str] = mapped_column(String(80), default="", info={"derived": True})
