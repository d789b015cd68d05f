"""`field-dossier export` end to end, in subprocesses on a temporary data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services.demo import demo_id

ROOT = Path(__file__).resolve().parents[2]


def field_dossier(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("FIELD_DOSSIER_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "laptop"
    assert field_dossier(path, "demo").returncode == 0
    return path


def test_export_writes_a_pdf_and_reports_pages_and_records(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    result = field_dossier(
        data_dir, "export", "--template", "core", "--lang", "de", "--field", "Housing",
        "--municipality", "almelo", "--out", str(out), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["format"] == "pdf" and report["records"] > 0
    assert report["pages"] == len(PdfReader(out).pages)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


def test_export_of_a_visit_report_in_word_says_who_counts_the_pages(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "besuch.docx"
    result = field_dossier(
        data_dir, "export", "--template", "visit", "--format", "docx", "--lang", "nl",
        "--activity", demo_id("hosp-lotsen"), "--no-photos", "--pseudonymise", "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "record(s)" in result.stdout and "counted by Word" in result.stdout
    assert out.stat().st_size > 10_000


def test_an_empty_selection_exits_1_with_a_message_and_no_file(
    data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "leer.pdf"
    result = field_dossier(
        data_dir,
        "export",
        "--template",
        "core",
        "--lang",
        "en",
        "--from",
        "2031-01-01",
        "--out",
        str(out),
    )
    assert result.returncode == 1
    assert "Nothing to export" in result.stderr and "No file was written" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_path_exits_1_with_a_message_and_no_file(
    data_dir: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "report.pdf"
    blocker.write_text("a file where a folder should be")
    out = blocker / "dossier.pdf"
    result = field_dossier(
        data_dir, "export", "--template", "manual", "--lang", "en", "--out", str(out)
    )
    assert result.returncode == 1
    assert "cannot be written" in result.stderr and str(out) in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_unknown_filter_names_are_a_usage_error_with_the_choices(
    data_dir: Path, tmp_path: Path
) -> None:
    result = field_dossier(
        data_dir, "export", "--template", "core", "--lang", "en", "--field", "Astronomy",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert result.returncode == 1
    assert "Astronomy" in result.stderr and "Wohnen" in result.stderr
    assert list(tmp_path.iterdir()) == []
