"""The register of what left the workspace, through the command line as a user works."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path, *args: str
) -> Any:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "--json", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages as asserted here; and no QCoreApplication left behind (the command line
    makes one to translate), which would keep later tests from making a QApplication."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    data_dir = tmp_path / "laptop"
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_dossier_is_registered_with_its_records_the_people_it_names_and_its_hash(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _run(capsys, monkeypatch, demo, "exports") == []
    contacts = _run(capsys, monkeypatch, demo, "list", "contact", "--limit", "500")
    consented = [c for c in contacts if c["consent_given"]]
    withheld = [c for c in contacts if not c["consent_given"]]
    assert consented and withheld

    out = tmp_path / "core.pdf"
    result = _run(
        capsys, monkeypatch, demo, "export", "--template", "core", "--lang", "nl", "--out", str(out)
    )
    register = _run(capsys, monkeypatch, demo, "exports")
    assert len(register) == 1
    entry = register[0]
    assert entry["what"] == "dossier" and entry["template"] == "core"
    assert (entry["language"], entry["format"], entry["file"]) == ("nl", "pdf", "core.pdf")
    assert entry["sha256"] == _sha256(out) and entry["size"] == out.stat().st_size
    assert entry["records"] >= result["records"]
    named = set(entry["contacts"])
    assert named and named <= {c["id"] for c in consented}  # nobody withheld is "published"

    # "Where was this person published?" — and a withheld person was published nowhere.
    person = sorted(named)[0]
    assert [
        e["id"] for e in _run(capsys, monkeypatch, demo, "exports", "--containing", person)
    ] == [entry["id"]]
    for contact in withheld:
        assert _run(capsys, monkeypatch, demo, "exports", "--containing", contact["id"]) == []


def test_a_data_export_is_registered_with_every_record(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "everything.json"
    written = _run(capsys, monkeypatch, demo, "export-data", str(out), "--no-files")
    entry = _run(capsys, monkeypatch, demo, "exports")[0]
    assert entry["what"] == "data" and entry["sha256"] == _sha256(out)
    counts = written["counts"]
    assert entry["records"] == sum(
        counts[s] for s in ("activities", "observations", "adaptations", "contacts")
    )
    observation = json.loads(out.read_text("utf-8"))["observations"][0]["id"]
    found = _run(capsys, monkeypatch, demo, "exports", "--containing", observation)
    assert [e["id"] for e in found] == [entry["id"]]
