"""Advisory locks on a data dir, shared by every process that opens it.

SQLite serialises single writes, but some work spans many transactions and must not
overlap with another process's: a sync (freeze, push, pull) and a restore (which swaps
the database file). The operating system releases these locks when a process dies, so a
crash never leaves a data dir locked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

# The running app holds this one for its lifetime; a restore from the command line asks first.
APP_LOCK = "app.lock"
# Held for the whole of a sync, by the app or the command line.
SYNC_LOCK = "sync.lock"


class DataDirLock:
    """A non-blocking, exclusive lock on `data_dir/name`."""

    def __init__(self, data_dir: Path, name: str) -> None:
        self.path = data_dir / name
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; False (at once) if another holder has it."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> DataDirLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()


def is_locked(data_dir: Path, name: str) -> bool:
    """Whether someone else holds the lock right now (a probe: taken and let go at once)."""
    probe = DataDirLock(data_dir, name)
    if probe.acquire():
        probe.release()
        return False
    return True


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks belong to the open file, so a second open in the same process
        # conflicts too: a GUI restore sees the GUI's own background sync.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
