"""Shared fixtures: offscreen Qt, an in-memory keyring, real SQLite data dirs."""

from __future__ import annotations

import logging
import os

# Before anything imports Qt: no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("FIELD_DOSSIER_DATA_DIR", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402

from desktop.config import SYSTEM_CONFIG_ENV  # noqa: E402
from desktop.services.workspace import Scope, open_scope  # noqa: E402
from desktop.store import Database, open_database  # noqa: E402

pytest_plugins = ["tests.helpers.logfail"]


class MemoryKeyring(KeyringBackend):
    """Secrets kept in a dict for the test run: never the machine's keyring, never a file."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def administrator_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The administrator's file for this test (absent unless written): never the
    machine's /etc/xdg, registry or managed preferences. Subprocesses inherit it."""
    path = tmp_path / "administrator.conf"
    monkeypatch.setenv(SYSTEM_CONFIG_ENV, str(path))
    return path


@pytest.fixture(autouse=True, scope="session")
def qt_application() -> Iterator[None]:
    """One QApplication for the whole run, made before any test runs the command line in
    process: that makes a bare QCoreApplication to translate its messages, and Qt then
    refuses the QApplication every later window test needs."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["field-dossier-tests"])
    yield
    del app


@pytest.fixture(autouse=True)
def root_log_handlers() -> Iterator[None]:
    """Each test's CLI or server runs set up logging for themselves; handlers they leave
    hold that test's captured stderr, closed afterwards, and would print "Logging error"
    into a later test's output."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        # pytest's own capture handlers come and go with each test phase.
        if handler not in before and not type(handler).__module__.startswith("_pytest"):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "laptop"
    path.mkdir()
    return path


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    database = open_database(data_dir)
    yield database
    database.dispose()


@pytest.fixture
def scope(db: Database) -> Scope:
    return open_scope(db, "Anna Tester")
