"""Every setting declared once: key, type (that of its default), default, lockable.

The key is the same on every system: `sync/server_url` is the `server_url` entry of
the `[sync]` section in an INI file, and the value name `sync/server_url` in the
Windows registry and in a macOS configuration profile (installers/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Generic, TypeVar

T = TypeVar("T", str, bool, int)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    # Whether an administrator may fix the value for every user of a machine.
    lockable: bool = False


LANGUAGE: Final = Setting("ui/language", "", lockable=True)  # "" = the session's language
USER_MUNICIPALITY: Final = Setting("user/municipality", "")
FIRST_RUN_DONE: Final = Setting("app/first_run_done", False)
SERVER_URL: Final = Setting("sync/server_url", "", lockable=True)
WORKSPACE_NAME: Final = Setting("sync/workspace", "", lockable=True)
AUTO_SYNC: Final = Setting("sync/automatic", True, lockable=True)
AUTO_SYNC_MINUTES: Final = Setting("sync/interval_minutes", 10, lockable=True)
# "all": download every missing photo after each sync (available offline);
# "on_demand": only when a photo is opened (saves disk and data volume).
PHOTOS_DOWNLOAD: Final = Setting("sync/photos", "all", lockable=True)
PHOTOS_ALL: Final = "all"
PHOTOS_ON_DEMAND: Final = "on_demand"

AnySetting = Setting[str] | Setting[bool] | Setting[int]
ALL_SETTINGS: Final[tuple[AnySetting, ...]] = (
    LANGUAGE,
    USER_MUNICIPALITY,
    FIRST_RUN_DONE,
    SERVER_URL,
    WORKSPACE_NAME,
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
    PHOTOS_DOWNLOAD,
)
LOCKABLE_KEYS: Final = frozenset(s.key for s in ALL_SETTINGS if s.lockable)
# The administrator's list of locked settings; "all" locks every lockable one they set.
LOCKED_KEY: Final = "locked"
LOCK_ALL_WORDS: Final = frozenset({"all", "*", "1", "yes", "true"})


def setting_for(key: str) -> AnySetting | None:
    for setting in ALL_SETTINGS:
        if setting.key == key:
            return setting
    return None


def convert(setting: Setting[T], raw: object) -> T | None:
    """`raw` as the setting's type, or None if it cannot be one (the caller falls back).

    INI files hold text, the registry text or DWORDs, a property list native values.
    """
    default = setting.default
    if isinstance(default, bool):
        return _to_bool(raw)
    if isinstance(default, int):
        return _to_int(raw)
    return str(raw) if isinstance(raw, str | int) and not isinstance(raw, bool) else None


def _to_bool(raw: object) -> bool | None:
    if isinstance(raw, bool | int):
        return bool(raw)
    word = raw.strip().lower() if isinstance(raw, str) else None
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("0", "false", "no", "off"):
        return False
    return None


def _to_int(raw: object) -> int | None:
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        return None
    try:
        return int(raw)
    except ValueError:
        return None
