"""A trial server in one command: `field-dossier-server serve` on its SQLite file, no secret.

The commands of docs/server.md's first section, as subprocesses in an empty folder.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import time
from pathlib import Path

import httpx

from tests.sync.server_process import BIN, free_port

PASSWORD = "trial-password-1"


def environment() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    for name in ("FIELD_DOSSIER_SECRET_KEY", "FIELD_DOSSIER_SECRET_KEY_FILE"):
        env.pop(name, None)
    env.pop("FIELD_DOSSIER_DATABASE_URL", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def server(folder: Path, *args: str, stdin: str = "") -> str:
    result = subprocess.run(
        [str(BIN / "field-dossier-server"), *args],
        cwd=folder,
        input=stdin,
        capture_output=True,
        text=True,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def serve(folder: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        process = subprocess.Popen(
            [str(BIN / "field-dossier-server"), "serve", "--port", str(port)],
            cwd=folder,
            stdout=out,
            stderr=out,
            env=environment(),
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    raise AssertionError("the trial server did not come up")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    process.wait(15)


def login(tmp_path: Path, url: str) -> dict[str, object]:
    result = subprocess.run(
        [str(BIN / "field-dossier"), "--data-dir", str(tmp_path / "laptop"), "login"]
        + ["--server", url, "--user", "anna", "--password-stdin", "--no-keyring", "--json"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=environment(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    account: dict[str, object] = json.loads(result.stdout)
    return account


def test_serve_on_sqlite_makes_its_secret_once_and_a_laptop_signs_in(tmp_path: Path) -> None:
    folder = tmp_path / "trial"
    folder.mkdir()
    server(folder, "create-workspace", "Migrationsleitbild")
    server(folder, "create-user", "anna", "--password-stdin", stdin=PASSWORD + "\n")
    server(folder, "add-member", "anna", "Migrationsleitbild", "--role", "core")
    port, log = free_port(), tmp_path / "server.log"

    process = serve(folder, port, log)
    try:
        secret = folder / "field-dossier-server.sqlite.secret"
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
        key = secret.read_text(encoding="utf-8").strip()
        assert len(key) >= 48
        account = login(tmp_path, f"http://127.0.0.1:{port}")
        assert account["workspace_name"] == "Migrationsleitbild"
    finally:
        stop(process)
    process = serve(folder, port, log)  # a second start keeps the key, says nothing new
    try:
        assert secret.read_text(encoding="utf-8").strip() == key
        login(tmp_path, f"http://127.0.0.1:{port}")
    finally:
        stop(process)
    text = log.read_text(encoding="utf-8")
    assert text.count("created a secret key") == 1
    assert key not in text, "the key itself is never logged"
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")], "no temp files"
