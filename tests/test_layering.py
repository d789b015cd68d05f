"""The layers of ARCHITECTURE.md, enforced: Qt widgets only in desktop/ui and desktop/app.py."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def widget_imports_outside_ui() -> list[str]:
    offenders = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("desktop/ui/") or relative == "desktop/app.py":
            continue
        bad = [m for m in imported_modules(path) if m.startswith(WIDGET_MODULES)]
        if bad:
            offenders.append(f"{relative}: {', '.join(sorted(bad))}")
    return offenders


def test_no_qt_widgets_or_gui_outside_the_ui_layer() -> None:
    assert widget_imports_outside_ui() == []


def test_the_check_catches_a_widget_import(tmp_path: Path) -> None:
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("from PySide6.QtWidgets import QLabel\nimport PySide6.QtGui\n")
    assert {"PySide6.QtWidgets", "PySide6.QtGui"} <= imported_modules(sneaky)


def test_the_server_imports_no_qt_at_all() -> None:
    server = ROOT / "server"
    offenders = (
        [
            path.relative_to(ROOT).as_posix()
            for path in sorted(server.rglob("*.py"))
            if any(m.startswith("PySide6") for m in imported_modules(path))
        ]
        if server.is_dir()
        else []
    )
    assert offenders == []
