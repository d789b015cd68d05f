"""Workspace taxonomies: municipalities and the term lists (fields of action, tags, ...)."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base
from desktop.models.synced import WorkspaceScoped

TERM_KINDS = (
    "activity_type",
    "field_of_action",
    "target_group",
    "principle",
    "district",
    "tag",
)


class Municipality(WorkspaceScoped, Base):
    __tablename__ = "municipality"
    __kind__: ClassVar[str] = "municipality"

    name: Mapped[str] = mapped_column(String(200))
    # ISO 3166-1 alpha-2 ("DE", "NL").
    country: Mapped[str] = mapped_column(String(2), default="")


class Term(WorkspaceScoped, Base):
    """One entry of a workspace taxonomy, with labels per language.

    `name` is the canonical name (German for the seeded defaults, as the project
    wrote them); `labels` maps "de"/"nl"/"en" to the name shown in that language.
    """

    __tablename__ = "term"
    __kind__: ClassVar[str] = "term"
    __table_args__ = (Index("ix_term_workspace_kind", "workspace_id", "kind", "position"),)

    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    labels: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(default=0)
