"""Server settings: declared once, read from FIELD_DOSSIER_* variables or the CLI.

Like pydantic-settings (without the extra dependency): a validated pydantic model
whose values come from the environment, overridable by command-line options. The
token signing key has no default: a trial server on an SQLite file makes its own and
keeps it beside the database (server/trial_secret.py); on PostgreSQL it must be
configured. Known placeholder values and short keys are refused, so a server never
runs with a secret someone else can read in the docs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from server.trial_secret import TrialSecretError, sqlite_file, trial_secret

ENV_PREFIX = "FIELD_DOSSIER_"
DEFAULT_DATABASE_URL = "sqlite:///field-dossier-server.sqlite"
# Values that appear in examples and templates: never acceptable as a real key.
REFUSED_SECRETS = frozenset(
    {"changethis", "change-me", "changeme", "secret", "password", "test", "development"}
)
MIN_SECRET_LENGTH = 32


class SettingsError(ValueError):
    """Settings that the server must not start with; the message says what to fix."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    database_url: str = DEFAULT_DATABASE_URL
    secret_key: str = Field(repr=False)
    # Blobs (attachment files) live on disk, content-addressed; shared by all instances.
    blob_dir: Path = Path("field-dossier-blobs")
    access_token_seconds: int = Field(default=15 * 60, ge=30)
    refresh_token_days: int = Field(default=30, ge=1)
    max_request_bytes: int = Field(default=32 * 1024 * 1024, ge=64 * 1024)
    max_blob_bytes: int = Field(default=2 * 1024 * 1024 * 1024, ge=1024)
    pull_page_default: int = Field(default=500, ge=1, le=2000)
    # A pull page (rows and their conflicts, as JSON) stops growing past this size.
    pull_page_max_bytes: int = Field(default=4 * 1024 * 1024, ge=64 * 1024)
    # Login throttling: failures per account (and per address) within the window.
    login_failures_per_user: int = Field(default=5, ge=1)
    login_failures_per_address: int = Field(default=30, ge=1)
    login_window_seconds: int = Field(default=15 * 60, ge=1)
    login_lockout_seconds: int = Field(default=60, ge=1)
    login_lockout_max_seconds: int = Field(default=30 * 60, ge=1)

    @field_validator("secret_key")
    @classmethod
    def _refuse_weak_secret(cls, value: str) -> str:
        if value.strip().lower() in REFUSED_SECRETS:
            raise ValueError("is a placeholder; generate one with `field-dossier-server secret`")
        if len(value) < MIN_SECRET_LENGTH:
            raise ValueError(f"must be at least {MIN_SECRET_LENGTH} characters long")
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("must be an sqlite:/// or postgresql:// URL")
        return value

    @classmethod
    def load(
        cls, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
    ) -> Settings:
        """Environment first, then explicit overrides (CLI options); None values are skipped."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for name in cls.model_fields:
            raw = env.get(ENV_PREFIX + name.upper())
            if raw is not None and raw != "":
                values[name] = raw
        key_file = env.get(ENV_PREFIX + "SECRET_KEY_FILE")
        if "secret_key" not in values and key_file:
            values["secret_key"] = _read_key_file(Path(key_file))
        values.update({k: v for k, v in (overrides or {}).items() if v is not None})
        if "secret_key" not in values:
            values["secret_key"] = _trial_secret(values.get("database_url", DEFAULT_DATABASE_URL))
        try:
            return cls(**values)
        except ValidationError as exc:
            raise SettingsError(_describe(exc)) from None


def _trial_secret(database_url: str) -> str:
    """A trial server on an SQLite file makes its own key; anything else must be given one."""
    database = sqlite_file(database_url)
    if database is None:
        raise SettingsError(
            f"{ENV_PREFIX}SECRET_KEY is not set. A server on PostgreSQL needs a secret key "
            "that stays the same across restarts and is shared by all its instances: "
            "`field-dossier-server secret > /etc/field-dossier-server/secret-key`, "
            "`chmod 600` it, and set "
            f"{ENV_PREFIX}SECRET_KEY_FILE=/etc/field-dossier-server/secret-key "
            f"(or put the key itself in {ENV_PREFIX}SECRET_KEY)"
        )
    try:
        return trial_secret(database)
    except TrialSecretError as error:
        raise SettingsError(str(error)) from None
    except OSError as error:
        raise SettingsError(
            f"cannot keep the trial server's secret key beside {database}: {error.strerror}"
        ) from None


def _read_key_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SettingsError(f"cannot read the secret key file {path}: {exc.strerror}") from None


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        name = ".".join(str(p) for p in error["loc"])
        env_name = ENV_PREFIX + name.upper()
        if error["type"] == "missing":
            parts.append(f"{env_name} is not set")
        else:
            parts.append(f"{env_name} {error['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)
