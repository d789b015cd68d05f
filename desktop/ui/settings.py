"""The app's view of the settings: desktop.config (declared once, administrator before
user; shared with the command line), plus UI state kept apart from them.

UI state (window geometry, last selection) lives in `ui-state.ini` in the data dir, so
that resetting one never loses the other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.config import (
    ALL_SETTINGS,
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
    FIRST_RUN_DONE,
    LANGUAGE,
    PHOTOS_ALL,
    PHOTOS_DOWNLOAD,
    PHOTOS_ON_DEMAND,
    SERVER_URL,
    SYSTEM_CONFIG_ENV,
    USER_MUNICIPALITY,
    WORKSPACE_NAME,
    AdministratorDefaults,
    Setting,
)
from desktop.config import Settings as _Settings

__all__ = [
    "ALL_SETTINGS",
    "AUTO_SYNC",
    "AUTO_SYNC_MINUTES",
    "PHOTOS_ALL",
    "PHOTOS_DOWNLOAD",
    "PHOTOS_ON_DEMAND",
    "FIRST_RUN_DONE",
    "LANGUAGE",
    "PHOTOS_DOWNLOAD",
    "SERVER_URL",
    "SYSTEM_CONFIG_ENV",
    "USER_MUNICIPALITY",
    "WORKSPACE_NAME",
    "Setting",
    "Settings",
]


class Settings(_Settings):
    def __init__(self, data_dir: Path, administrator: AdministratorDefaults | None = None) -> None:
        super().__init__(data_dir, administrator)
        self.state = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
