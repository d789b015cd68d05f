"""The administrator's defaults and locks for every user of a machine (system scope).

Where they come from (installers/README.md); the first source holding a key wins:

- Windows: the registry key `HKLM\\Software\\Policies\\Field Dossier`, then the same
  key under HKCU (both writable only by administrators and Group Policy);
- macOS: the managed preferences domain, `/Library/Managed Preferences/<bundle id>.plist`
  (a configuration profile puts it there);
- Linux: `field-dossier/field-dossier.conf` in each of $XDG_CONFIG_DIRS (`/etc/xdg`);
- then the file of version 0.1 (QSettings' system scope), still read: `field-dossier.ini`
  in `/etc/xdg/field-dossier/`, `/Library/Preferences/field-dossier/` or
  `%PROGRAMDATA%\\field-dossier\\`.

$FIELD_DOSSIER_SYSTEM_CONFIG names one INI file that replaces all of these (tests,
trying a roll-out). Plain Python (winreg, plistlib, an INI reader): the command line
honours the same defaults and locks as the app without starting Qt.
"""

from __future__ import annotations

import logging
import os
import plistlib
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from desktop.config import ini
from desktop.config.declarations import LOCK_ALL_WORDS, LOCKABLE_KEYS, LOCKED_KEY, setting_for

log = logging.getLogger("desktop.config")

SYSTEM_CONFIG_ENV: Final = "FIELD_DOSSIER_SYSTEM_CONFIG"
CONFIG_NAME: Final = "field-dossier"
POLICY_KEY: Final = r"Software\Policies\Field Dossier"
BUNDLE_ID: Final = "org.fielddossier.FieldDossier"
MANAGED_PREFERENCES: Final = Path("/Library/Managed Preferences")


@dataclass(frozen=True)
class AdministratorDefaults:
    """Values an administrator set, which of them users may not change, and from where."""

    values: Mapping[str, object] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Source:
    name: str  # a file path or registry key, for the log and `check-installation`
    values: Mapping[str, object]


def read_administrator_defaults(
    environ: Mapping[str, str] | None = None, platform: str | None = None
) -> AdministratorDefaults:
    """Every administrator source of this machine, merged (the first holding a key wins)."""
    environ = os.environ if environ is None else environ
    override = environ.get(SYSTEM_CONFIG_ENV)
    if override:
        sources = [_ini_source(Path(override))]
    else:
        sources = list(_platform_sources(environ, platform or sys.platform))
    return merge([s for s in sources if s is not None])


def merge(sources: Iterable[_Source]) -> AdministratorDefaults:
    values: dict[str, object] = {}
    locked: set[str] = set()
    names: list[str] = []
    for source in sources:
        names.append(source.name)
        own_values, own_locks = _read_source(source)
        for key, value in own_values.items():
            values.setdefault(key, value)
        locked |= own_locks
    unknown = locked - LOCKABLE_KEYS
    for key in sorted(unknown):
        log.warning("administrator settings: %r cannot be locked; ignored", key)
    return AdministratorDefaults(values, frozenset(locked - unknown), tuple(names))


def _read_source(source: _Source) -> tuple[dict[str, object], set[str]]:
    values: dict[str, object] = {}
    locked: set[str] = set()
    lock_list: object = None
    for key, value in source.values.items():
        # An empty value is no value: an installer writes one for a property not given.
        if key == LOCKED_KEY:
            lock_list = value
        elif key.startswith(f"{LOCKED_KEY}/"):  # 0.1 files: [locked] holds locked values
            key = key.removeprefix(f"{LOCKED_KEY}/")
            locked.add(key)
            if value != "":
                values[key] = value  # a locked value beats a plain default
        elif key.startswith("Payload"):
            continue  # a configuration profile's own bookkeeping, if macOS passes it on
        elif setting_for(key) is None:
            log.warning("%s: %r is not a Field Dossier setting; ignored", source.name, key)
        elif value != "":
            values.setdefault(key, value)
    if lock_list is not None:
        locked |= _lock_list(lock_list, values, source.name)
    return values, locked


