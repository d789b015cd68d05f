"""The command line's JSON output on the demo workspace is an interface: it stays the same.

The expected outputs in tests/data/cli-golden/ were recorded before the record kinds,
templates and conflicts were each declared once (issue 17); refactoring must not
change a byte a script could see. Regenerate them only for a deliberate interface
change: FIELD_DOSSIER_RECORD_GOLDEN=1 pytest tests/cli/test_cli_output_is_stable.py
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "cli-golden"
RECORD = os.environ.get("FIELD_DOSSIER_RECORD_GOLDEN") == "1"
# Demo records are written now: their audit times and the day they were made differ per run.
_NOW_KEYS = {"created_at", "updated_at", "deleted_at", "finished_at", "exported_at", "seen_at"}
_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$")

TRASHED = "2aa2f805-646d-5cea-8ac6-77b45888d662"
COMMANDS: dict[str, list[str]] = {
    "list-activity": ["list", "activity", "--limit", "500"],
    "list-observation": ["list", "observation", "--limit", "500"],
    "list-adaptation": ["list", "adaptation", "--limit", "500"],
    "list-contact": ["list", "contact", "--limit", "500"],
    "list-observation-filtered": [
        "list", "observation", "--field", "Wohnen", "--from", "2009-01-01", "--limit", "50",
    ],
    "list-trash": ["list", "observation", "--trash"],
    "search-wijk": ["search", "wijk"],
    "search-muenster": ["search", "Münster"],
    "list-search": ["list", "adaptation", "--search", "Moderation"],
    "taxonomy": ["taxonomy"],
    "taxonomy-fields": ["taxonomy", "list", "field_of_action"],
    "conflicts": ["conflicts"],
    "sync-status": ["sync-status"],
}  # fmt: skip


def _normalise(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _normalise(v, k) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if key in _NOW_KEYS and isinstance(value, str) and _TIMESTAMP.match(value):
        return "<now>"
    return value


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> Any:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "--json", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return _normalise(json.loads(out))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo")
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    # One record in the trash, so the trash listing has something to show.
    assert main(["--data-dir", str(data_dir), "delete", "--", TRASHED]) == 0
    return data_dir


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_json_output_is_what_scripts_were_given_before(
    name: str, demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    output = _run(capsys, demo_dir, *COMMANDS[name])
    _compare(name, output)


def test_every_record_shows_as_before(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    shown = {}
    for kind in ("activity", "observation", "adaptation", "contact"):
        for item in _run(capsys, demo_dir, "list", kind, "--limit", "500")[:15]:
            shown[item["id"]] = _run(capsys, demo_dir, "show", item["id"])
    _compare("show", shown)


def test_the_data_file_is_as_before(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "alles.json"
    _run(capsys, demo_dir, "export-data", str(target))
    _compare("export-data", _normalise(json.loads(target.read_text(encoding="utf-8"))))


def _compare(name: str, output: Any) -> None:
    path = GOLDEN / f"{name}.json"
    if RECORD:
        path.write_text(json.dumps(output, ensure_ascii=False, indent=1) + "\n", "utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert output == expected, f"{name}: the JSON output changed"
