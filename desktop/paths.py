"""Where the user's data lives on disk (the shipped files: desktop.resources)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from desktop import APP_ID

DATA_DIR_ENV = "FIELD_DOSSIER_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data dir, unless FIELD_DOSSIER_DATA_DIR points elsewhere."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    """`--data-dir` wins over the environment, which wins over the platform default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_data_dir()
