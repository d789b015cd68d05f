"""Backups restore exactly what was saved; attachments are stored once, thumbnails upright."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Attachment, Observation
from desktop.services.attachments import attach_file, ensure_thumbnail, remove_attachment
from desktop.services.backup import create_backup, restore_backup
from desktop.services.records import create_record, update_record
from desktop.services.workspace import Scope
from desktop.store import Database, open_database


def texts(data_dir: Path) -> list[str]:
    database = open_database(data_dir)
    try:
        with database.read() as session:
            return sorted(o.text for o in session.scalars(select(Observation)))
    finally:
        database.dispose()


def portrait_photo(path: Path) -> Path:
    """A 300x200 picture stored sideways with EXIF orientation 6, like a phone's."""
    upright = Image.new("RGB", (200, 300), (200, 30, 30))
    upright.paste((30, 30, 200), (0, 0, 200, 40))  # blue band at the top when upright
    exif = Image.Exif()
    exif[0x0112] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", exif=exif)
    return path


def test_backup_and_restore_bring_back_the_saved_state(
    db: Database, scope: Scope, data_dir: Path, tmp_path: Path
) -> None:
    photo = portrait_photo(tmp_path / "hoch.jpg")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "vor dem Backup"})
        attach_file(session, scope, db.blobs, note.id, photo)
    backup = tmp_path / "sicherung.zip"
    info = create_backup(data_dir, backup)
    assert info.blobs == 1
    with db.write(scope.actor) as session:
        update_record(session, scope, note.id, {"text": "nach dem Backup"})
    db.dispose()

    for blob in (data_dir / "blobs").rglob("*"):
        if blob.is_file():
            blob.unlink()
    safety = restore_backup(data_dir, backup)

    assert texts(data_dir) == ["vor dem Backup"]
    assert any((data_dir / "blobs").rglob("*")), "attachment files come back too"
    assert texts_in_backup(safety) == ["nach dem Backup"], "what was replaced is kept"


def texts_in_backup(backup: Path) -> list[str]:
    scratch = backup.parent / "inspect"
    with zipfile.ZipFile(backup) as archive:
        archive.extractall(scratch)
    return texts(scratch)


def test_a_file_that_is_not_a_backup_changes_nothing(
    db: Database, scope: Scope, data_dir: Path, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "bleibt"})
    db.dispose()
    fake = tmp_path / "fake.zip"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("manifest.json", '{"format": "something-else"}')
    with pytest.raises(ValidationError):
        restore_backup(data_dir, fake)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("manifest.json", '{"format": "field-dossier-backup"}')
        archive.writestr("field-dossier.sqlite", b"this is not a database" * 100)
    with pytest.raises(ValidationError):
        restore_backup(data_dir, damaged)
    with pytest.raises(NotFoundError):
        restore_backup(data_dir, tmp_path / "missing.zip")
    assert texts(data_dir) == ["bleibt"]
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").glob("*.zip"))


def test_the_same_file_attached_twice_is_stored_once(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    photo = portrait_photo(tmp_path / "a.jpg")
    copy = tmp_path / "b.jpg"
    copy.write_bytes(photo.read_bytes())
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "Fotos"})
        first = attach_file(session, scope, db.blobs, note.id, photo, "  Erstes   Foto ")
        second = attach_file(session, scope, db.blobs, note.id, copy)
    assert first.sha256 == second.sha256
    assert first.caption == "Erstes Foto"
    assert (first.position, second.position) == (0, 1)
    assert first.mime == "image/jpeg"
    assert sum(1 for p in db.blobs.root.rglob("*") if p.is_file()) == 1


def test_thumbnails_apply_the_exif_rotation(
    db: Database, scope: Scope, data_dir: Path, tmp_path: Path
) -> None:
    photo = portrait_photo(tmp_path / "hoch.jpg")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "Foto"})
        attachment = attach_file(session, scope, db.blobs, note.id, photo)
    thumbnail = ensure_thumbnail(db.blobs, data_dir, attachment.sha256, size=150)
    assert thumbnail is not None
    with Image.open(thumbnail) as image:
        assert image.height > image.width, "upright, as the camera was held"
        red, green, blue = image.convert("RGB").getpixel((image.width // 2, 3))
        assert blue > red, "the blue band is at the top"


def test_a_file_that_is_not_an_image_gets_no_thumbnail(
    db: Database, scope: Scope, data_dir: Path, tmp_path: Path
) -> None:
    document = tmp_path / "protokoll.pdf"
    document.write_bytes(b"%PDF-1.4 nothing")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "Protokoll"})
        attachment = attach_file(session, scope, db.blobs, note.id, document)
    assert attachment.mime == "application/pdf"
    assert ensure_thumbnail(db.blobs, data_dir, attachment.sha256) is None


def test_removing_an_attachment_is_a_tombstone(db: Database, scope: Scope, tmp_path: Path) -> None:
    photo = portrait_photo(tmp_path / "a.jpg")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "Foto"})
        attachment = attach_file(session, scope, db.blobs, note.id, photo)
    with db.write(scope.actor) as session:
        remove_attachment(session, scope, attachment.id)
    with db.read() as session:
        kept = session.scalars(select(Attachment)).one()
        assert kept.deleted_at is not None
    assert db.blobs.has(kept.sha256)


def test_attaching_a_missing_file_is_explained(db: Database, scope: Scope, tmp_path: Path) -> None:
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "x"})
    with pytest.raises(NotFoundError), db.write(scope.actor) as session:
        attach_file(session, scope, db.blobs, note.id, tmp_path / "nope.jpg")


def test_an_attachment_caption_is_searchable(db: Database, scope: Scope, tmp_path: Path) -> None:
    from desktop.services.search import search

    photo = portrait_photo(tmp_path / "a.jpg")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "ohne Worte"})
        attach_file(session, scope, db.blobs, note.id, photo, "Stadtteilfest in Coerde")
    with db.read() as session:
        hits = search(session, scope.workspace_id, "stadtteilfest")
    assert [h.record_id for h in hits] == [note.id]
