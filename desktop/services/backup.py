"""Backups of a whole data dir (database + attachment files) as one zip, and restores.

A restore never destroys what it replaces: the current state is backed up to
`backups/before-restore-….zip` first, and the new database is validated before it
takes the old one's place.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import __version__
from desktop.errors import NotFoundError, StorageError, ValidationError
from desktop.services.os_errors import os_reason
from desktop.store import DATABASE_FILE
from desktop.store.blobs import is_sha256
from desktop.store.encryption import (
    MARKER_FILE,
    connect,
    database_errors,
    folder_key,
    is_encrypted,
    is_encrypted_file,
    key_for_marker,
    parse_marker,
    reencrypt_copy,
    restore_marker,
)
from desktop.store.locks import SYNC_LOCK, DataDirLock
from desktop.store.migrate import alembic_config, current_revision, vacuum_into
from desktop.tr import QT_TRANSLATE_NOOP

BACKUP_FORMAT = "field-dossier-backup"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    blobs: int
    schema_revision: str | None


def create_backup(data_dir: Path, target: Path) -> BackupInfo:
    """Write a consistent backup of `data_dir` to `target` (atomically); an encrypted
    folder's backup holds its database encrypted with the same key."""
    return _write_backup(data_dir, target)


def restore_backup(data_dir: Path, source: Path) -> Path:
    """Replace the data dir's database by the backup's; returns the safety backup.

    The database must not be open in this process (close it first).
    """
    if not source.is_file():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(source)
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    with DataDirLock(data_dir, SYNC_LOCK) as sync_lock:
        # Swapping the file under a running sync would let it write the old state's
        # checkpoint into the restored database.
        if not sync_lock.acquire():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A sync is running on this data folder. Restore when it has finished; "
                    "nothing was changed.",
                )
            )
        return _restore(data_dir, source)


def _restore(data_dir: Path, source: Path) -> Path:
    with tempfile.TemporaryDirectory(dir=data_dir, prefix=".restore-") as scratch:
        candidate = Path(scratch) / DATABASE_FILE
        archive = _open_backup(source)
        with archive:
            _extract_database(archive, candidate)
            backup_key = _key_of_backup(archive, data_dir, candidate)
            _check_database(candidate, backup_key)
            db_path = data_dir / DATABASE_FILE
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = data_dir / "backups" / f"before-restore-{stamp}.zip"
            folder_was_encrypted = is_encrypted(data_dir)
            if db_path.exists():
                _write_backup(data_dir, safety)
            if folder_was_encrypted and backup_key is None:
                # An older, plain backup must not quietly undo the folder's encryption.
                candidate = reencrypt_copy(candidate, folder_key(data_dir))
            elif backup_key is not None and not folder_was_encrypted:
                restore_marker(data_dir, archive.read(MARKER_FILE))
            _extract_blobs(archive, data_dir / "blobs")
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(candidate, db_path)
    return safety


def _key_of_backup(archive: zipfile.ZipFile, data_dir: Path, candidate: Path) -> bytes | None:
    """The key an encrypted backup's database needs (None: it is plain)."""
    if not is_encrypted_file(candidate):
        return None
    try:
        marker = parse_marker(archive.read(MARKER_FILE))
    except KeyError:
        marker = None
    key = key_for_marker(data_dir, marker)
    if key is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup is encrypted with a key this computer does not have. Unlock "
                "the data folder it came from first; nothing was changed.",
            )
        )
    return key


def _write_backup(data_dir: Path, target: Path) -> BackupInfo:
    db_path, blobs_root = data_dir / DATABASE_FILE, data_dir / "blobs"
    key = folder_key(data_dir)
    if not db_path.exists():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "There is no database at {path}."), path=str(db_path)
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as scratch:
            snapshot = Path(scratch) / DATABASE_FILE
            vacuum_into(db_path, snapshot, key)
            blobs = (
                sorted(p for p in blobs_root.glob("??/*") if p.is_file())
                if blobs_root.is_dir()
                else []
            )
            manifest = {
                "format": BACKUP_FORMAT,
                "format_version": 1,
                "app_version": __version__,
                "schema_revision": current_revision(snapshot, key),
                "encrypted": key is not None,
                "created_at": datetime.now().astimezone().isoformat(),
                "blobs": len(blobs),
            }
            partial = Path(scratch) / "backup.zip"
            with zipfile.ZipFile(partial, "w") as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2))
                archive.write(snapshot, DATABASE_FILE, compress_type=zipfile.ZIP_DEFLATED)
                if key is not None:  # what finds the key again: never the key itself
                    archive.write(data_dir / MARKER_FILE, MARKER_FILE)
                for blob in blobs:
                    # Photos are compressed already; storing them keeps backups fast.
                    archive.write(blob, f"blobs/{blob.parent.name}/{blob.name}")
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write the backup {path}: {reason}"),
            path=str(target),
            reason=os_reason(exc),
        ) from exc
    return BackupInfo(target, len(blobs), manifest["schema_revision"])  # type: ignore[arg-type]


def _open_backup(source: Path) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(source)
        manifest = json.loads(archive.read(MANIFEST))
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, OSError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Field Dossier backup."), file=source.name
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        archive.close()
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a Field Dossier backup."), file=source.name
        )
    return archive


def _extract_database(archive: zipfile.ZipFile, target: Path) -> None:
    try:
        with archive.open(DATABASE_FILE) as src, target.open("wb") as out:
            while chunk := src.read(1 << 20):
                out.write(chunk)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The backup contains no readable database.")
        ) from exc


def _check_database(candidate: Path, key: bytes | None) -> None:
    try:
        connection = connect(candidate, key)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
        finally:
            connection.close()
    except database_errors(key) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The backup contains no readable database.")
        ) from exc
    if result is None or result[0] != "ok":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The database in the backup is damaged."))
    from alembic.script import ScriptDirectory  # only restores need it

    revision = current_revision(candidate, key)
    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if revision is not None and revision not in known:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup was made by a newer version of Field Dossier. Update first."
            )
        )


def _extract_blobs(archive: zipfile.ZipFile, blobs_root: Path) -> None:
    for name in archive.namelist():
        if not name.startswith("blobs/") or name.endswith("/"):
            continue
        sha256 = name.rsplit("/", 1)[-1]
        if not is_sha256(sha256) or name != f"blobs/{sha256[:2]}/{sha256}":
            continue  # not one of ours: never a path outside the blob directory
        target = blobs_root / sha256[:2] / sha256
        if target.is_file():
            continue
        data = archive.read(name)
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The backup is damaged (a file does not match its hash)."
                )
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".partial")
        tmp.write_bytes(data)
        os.replace(tmp, target)
