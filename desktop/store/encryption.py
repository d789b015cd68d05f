"""Encryption at rest of a data folder's database (SQLCipher 4), optional per folder.

A folder is encrypted when its database file does not start with SQLite's plain
header; the file itself is the truth, so a conversion interrupted at any point leaves
a folder that opens (plain or encrypted, never half of each). Beside it,
`encryption.json` holds what finds and checks the key, never the key itself:

- the key's id in the OS keyring (service `field-dossier-data-folder`), where the key
  lives on a computer that has a keyring;
- optionally the key wrapped with a passphrase (scrypt + AES-GCM), for computers
  without a keyring and for opening the folder on another computer;
- an HMAC of a constant under the key, so a wrong key is a clear message before
  SQLCipher ever reads a page.

The recovery key is the key itself in 13 groups of four letters and digits
(RFC 4648 base32); printed once, it opens the folder when everything else is lost.
Photos and other attachment files are not encrypted yet (see docs/encryption.md).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from desktop.errors import StorageError, UserError
from desktop.store.secrets import keyring_available
from desktop.tr import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.db")

MARKER_FILE = "encryption.json"
KEYRING_SERVICE = "field-dossier-data-folder"
KEY_BYTES = 32
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE_CHARS = 10
_CHECK_MESSAGE = b"field-dossier data folder key"
_WRAP_AAD = b"field-dossier data folder key, wrapped"
# scrypt at 64 MiB: about a tenth of a second here, a year of guessing per weak word list.
_SCRYPT = {"n": 2**16, "r": 8, "p": 1}

# Keys this process has unlocked (by passphrase or recovery key): the key stays in
# memory only, for the life of the program.
_unlocked: dict[Path, bytes] = {}


class FolderLockedError(UserError):
    """The database is encrypted and its key is neither in the keyring nor unlocked."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder {folder} is encrypted and its key is not on this "
                "computer: enter its passphrase or recovery key.",
            ),
            folder=str(data_dir),
        )
        self.data_dir = data_dir


class WrongKeyError(UserError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "That passphrase or recovery key does not open this data folder. "
                "Nothing was changed.",
            )
        )


@dataclass(frozen=True)
class Marker:
    key_id: str
    check: str
    wrapped: dict[str, Any] | None

    def to_json(self) -> str:
        data = {"format": 1, "cipher": "sqlcipher4", "key_id": self.key_id, "check": self.check}
        if self.wrapped is not None:
            data["passphrase"] = self.wrapped
        return json.dumps(data, indent=1) + "\n"


def database_path(data_dir: Path) -> Path:
    from desktop.store.database import DATABASE_FILE

    return data_dir / DATABASE_FILE


