"""`import` of address books and `export-contacts` on the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from desktop.cli import main

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_address_book_imports_with_a_sentence_and_goes_out_with_consent_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = ["--data-dir", str(tmp_path / "laptop")]
    book = str(CORPUS / "csv/tine20-outlook2013-de-cp1252.csv")
    code, out, _err = _run(capsys, *data, "import", book, "--dry-run")
    assert code == 0
    assert out.strip() == (
        "Would import tine20-outlook2013-de-cp1252.csv: 2 contacts new. "
        "New contacts have no consent recorded."
    )
    code, out, _err = _run(capsys, *data, "import", book)
    code, out, _err = _run(capsys, *data, "import", book)
    assert out.strip() == "Imported tine20-outlook2013-de-cp1252.csv: 2 contacts already here."

    target = tmp_path / "out.vcf"
    code, out, err = _run(capsys, *data, "export-contacts", str(target))
    assert code == 1 and "never leave the workspace" in err and not target.exists()

    people = json.loads(_run(capsys, *data, "--json", "list", "contact")[1])
    baumann = next(p for p in people if p["name"] == "Christian Baumann")
    consent = {"consent_given": True, "consent_date": "2024-05-01"}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(consent)))
    assert _run(capsys, *data, "update", baumann["id"])[0] == 0
    code, out, _err = _run(capsys, *data, "--json", "export-contacts", str(target))
    assert json.loads(out) == {"file": str(target), "written": 1, "left_out": 1}
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n")
    assert "FN:Christian Baumann" in text and "Weiß" not in text


def test_an_unclear_encoding_is_named_on_the_command_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = ["--data-dir", str(tmp_path / "laptop")]
    book = str(CORPUS / "csv/thunderbird-shiftjis.csv")
    code, _out, err = _run(capsys, *data, "import", book)
    assert code == 1 and "--encoding" in err
    code, out, _err = _run(capsys, *data, "import", book, "--encoding", "shift_jis")
    assert code == 0 and "1 contact new" in out
    people = json.loads(_run(capsys, *data, "--json", "list", "contact")[1])
    assert [p["name"] for p in people] == ["名無しの権兵衛"]
