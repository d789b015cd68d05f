"""Server load: 50 simulated laptops pushing and pulling against two server instances.

Two `field-dossier-server serve` processes (uvicorn) share one PostgreSQL database;
laptop i talks to instance i % 2. Each simulated laptop speaks the sync protocol
directly (httpx, asyncio; no data dir, so the load is the server's): it signs in,
registers its device, then until the time is up pushes a batch of 1-5 mutations -
new observations, edits of its own and of a few shared observations (so conflicts
happen) - and pulls the change feed from its cursor. Every request's latency is
recorded; any error (transport, or a status that is not 2xx) counts.

At the end, every laptop pulls until it has seen everything, and its copy of the rows
(id -> version and fields) must equal the server's current state in the database.

    .venv/bin/python -m bench.server_load [--laptops 50] [--seconds 60]

Prints requests/s, p50/p95/p99 latencies per kind of request, errors (must be 0), and
whether every laptop converged; exits 1 if there were errors or a laptop differs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from bench.sync_bench import SECRET, _database, _server
from server import accounts
from server.database import ServerDatabase
from server.migrate import upgrade
from server.models import RowState

PASSWORD = "load-password"
SHARED_ROWS = 10


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    conflicts: int = 0

    def record(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)


def _observation(text: str) -> dict[str, Any]:
    return {
        "activity_id": None, "text": text, "observed_on": "2026-05-04", "author": "load",
        "district_id": None, "fields_of_action": [], "target_groups": [], "tags": [],
        "gender_remark": "", "deleted_at": None,
    }  # fmt: skip


def _now() -> str:
    return datetime.now(UTC).isoformat()


class SimulatedLaptop:
    def __init__(self, index: int, url: str, workspace_id: str, stats: Stats, seed: int) -> None:
        self.user = f"load{index:02d}"
        self.workspace_id = workspace_id
        self.device_id = str(uuid.uuid4())
        self.url = url
        self.headers: dict[str, str] = {}
        # One connection per sync, as the app opens one client per sync (an idle
        # keep-alive connection is closed by the server after a few seconds).
        self.http = self._client()
        self.stats = stats
        self.rng = random.Random(f"{seed}/{index}")
        self.rows: dict[str, tuple[int, dict[str, Any]]] = {}
        self.own: list[str] = []
        self.cursor = 0

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.url, timeout=60, headers=self.headers)

    async def new_session(self) -> None:
        await self.http.aclose()
        self.http = self._client()

    async def _call(self, kind: str, method: str, path: str, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            response = await self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            self.stats.errors.append(f"{kind}: {type(exc).__name__} {exc}")
            return None
        self.stats.record(kind, time.perf_counter() - started)
        if not response.is_success:
            self.stats.errors.append(f"{kind}: {response.status_code} {response.text[:200]}")
            return None
        return response.json()

    async def sign_in(self) -> None:
        body = {"username": self.user, "password": PASSWORD, "device_id": self.device_id}
        tokens = await self._call("login", "POST", "/v1/auth/login", json=body)
        if tokens is None:
            raise RuntimeError(f"{self.user} could not sign in: {self.stats.errors[-1:]}")
        self.headers["Authorization"] = f"Bearer {tokens['access_token']}"
        self.http.headers["Authorization"] = self.headers["Authorization"]
        await self._call("device", "POST", "/v1/devices", json={"device_id": self.device_id})

    def _mutation(self, row_id: str, changes: dict[str, Any], op: str) -> dict[str, Any]:
        version, fields = self.rows.get(row_id, (0, {}))
        mutation = {
            "mutation_id": str(uuid.uuid4()), "table": "observation", "row_id": row_id,
            "op": op, "base_version": version, "changes": changes, "actor": self.user,
            "created_at": _now(),
        }  # fmt: skip
        if op != "insert":
            mutation["base_values"] = {k: fields.get(k) for k in changes}
        return mutation

    async def push(self, mutations: list[dict[str, Any]]) -> None:
        body = {
            "device_id": self.device_id, "batch_id": str(uuid.uuid4()),
            "workspace_id": self.workspace_id, "mutations": mutations,
        }  # fmt: skip
        answer = await self._call("push", "POST", "/v1/sync/push", json=body)
        if answer is None:
            return
        by_id = {m["mutation_id"]: m for m in mutations}
        for result in answer["results"]:
            sent = by_id[result["mutation_id"]]
            self.stats.conflicts += result["status"] == "conflict"
            if result["status"] == "applied" and result.get("version") is not None:
                _version, fields = self.rows.get(sent["row_id"], (0, {}))
                self.rows[sent["row_id"]] = (result["version"], {**fields, **sent["changes"]})
        for row in answer["rows"]:
            self._store(row)

    def _store(self, row: dict[str, Any]) -> None:
        known = self.rows.get(row["row_id"])
        if row["table"] == "observation" and (known is None or known[0] <= row["version"]):
            self.rows[row["row_id"]] = (row["version"], row["fields"])

    async def pull(self) -> bool:
        """One page; True while there is more."""
        params = {"workspace_id": self.workspace_id, "cursor": self.cursor, "limit": 500}
        page = await self._call("pull", "GET", "/v1/sync/pull", params=params)
        if page is None:
            return False
        for row in page["rows"]:
            self._store(row)
        self.cursor = page["cursor"]
        return bool(page["has_more"])

    async def work(self, shared: list[str], until: float) -> None:
        while time.monotonic() < until:
            await self.new_session()
            batch = []
            for _ in range(self.rng.randint(1, 5)):
                roll = self.rng.random()
                if roll < 0.4 or not self.own:
                    row_id = str(uuid.uuid4())
                    self.own.append(row_id)
                    text = f"{self.user} {row_id[:8]}"
                    batch.append(self._mutation(row_id, _observation(text), "insert"))
                else:
                    pool = shared if roll < 0.6 else self.own
                    row_id = self.rng.choice(pool)
                    if row_id in self.rows and all(m["row_id"] != row_id for m in batch):
                        text = f"{self.user} edit {self.rng.getrandbits(32):08x}"
                        batch.append(self._mutation(row_id, {"text": text}, "update"))
            if batch:
                await self.push(batch)
            while await self.pull():
                pass

    async def catch_up(self) -> None:
        await self.new_session()
        while await self.pull():
            pass

    async def close(self) -> None:
        await self.http.aclose()


def _set_up(url: str, laptops: int) -> str:
    upgrade(url)
    database = ServerDatabase(url)
    try:
        with database.write() as session:
            workspace = accounts.create_workspace(session, "Last")
            for index in range(laptops):
                user = f"load{index:02d}"
                accounts.create_user(session, user, PASSWORD)
                accounts.add_member(session, user, workspace.id, "staff")
            return str(workspace.id)
    finally:
        database.dispose()


def _server_rows(url: str, workspace_id: str) -> dict[str, tuple[int, dict[str, Any]]]:
    database = ServerDatabase(url)
    try:
        with database.read() as session:
            query = select(RowState).where(
                RowState.workspace_id == workspace_id, RowState.table_name == "observation"
            )
            return {r.row_id: (r.version, dict(r.fields)) for r in session.scalars(query)}
    finally:
        database.dispose()


async def _load(
    urls: list[str], workspace_id: str, laptops: int, seconds: float, seed: int
) -> tuple[Stats, float, list[SimulatedLaptop]]:
    stats = Stats()
    fleet = [
        SimulatedLaptop(i, urls[i % len(urls)], workspace_id, stats, seed) for i in range(laptops)
    ]
    for laptop in fleet:  # one after the other: sign-in is deliberately slow (argon2)
        await laptop.sign_in()
    shared = [
        str(uuid.UUID(int=random.Random(seed + n).getrandbits(128))) for n in range(SHARED_ROWS)
    ]
    await fleet[0].push(
        [fleet[0]._mutation(r, _observation("gemeinsam"), "insert") for r in shared]
    )
    sign_ins = dict(stats.latencies)
    stats.latencies = {}
    started = time.monotonic()
    await asyncio.gather(*(laptop.work(shared, started + seconds) for laptop in fleet))
    elapsed = time.monotonic() - started
    stats.latencies["login"] = sign_ins.get("login", [])
    await asyncio.gather(*(laptop.catch_up() for laptop in fleet))
    return stats, elapsed, fleet


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--instances", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="server-load-") as tmp, ExitStack() as stack:
        root = Path(tmp)
        url = stack.enter_context(_database("postgresql", root))
        workspace_id = _set_up(url, args.laptops)
        urls = []
        for n in range(args.instances):
            (root / f"instance-{n}").mkdir()
            urls.append(stack.enter_context(_server(url, root / f"instance-{n}")))
        stats, elapsed, fleet = asyncio.run(
            _load(urls, workspace_id, args.laptops, args.seconds, args.seed)
        )
        server = _server_rows(url, workspace_id)
        differing = [laptop.user for laptop in fleet if laptop.rows != server]
    timed = {k: v for k, v in stats.latencies.items() if k in ("push", "pull")}
    requests = sum(len(v) for v in timed.values())
    print(
        f"{args.laptops} laptops, {args.instances} server instances on PostgreSQL, "
        f"{elapsed:.0f} s: {requests} requests, {requests / elapsed:.1f} requests/s, "
        f"{stats.conflicts} conflicts, {len(server)} observations"
    )
    for kind, values in sorted(stats.latencies.items()):
        if values:
            print(
                f"  {kind:<6} n={len(values):<6} p50 {_percentile(values, 0.5):7.1f} ms  "
                f"p95 {_percentile(values, 0.95):7.1f} ms  p99 {_percentile(values, 0.99):7.1f} ms"
                f"  mean {statistics.fmean(values) * 1000:7.1f} ms"
            )
    print(
        f"  errors: {len(stats.errors)}" + (f" (first: {stats.errors[0]})" if stats.errors else "")
    )
    print(
        "  converged: every laptop equals the server"
        if not differing
        else f"  NOT converged: {len(differing)} laptops differ (e.g. {differing[:3]})"
    )
    return 1 if stats.errors or differing else 0


if __name__ == "__main__":
    os.environ.setdefault("FIELD_DOSSIER_SECRET_KEY", SECRET)
    sys.exit(main())
