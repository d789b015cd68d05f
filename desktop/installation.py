"""What an administrator checks after a roll-out: is everything there, what is configured.

`field-dossier check-installation` reports it (desktop/cli/check_cmd.py): the shipped
fonts, icons and catalogues (ours and Qt's), the keyring backend, and the settings with
where each value comes from. Plain data, no widgets; `--gui` adds what the window shows
(desktop/ui/installation_check.py).
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.config import ALL_SETTINGS, Setting, Settings
from desktop.i18n import APP_CATALOGUE, LANGUAGES, catalogue_file, qt_catalogue_file
from desktop.resources import FONTS, ICONS, resource_dir

DOSSIER_CATALOGUE = "dossier"
NATIVE_KEYRING = {
    "win32": ("keyring.backends.Windows", "win32ctypes.core"),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "secretstorage", "jeepney"),
}


@dataclass
class Report:
    facts: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def require(self, ok: bool, problem: str) -> None:
        if not ok:
            self.problems.append(problem)


def check_installation(data_dir: Path) -> Report:
    report = Report()
    report.facts["version"] = __version__
    report.facts["frozen"] = bool(getattr(sys, "frozen", False))
    report.facts["executable"] = sys.executable
    report.facts["data_dir"] = str(data_dir)
    _check_fonts(report)
    _check_icons(report)
    _check_catalogues(report)
    _check_keyring(report)
    _describe_settings(report, Settings(data_dir))
    return report


def _check_fonts(report: Report) -> None:
    from desktop.export.fonts import register_pdf_fonts

    fonts = sorted(p.name for p in resource_dir(FONTS).glob("*.ttf"))
    report.facts["fonts"] = fonts
    report.require(len(fonts) == 8, f"fonts: 8 expected, {len(fonts)} found")
    try:
        register_pdf_fonts()
    except Exception as error:  # any failure to open a font file is the finding
        report.problems.append(f"fonts: cannot be loaded for PDF ({error})")


def _check_icons(report: Report) -> None:
    icons = list(resource_dir(ICONS).glob("*.svg"))
    report.facts["icons"] = len(icons)
    report.require(len(icons) > 0, "icons: none found")


def _check_catalogues(report: Report) -> None:
    found: dict[str, bool] = {}
    for language in LANGUAGES:
        for catalogue in (APP_CATALOGUE, DOSSIER_CATALOGUE):
            path = catalogue_file(catalogue, language)
            found[path.name] = path.is_file()
        if language != "en":
            path = qt_catalogue_file(language)
            found[path.name] = path.is_file()
    report.facts["catalogues"] = found
    for name, present in found.items():
        report.require(present, f"translations: {name} is missing")


def _check_keyring(report: Report) -> None:
    import keyring
    from keyring.backend import get_all_keyring

    report.facts["keyring"] = type(keyring.get_keyring()).__module__
    report.facts["keyring_backends"] = sorted({type(k).__module__ for k in get_all_keyring()})
    # The system's password store must be reachable once a session offers one: its
    # backend has to be part of the installation (a frozen app bundles it explicitly).
    native = NATIVE_KEYRING.get(sys.platform, NATIVE_KEYRING["linux"])
    importable = [name for name in native if _importable(name)]
    report.facts["keyring_native"] = importable
    for name in native:
        report.require(name in importable, f"keyring: {name} is not installed")


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


def _describe_settings(report: Report, settings: Settings) -> None:
    report.facts["administrator_sources"] = list(settings.administrator.sources)
    described: dict[str, dict[str, Any]] = {}
    for declared in ALL_SETTINGS:
        setting: Setting[Any] = declared  # one of three value types; Any lets get() decide
        described[setting.key] = {
            "value": settings.get(setting),
            "source": settings.source(setting),
        }
    report.facts["settings"] = described


def human_text(report: Report) -> str:
    facts = report.facts
    lines = [
        f"Field Dossier {facts['version']}" + (" (frozen)" if facts["frozen"] else ""),
        f"  program:   {facts['executable']}",
        f"  data:      {facts['data_dir']}",
        f"  fonts:     {len(facts['fonts'])}",
        f"  icons:     {facts['icons']}",
        "  catalogues: "
        + ", ".join(f"{n}{'' if ok else ' MISSING'}" for n, ok in facts["catalogues"].items()),
        f"  keyring:   {facts['keyring']} (usable now: {', '.join(facts['keyring_backends'])}; "
        f"installed: {', '.join(facts['keyring_native'])})",
        "  administrator settings: "
        + (", ".join(facts["administrator_sources"]) or "none on this computer"),
    ]
    for key, entry in facts["settings"].items():
        lines.append(f"    {key} = {entry['value']!r}  ({entry['source']})")
    for key, value in facts.get("window", {}).items():
        lines.append(f"  window {key}: {value}")
    lines += [f"PROBLEM: {problem}" for problem in report.problems]
    return "\n".join(lines)
