"""Hostile files and a full disk end the CLI with a message, never a traceback (issue 9, 11).

An import of a number with thousands of digits or of JSON nested 100,000 deep once
ended in a traceback; a full disk printed the failed SQL statement - with the record's
text - before the right message. Now each exits 1 with the message alone.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from desktop.cli import main
from desktop.store import database
from tests.cli.test_cli import Cli

SECRET_TEXT = "Vertrauliche Notiz über Frau A."


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "laptop")


@pytest.mark.parametrize(
    "content",
    [
        '{"format":"field-dossier-data","format_version":1,"terms":[{"position":'
        + "9" * 5000
        + "}]}",
        '{"format":"field-dossier-data","format_version":1,"observations":[{"text":'
        + "[" * 100_000
        + "]" * 100_000
        + "}]}",
        '[{"kind":"observation","text":' + '{"a":' * 5000 + "1" + "}" * 5000 + "}]",
    ],
    ids=["5000-digits", "nested-100000", "nested-objects-5000"],
)
def test_an_import_of_a_hostile_json_file_exits_1_with_a_message(
    cli: Cli, tmp_path: Path, content: str
) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(content, encoding="utf-8")
    result = cli.run("import", str(source))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "field-dossier: hostile.json was not imported; nothing was changed. " + (
        "Problems found:"
    )
    assert len(lines) == 2 and ("too long" in lines[1] or "deeper" in lines[1])
    assert cli.json("list", "observation") == []


def _full_after_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection may not grow the file: SQLite answers SQLITE_FULL, as on a full
    disk (the page limit is per connection, so it is set as each one opens)."""
    make_engine = database.make_engine

    def limited(*args: Any, **kwargs: Any) -> Any:
        engine = make_engine(*args, **kwargs)

        @event.listens_for(engine, "connect")
        def _no_room(connection: sqlite3.Connection, _record: Any) -> None:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

        return engine

    monkeypatch.setattr(database, "make_engine", limited)


def test_a_full_disk_prints_one_line_and_no_record_content(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("LANGUAGE", "en")
    data_dir = tmp_path / "laptop"
    assert main(["--data-dir", str(data_dir), "list", "observation"]) == 0  # made and migrated
    capsys.readouterr()
    _full_after_open(monkeypatch)
    caplog.set_level(logging.DEBUG)
    source = tmp_path / "notes.json"
    notes = [{"kind": "observation", "text": f"{SECRET_TEXT} {n} " + "x" * 3000} for n in range(50)]
    source.write_text(json.dumps(notes), encoding="utf-8")
    code = main(["--data-dir", str(data_dir), "import", str(source)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.strip().splitlines() == [
        "field-dossier: The disk is full. Free some space; nothing was changed."
    ]
    assert SECRET_TEXT not in out + err and "INSERT" not in err
    # The CLI shows warnings and errors on stderr: none may carry the failed statement.
    shown = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert shown == []
    assert not [r for r in caplog.records if SECRET_TEXT in r.getMessage()]
