"""Records as the public JSON objects of docs/data-format.md."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import kind_spec
from desktop.models import Attachment, SyncedColumns
from desktop.services.codec import format_value
from desktop.services.taxonomy import Taxonomy
from desktop.store.wire import to_wire


def to_public(
    record: SyncedColumns,
    taxonomy: Taxonomy,
    attachments: list[Attachment] | None = None,
) -> dict[str, Any]:
    spec = kind_spec(record.__kind__)
    data: dict[str, Any] = {"id": record.id, "kind": spec.kind}
    for field in spec.fields:
        data[field.name] = format_value(taxonomy, field, getattr(record, field.attr))
    data.update(
        {
            "version": record.version,
            "created_at": to_wire(record.created_at),
            "created_by": record.created_by,
            "updated_at": to_wire(record.updated_at),
            "updated_by": record.updated_by,
            "deleted_at": to_wire(record.deleted_at),
        }
    )
    if attachments is not None:
        data["attachments"] = [attachment_to_public(a) for a in attachments]
    return data


def attachment_to_public(attachment: Attachment) -> dict[str, Any]:
    return {
        "id": attachment.id,
        "file_name": attachment.file_name,
        "caption": attachment.caption,
        "credit": attachment.credit,
        "mime": attachment.mime,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "deleted_at": to_wire(attachment.deleted_at),
    }


def attachments_of(
    session: Session, owner_id: str, *, include_deleted: bool = False
) -> list[Attachment]:
    query = select(Attachment).where(Attachment.owner_id == owner_id)
    if not include_deleted:
        query = query.where(Attachment.deleted_at.is_(None))
    return list(session.scalars(query.order_by(Attachment.position, Attachment.created_at)))
