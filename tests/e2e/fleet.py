"""The real processes of the fault suite: the server under uvicorn, laptops as CLI runs.

`ServerControl` starts `field-dossier-server serve`, kills it with SIGKILL, starts it
again on the same port, and backs its database up and restores it the way an
administrator would (pg_dump / pg_restore, or a copy of the SQLite file) followed by
`rotate-instance-id`. `CliLaptop` is one data dir driven by `field-dossier` in
subprocesses; a sync can be SIGKILLed after a given delay. `HostileMember` talks to the
API directly with the bad values of issue 9.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import httpx

from tests.sync.server_process import BIN, Server, environment

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "e2e-password-of-"


def password_of(user: str) -> str:
    return PASSWORD + user


def laptop_environment(keyring_file: Path) -> dict[str, str]:
    env = environment()
    env["PYTHON_KEYRING_BACKEND"] = "tests.e2e.keyring_backend.E2EKeyring"
    env["FIELD_DOSSIER_E2E_KEYRING"] = str(keyring_file)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


class ServerControl(Server):
    """The server process plus what an administrator does to it."""

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=20)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def sqlite_file(self) -> Path | None:
        prefix = "sqlite:///"
        return (
            Path(self.database_url[len(prefix) :]) if self.database_url.startswith(prefix) else None
        )

    def back_up(self, target: Path) -> None:
        """A backup taken while the server runs (as `installers/server/backup.sh`)."""
        sqlite_file = self.sqlite_file
        if sqlite_file is not None:
            _sqlite_copy(sqlite_file, target)
            return
        _run(["pg_dump", "--format=custom", "--file", str(target), self.database_url])

    def restore(self, backup: Path) -> None:
        """Stop, put the backup back, rotate the instance id, start again."""
        self.kill()
        sqlite_file = self.sqlite_file
        if sqlite_file is not None:
            _sqlite_copy(backup, sqlite_file)
        else:
            _run(
                ["pg_restore", "--clean", "--if-exists", "--no-owner", "--dbname",
                 self.database_url, str(backup)]
            )  # fmt: skip
        self.admin("rotate-instance-id")
        self.start()

    def import_bundle(self, bundle: Path, answer: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(BIN / "field-dossier-server"), "--database-url", self.database_url,
             "import-bundle", str(bundle), "--out", str(answer),
             "--blob-dir", str(self.root / "blobs")],
            capture_output=True, text=True, env=environment(), timeout=120,
        )  # fmt: skip


def _sqlite_copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{command[0]}: {result.stderr}"


@dataclass
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    killed: bool = False

    def json(self) -> Any:
        return json.loads(self.stdout)


class CliLaptop:
    # Seconds spent per command (all laptops), printed with the run's figures.
    seconds: ClassVar[Counter[str]] = Counter()

    def __init__(self, root: Path, user: str, env: dict[str, str]) -> None:
        self.user = user
        self.data_dir = root / f"laptop-{user}"
        self.env = env
        self.commands = 0

    def start(self, *args: str, stdin: str = "") -> subprocess.Popen[str]:
        self.commands += 1
        process = subprocess.Popen(
            [str(BIN / "field-dossier"), "--data-dir", str(self.data_dir), "--user", self.user,
             *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, cwd=ROOT, env=self.env,
        )  # fmt: skip
        return process

    def run(self, *args: str, stdin: str = "", kill_after: float | None = None) -> Outcome:
        process = self.start(*args, "--json", stdin=stdin)
        started = time.monotonic()
        try:
            stdout, stderr = process.communicate(stdin, timeout=kill_after or 180)
        except subprocess.TimeoutExpired:
            if kill_after is None:
                process.kill()
                raise
            process.send_signal(signal.SIGKILL)
            stdout, stderr = process.communicate()
            self.seconds[args[0]] += time.monotonic() - started
            return Outcome(-9, stdout, stderr, killed=True)
        self.seconds[args[0]] += time.monotonic() - started
        outcome = Outcome(process.returncode, stdout, stderr)
        _check_clean_failure(self.user, args, outcome)
        return outcome

    def ok(self, *args: str, stdin: str = "") -> Any:
        outcome = self.run(*args, stdin=stdin)
        assert outcome.returncode == 0, f"{self.user} {args}: {outcome.stderr}"
        return outcome.json()

    def login(self, url: str) -> Any:
        return self.ok(
            "login", "--server", url, "--password-stdin", stdin=password_of(self.user) + "\n"
        )

    def sync(self, *extra: str, kill_after: float | None = None) -> Outcome:
        return self.run(
            "sync", "--password-stdin", *extra, stdin=password_of(self.user) + "\n",
            kill_after=kill_after,
        )  # fmt: skip


def _check_clean_failure(user: str, args: tuple[str, ...], outcome: Outcome) -> None:
    """A command may fail under faults, but only as the product promises: exit 1 with a
    one-line message, never a traceback."""
    if outcome.returncode == 0:
        return
    assert outcome.returncode == 1, (user, args, outcome.returncode, outcome.stderr)
    assert "Traceback" not in outcome.stderr, (user, args, outcome.stderr)
    assert outcome.stderr.strip(), (user, args, "failed without a message")


# -- the hostile member ----------------------------------------------------------------


def _mutation(table: str, row_id: str, changes: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()),
        "table": table,
        "row_id": row_id,
        "op": extra.pop("op", "update"),
        "base_version": extra.pop("base_version", 1),
        "base_mutation_id": extra.pop("base_mutation_id", None),
        "changes": changes,
        "actor": "mallory",
        "created_at": datetime.now(UTC).isoformat(),
        **extra,
    }


OBSERVATION = {
    "activity_id": None, "text": "von Mallory", "observed_on": "2009-03-12",
    "author": "mallory", "district_id": None, "fields_of_action": [], "target_groups": [],
    "tags": [], "gender_remark": "", "deleted_at": None,
}  # fmt: skip


class HostileMember:
    """An ordinary member who pushes every bad value issue 9 found, straight to the API."""

    def __init__(self, url: str, user: str, workspace_id: str) -> None:
        self.user = user
        self.workspace_id = workspace_id
        self.device_id = str(uuid.uuid4())
        self.http = httpx.Client(base_url=url, timeout=30)
        self.answers: list[int] = []
        self.login()

    def login(self) -> None:
        response = self.http.post(
            "/v1/auth/login",
            json={"username": self.user, "password": password_of(self.user),
                  "device_id": self.device_id},
        )  # fmt: skip
        response.raise_for_status()
        token = response.json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"
        self.http.post("/v1/devices", json={"device_id": self.device_id}).raise_for_status()

    def push(self, mutations: list[dict[str, Any]]) -> httpx.Response:
        started = time.monotonic()
        response = self.http.post(
            "/v1/sync/push",
            json={"device_id": self.device_id, "batch_id": str(uuid.uuid4()),
                  "workspace_id": self.workspace_id, "mutations": mutations},
        )  # fmt: skip
        assert time.monotonic() - started < 20, "the server took too long: does it hang?"
        assert response.status_code < 500, response.text
        self.answers.append(response.status_code)
        return response

    def attack(self, conflict_id: str | None) -> int:
        """Push each bad value once; returns how many requests were sent."""
        row = str(uuid.uuid4())
        self.push([_mutation("observation", row, OBSERVATION, op="insert", base_version=0)])
        term, attachment = str(uuid.uuid4()), str(uuid.uuid4())
        self.push([_mutation("term", term, {"kind": "tag", "name": f"mallory-{term[:8]}",
                                            "labels": {}, "position": 0},
                             op="insert", base_version=0)])  # fmt: skip
        bad: list[tuple[str, str, dict[str, Any]]] = [
            ("observation", row, {"deleted_at": "9999-12-31T23:59:59-05:00"}),
            ("observation", row, {"deleted_at": "0001-01-01T00:00:00+05:00"}),
            ("observation", row, {"text": "Gespräch\u0000mit Frau A."}),
            ("observation", row, {"observed_on": "9999-12-31"}),
            ("term", term, {"position": 2**63}),
            ("term", term, {"labels": {"de": 5}}),
            ("attachment", attachment, {"sha256": "z" * 64}),
            ("attachment", attachment, {"size": 2**63}),
        ]
        for table, row_id, changes in bad:
            self.push([_mutation(table, row_id, changes)])
        looped = _mutation("observation", row, {"text": 42})
        looped["base_mutation_id"] = looped["mutation_id"]
        self.push([looped])
        follower = _mutation("observation", row, {"text": "Mallory weiter"},
                             base_mutation_id=looped["mutation_id"])  # fmt: skip
        self.push([follower])
        deep: Any = "x"
        for _ in range(400):
            deep = [deep]
        self.push([_mutation("observation", row, {"text": deep})])
        sent = len(bad) + 5
        if conflict_id is not None:
            response = self.http.post(
                f"/v1/workspaces/{self.workspace_id}/conflicts/{conflict_id}/resolve",
                json={"take": "value", "value": "Mallory entscheidet"},
            )
            assert response.status_code < 500, response.text
            sent += 1
        return sent

    def close(self) -> None:
        self.http.close()
