"""Every setting declared once: key, type, default, and whether an administrator may lock it.

Administrators pre-seed values in a system-wide file (see installers/README.md); a
value there under `[locked]` wins over anything the user sets. User settings live in
`settings.ini` in the data dir; UI state (geometry, last selection) in `ui-state.ini`,
kept apart so that resetting one never loses the other.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QSettings

T = TypeVar("T", str, bool, int)
SYSTEM_CONFIG_ENV = "FIELD_DOSSIER_SYSTEM_CONFIG"


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    lockable: bool = False


LANGUAGE = Setting("ui/language", "", lockable=True)  # "" = the session's language
USER_MUNICIPALITY = Setting("user/municipality", "")
FIRST_RUN_DONE = Setting("app/first_run_done", False)
SERVER_URL = Setting("sync/server_url", "", lockable=True)
WORKSPACE_NAME = Setting("sync/workspace", "", lockable=True)
AUTO_SYNC = Setting("sync/automatic", True, lockable=True)
AUTO_SYNC_MINUTES = Setting("sync/interval_minutes", 10, lockable=True)
ALL_SETTINGS: tuple[Setting[str] | Setting[bool] | Setting[int], ...] = (
    LANGUAGE,
    USER_MUNICIPALITY,
    FIRST_RUN_DONE,
    SERVER_URL,
    WORKSPACE_NAME,
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
)


def system_settings_path() -> str | None:
    """The administrator's file: $FIELD_DOSSIER_SYSTEM_CONFIG, else Qt's system scope."""
    override = os.environ.get(SYSTEM_CONFIG_ENV)
    if override:
        return override
    system = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.SystemScope, "field-dossier", "field-dossier"
    )
    return system.fileName()


class Settings:
    def __init__(self, data_dir: Path, system_path: str | None = None) -> None:
        self.user = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        self.state = QSettings(str(data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
        path = system_path if system_path is not None else system_settings_path()
        self.system = QSettings(path, QSettings.Format.IniFormat) if path else None

    def get(self, setting: Setting[T]) -> T:
        if setting.lockable and self.is_locked(setting):
            return self._read(self.system, f"locked/{setting.key}", setting)  # type: ignore[arg-type]
        if self.user.contains(setting.key):
            return self._read(self.user, setting.key, setting)
        if self.system is not None and self.system.contains(setting.key):
            return self._read(self.system, setting.key, setting)
        return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if self.is_locked(setting):
            return  # the administrator decided; the UI shows the field read-only
        self.user.setValue(setting.key, value)
        self.user.sync()

    def is_locked(self, setting: Setting[T]) -> bool:
        return (
            setting.lockable
            and self.system is not None
            and self.system.contains(f"locked/{setting.key}")
        )

    @staticmethod
    def _read(store: QSettings, key: str, setting: Setting[T]) -> T:
        # QSettings' INI backend hands back strings; convert to the declared type.
        raw: Any = store.value(key, setting.default)
        value: Any
        if isinstance(setting.default, bool):
            value = str(raw).lower() in ("1", "true", "yes") if isinstance(raw, str) else bool(raw)
        elif isinstance(setting.default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                value = setting.default
        else:
            value = str(raw)
        return cast(T, value)
