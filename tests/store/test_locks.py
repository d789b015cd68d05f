"""Data-dir locks: a second process is kept out while it matters, never after a crash."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.errors import StorageError
from desktop.services.backup import create_backup, restore_backup
from desktop.services.records import create_record
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.locks import APP_LOCK, SYNC_LOCK, DataDirLock, is_locked
from desktop.sync.engine import run_sync
from desktop.sync.errors import SyncInProgressError

Holder = Callable[[Path, str], "subprocess.Popen[str]"]

HOLDER = """
import sys, time
from pathlib import Path
from desktop.store.locks import DataDirLock
lock = DataDirLock(Path(sys.argv[1]), sys.argv[2])
assert lock.acquire()
print("held", flush=True)
time.sleep(120)
"""


@pytest.fixture
def other_process() -> Iterator[Holder]:
    """Start a separate process that takes a lock on a data dir and keeps it until killed."""
    started: list[subprocess.Popen[str]] = []

    def hold(data_dir: Path, name: str) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(data_dir), name],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        started.append(process)
        return process

    yield hold
    for process in started:
        process.kill()
        process.wait()
        assert process.stdout is not None
        process.stdout.close()


def test_a_lock_held_by_another_process_is_refused_and_freed_by_its_death(
    data_dir: Path, other_process: Holder
) -> None:
    holder = other_process(data_dir, APP_LOCK)
    assert is_locked(data_dir, APP_LOCK)
    assert not DataDirLock(data_dir, APP_LOCK).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    mine = DataDirLock(data_dir, APP_LOCK)
    assert mine.acquire(), "a crashed holder must not leave the data dir locked"
    mine.release()


def test_a_second_sync_of_the_same_data_dir_is_refused(
    db: Database, data_dir: Path, other_process: Holder
) -> None:
    other_process(data_dir, SYNC_LOCK)
    with pytest.raises(SyncInProgressError):
        run_sync(db)


def test_a_restore_waits_for_a_running_sync(
    db: Database, scope: Scope, data_dir: Path, tmp_path: Path, other_process: Holder
) -> None:
    with db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "im Backup"})
    backup = tmp_path / "backup.zip"
    create_backup(data_dir, backup)
    with db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "nach dem Backup"})
    db.dispose()
    other_process(data_dir, SYNC_LOCK)

    with pytest.raises(StorageError) as raised:
        restore_backup(data_dir, backup)

    assert "sync is running" in raised.value.english()
    with db.read() as session:
        texts = set(session.execute(text("SELECT text FROM observation")).scalars())
    assert texts == {"im Backup", "nach dem Backup"}
