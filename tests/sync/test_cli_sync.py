"""The sync sub-commands in process: keyring sign-in, exit codes, --json output."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.services.attachments import attach_file
from desktop.services.records import create_record
from desktop.sync import api, credentials
from server import cli as server_cli
from tests.conftest import MemoryKeyring
from tests.sync.world import SECRET, SERVER_URL, World, password_of


class Cli:
    def __init__(
        self,
        world: World,
        data_dir: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        self.world = world
        self.data_dir = data_dir
        self.monkeypatch = monkeypatch
        self.capsys = capsys
        # The CLI's HTTP client reaches the in-process server (through bert's transport).
        monkeypatch.setattr(api, "client_factory", world.laptops[0].client)

    def run(self, *args: str, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.data_dir), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str, stdin: str = "") -> Any:
        code, out, err = self.run(*args, "--json", stdin=stdin)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Cli:
    monkeypatch.setenv("LANGUAGE", "en")
    world.laptop("bert")  # provides the in-process transport
    world.add_user("anna", "core")
    return Cli(world, tmp_path / "cli-laptop", monkeypatch, capsys)


def test_login_keeps_the_token_in_the_keyring_and_sync_needs_no_password(
    cli: Cli, memory_keyring: MemoryKeyring
) -> None:
    code, _out, err = cli.run("login", "--server", SERVER_URL, "--user", "anna")
    assert code == 1 and "password-stdin" in err  # no terminal to ask
    account = cli.json(
        "login",
        "--server",
        SERVER_URL,
        "--user",
        "anna",
        "--password-stdin",
        stdin=password_of("anna") + "\n",
    )
    assert account["username"] == "anna" and account["remembered"] is True
    assert any(key[1].startswith(f"{SERVER_URL}|anna|") for key in memory_keyring.secrets)
    assert "password" not in json.dumps(account)
    summary = cli.json("sync")
    assert set(summary) >= {"sent", "received", "merged", "conflicts", "quarantined"}
    status = cli.json("sync-status")
    assert status["waiting"] == 0 and status["account"]["workspace_name"] == "Migrationsleitbild"
    assert cli.json("conflicts") == []
    assert cli.json("logout") == {"signed_in": False}
    assert not any(key[1].startswith(f"{SERVER_URL}|anna|") for key in memory_keyring.secrets)
    code, _out, err = cli.run("sync")
    assert code == 1 and "not signed in" in err


@pytest.mark.expected_warnings("login refused")
def test_a_wrong_password_exits_with_1_and_a_clear_message(cli: Cli) -> None:
    code, _out, err = cli.run(
        "login", "--server", SERVER_URL, "--user", "anna", "--password-stdin", stdin="nope\n"
    )
    assert code == 1 and "password is wrong" in err


def test_an_unreachable_server_exits_with_1_and_says_the_work_is_safe(cli: Cli) -> None:
    cli.monkeypatch.setattr(api, "client_factory", api.default_client_factory)
    code, _out, err = cli.run(
        "login",
        "--server",
        "http://127.0.0.1:9",
        "--user",
        "anna",
        "--password-stdin",
        stdin="x\n",
    )
    assert code == 1 and "safe" in err


def test_resolve_checks_its_arguments(cli: Cli) -> None:
    code, _out, err = cli.run("resolve", "not-a-conflict", "--take", "{broken")
    assert code == 1 and "JSON" in err
    code, _out, err = cli.run("resolve", "not-a-conflict", "--take", "mine")
    assert code == 1 and "no conflict" in err
    with pytest.raises(SystemExit) as usage:
        cli.run("resolve", "x")
    assert usage.value.code == 2


def test_history_and_bundles_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    cli.json(
        "login",
        "--server",
        SERVER_URL,
        "--user",
        "anna",
        "--password-stdin",
        stdin=password_of("anna") + "\n",
    )
    record = cli.json("add", "contact", stdin=json.dumps({"name": "Jan"}))["id"]
    cli.json("sync")
    [entry] = cli.json("history", record)
    assert (entry["version"], entry["kind"], entry["account"]) == (1, "insert", "anna")
    cli.json("update", record, stdin=json.dumps({"phone": "+31 546 1"}))
    exported = cli.json("bundle-export", str(tmp_path / "stick.zip"))
    assert exported["changes"] == 1
    url = cli.world.settings.database_url
    cli.monkeypatch.setenv("FIELD_DOSSIER_SECRET_KEY", SECRET)
    assert (
        server_cli.main(
            [
                "--database-url",
                url,
                "import-bundle",
                str(tmp_path / "stick.zip"),
                "--out",
                str(tmp_path / "answer.zip"),
                "--blob-dir",
                str(tmp_path / "blobs"),
            ]
        )
        == 0
    )
    imported = cli.json("bundle-import", str(tmp_path / "answer.zip"))
    assert imported["acknowledged"] == 1


def test_login_takes_the_administrators_locked_server_and_refuses_another(
    cli: Cli, administrator_settings: Path
) -> None:
    administrator_settings.write_text(
        f"locked = sync/server_url\n[sync]\nserver_url = {SERVER_URL}\n", encoding="utf-8"
    )
    password = password_of("anna") + "\n"
    code, out, err = cli.run(
        "login", "--server", "https://elsewhere.example", "--user", "anna", "--password-stdin",
        stdin=password,
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        f"field-dossier: Your administrator set --server on this computer to “{SERVER_URL}”; "
        "leave --server out.\n"
    )
    account = cli.json("login", "--user", "anna", "--password-stdin", stdin=password)
    assert account["server_url"] == SERVER_URL and account["workspace_name"] == "Migrationsleitbild"


def test_login_without_a_server_anywhere_says_how(cli: Cli) -> None:
    code, _out, err = cli.run("login", "--user", "anna", "--password-stdin", stdin="x\n")
    assert code == 1 and err == "field-dossier: Say which server: --server URL.\n"


def test_sync_downloads_the_photos_unless_told_not_to(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    bert = world.laptops[0]
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 100)
    with bert.db.write("bert") as session:
        record = create_record(session, bert.scope, "observation", {"text": "mit Foto"}).id
        sha = attach_file(session, bert.scope, bert.db.blobs, record, photo).sha256
    bert.sync()
    login = ("login", "--server", SERVER_URL, "--user", "anna", "--password-stdin")
    cli.json(*login, stdin=password_of("anna") + "\n")
    skipped = cli.json("sync", "--no-attachments")
    assert "attachments_downloaded" not in skipped
    assert not (cli.data_dir / "blobs" / sha[:2] / sha).exists()
    summary = cli.json("sync")  # the default: every missing photo comes down
    assert summary["attachments_downloaded"] == 1
    assert (cli.data_dir / "blobs" / sha[:2] / sha).read_bytes() == photo.read_bytes()


@pytest.mark.expected_warnings("restored or replaced", "refresh refused: refresh_invalid")
def test_sync_with_the_password_signs_in_again_when_a_restore_forgot_the_sign_in(
    cli: Cli, memory_keyring: MemoryKeyring
) -> None:
    """Found by the fault suite: after the server was restored from a backup older than
    this laptop's sign-in, `sync --password-stdin` said "Your sign-in has expired" - the
    stored sign-in looked fine, so the password it was given went unused."""
    cli.world.snapshot_server()  # a backup from before this laptop signed in
    cli.json(
        "login", "--server", SERVER_URL, "--user", "anna", "--password-stdin",
        stdin=password_of("anna") + "\n",
    )  # fmt: skip
    cli.json("sync")
    cli.world.restore_server(new_instance_id="00000000-0000-4000-8000-00000000cafe")
    credentials.forget_access_tokens()  # a new process: only the stored sign-in is left
    summary = cli.json("sync", "--password-stdin", stdin=password_of("anna") + "\n")
    assert summary["sent"] >= 0
    assert cli.json("sync-status")["waiting"] == 0
