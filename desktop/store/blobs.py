"""Content-addressed attachment files: `blobs/ab/abcdef…` named by their SHA-256.

A digest comes from the database, and rows arrive from other laptops: a path is only
ever built from 64 lower-case hex digits (`is_sha256`), so a damaged or hostile
digest ("../../…") can never name a file outside the blob directory. `has` answers
False for it; `path_for` refuses it with a `DamagedDigestError` the user can read.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from desktop.errors import ValidationError
from desktop.tr import QT_TRANSLATE_NOOP

CHUNK = 1 << 20
_HEX = frozenset("0123456789abcdef")


def is_sha256(value: object) -> bool:
    """64 lower-case hexadecimal digits: the only names a blob path is built from."""
    return isinstance(value, str) and len(value) == 64 and set(value) <= _HEX


def printable_digest(value: str) -> str:
    """A damaged digest for a one-line message: escaped, never more than 80 characters."""
    return ascii(value)[1:-1][:80]


class DamagedDigestError(ValidationError):
    """An attachment row names its file by something that is not a SHA-256 digest."""

    def __init__(self, digest: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "An attachment refers to its file by a damaged name ({digest}); that file "
                "cannot be read or stored on this computer.",
            ),
            digest=printable_digest(digest),
        )


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if not is_sha256(sha256):
            raise DamagedDigestError(sha256)
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        """Whether the file is here; False for a damaged digest (it names no file)."""
        return is_sha256(sha256) and self.path_for(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Copy a file in (once per content); returns (sha256, size).

        The copy goes to a temporary file that is hashed while written, fsynced and
        renamed into place, so a crash never leaves a blob whose name lies.
        """
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.is_file():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(tmp, target)
            return sha, size
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, target)
        return sha

    def copy_out(self, sha256: str, destination: Path) -> None:
        shutil.copyfile(self.path_for(sha256), destination)
