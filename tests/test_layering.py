"""The layers of docs/architecture.md, as one table, checked against every import.

Each package may import the packages its row names (and itself); anything else is a
layer violation. `QT` says how much of Qt a package may use. The table is the
picture in docs/architecture.md; change both together.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = REAL_ROOT = Path(__file__).resolve().parent.parent

# Small modules every layer may use: the version, translation markers, typed user
# errors, file locations, logging set-up, the translator loader and the package data
# (fonts, icons, catalogues).
BASE = frozenset(
    {
        "desktop",
        "desktop.tr",
        "desktop.errors",
        "desktop.paths",
        "desktop.logs",
        "desktop.i18n",
        "desktop.resources",
    }
)
PROTOCOL = "desktop.sync.protocol"
# package -> the packages it may import (besides itself and BASE).
MAY_IMPORT: dict[str, frozenset[str]] = {
    PROTOCOL: frozenset(),  # the wire format: shared with the server, depends on nothing
    "desktop.models": frozenset(),
    # Settings declared once, read from the administrator's scope first: no Qt, so the
    # command line honours a locked server without a QApplication.
    "desktop.config": frozenset(),
    "desktop.domain": frozenset({"desktop.models"}),
    "desktop.store": frozenset({"desktop.models", "desktop.domain", PROTOCOL}),
    "desktop.services": frozenset({"desktop.models", "desktop.domain", "desktop.store", PROTOCOL}),
    "desktop.sync": frozenset(
        {"desktop.models", "desktop.domain", "desktop.store", "desktop.services", PROTOCOL}
    ),
    "desktop.export": frozenset(
        {
            "desktop.models",
            "desktop.domain",
            "desktop.store",
            "desktop.services",
            "desktop.sync",
            PROTOCOL,
        }
    ),
    # What `check-installation` reports: the package data, the settings, the PDF fonts.
    "desktop.installation": frozenset({"desktop.config", "desktop.export"}),
    # The command line: every use case; `gui` and `check-installation --gui` build the
    # real window.
    "desktop.cli": frozenset(
        {
            "desktop.models",
            "desktop.domain",
            "desktop.store",
            "desktop.services",
            "desktop.sync",
            "desktop.export",
            "desktop.config",
            "desktop.installation",
            PROTOCOL,
            "desktop.app",
            "desktop.ui",
        }
    ),
    # installation_check builds the application (desktop.app) to report what it shows.
    "desktop.ui": frozenset(
        {
            "desktop.installation",
            "desktop.app",
            "desktop.models",
            "desktop.domain",
            "desktop.store",
            "desktop.services",
            "desktop.sync",
            "desktop.export",
            "desktop.config",
            PROTOCOL,
        }
    ),
    "desktop.app": frozenset(
        {
            "desktop.models",
            "desktop.domain",
            "desktop.store",
            "desktop.services",
            "desktop.sync",
            "desktop.export",
            "desktop.config",
            "desktop.ui",
            PROTOCOL,
        }
    ),
    "server": frozenset({PROTOCOL}),
    "desktop.__main__": frozenset({"desktop.cli"}),  # `python -m desktop`
}
# How much Qt a package may use: "none", "core" (QtCore: translation, locale) or "all".
QT: dict[str, str] = {
    PROTOCOL: "none",
    "desktop.models": "none",
    "desktop.config": "none",
    "desktop.domain": "none",
    "desktop.store": "none",
    "desktop.services": "core",
    "desktop.sync": "core",
    "desktop.export": "core",
    "desktop.cli": "core",
    "desktop.installation": "core",
    "desktop.ui": "all",
    "desktop.app": "all",
    "server": "none",
    "desktop.__main__": "none",
}
QT_CORE = "PySide6.QtCore"


def package_of(module: str) -> str | None:
    """The layer a module belongs to (None: not ours)."""
    parts = module.split(".")
    if parts[0] == "server":
        return "server"
    if parts[0] != "desktop":
        return None
    if len(parts) == 1:
        return "desktop"
    sub = REAL_ROOT / "desktop" / parts[1]
    if not (sub.is_dir() or sub.with_suffix(".py").is_file()):
        return "desktop"  # the package itself (`from desktop import APP_NAME`)
    if parts[1] == "sync" and len(parts) > 2 and parts[2] == "protocol":
        return PROTOCOL
    return f"desktop.{parts[1]}"


def imports_of(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def violations(paths: list[Path]) -> list[str]:
    found = set()
    for path in paths:
        source = package_of(module_name(path))
        if source is None or source in BASE:
            continue
        allowed = MAY_IMPORT[source] | BASE | {source}
        for line, module in imports_of(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            target = package_of(module)
            if target is not None and target not in allowed:
                found.add(f"{where}: {source} imports {target}")
            if module.startswith("PySide6"):
                qt_module = ".".join(module.split(".")[:2])
                level = QT[source]
                if level == "none" or (level == "core" and qt_module != QT_CORE):
                    found.add(f"{where}: {source} imports {qt_module} (Qt: {level})")
    return sorted(found)


def our_files() -> list[Path]:
    return sorted([*(ROOT / "desktop").rglob("*.py"), *(ROOT / "server").rglob("*.py")])


def test_every_package_is_in_the_layer_table() -> None:
    packages = {package_of(module_name(p)) for p in our_files()}
    assert packages - set(MAY_IMPORT) - BASE == set()


def test_every_import_follows_the_layer_table() -> None:
    assert violations(our_files()) == []


@pytest.mark.parametrize(
    ("module", "code", "complaint"),
    [
        ("desktop/store/sneaky.py", "from desktop.services import records\n", "desktop.services"),
        ("desktop/services/sneaky.py", "from desktop.sync import engine\n", "desktop.sync"),
        ("desktop/services/sneaky.py", "from PySide6.QtWidgets import QLabel\n", "Qt: core"),
        ("desktop/domain/sneaky.py", "import PySide6.QtCore\n", "Qt: none"),
        ("desktop/export/sneaky.py", "from desktop.ui import views\n", "desktop.ui"),
        ("server/sneaky.py", "from desktop.models import Contact\n", "desktop.models"),
        ("server/sneaky.py", "from PySide6.QtCore import QObject\n", "Qt: none"),
        ("desktop/sync/protocol/sneaky.py", "from desktop.store import wire\n", "desktop.store"),
    ],
)
def test_the_check_catches_a_layer_violation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: str, code: str, complaint: str
) -> None:
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    path = tmp_path / module
    path.parent.mkdir(parents=True)
    path.write_text(code)
    [found] = violations([path])
    assert complaint in found
