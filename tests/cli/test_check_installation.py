"""`field-dossier check-installation`: what an administrator runs after a roll-out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main


def test_a_complete_installation_reports_its_files_and_the_administrators_settings(
    tmp_path: Path, administrator_settings: Path
) -> None:
    administrator_settings.write_text(
        "locked = sync/server_url\n[ui]\nlanguage = de\n"
        "[sync]\nserver_url = https://sync.muenster.example\n",
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "d")]
        + ["check-installation", "--gui", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["problems"] == []
    assert all(report["catalogues"].values()) and len(report["catalogues"]) == 8
    assert report["settings"]["sync/server_url"] == {
        "value": "https://sync.muenster.example",
        "source": "administrator (locked)",
    }
    window = report["window"]
    assert window["language"] == "de" and "&Datei" in window["menus"]
    assert window["server_locked"] is True
    assert window["server_url"] == "https://sync.muenster.example"
    assert window["icons_rendering"] == report["icons"] > 40


def test_a_missing_catalogue_fails_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr("desktop.i18n.resource_dir", lambda _name: empty)
    monkeypatch.setenv("LANGUAGE", "en")
    code = main(["--data-dir", str(tmp_path / "d"), "check-installation"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "PROBLEM: translations: field_dossier_de.qm is missing" in out
    assert err.strip().endswith("problem(s) found")
