"""End to end: `field-dossier-server serve` on PostgreSQL, two laptops driven by the CLI.

Both laptops edit the same observation offline (one the text, one the tags) and the
same contact's phone number differently, then sync. The observation merges; the phone
number is an open conflict on both laptops; resolving it on one clears it on both
after a sync; `history` shows every version. The subprocesses have no keyring (as on
a bare server or CI machine), so they sign in for each run with --password-stdin.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.server_process import BIN, Server, environment

ROOT = Path(__file__).resolve().parents[2]
PASSWORDS = {"anna": "anna-password", "bert": "bert-password"}


class Laptop:
    def __init__(self, root: Path, user: str) -> None:
        self.data_dir = root / f"laptop-{user}"
        self.user = user

    def run(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(BIN / "field-dossier"), "--data-dir", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=environment(),
            timeout=120,
        )

    def json(self, *args: str, stdin: str = "") -> Any:
        result = self.run(*args, "--json", stdin=stdin)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def online(self, *args: str) -> Any:
        """A command that needs the server: signed in for this run from stdin."""
        return self.json(*args, "--password-stdin", stdin=PASSWORDS[self.user] + "\n")


@pytest.fixture
def server(tmp_path: Path, pg_database: Callable[[], str]) -> Iterator[Server]:
    running = Server(pg_database(), tmp_path)
    running.admin("create-workspace", "Migrationsleitbild")
    for user, role in (("anna", "staff"), ("bert", "core")):
        running.admin("create-user", user, "--password-stdin", stdin=PASSWORDS[user] + "\n")
        running.admin("add-member", user, "Migrationsleitbild", "--role", role)
    running.start()
    yield running
    running.stop()


@pytest.mark.slow
def test_two_laptops_merge_conflict_resolve_and_see_history_through_the_cli(
    server: Server, tmp_path: Path
) -> None:
    anna, bert = Laptop(tmp_path, "anna"), Laptop(tmp_path, "bert")

    # Capture before any account exists on this laptop.
    observation = anna.json(
        "add", "observation", stdin=json.dumps({"text": "Gespräch im Stadtteilbüro"})
    )["id"]
    contact = anna.json(
        "add",
        "contact",
        stdin=json.dumps({"name": "Jan de Vries", "phone": "+31 546 100", "role": "Wijkteam"}),
    )["id"]

    refused = anna.run(
        "login", "--server", server.url, "--user", "anna", "--password-stdin", stdin="x\n"
    )
    assert refused.returncode == 1 and "keyring" in refused.stderr
    for laptop in (anna, bert):
        signed = laptop.json(
            "login",
            "--server",
            server.url,
            "--user",
            laptop.user,
            "--password-stdin",
            "--no-keyring",
            stdin=PASSWORDS[laptop.user] + "\n",
        )
        assert signed["workspace_name"] == "Migrationsleitbild"
    assert anna.online("sync")["sent"] > 0
    bert.online("sync")
    assert bert.json("show", observation)["text"] == "Gespräch im Stadtteilbüro"

    # Offline, both change the same records (the same field: a conflict; a contact's
    # phone numbers would merge entry by entry, see test_engine).
    anna.json("update", observation, stdin=json.dumps({"text": "Gespräch im Stadtteilbüro Ost"}))
    bert.json("update", observation, stdin=json.dumps({"tags": ["wijk", "Nachbarschaft"]}))
    anna.json("update", contact, stdin=json.dumps({"role": "Buurtcoach"}))
    bert.json("update", contact, stdin=json.dumps({"role": "Opbouwwerker"}))
    anna.online("sync")
    assert bert.online("sync")["conflicts"] == 1
    anna.online("sync")

    for laptop in (anna, bert):
        merged = laptop.json("show", observation)
        assert merged["text"] == "Gespräch im Stadtteilbüro Ost"
        assert sorted(merged["tags"]) == ["Nachbarschaft", "wijk"]
        [conflict] = laptop.json("conflicts")
        assert conflict["record_id"] == contact and conflict["field"] == "role"
        assert (conflict["server_value"], conflict["client_value"]) == (
            "Buurtcoach",
            "Opbouwwerker",
        )
    assert bert.json("conflicts")[0]["mine"] == "client"
    assert anna.json("conflicts")[0]["mine"] == "server"

    bert.json("resolve", conflict["id"], "--take", "mine")
    assert bert.json("conflicts") == []
    bert.online("sync")
    anna.online("sync")
    for laptop in (anna, bert):
        assert laptop.json("conflicts") == []
        assert laptop.json("show", contact)["role"] == "Opbouwwerker"

    history = anna.online("history", contact)
    assert [entry["version"] for entry in history] == list(range(1, len(history) + 1))
    kinds = [entry["kind"] for entry in history]
    assert kinds[0] == "insert" and "conflict" in kinds and kinds[-1] == "resolution"
    assert {entry["account"] for entry in history} == {"anna", "bert"}
    assert all(entry["device_id"] and entry["committed_at"] for entry in history)
    roles = [entry["changes"].get("role") for entry in history if "role" in entry["changes"]]
    assert roles == ["Wijkteam", "Buurtcoach", "Opbouwwerker"]

    log = [json.loads(line) for line in server.log.read_text().splitlines() if line.startswith("{")]
    assert any(entry.get("logger") == "server.sync" for entry in log)
