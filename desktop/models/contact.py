"""Contacts: people met, with the consent that decides whether they may be exported."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, IdList, StrList
from desktop.models.synced import WorkspaceScoped

# A contact's e-mails, phones or addresses: dicts as desktop/domain/contact_points.py says.
PointList = Annotated[
    list[dict[str, Any]], mapped_column(JSON, default=list, info={"points": True})
]


class Contact(WorkspaceScoped, Base):
    __tablename__ = "contact"
    __kind__: ClassVar[str] = "contact"
    __table_args__ = (Index("ix_contact_listing", "workspace_id", "deleted_at", "sort_key", "id"),)

    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    # "person", "org" or "group" (vCard KIND).
    contact_type: Mapped[str] = mapped_column(String(16), default="person")
    role: Mapped[str] = mapped_column(String(200), default="")
    municipality_id: Mapped[str | None] = mapped_column(String(36), default=None)
    country: Mapped[str] = mapped_column(String(2), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    # Every contact point; `email`, `phone` and `country` hold the preferred ones.
    emails: Mapped[PointList]
    phones: Mapped[PointList]
    addresses: Mapped[PointList]
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
    # Which uses the consent covers ("internal", "boards", "public": domain/consent.py)
    # and its last day (None: it does not end). None for the use is a row from before
    # it existed: every use. Null, not a value, because the server's rows from then
    # lack the key, which reads as null: a first edit must not look like a conflict.
    consent_use: Mapped[str | None] = mapped_column(String(16), default=None)
    consent_until: Mapped[date | None] = mapped_column(default=None)
    consent_note: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(80), default="", info={"derived": True})
