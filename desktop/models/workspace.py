"""The workspace: one project's shared documentation space."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base
from desktop.models.synced import SyncedColumns


class Workspace(SyncedColumns, Base):
    __tablename__ = "workspace"
    __kind__: ClassVar[str] = "workspace"

    # A workspace is its own scope; the column keeps every synced row uniform.
    workspace_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(200))
    # Title page texts, funding notice, default language: see services/workspace.py.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
