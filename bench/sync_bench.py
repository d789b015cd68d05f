"""Sync benchmark: 20,000 records pushed from one laptop and pulled by a second.

Runs the real server (`field-dossier-server serve`, uvicorn on 127.0.0.1) on SQLite and
on PostgreSQL, and two laptops (data dirs) in this process. Prints records/s for the
push and for the pull, the time of a sync with nothing to do, and beside them the raw
floor: the same rows inserted into SQLite with one `executemany`.

    .venv/bin/python -m bench.sync_bench [--count 20000] [--backend sqlite|postgresql|both]
        [--peer ../shared/peers/pouchdb]   (make bench-sync)

With --peer, the PouchDB peer (its bench.js: PouchDB 9 replicating over HTTP on
loopback through express-pouchdb) runs in the same invocation, after our figures, and
each of our figures is printed beside it as a ratio. The peer is copied to
build/pouchdb-peer and its npm packages installed there once.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import observation_text  # noqa: E402
from desktop.services.records import create_record  # noqa: E402
from desktop.services.taxonomy import Taxonomy  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import Database, open_database  # noqa: E402
from desktop.sync.account import sign_in  # noqa: E402
from desktop.sync.engine import run_sync  # noqa: E402
from server import accounts  # noqa: E402
from server.database import ServerDatabase, normalise_url  # noqa: E402
from server.migrate import upgrade  # noqa: E402

PG_ADMIN_URL = os.environ.get("FIELD_DOSSIER_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
SECRET = "benchmark-only-secret-" + "b" * 40
PASSWORD = "benchmark-password"
BATCH = 1000


@dataclass(frozen=True)
class Figures:
    backend: str
    count: int
    push_seconds: float
    pull_seconds: float
    noop_seconds: float
    floor_seconds: float

    def lines(self) -> list[str]:
        return [
            f"{self.backend}: {self.count} records",
            f"  push  {self.count / self.push_seconds:9.0f} records/s  ({self.push_seconds:.1f} s)",
            f"  pull  {self.count / self.pull_seconds:9.0f} records/s  ({self.pull_seconds:.1f} s)",
            f"  no-op sync        {self.noop_seconds * 1000:7.0f} ms",
            f"  floor {self.count / self.floor_seconds:9.0f} records/s  (one executemany into "
            f"SQLite, {self.floor_seconds:.2f} s)",
        ]

    def against(self, peer: dict[str, Any]) -> list[str]:
        """Our figures as multiples of the peer's from the same run (> 1: faster)."""
        push = self.count / self.push_seconds
        pull = self.count / self.pull_seconds
        return [
            f"{self.backend} / PouchDB:",
            f"  push  {push / peer['push_over_http_loopback_batch100_docs_per_s']:.2f}x",
            f"  pull  {pull / peer['pull_over_http_loopback_batch100_docs_per_s']:.2f}x",
            f"  no-op {peer['noop_resync_ms'] / (self.noop_seconds * 1000):.2f}x (its time / ours)",
        ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--peer", type=Path, help="the PouchDB peer's folder (bench.js)")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    results = []
    for backend in backends:
        with (
            tempfile.TemporaryDirectory(prefix=f"sync-bench-{backend}-") as root,
            _database(backend, Path(root)) as url,
        ):
            results.append(run(backend, url, Path(root), args.count))
    for figures in results:
        print("\n".join(figures.lines()))
    if args.peer is not None:
        peer = run_peer(args.peer, args.count)
        print(f"PouchDB {peer['pouchdb_core']}, {peer['docs']} docs over HTTP on loopback:")
        print(
            f"  push  {peer['push_over_http_loopback_batch100_docs_per_s']:9.0f} docs/s"
            f"\n  pull  {peer['pull_over_http_loopback_batch100_docs_per_s']:9.0f} docs/s"
            f"\n  no-op sync        {peer['noop_resync_ms']:7.0f} ms"
        )
        for figures in results:
            print("\n".join(figures.against(peer)))


def run_peer(source: Path, count: int) -> dict[str, Any]:
    """Run the PouchDB peer with `count` documents; returns its figures (JSON)."""
    work = Path(__file__).resolve().parent.parent / "build" / "pouchdb-peer"
    work.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source / "package.json", work / "package.json")
    # Its document count is a constant in the script: the copy counts as many as we do.
    script = (source / "bench.js").read_text(encoding="utf-8")
    (work / "bench.js").write_text(
        script.replace("const N = 20000;", f"const N = {count};"), encoding="utf-8"
    )
    if not (work / "node_modules").is_dir():
        install = ["npm", "install", "--silent", "--no-audit", "--no-fund"]
        subprocess.run(install, cwd=work, check=True)
    done = subprocess.run(
        ["node", "bench.js"], cwd=work, check=True, capture_output=True, text=True, timeout=900
    )
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


