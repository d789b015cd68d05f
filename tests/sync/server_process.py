"""A real `field-dossier-server serve` on 127.0.0.1, for end-to-end tests (CLI and app)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

BIN = Path(sys.executable).parent
SECRET = "end-to-end-secret-" + "e" * 40


def environment() -> dict[str, str]:
    env = {
        **os.environ,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
        "FIELD_DOSSIER_SECRET_KEY": SECRET,
        # No usable keyring, whatever the machine has: never touch a developer's keyring.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    env.pop("FIELD_DOSSIER_DATA_DIR", None)
    return env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    def __init__(self, database_url: str, root: Path) -> None:
        self.database_url = database_url
        self.root = root
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log = root / "server.log"

    def admin(self, *args: str, stdin: str = "") -> str:
        result = subprocess.run(
            [str(BIN / "field-dossier-server"), "--database-url", self.database_url, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=environment(),
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def start(self) -> None:
        command = [
            str(BIN / "field-dossier-server"),
            "--database-url",
            self.database_url,
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--blob-dir",
            str(self.root / "blobs"),
        ]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log, env=environment())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.log.read_text()
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError("the server did not start:\n" + self.log.read_text())

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
