"""The end-to-end fault suite: real processes, random work, random faults, nothing lost.

The server runs under uvicorn (`field-dossier-server serve`) on PostgreSQL (and once on
SQLite); five laptops are data dirs driven through the `field-dossier` CLI in
subprocesses and reach the server through `FaultyProxy`, which cuts, delays and resets
connections at random. Between syncs the laptops add, edit, delete, restore and attach
to records, resolve conflicts and sync by bundle; syncs are SIGKILLed at random
moments; the server is SIGKILLed mid-sync and restarted; once its database is restored
from an earlier backup and its instance id rotated; and a hostile member pushes the bad
values of issue 9 at the API. The test keeps its own log of every value written.

Afterwards, with faults off, every laptop syncs until nothing moves, and then:
every laptop equals the server (rows, versions, conflicts); every logged value is in the
current state, the history or a conflict; no row exists twice; every photo is
byte-identical on every laptop and the server; no laptop has anything left waiting.

Seeded: `FIELD_DOSSIER_E2E_SEED=N make test-e2e` repeats a run (the seed and the command
are printed when it fails). docs/fault-suite.md describes what is injected.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from server import accounts
from server.database import ServerDatabase
from server.migrate import upgrade
from tests.e2e.checks import check_converged
from tests.e2e.fleet import (
    CliLaptop,
    HostileMember,
    ServerControl,
    laptop_environment,
    password_of,
)
from tests.e2e.proxy import FaultyProxy

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(900)]

SEED = int(os.environ.get("FIELD_DOSSIER_E2E_SEED") or random.SystemRandom().randrange(10**9))
ROLES = ("admin", "core", "core", "staff", "staff")
WORKSPACE = "Fehlertest"
FINAL_ROUNDS = 8


@dataclass
class Log:
    """Everything the test itself wrote, to check against the end state."""

    # (table, row id, field) -> [(laptop, value)] in the order written.
    values: dict[tuple[str, str, str], list[tuple[str, Any]]] = field(default_factory=dict)
    created: dict[str, str] = field(default_factory=dict)  # row id -> table
    photos: dict[str, bytes] = field(default_factory=dict)
    operations: dict[str, int] = field(default_factory=dict)
    kills: int = 0
    failed_syncs: int = 0

    def wrote(self, laptop: str, table: str, row_id: str, changes: dict[str, Any]) -> None:
        for name, value in changes.items():
            self.values.setdefault((table, row_id, name), []).append((laptop, value))

    def count(self, operation: str) -> None:
        self.operations[operation] = self.operations.get(operation, 0) + 1


class Run:
    def __init__(self, backend: str, root: Path, database_url: str, rounds: int, seed: int):
        self.rng = random.Random(f"{seed}/{backend}")
        CliLaptop.seconds.clear()
        self.root = root
        self.rounds = rounds
        self.log = Log()
        self.server = ServerControl(database_url, root)
        users = [f"laptop{i}" for i in range(len(ROLES))]
        _set_up_accounts(database_url, [*zip(users, ROLES, strict=True), ("mallory", "staff")])
        self.server.start()
        self.proxy = FaultyProxy(self.server.port, seed)
        self.url = f"http://127.0.0.1:{self.proxy.start()}"
        env = laptop_environment(root / "keyring.json")
        self.laptops = [CliLaptop(root, user, env) for user in users]
        self.known: dict[str, set[str]] = {laptop.user: set() for laptop in self.laptops}
        self.published: set[str] = set()
        self.unpublished: dict[str, set[str]] = {laptop.user: set() for laptop in self.laptops}
        self.workspace_id = ""
        for laptop in self.laptops:
            self.workspace_id = laptop.login(self.url)["workspace_id"]

    # -- the random work ----------------------------------------------------------------

    def play(self) -> None:
        backup_round = self.rng.randrange(0, max(1, self.rounds - 2))
        restore_round = self.rng.randrange(backup_round + 1, self.rounds)
        kill_round = self.rng.randrange(0, self.rounds)
        hostile_round = self.rng.randrange(0, self.rounds)
        backup = self.root / "server.backup"
        for number in range(self.rounds):
            self.proxy.faults_on = True
            if number == backup_round:
                self.server.back_up(backup)
                self.log.count("server backup")
            if number == restore_round:
                self.server.restore(backup)
                self.log.count("server restored from backup + rotate-instance-id")
            if number == hostile_round:
                self._hostile()
            order = list(self.laptops)
            self.rng.shuffle(order)
            kill_victim = self.rng.choice(order) if number == kill_round else None
            for laptop in order:
                for _ in range(self.rng.randint(1, 2)):
                    self._operation(laptop)
                if self.rng.random() < 0.12:
                    self._bundle(laptop)
                else:
                    self._sync(laptop, kill_server=laptop is kill_victim)
        self.proxy.faults_on = False

    def _operation(self, laptop: CliLaptop) -> None:
        choice = self.rng.choices(
            ["add", "edit", "delete", "restore", "attach", "resolve"], [5, 8, 1, 1, 2, 2]
        )[0]
        candidates = sorted(self.known[laptop.user])
        if choice != "add" and not candidates:
            choice = "add"
        if choice == "add":
            self._add(laptop)
        elif choice == "edit":
            self._edit(laptop, self.rng.choice(candidates))
        elif choice in ("delete", "restore"):
            row_id = self.rng.choice(candidates)
            command = "delete" if choice == "delete" else "restore-record"
            if laptop.run(command, row_id).returncode == 0:
                table = self.log.created[row_id]
                fact = "deleted" if choice == "delete" else "live"
                self.log.wrote(laptop.user, table, row_id, {"deleted_at": fact})
                self.log.count(choice)
        elif choice == "attach":
            self._attach(laptop, self.rng.choice(candidates))
        else:
            self._resolve(laptop)

    def _token(self) -> str:
        return (
            f"{self.rng.choice(['Gespräch', 'Besuch', 'Notiz', 'Ølstue', 'Straße'])} "
            + (uuid.UUID(int=self.rng.getrandbits(128)).hex[:10])
        )

    def _add(self, laptop: CliLaptop) -> None:
        """One to three records in one command (the CLI takes a JSON array)."""
        if self.rng.random() < 0.7:
            table, names = "observation", ("text", "gender_remark")
        else:
            table, names = "contact", ("name", "notes")
        records = [{n: self._token() for n in names} for _ in range(self.rng.randint(1, 3))]
        outcome = laptop.run("add", table, stdin=json.dumps(records))
        assert outcome.returncode == 0, outcome.stderr
        added = outcome.json()
        assert len(added) == len(records)
        for data, record in zip(records, added, strict=True):
            row_id = record["id"]
            self.log.created[row_id] = table
            self.log.wrote(laptop.user, table, row_id, data)
            self.known[laptop.user].add(row_id)
            self.unpublished[laptop.user].add(row_id)
            self.log.count("add")

    def _edit(self, laptop: CliLaptop, row_id: str) -> None:
        table = self.log.created[row_id]
        names = ("text", "gender_remark") if table == "observation" else ("name", "notes")
        patch = {self.rng.choice(names): self._token()}
        if laptop.run("update", row_id, stdin=json.dumps(patch)).returncode == 0:
            self.log.wrote(laptop.user, table, row_id, patch)
            self.log.count("edit")

    def _attach(self, laptop: CliLaptop, row_id: str) -> None:
        size = self.rng.choice([1, 700, 40_000, 300_000])
        content = self.rng.randbytes(size)
        photo = self.root / f"photo-{hashlib.sha256(content).hexdigest()[:12]}.jpg"
        photo.write_bytes(b"\xff\xd8" + content)
        if laptop.run("attach", row_id, str(photo)).returncode == 0:
            data = photo.read_bytes()
            self.log.photos[hashlib.sha256(data).hexdigest()] = data
            self.log.count("attach")

    def _resolve(self, laptop: CliLaptop) -> None:
        outcome = laptop.run("conflicts")
        if outcome.returncode != 0 or not outcome.json():
            return
        conflict = self.rng.choice(outcome.json())
        take = self.rng.choice(["mine", "theirs"])
        if laptop.run("resolve", conflict["id"], "--take", take).returncode == 0:
            self.log.count("resolve")

    def _sync(self, laptop: CliLaptop, *, kill_server: bool = False) -> None:
        kill_after = self.rng.uniform(0.4, 3.0) if self.rng.random() < 0.25 else None
        timer = None
        if kill_server:
            timer = threading.Timer(self.rng.uniform(0.3, 2.0), self.server.kill)
            timer.start()
        outcome = laptop.sync(kill_after=kill_after)
        if timer is not None:
            timer.join()
            self.log.count("server SIGKILLed mid-sync")
        if not self.server.running:
            self.server.start()
        self._after_sync(laptop, outcome.returncode == 0)
        if outcome.killed:
            self.log.kills += 1
        elif outcome.returncode != 0:
            self.log.failed_syncs += 1

    def _after_sync(self, laptop: CliLaptop, succeeded: bool) -> None:
        self.log.count("sync")
        if succeeded:
            self.published |= self.unpublished[laptop.user]
            self.unpublished[laptop.user].clear()
            self.known[laptop.user] |= self.published

    def _bundle(self, laptop: CliLaptop) -> None:
        self.log.count("bundle round trip")
        bundle = self.root / f"{laptop.user}-{uuid.UUID(int=self.rng.getrandbits(128))}.zip"
        answer = bundle.with_suffix(".answer.zip")
        if laptop.run("bundle-export", str(bundle)).returncode != 0:
            return
        imported = self.server.import_bundle(bundle, answer)
        assert imported.returncode == 0 and "Traceback" not in imported.stderr, imported.stderr
        if self.rng.random() < 0.2:  # imported twice: harmless
            self.server.import_bundle(bundle, answer.with_suffix(".again.zip"))
        self._after_sync(laptop, laptop.run("bundle-import", str(answer)).returncode == 0)

    def _hostile(self) -> None:
        mallory = HostileMember(self.server.url, "mallory", self.workspace_id)
        try:
            conflict = self._any_conflict_id()
            sent = mallory.attack(conflict)
        finally:
            mallory.close()
        self.log.operations["hostile requests"] = sent

    def _any_conflict_id(self) -> str | None:
        from tests.e2e.checks import server_conflict_ids

        ids = server_conflict_ids(self.server.database_url, self.workspace_id)
        return self.rng.choice(ids) if ids else None

    # -- the end ------------------------------------------------------------------------

    def settle(self) -> None:
        """Faults off: sync every laptop until a whole round moves nothing."""
        self.proxy.faults_on = False
        if not self.server.running:
            self.server.start()
        for _round in range(FINAL_ROUNDS):
            moved = False
            for laptop in self.laptops:
                outcome = laptop.sync()
                assert outcome.returncode == 0, f"{laptop.user}: {outcome.stderr}"
                summary = outcome.json()
                moved |= any(summary.get(k) for k in ("sent", "received", "deferred"))
            if not moved:
                break
        else:
            raise AssertionError("the laptops did not settle: a queue is wedged")
        for laptop in self.laptops:
            outcome = laptop.sync("--attachments")
            assert outcome.returncode == 0, f"{laptop.user}: {outcome.stderr}"
            waiting = laptop.run("sync-status").json()
            assert waiting["waiting"] == 0, (laptop.user, waiting)

    def close(self) -> None:
        self.proxy.stop()
        self.server.kill()


def _set_up_accounts(database_url: str, members: list[tuple[str, str]]) -> None:
    """What `create-workspace`, `create-user` and `add-member` do, in one transaction
    (a dozen admin processes would cost the suite half a minute)."""
    upgrade(database_url)
    database = ServerDatabase(database_url)
    try:
        with database.write() as session:
            workspace = accounts.create_workspace(session, WORKSPACE)
            for user, role in members:
                accounts.create_user(session, user, password_of(user))
                accounts.add_member(session, user, workspace.id, role)
    finally:
        database.dispose()


def _run(backend: str, root: Path, database_url: str, rounds: int) -> None:
    run = Run(backend, root, database_url, rounds, SEED)
    try:
        run.play()
        run.settle()
        run.close()
        check_converged(
            run.server.database_url,
            run.workspace_id,
            {laptop.user: laptop.data_dir for laptop in run.laptops},
            run.log,
            run.server.root / "blobs",
        )
    except BaseException:
        print(
            f"\nFault suite failed with seed {SEED} ({backend}). Rerun with:\n"
            f"  FIELD_DOSSIER_E2E_SEED={SEED} .venv/bin/python -m pytest tests/e2e "
            f"-k {backend} -p no:cacheprovider\n"
            f"operations: {run.log.operations}; faults injected: {dict(run.proxy.injected)}; "
            f"laptops killed: {run.log.kills}"
        )
        raise
    finally:
        run.close()
    print(
        f"\nseed {SEED} ({backend}): {sum(run.log.operations.values())} operations "
        f"{run.log.operations}; proxy connections {run.proxy.connections}, faults "
        f"{dict(run.proxy.injected)}; syncs SIGKILLed {run.log.kills}, failed under faults "
        f"{run.log.failed_syncs}; {len(run.log.photos)} photos; seconds per command "
        f"{ {k: round(v, 1) for k, v in CliLaptop.seconds.items()} }"
    )


def test_postgresql_fleet_survives_faults_and_loses_nothing(
    tmp_path: Path, pg_database: Callable[[], str]
) -> None:
    _run("postgresql", tmp_path, pg_database(), int(os.environ.get("FIELD_DOSSIER_E2E_ROUNDS", 3)))


def test_sqlite_fleet_survives_faults_and_loses_nothing(tmp_path: Path) -> None:
    rounds = max(3, int(os.environ.get("FIELD_DOSSIER_E2E_ROUNDS", 3)) - 1)
    _run("sqlite", tmp_path, f"sqlite:///{tmp_path / 'server.sqlite'}", rounds)
