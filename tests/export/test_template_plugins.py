"""A dossier template is one module: a new one is found without editing any registry.

The throw-away template below lives in a temporary directory with an entry point
(`field_dossier.dossier_templates`), the way an add-on package installs one, and is
exported through the real command line in a subprocess.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.errors import ValidationError
from desktop.export import ExportOptions, export_dossier
from desktop.export.templates import templates
from desktop.services.workspace import Scope
from desktop.store import Database

ROOT = Path(__file__).resolve().parents[2]

THROWAWAY = """
from desktop.export.selection import consented_contacts
from desktop.export.templates.spec import TemplateSpec


def select(session, scope, options, data):
    data.contacts = consented_contacts(session, scope, None)


def compose(c):
    c.front_matter("Kontaktliste", "Wer dabei war", "", [])
    c.chapter("Alle Kontakte mit Einwilligung")
    for contact in c.data.contacts:
        c.paragraph(contact.name)


TEMPLATE = TemplateSpec(
    name="throwaway",
    label="&Throw-away list",
    file_name="Throw-away list",
    select=select,
    compose=compose,
    takes_period=False,
    takes_subjects=False,
    order=999,
)
"""


def _cli(data_dir: Path, plugins: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LANGUAGE": "",
        "LC_ALL": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join([str(plugins), str(ROOT)]),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "plugins"
    folder.mkdir()
    (folder / "throwaway_dossier.py").write_text(THROWAWAY, encoding="utf-8")
    info = folder / "throwaway_dossier-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: throwaway-dossier\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[field_dossier.dossier_templates]\nthrowaway = throwaway_dossier:TEMPLATE\n"
    )
    return folder


def test_a_template_declared_in_its_own_module_exports_through_the_cli(
    tmp_path: Path, plugins: Path
) -> None:
    data_dir = tmp_path / "laptop"
    assert _cli(data_dir, plugins, "demo").returncode == 0
    out = tmp_path / "liste.pdf"
    result = _cli(
        data_dir, plugins, "export", "--template", "throwaway", "--lang", "de", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Alle Kontakte mit Einwilligung" in text
    assert "Kontaktliste" in text


def test_an_unknown_template_is_refused_not_replaced_by_another(
    tmp_path: Path, plugins: Path
) -> None:
    data_dir = tmp_path / "laptop"
    assert _cli(data_dir, plugins, "demo").returncode == 0
    result = _cli(
        data_dir, plugins, "export", "--template", "mystery", "--lang", "de",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert result.returncode == 2  # argparse: the choices are the templates found
    assert "throwaway" in result.stderr and "manual" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_the_built_in_templates_are_found_in_their_order() -> None:
    assert list(templates())[:3] == ["visit", "core", "manual"]


def test_an_unknown_template_never_silently_gets_another_ones_selection(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        export_dossier(db, scope, ExportOptions("mystery", "pdf", "de"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    assert "mystery" in refused.value.english()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".x.pdf", "x.pdf"))]
