"""Attach files to records; thumbnails for images, with EXIF orientation applied."""

from __future__ import annotations

import logging
import mimetypes
import os
import tempfile
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFoundError, StorageError
from desktop.models import Attachment, utcnow
from desktop.services.records import get_record
from desktop.services.workspace import Scope
from desktop.store.blobs import BlobStore
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
            reason=exc.strerror or str(exc),
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
    return data_dir / "thumbnails" / sha256[:2] / f"{sha256}-{size}.jpg"


def ensure_thumbnail(
    blobs: BlobStore, data_dir: Path, sha256: str, size: int = THUMBNAIL_SIZE
) -> Path | None:
    """The thumbnail of an image blob, made on first request; None if not an image.

    Runs Pillow only; callers in the UI run it off the GUI thread.
    """
    target = thumbnail_path(data_dir, sha256, size)
    if target.is_file():
        return target
    source = blobs.path_for(sha256)
    if not source.is_file():
        return None  # the blob has not arrived yet (lazy download)
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


def _get(session: Session, scope: Scope, attachment_id: str) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.workspace_id != scope.workspace_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no attachment with the id {id}."),
            id=attachment_id,
        )
    return attachment
