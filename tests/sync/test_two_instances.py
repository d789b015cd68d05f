"""Several server instances on one PostgreSQL database (installers/README.md, "Server").

Two `field-dossier-server serve` processes share a database, a secret key and the
attachment folder, as the systemd units behind the proxy do. Laptops sign in through
different instances and sync at the same time, then the other way round; every record
and attachment ends up everywhere, nothing is lost, and a restore seen through one
instance is seen through the other.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.sync.server_process import BIN, Server, environment

PASSWORDS = {"anna": "anna-password", "bert": "bert-password"}
PHOTO = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2a1b9e40000000049454e44ae426082"
)


class Laptop:
    def __init__(self, root: Path, user: str) -> None:
        self.data_dir = root / f"laptop-{user}"
        self.user = user

    def command(self, *args: str) -> list[str]:
        return [str(BIN / "field-dossier"), "--data-dir", str(self.data_dir), *args, "--json"]

    def json(self, *args: str, stdin: str = "") -> Any:
        result = subprocess.run(
            self.command(*args),
            input=stdin,
            capture_output=True,
            text=True,
            env=environment(),
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def login(self, url: str) -> Any:
        password = PASSWORDS[self.user] + "\n"
        return self.json(
            "login", "--server", url, "--user", self.user, "--password-stdin", "--no-keyring",
            stdin=password,
        )  # fmt: skip

    def start_sync(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            self.command("sync", "--attachments", "--password-stdin", "--no-keyring"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(),
        )
        assert process.stdin is not None
        process.stdin.write(PASSWORDS[self.user] + "\n")
        process.stdin.flush()  # read at once; communicate() closes it later
        return process

    def texts(self) -> set[str]:
        return {row["text"] for row in self.json("list", "observation")}


def finish(*processes: subprocess.Popen[str]) -> None:
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        json.loads(out)


@pytest.fixture
def instances(tmp_path: Path, pg_database: Callable[[], str]) -> Iterator[tuple[Server, Server]]:
    url = pg_database()
    first, second = Server(url, tmp_path / "a"), Server(url, tmp_path / "b")
    for server in (first, second):
        server.root.mkdir()
    (tmp_path / "a" / "blobs").mkdir()
    (tmp_path / "b" / "blobs").symlink_to(tmp_path / "a" / "blobs")  # one shared folder
    first.admin("create-workspace", "Migrationsleitbild")
    for user in PASSWORDS:
        first.admin("create-user", user, "--password-stdin", stdin=PASSWORDS[user] + "\n")
        first.admin("add-member", user, "Migrationsleitbild", "--role", "core")
    first.start()
    second.start()
    yield first, second
    first.stop()
    second.stop()


@pytest.mark.slow
def test_laptops_syncing_through_two_instances_of_one_database_lose_nothing(
    instances: tuple[Server, Server], tmp_path: Path
) -> None:
    first, second = instances
    health = [httpx.get(f"{s.url}/v1/health").json() for s in (first, second)]
    assert health[0]["server_instance_id"] == health[1]["server_instance_id"]

    anna, bert = (Laptop(tmp_path, user) for user in PASSWORDS)
    anna.login(first.url)
    bert.login(second.url)
    written: set[str] = set()
    for laptop in (anna, bert):
        texts = [f"{laptop.user}: Beobachtung {n} im Stadtteil" for n in range(5)]
        laptop.json("add", "observation", stdin=json.dumps([{"text": t} for t in texts]))
        written |= set(texts)
    photo = tmp_path / "stadtteilfest.png"
    photo.write_bytes(PHOTO)
    [first_of_anna] = [
        r for r in anna.json("list", "observation") if r["text"].endswith("0 im Stadtteil")
    ]
    anna.json("attach", first_of_anna["id"], str(photo), "--caption", "Stadtteilfest")

    # Both at once, through both instances: pushes to one workspace are serialised across
    # instances by PostgreSQL, not by either process.
    finish(anna.start_sync(), bert.start_sync())
    # The other way round: what came in through one instance goes out through the other.
    bert.login(first.url)
    anna.login(second.url)
    finish(anna.start_sync(), bert.start_sync())
    finish(anna.start_sync(), bert.start_sync())

    for laptop in (anna, bert):
        assert laptop.texts() == written, laptop.user
        attachments = laptop.json("show", first_of_anna["id"])["attachments"]
        assert [a["caption"] for a in attachments] == ["Stadtteilfest"], laptop.user
    blobs = [p for p in (tmp_path / "a" / "blobs").rglob("*") if p.is_file()]
    assert len(blobs) == 1 and blobs[0].read_bytes() == PHOTO
    for laptop in (anna, bert):
        status = laptop.json("sync-status")
        assert status["waiting"] == 0 and status["quarantined"] == 0, (laptop.user, status)

    # A restore seen by both: the instance id lives in the database, not in a process.
    first.admin("rotate-instance-id")
    rotated = [httpx.get(f"{s.url}/v1/health").json()["server_instance_id"] for s in instances]
    assert rotated[0] == rotated[1] != health[0]["server_instance_id"]
