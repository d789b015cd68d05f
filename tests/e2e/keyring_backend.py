"""A keyring for the fault suite's laptop processes only: one JSON file per test run.

The laptops are separate processes (the CLI), so an in-memory keyring would forget the
device secret that signs bundles between two commands. This backend keeps secrets in
the file named by $FIELD_DOSSIER_E2E_KEYRING, written atomically (a laptop may be
killed at any moment). Never used outside tests.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class E2EKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ["FIELD_DOSSIER_E2E_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def _save(self, data: dict[str, str]) -> None:
        partial = self._file.with_name(f"{self._file.name}.{os.getpid()}.partial")
        partial.write_text(json.dumps(data), encoding="utf-8")
        os.replace(partial, self._file)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\n{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\n{username}", None)
        self._save(data)