def run(backend: str, url: str, root: Path, count: int) -> Figures:
    upgrade(url)
    _set_up_accounts(url)
    with _server(url, root) as server_url:
        anna = _laptop(root / "anna", "anna")
        rows = _capture(anna, count)
        _sign_in(anna, server_url, "anna")
        push = _timed(lambda: run_sync(anna.db))
        bert = _laptop(root / "bert", "bert")
        _sign_in(bert, server_url, "bert")
        pull = _timed(lambda: run_sync(bert.db))
        noop = min(_timed(lambda: run_sync(bert.db)) for _ in range(3))
        anna.db.dispose()
        bert.db.dispose()
    floor = _floor(root / "floor.sqlite", rows)
    return Figures(backend, count, push, pull, noop, floor)


@dataclass
class _Laptop:
    db: Database
    actor: str


def _laptop(data_dir: Path, actor: str) -> _Laptop:
    db = open_database(data_dir)
    open_scope(db, actor)
    return _Laptop(db, actor)


def _capture(laptop: _Laptop, count: int) -> list[tuple[str, str]]:
    """Observations through the services layer (not timed); returns (id, text) pairs."""
    rng = random.Random(7)
    scope = open_scope(laptop.db, laptop.actor)
    made: list[tuple[str, str]] = []
    for start in range(0, count, BATCH):
        with laptop.db.write(laptop.actor) as session:
            taxonomy = Taxonomy(session, scope.workspace_id)
            for index in range(start, min(count, start + BATCH)):
                body = observation_text(rng, index)
                record = create_record(
                    session, scope, "observation", {"text": body}, taxonomy=taxonomy, flush=False
                )
                made.append((record.id, body))
    return made


def _sign_in(laptop: _Laptop, server_url: str, user: str) -> None:
    sign_in(laptop.db, server_url, user, PASSWORD, remember=False)


def _timed(action: object) -> float:
    assert callable(action)
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def _floor(path: Path, rows: list[tuple[str, str]]) -> float:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE observation (id TEXT PRIMARY KEY, text TEXT NOT NULL)")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO observation (id, text) VALUES (?, ?)", rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _set_up_accounts(url: str) -> None:
    database = ServerDatabase(url)
    with database.write() as session:
        accounts.create_workspace(session, "Benchmark")
        for user in ("anna", "bert"):
            accounts.create_user(session, user, PASSWORD)
            accounts.add_member(session, user, "Benchmark", "staff")
    database.dispose()


@contextmanager
def _database(backend: str, root: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{root / 'server.sqlite'}"
        return
    name = f"fd_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(PG_ADMIN_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def _server(url: str, root: Path) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    binary = Path(sys.executable).parent / "field-dossier-server"
    env = {**os.environ, "FIELD_DOSSIER_SECRET_KEY": SECRET}
    log = (root / "server.log").open("wb")
    process = subprocess.Popen(
        [
            str(binary),
            "--database-url",
            url,
            "serve",
            "--port",
            str(port),
            "--blob-dir",
            str(root / "blobs"),
            "--log-level",
            "warning",
        ],
        stdout=log,
        stderr=log,
        env=env,
    )
    server_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{server_url}/v1/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the server did not start") from None
                time.sleep(0.2)
        yield server_url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


if __name__ == "__main__":
    main()
