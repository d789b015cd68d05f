"""Every real-world contact file of tests/data/contacts/, field by field (expected.json).

The expectations were written by hand from the files (README.md there names each
file's source and licence). Names, organisations, e-mails and phones with their
kinds, the first country as written and its ISO code, and person/org/group are
compared for each listed contact; the number of contacts for every file.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from desktop.services.contact_files import read_contact_file
from desktop.services.text_encoding import EncodingQuestionError

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts"
EXPECTED = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))["files"]
# What a person picks in the preview when the encoding cannot be decided alone.
CHOSEN_ENCODING = {"csv/thunderbird-shiftjis.csv": "shift_jis"}
# Where the importer deliberately differs from expected.json, and why.
# A card holding nothing but notes is left out with a notice (expected.json allows it).
SKIPPED_EMPTY = {"vcard/gammu-char-escaping.vcf"}
# An EMAIL value that is no address ("email other") is left out with a notice: kept,
# it would be exported as an e-mail address that bounces.
NOT_ADDRESSES = {"email other"}


def _actual(data: dict[str, Any]) -> dict[str, Any]:
    addresses = data.get("addresses") or []
    country = next((a["country"] for a in addresses if a["country"]), None)
    code = next((a["country_code"] for a in addresses if a["country"]), None)
    return {
        "organisation": data.get("organisation") or None,
        "emails": Counter((e["value"], e["kind"] or None) for e in data.get("emails") or []),
        "phones": Counter((p["value"], p["kind"] or None) for p in data.get("phones") or []),
        "country": country,
        "country_code": code or None,
        "kind": data.get("contact_type", "person"),
    }


def _wanted(contact: dict[str, Any]) -> dict[str, Any]:
    return {
        "organisation": contact["organisation"],
        "emails": Counter(
            (e["value"], e["kind"]) for e in contact["emails"] if e["value"] not in NOT_ADDRESSES
        ),
        "phones": Counter((p["value"], p["kind"]) for p in contact["phones"]),
        "country": contact["country"],
        "country_code": contact["country_code"],
        "kind": contact["kind"],
    }


@pytest.mark.parametrize("entry", EXPECTED, ids=lambda e: e["file"])
def test_every_corpus_file_reads_as_written(entry: dict[str, Any]) -> None:
    path = CORPUS / entry["file"]
    source = read_contact_file(path, encoding=CHOSEN_ENCODING.get(entry["file"]))
    assert source.problems == [], [p.english() for p in source.problems]
    if entry["file"] in SKIPPED_EMPTY:
        assert source.contacts == []
        assert "left out" in source.notices[0].english()
        return
    assert len(source.contacts) == entry["count"]
    for wanted, got in zip(entry["contacts"], source.contacts, strict=False):
        if wanted["name"] is not None:
            assert got.data["name"] == wanted["name"]
        else:  # no name in the file: shown by its organisation, e-mail or number
            fallback = [wanted["organisation"], *(e["value"] for e in wanted["emails"])]
            fallback += [p["value"] for p in wanted["phones"]]
            assert got.data["name"] == next(f for f in fallback if f)
        assert _actual(got.data) == _wanted(wanted)


def test_a_file_whose_encoding_is_unclear_asks_instead_of_guessing() -> None:
    with pytest.raises(EncodingQuestionError) as caught:
        read_contact_file(CORPUS / "csv/thunderbird-shiftjis.csv")
    assert "名無しの権兵衛" in caught.value.samples["shift_jis"]
