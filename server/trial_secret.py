"""The secret key of a trial server: made on first start, kept beside its SQLite file.

A trial (`field-dossier-server serve` on the default SQLite file) should work without
reading about secrets first. Its key is random, written once with mode 0600 next to
the database (`<database>.secret`), and reused on every later start, so sign-ins and
bundle keys survive restarts. Production (PostgreSQL) never gets one made up: there
the administrator configures the key (server/settings.py says how).
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
import tempfile
from pathlib import Path
from typing import Final

log = logging.getLogger("server.settings")
SUFFIX: Final = ".secret"


class TrialSecretError(ValueError):
    """The stored key cannot be used; the message says what to do."""


def sqlite_file(database_url: str) -> Path | None:
    """The database file of an `sqlite:///FILE` URL; None for memory or other databases."""
    prefix = "sqlite:///"
    if not database_url.startswith(prefix):
        return None
    name = database_url.removeprefix(prefix).split("?", 1)[0]
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return None
    return Path(name)


def trial_secret(database: Path) -> str:
    """The key stored beside `database`, made (and announced in the log) if there is none."""
    path = database.with_name(database.name + SUFFIX)
    existing = _read(path)
    if existing is not None:
        return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)  # 0600
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(key + "\n")
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, path)  # atomic, and never replaces a key another start made
        except FileExistsError:
            return _read(path) or key  # another start was quicker: use its key
    finally:
        Path(temporary).unlink(missing_ok=True)
    log.warning(
        "trial server: created a secret key in %s (readable by this user only). It signs "
        "sign-ins and bundle keys; keep it with the database. For production use PostgreSQL "
        "and set FIELD_DOSSIER_SECRET_KEY_FILE.",
        path,
    )
    return key


def _read(path: Path) -> str | None:
    try:
        key = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("trial server: %s can be read by other users; chmod 600 it", path)
    if not key:
        raise TrialSecretError(
            f"the trial server's secret key file {path} is empty: restore it from a backup, "
            "or delete it to make a new one (that signs every laptop out)"
        )
    return key
