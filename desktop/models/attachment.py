"""Attachments: photos and files on a record, stored once by content hash."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base
from desktop.models.synced import WorkspaceScoped


class Attachment(WorkspaceScoped, Base):
    __tablename__ = "attachment"
    __kind__: ClassVar[str] = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_id", "deleted_at", "position"),)

    # Any record kind may own attachments, so this is not a foreign key.
    owner_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(default=0)
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    caption: Mapped[str] = mapped_column(Text, default="")
    # Who took the photo (printed under it in dossiers; the workspace's credit otherwise).
    credit: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)
