"""Contacts: people met, with the consent that decides whether they may be exported."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, IdList, StrList
from desktop.models.synced import WorkspaceScoped


class Contact(WorkspaceScoped, Base):
    __tablename__ = "contact"
    __kind__: ClassVar[str] = "contact"
    __search_fields__ = ("name", "organisation", "role", "email", "met_at", "notes")
    __title_field__ = "name"
    __link_fields__ = {
        "municipality_id": "municipality",
        "activity_ids": "activity",
        "fields_of_action": "term",
    }
    __sort_source__ = "name"
    __table_args__ = (Index("ix_contact_listing", "workspace_id", "deleted_at", "sort_key", "id"),)

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    country: Mapped[str] = mapped_column(String(2), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    # ISO 639-1 codes ("de", "nl", "tr").
    languages: Mapped[StrList]
    fields_of_action: Mapped[IdList]
    activity_ids: Mapped[IdList]
    met_at: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # GDPR/AVG: without recorded consent a contact never leaves the workspace.
    consent_given: Mapped[bool] = mapped_column(default=False)
    consent_date: Mapped[date | None] = mapped_column(default=None)
    consent_scope: Mapped[str] = mapped_column(String(300), default="")
    consent_note: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(80), default="", info={"derived": True})
