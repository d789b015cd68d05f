"""A user's settings over the administrator's: one reader for the app and the command line.

Order of precedence: a value the administrator locked; the user's own value
(`settings.ini` in the data dir); the administrator's default; the declared default.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from desktop.config import ini
from desktop.config.declarations import Setting, T, convert
from desktop.config.system import AdministratorDefaults, read_administrator_defaults

log = logging.getLogger("desktop.config")
USER_SETTINGS_FILE: Final = "settings.ini"


class Settings:
    def __init__(self, data_dir: Path, administrator: AdministratorDefaults | None = None) -> None:
        self.path = data_dir / USER_SETTINGS_FILE
        self.administrator = (
            read_administrator_defaults() if administrator is None else administrator
        )

    def get(self, setting: Setting[T]) -> T:
        if self.is_locked(setting):
            return self._administrators(setting)
        user = self._user_values().get(setting.key)
        if user is not None:
            value = convert(setting, user)
            if value is not None:
                return value
            log.warning("%s: %s=%r is not a valid value; ignored", self.path, setting.key, user)
        return self._administrators(setting)

    def set(self, setting: Setting[T], value: T) -> None:
        """Keep the user's value; a locked setting keeps the administrator's (the UI shows
        the field read-only, the command line says so before getting here)."""
        if self.is_locked(setting):
            return
        values: dict[str, str | bool | int] = dict(self._user_values())
        values[setting.key] = value
        ini.write_file(self.path, values)

    def is_locked(self, setting: Setting[T]) -> bool:
        return setting.lockable and setting.key in self.administrator.locked

    def source(self, setting: Setting[T]) -> str:
        """Where the value comes from: "administrator (locked)", "user", "administrator",
        or "default"."""
        if self.is_locked(setting):
            return "administrator (locked)"
        if setting.key in self._user_values():
            return "user"
        if setting.key in self.administrator.values:
            return "administrator"
        return "default"

    def _administrators(self, setting: Setting[T]) -> T:
        raw = self.administrator.values.get(setting.key)
        if raw is None:
            return setting.default
        value = convert(setting, raw)
        if value is None:
            log.warning("administrator settings: %s=%r is not valid; ignored", setting.key, raw)
            return setting.default
        return value

    def _user_values(self) -> dict[str, str]:
        # Read each time: the app and a command in a terminal may both write it.
        return ini.read_file(self.path)
