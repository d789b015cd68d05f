"""Attach files to records; thumbnails for images, with EXIF orientation applied."""

from __future__ import annotations

import logging
import mimetypes
import os
import tempfile
import warnings
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, StorageError, ValidationError
from desktop.models import Attachment, utcnow
from desktop.services.os_errors import os_reason
from desktop.services.records import get_record
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.blobs import BlobStore, DamagedDigestError, is_sha256, printable_digest
from desktop.tr import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.attachments")

THUMBNAIL_SIZE = 320


def attach_file(
    session: Session,
    scope: Scope,
    blobs: BlobStore,
    owner_id: str,
    source: Path,
    caption: str = "",
) -> Attachment:
    """Copy `source` into the blob store (once per content) and attach it to a record."""
    owner = get_record(session, scope, owner_id)
    if not source.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(source)
        )
    try:
        sha256, size = blobs.put_file(source)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=os_reason(exc),
        ) from exc
    position = session.execute(
        select(func.coalesce(func.max(Attachment.position), -1)).where(
            Attachment.owner_id == owner.id
        )
    ).scalar_one()
    attachment = Attachment(
        workspace_id=scope.workspace_id,
        owner_id=owner.id,
        sha256=sha256,
        size=size,
        mime=guess_mime(source),
        file_name=source.name,
        caption=" ".join(caption.split()),
        position=int(position) + 1,
    )
    session.add(attachment)
    session.flush()
    return attachment


def update_caption(session: Session, scope: Scope, attachment_id: str, caption: str) -> Attachment:
    attachment = _get(session, scope, attachment_id)
    attachment.caption = " ".join(caption.split())
    session.flush()
    return attachment


def update_credit(session: Session, scope: Scope, attachment_id: str, credit: str) -> Attachment:
    attachment = _get(session, scope, attachment_id)
    attachment.credit = " ".join(credit.split())[:200]
    session.flush()
    return attachment


def remove_attachment(session: Session, scope: Scope, attachment_id: str) -> Attachment:
    """Tombstone an attachment; its blob stays, so restoring it is possible."""
    attachment = _get(session, scope, attachment_id)
    if attachment.deleted_at is None:
        attachment.deleted_at = utcnow()
        session.flush()
    return attachment


def restore_attachment(session: Session, scope: Scope, attachment_id: str) -> Attachment:
    attachment = _get(session, scope, attachment_id)
    attachment.deleted_at = None
    session.flush()
    return attachment


def guess_mime(path: Path) -> str:
    mime, _ = mimetypes.guess_type(path.name)
    return mime or "application/octet-stream"


def is_image(mime: str) -> bool:
    return mime.startswith("image/")


def thumbnail_path(data_dir: Path, sha256: str, size: int = THUMBNAIL_SIZE) -> Path:
    if not is_sha256(sha256):  # never a path from a damaged or hostile digest
        raise DamagedDigestError(sha256)
    return data_dir / "thumbnails" / sha256[:2] / f"{sha256}-{size}.jpg"


def ensure_thumbnail(
    blobs: BlobStore, data_dir: Path, sha256: str, size: int = THUMBNAIL_SIZE
) -> Path | None:
    """The thumbnail of an image blob, made on first request; None if not an image.

    Runs Pillow only; callers in the UI run it off the GUI thread. None as well for
    a damaged digest (a row synced from elsewhere): it names no file.
    """
    if not is_sha256(sha256):
        log.warning("attachment digest %s is damaged; no thumbnail", printable_digest(sha256))
        return None
    target = thumbnail_path(data_dir, sha256, size)
    if target.is_file():
        return target
    source = blobs.path_for(sha256)
    if not source.is_file():
        return None  # the blob has not arrived yet (lazy download)
    # Pillow loads with the first thumbnail, not with every editor (the app's start).
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(source) as image:
                image.draft("RGB", (size * 2, size * 2))  # JPEG: decode at reduced scale
                oriented = ImageOps.exif_transpose(image)
                oriented.thumbnail((size, size))
                rgb = oriented.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    except OSError as exc:
        log.warning("cannot make a thumbnail of %s: %s", sha256, exc)
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".jpg")
    os.close(fd)
    rgb.save(tmp, "JPEG", quality=85)
    os.replace(tmp, target)
    return target


class DamagedAttachmentError(ValidationError):
    """An attachment whose file cannot be found by its digest; reported, left out."""

    def __init__(self, attachment: Attachment) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The attachment {name} ({id}) refers to its file by a damaged name "
                "({digest}); it was left out.",
            ),
            name=printable_digest(attachment.file_name or "-"),
            id=attachment.id,
            digest=printable_digest(attachment.sha256),
        )


def damaged_attachments(session: Session, workspace_id: str) -> list[Attachment]:
    """Live attachments whose digest names no file (rows synced before digests were
    checked): they are left out of downloads and exports, and listed for the user."""
    not_a_digest = or_(
        func.length(Attachment.sha256) != 64, Attachment.sha256.op("GLOB")("*[^0-9a-f]*")
    )
    query = select(Attachment).where(
        Attachment.workspace_id == workspace_id, Attachment.deleted_at.is_(None), not_a_digest
    )
    return list(session.scalars(query.order_by(Attachment.id)))


def _get(session: Session, scope: Scope, attachment_id: str) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.workspace_id != scope.workspace_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no attachment with the id {id}."),
            id=attachment_id,
        )
    return attachment


# -- one user action each (for the UI) ------------------------------------------------------


def attachments_of_record(db: Database, owner_id: str) -> list[Attachment]:
    with db.read() as session:
        query = (
            select(Attachment)
            .where(Attachment.owner_id == owner_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.position, Attachment.created_at)
        )
        return list(session.scalars(query))


def attach_path(db: Database, scope: Scope, owner_id: str, path: Path) -> str:
    """Attach one file in a transaction of its own; returns its SHA-256."""
    with db.write(scope.actor) as session:
        return attach_file(session, scope, db.blobs, owner_id, path).sha256


def change_caption(db: Database, scope: Scope, attachment_id: str, caption: str) -> None:
    with db.write(scope.actor) as session:
        update_caption(session, scope, attachment_id, caption)


def change_credit(db: Database, scope: Scope, attachment_id: str, credit: str) -> None:
    """Who took the photo: printed under it in every dossier."""
    with db.write(scope.actor) as session:
        update_credit(session, scope, attachment_id, credit)


def take_off(db: Database, scope: Scope, attachment_id: str) -> None:
    """Remove an attachment from its record (a tombstone; the history keeps it)."""
    with db.write(scope.actor) as session:
        remove_attachment(session, scope, attachment_id)
