"""A fingerprint of everything a data folder or a server database holds, row by row.

"A refused import changes nothing" is checked by comparing fingerprints taken before
and after: every row of every table (in a stable order) and every file name below a
directory of attachment files.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path


def sqlite_fingerprint(database: Path, files: Path | None = None, *, skip: str = "") -> str:
    """Every row of every table of the SQLite file `database`, and the names of the
    files below `files` (except those below a directory named `skip`)."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:".encode())
            for row in rows:
                digest.update(row.encode("utf-8", "backslashreplace"))
    finally:
        connection.close()
    names: list[str] = []
    if files is not None and files.is_dir():  # an empty directory counts as none
        names = sorted(
            str(path.relative_to(files))
            for path in files.rglob("*")
            if path.is_file() and (not skip or skip not in path.parts)
        )
    digest.update(repr(names).encode())
    return digest.hexdigest()