def _lock_list(raw: object, own: Mapping[str, object], source: str) -> set[str]:
    """`locked`: a list of keys (text separated by commas or spaces, or a plist array),
    or "all" for every lockable setting that this source gives a value."""
    if isinstance(raw, list | tuple):
        words = [str(word).strip() for word in raw]
    elif isinstance(raw, str | int):
        words = str(raw).replace(",", " ").split()
    else:
        log.warning("%s: %r is not a list of settings; nothing locked", source, raw)
        return set()
    if any(word.lower() in LOCK_ALL_WORDS for word in words):
        return {key for key in own if key in LOCKABLE_KEYS}
    return set(words)


# -- sources ---------------------------------------------------------------------------


def _platform_sources(environ: Mapping[str, str], platform: str) -> Iterable[_Source | None]:
    if platform == "win32":
        yield from _registry_sources()
        program_data = environ.get("PROGRAMDATA", r"C:\ProgramData")
        yield _ini_source(Path(program_data) / CONFIG_NAME / f"{CONFIG_NAME}.ini")
    elif platform == "darwin":
        yield _plist_source(MANAGED_PREFERENCES / f"{BUNDLE_ID}.plist")
        yield _ini_source(Path("/Library/Preferences") / CONFIG_NAME / f"{CONFIG_NAME}.ini")
    else:
        for directory in xdg_config_dirs(environ):
            yield _ini_source(directory / CONFIG_NAME / f"{CONFIG_NAME}.conf")
        for directory in xdg_config_dirs(environ):
            yield _ini_source(directory / CONFIG_NAME / f"{CONFIG_NAME}.ini")


def xdg_config_dirs(environ: Mapping[str, str]) -> list[Path]:
    """$XDG_CONFIG_DIRS, most important first (the XDG Base Directory specification)."""
    listed = [p for p in environ.get("XDG_CONFIG_DIRS", "").split(os.pathsep) if p]
    return [Path(p) for p in listed if os.path.isabs(p)] or [Path("/etc/xdg")]


def _ini_source(path: Path) -> _Source | None:
    try:
        values = ini.read_file(path)
    except OSError as error:  # unreadable: say so loudly, the app still starts
        log.error("cannot read the administrator settings %s: %s", path, error.strerror)
        return None
    except UnicodeDecodeError:
        log.error("the administrator settings %s are not UTF-8 text; ignored", path)
        return None
    return _Source(str(path), values) if path.exists() else None


def _plist_source(path: Path) -> _Source | None:
    try:
        with path.open("rb") as handle:
            data = plistlib.load(handle)
    except FileNotFoundError:
        return None
    except (OSError, plistlib.InvalidFileException, ValueError) as error:
        log.error("cannot read the managed preferences %s: %s", path, error)
        return None
    if not isinstance(data, dict):
        log.error("the managed preferences %s hold no dictionary; ignored", path)
        return None
    return _Source(str(path), {str(k): v for k, v in data.items()})


def _registry_sources() -> Iterable[_Source | None]:
    """The policy key under HKLM, then under HKCU (64-bit view on 64-bit Windows)."""
    if sys.platform != "win32":  # mypy checks this branch per platform
        return
    import winreg

    for hive, hive_name in (
        (winreg.HKEY_LOCAL_MACHINE, "HKLM"),
        (winreg.HKEY_CURRENT_USER, "HKCU"),
    ):
        name = f"{hive_name}\\{POLICY_KEY}"
        try:
            key = winreg.OpenKey(hive, POLICY_KEY, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except OSError:
            continue
        values: dict[str, object] = {}
        with key:
            index = 0
            while True:
                try:
                    value_name, value, kind = winreg.EnumValue(key, index)
                except OSError:
                    break
                index += 1
                if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ, winreg.REG_DWORD):
                    values[value_name] = value
                elif kind == winreg.REG_MULTI_SZ:
                    values[value_name] = list(value)
                else:
                    log.warning("%s: %s has an unsupported type; ignored", name, value_name)
        yield _Source(name, values)
