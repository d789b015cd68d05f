"""Settings for the app and the command line: declared once, administrator before user.

Plain Python (no Qt): `desktop.cli` reads the same values and locks as the app.
UI state (window geometry, last view) is not here; desktop/ui keeps it apart.
"""

from desktop.config.declarations import (
    ALL_SETTINGS,
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
    FIRST_RUN_DONE,
    LANGUAGE,
    PHOTOS_ALL,
    PHOTOS_DOWNLOAD,
    PHOTOS_ON_DEMAND,
    SERVER_URL,
    USER_MUNICIPALITY,
    WORKSPACE_NAME,
    AnySetting,
    Setting,
)
from desktop.config.settings import Settings
from desktop.config.system import (
    BUNDLE_ID,
    POLICY_KEY,
    SYSTEM_CONFIG_ENV,
    AdministratorDefaults,
    read_administrator_defaults,
)

__all__ = [
    "ALL_SETTINGS",
    "AUTO_SYNC",
    "AUTO_SYNC_MINUTES",
    "PHOTOS_ALL",
    "PHOTOS_DOWNLOAD",
    "PHOTOS_ON_DEMAND",
    "BUNDLE_ID",
    "FIRST_RUN_DONE",
    "LANGUAGE",
    "PHOTOS_DOWNLOAD",
    "POLICY_KEY",
    "SERVER_URL",
    "SYSTEM_CONFIG_ENV",
    "USER_MUNICIPALITY",
    "WORKSPACE_NAME",
    "AdministratorDefaults",
    "AnySetting",
    "Setting",
    "Settings",
    "read_administrator_defaults",
]