def is_encrypted_file(path: Path) -> bool:
    """A database file that is there and is not plain SQLite."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return False
    return len(header) > 0 and header != SQLITE_HEADER


def is_encrypted(data_dir: Path) -> bool:
    return is_encrypted_file(database_path(data_dir))


def parse_marker(raw: bytes) -> Marker:
    data = json.loads(raw.decode("utf-8"))
    wrapped = data.get("passphrase")
    return Marker(
        str(data["key_id"]), str(data["check"]), wrapped if isinstance(wrapped, dict) else None
    )


def read_marker(data_dir: Path) -> Marker | None:
    path = data_dir / MARKER_FILE
    try:
        return parse_marker(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The encryption settings of this data folder ({file}) are damaged; the "
                "recovery key still opens it.",
            ),
            file=str(path),
        ) from exc


def key_check(key: bytes) -> str:
    return hmac.new(key, _CHECK_MESSAGE, hashlib.sha256).hexdigest()


def recovery_key(key: bytes) -> str:
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _parse_recovery_key(value: str) -> bytes | None:
    text = "".join(ch for ch in value.upper() if ch.isalnum())
    if len(text) != 52:
        return None
    try:
        key = base64.b32decode(text + "====")
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def _wrap(key: bytes, passphrase: str) -> dict[str, Any]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, dklen=32, maxmem=2**27, **_SCRYPT)
    sealed = AESGCM(kek).encrypt(nonce, key, _WRAP_AAD)
    return {
        "kdf": "scrypt",
        **_SCRYPT,
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "key": base64.b64encode(sealed).decode(),
    }


def _unwrap(wrapped: dict[str, Any], passphrase: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        salt = base64.b64decode(wrapped["salt"])
        nonce = base64.b64decode(wrapped["nonce"])
        sealed = base64.b64decode(wrapped["key"])
        n, r, p = int(wrapped["n"]), int(wrapped["r"]), int(wrapped["p"])
    except (KeyError, ValueError, TypeError):
        return None
    if not (2**10 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4):
        return None  # a hostile file must not make scrypt eat the machine
    kek = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=2**28
    )
    try:
        return AESGCM(kek).decrypt(nonce, sealed, _WRAP_AAD)
    except InvalidTag:
        return None


def _keyring() -> ModuleType:
    """The keyring package, imported when a key is looked up or stored: an unencrypted
    folder (most of them) opens without it."""
    import keyring
    import keyring.errors

    return keyring


def key_for_marker(data_dir: Path, marker: Marker | None) -> bytes | None:
    """A key this process or this computer's keyring holds that fits `marker`
    (a backup's, say), else None."""
    if marker is None:
        return None
    candidates = list(_unlocked.values())
    if keyring_available():
        keyring = _keyring()
        try:
            stored = keyring.get_password(KEYRING_SERVICE, marker.key_id)
        except keyring.errors.KeyringError:
            stored = None
        if stored is not None:
            with contextlib.suppress(ValueError):
                candidates.append(bytes.fromhex(stored))
    for key in candidates:
        if hmac.compare_digest(key_check(key), marker.check):
            return key
    return None


def restore_marker(data_dir: Path, raw: bytes) -> None:
    """Put a backup's encryption settings back with its encrypted database."""
    parse_marker(raw)  # refuse a damaged one before it replaces anything
    _write_atomically(data_dir / MARKER_FILE, raw.decode("utf-8"))


def reencrypt_copy(plain: Path, key: bytes | None) -> Path:
    """An encrypted copy of the plain database file `plain` (which is removed)."""
    if key is None:
        return plain
    copy = _export(plain, source_key=None, target_key=key)
    plain.unlink()
    return copy


def database_errors(key: bytes | None) -> tuple[type[Exception], ...]:
    """The DB-API errors `connect(…, key)` raises: sqlite3's, or SQLCipher's own classes."""
    if key is None:
        return (sqlite3.DatabaseError,)
    from sqlcipher3 import dbapi2 as sqlcipher

    return (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def folder_key(data_dir: Path) -> bytes | None:
    """The key the database needs (None: the folder is not encrypted).

    Raises FolderLockedError when it is encrypted and the key is neither unlocked in
    this process nor in the keyring.
    """
    if not is_encrypted(data_dir):
        return None
    resolved = data_dir.resolve()
    if resolved in _unlocked:
        return _unlocked[resolved]
    key = key_for_marker(data_dir, read_marker(data_dir))
    if key is not None:
        _unlocked[resolved] = key
        return key
    raise FolderLockedError(data_dir)


def unlock(data_dir: Path, secret: str, *, remember: bool = False) -> None:
    """Open the folder with its passphrase or recovery key for this process (and,
    with `remember`, on this computer: the key goes into the keyring)."""
    marker = read_marker(data_dir)
    key = _parse_recovery_key(secret)
    if key is None and marker is not None and marker.wrapped is not None:
        key = _unwrap(marker.wrapped, secret)
    if key is None:
        raise WrongKeyError()
    if marker is not None:
        if not hmac.compare_digest(key_check(key), marker.check):
            raise WrongKeyError()
    elif not _opens(database_path(data_dir), key):
        raise WrongKeyError()
    _unlocked[data_dir.resolve()] = key
    if remember and marker is not None and keyring_available():
        _keyring().set_password(KEYRING_SERVICE, marker.key_id, key.hex())


def forget_unlocked(data_dir: Path) -> None:
    _unlocked.pop(data_dir.resolve(), None)


def connect(path: Path, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection: the standard sqlite3 module for a plain file, SQLCipher
    with the key set before anything is read for an encrypted one."""
    if key is None:
        return sqlite3.connect(path, **kwargs)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path), **kwargs)
    # SQLCipher writes its own errors to stderr; a wrong key is our message, not its.
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _opens(path: Path, key: bytes) -> bool:
    try:
        connection = connect(path, key)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except Exception:  # SQLCipher's DatabaseError: "file is not a database"
        return False
    return True


def encrypt_folder(data_dir: Path, *, passphrase: str | None) -> str:
    """Encrypt the folder's database in place; returns the recovery key.

    The caller holds the folder's locks (no app, no sync). The encrypted copy is
    written beside the database, checked table by table, and only then put in place.
    """
    db_path = database_path(data_dir)
    if is_encrypted_file(db_path):
        raise UserError(QT_TRANSLATE_NOOP("Errors", "This data folder is already encrypted."))
    if not keyring_available() and not passphrase:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This computer has no keyring to keep the key: choose a passphrase.",
            )
        )
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "A passphrase needs at least {count} characters."),
            count=MIN_PASSPHRASE_CHARS,
        )
    key = secrets.token_bytes(KEY_BYTES)
    marker = Marker(
        key_id=str(uuid.uuid4()),
        check=key_check(key),
        wrapped=_wrap(key, passphrase) if passphrase else None,
    )
    copy = _export(db_path, source_key=None, target_key=key)
    try:
        if keyring_available():
            _keyring().set_password(KEYRING_SERVICE, marker.key_id, key.hex())
        _write_atomically(data_dir / MARKER_FILE, marker.to_json())
        _replace_database(copy, db_path)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    _unlocked[data_dir.resolve()] = key
    _convert_backups(data_dir, source_key=None, target_key=key)
    log.info("encrypted the database of %s", data_dir)
    return recovery_key(key)


def decrypt_folder(data_dir: Path) -> None:
    """Turn an encrypted folder back into a plain one (the key must be at hand)."""
    db_path = database_path(data_dir)
    key = folder_key(data_dir)
    if key is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "This data folder is not encrypted."))
    marker = read_marker(data_dir)
    # Backups first: once the key leaves the keyring, they would open no more.
    _convert_backups(data_dir, source_key=key, target_key=None)
    copy = _export(db_path, source_key=key, target_key=None)
    try:
        _replace_database(copy, db_path)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    (data_dir / MARKER_FILE).unlink(missing_ok=True)
    forget_unlocked(data_dir)
    if marker is not None and keyring_available():
        keyring = _keyring()
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, marker.key_id)  # absent: passphrase only
    log.info("decrypted the database of %s", data_dir)


def recovery_key_of(data_dir: Path) -> str:
    key = folder_key(data_dir)
    if key is None:
        raise UserError(QT_TRANSLATE_NOOP("Errors", "This data folder is not encrypted."))
    return recovery_key(key)


def _export(db_path: Path, *, source_key: bytes | None, target_key: bytes | None) -> Path:
    """Copy the database into a new file beside it, encrypted with `target_key` (or
    plain), and check that every table arrived whole."""
    from sqlcipher3 import dbapi2 as sqlcipher

    fd, name = tempfile.mkstemp(dir=db_path.parent, prefix=".converting-", suffix=".sqlite")
    os.close(fd)
    copy = Path(name)
    copy.unlink()
    source = connect(db_path, source_key, isolation_level=None)
    if source_key is None:
        source.close()  # sqlcipher_export lives in SQLCipher: open the plain file with it
        source = sqlcipher.connect(str(db_path), isolation_level=None)
        source.execute("PRAGMA cipher_log_level = NONE")
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        target = f"x'{target_key.hex()}'" if target_key is not None else ""
        source.execute(f'ATTACH DATABASE ? AS converted KEY "{target}"', (str(copy),))
        source.execute("SELECT sqlcipher_export('converted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        source.execute("DETACH DATABASE converted")
        expected = _table_counts(source)
    finally:
        source.close()
    converted = connect(copy, target_key, isolation_level=None)
    try:
        integrity = converted.execute("PRAGMA integrity_check").fetchone()[0]
        counts = _table_counts(converted)
    finally:
        converted.close()
    if integrity != "ok" or counts != expected:
        copy.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The converted copy of the database did not match the original; nothing "
                "was changed.",
            )
        )
    return copy


def _convert_backups(data_dir: Path, *, source_key: bytes | None, target_key: bytes | None) -> None:
    """The folder's own backups (before a migration or a restore) follow the folder:
    an encrypted folder keeps no readable copy of its records beside it."""
    backups = data_dir / "backups"
    if not backups.is_dir():
        return
    marker_text = (data_dir / MARKER_FILE).read_text("utf-8") if target_key is not None else None
    for path in sorted(backups.glob("*.sqlite")):
        if is_encrypted_file(path) == (source_key is not None):
            _replace_database(_export(path, source_key=source_key, target_key=target_key), path)
    for path in sorted(backups.glob("*.zip")):
        _convert_zip_backup(path, source_key, target_key, marker_text)


def _convert_zip_backup(
    path: Path, source_key: bytes | None, target_key: bytes | None, marker_text: str | None
) -> None:
    import zipfile

    from desktop.store.database import DATABASE_FILE

    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".converting-") as scratch:
        database = Path(scratch) / DATABASE_FILE
        with zipfile.ZipFile(path) as archive:
            if DATABASE_FILE not in archive.namelist():
                return
            database.write_bytes(archive.read(DATABASE_FILE))
            if is_encrypted_file(database) != (source_key is not None):
                return  # made with another key, or already converted
            converted = _export(database, source_key=source_key, target_key=target_key)
            partial = Path(scratch) / "backup.zip"
            with zipfile.ZipFile(partial, "w") as out:
                for item in archive.infolist():
                    if item.filename == MARKER_FILE:
                        continue
                    if item.filename == DATABASE_FILE:
                        out.write(converted, DATABASE_FILE, compress_type=zipfile.ZIP_DEFLATED)
                    else:
                        out.writestr(item, archive.read(item.filename))
                if marker_text is not None:
                    out.writestr(MARKER_FILE, marker_text)
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)


def _table_counts(connection: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
    }


def _replace_database(copy: Path, db_path: Path) -> None:
    with copy.open("rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(copy, db_path)
    _fsync_dir(db_path.parent)


def _write_atomically(path: Path, text: str) -> None:
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".marker-")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())
    os.replace(name, path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a directory for fsync; NTFS journals the rename
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
