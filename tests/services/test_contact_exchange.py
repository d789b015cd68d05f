"""Contacts in and out: never twice, consent stays safe, nothing lost on the round trip."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.errors import ImportRejectedError, ValidationError
from desktop.models import Attachment, Contact
from desktop.services.attachments import attach_file
from desktop.services.contacts_out import export_contacts
from desktop.services.importing import import_file, import_sentence
from desktop.services.records import create_record
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.text_encoding import EncodingQuestionError, decode_bytes
from desktop.services.workspace import Scope, open_scope
from desktop.store import Database, open_database

CORPUS = Path(__file__).resolve().parents[1] / "data" / "contacts"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _contacts(db: Database) -> list[dict[str, Any]]:
    with db.read() as session:
        rows = list(session.scalars(select(Contact).order_by(Contact.sort_key)))
        if not rows:
            return []
        taxonomy = Taxonomy(session, rows[0].workspace_id)
        return [to_public(c, taxonomy) for c in rows]


def test_the_same_file_twice_adds_nobody_twice(db: Database, scope: Scope) -> None:
    path = CORPUS / "vcard/gammu-sonyericsson-ukrainian.vcf"
    first = import_file(db, scope, path)
    assert first.created["contact"] > 400
    again = import_file(db, scope, path, dry_run=True)
    assert again.created["contact"] == 0
    assert again.unchanged["contact"] == first.created["contact"]
    assert import_sentence(again, path.name, dry_run=True).startswith(
        f"Would import {path.name}: {first.created['contact']} contacts already here."
    )


def test_another_programs_file_with_the_same_people_updates_them(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    google = tmp_path / "google.csv"
    google.write_text(
        "First Name,Last Name,Organization Name,E-mail 1 - Label,E-mail 1 - Value,"
        "Phone 1 - Label,Phone 1 - Value\n"
        "Zofia,Nowak,Urząd Miasta Gdańska,* Work,z.nowak@example.pl,Mobile,+48 601 234 567\n"
        "Lukas,Gruber,,Home,lukas@example.at,,\n",
        encoding="utf-8",
    )
    import_file(db, scope, google)
    outlook = tmp_path / "outlook.vcf"
    outlook.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Zofia Nowak\nEMAIL;TYPE=work:Z.Nowak@example.pl\n"
        "TEL;TYPE=work:58 323 60 00\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Lukas Gruber\nEMAIL:lukas@example.at\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Anna Neu\nEND:VCARD\n",
        encoding="utf-8",
    )
    preview = import_file(db, scope, outlook, dry_run=True)
    assert (preview.created["contact"], preview.unchanged["contact"]) == (1, 1)
    assert [(c.name, c.fields) for c in preview.contact_changes] == [("Zofia Nowak", ("phones",))]
    assert "1 contact new; 1 contact already here; 1 contact changed (Zofia Nowak: phones)" in (
        import_sentence(preview, outlook.name, dry_run=True)
    )
    import_file(db, scope, outlook)
    people = {c["name"]: c for c in _contacts(db)}
    assert sorted(people) == ["Anna Neu", "Lukas Gruber", "Zofia Nowak"]
    assert [p["value"] for p in people["Zofia Nowak"]["phones"]] == [
        "+48 601 234 567",
        "58 323 60 00",
    ]


def test_imported_contacts_have_no_consent_unless_a_column_is_mapped(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "mit-einwilligung.csv"
    path.write_text("Vorname;Nachname;Einwilligung;Einwilligungsdatum\nEva;Roth;ja;01.02.2020\n")
    import_file(db, scope, path)
    [eva] = _contacts(db)
    assert eva["consent_given"] is False
    import_file(db, scope, path, consent_columns=("Einwilligung", "Einwilligungsdatum"))
    [eva] = _contacts(db)
    assert eva["consent_given"] is True and eva["consent_date"] == "2020-02-01"


def test_a_utf8_file_is_never_read_as_windows_1252(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "gefaltet.vcf"
    # Folded inside the two bytes of "ü": only valid UTF-8 once unfolded.
    raw = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Müller\r\nEND:VCARD\r\n".encode()
    split = raw.index("ü".encode()) + 1
    path.write_bytes(raw[:split] + b"\r\n " + raw[split:])
    import_file(db, scope, path)
    assert [c["name"] for c in _contacts(db)] == ["Jürgen Müller"]
    # A cp1252 reader of the same text gives mojibake: the check above would catch it.
    assert decode_bytes(raw, "cp1252").text != raw.decode("utf-8")


def test_a_file_mixing_utf8_and_a_stray_byte_asks_for_its_encoding(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "gemischt.csv"
    path.write_bytes("Name\nJürgen Müller\n".encode() + b"Stra\xdfe\n")
    with pytest.raises(EncodingQuestionError) as asked:
        import_file(db, scope, path)
    assert "--encoding" in asked.value.english()
    assert _contacts(db) == []


def test_contacts_go_out_as_vcard_and_csv_and_come_back_whole(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        jan = create_record(
            session,
            scope,
            "contact",
            {
                "name": "Jan van der Berg",
                "organisation": "Gemeente Almelo; Sociaal Domein",
                "role": "Beleidsadviseur",
                "languages": ["nl", "de"],
                "notes": "Eerste regel\nTweede, met komma",
                "consent_given": True,
                "consent_date": "2024-03-01",
                "emails": [
                    {"value": "j.vdberg@almelo.example", "kind": "work", "pref": True},
                    {"value": "jan@thuis.example", "kind": "home", "label": "Privé"},
                ],
                "phones": [
                    {"value": "+31 546 541 111", "kind": "work"},
                    {"value": "+31 6 1234 5678", "kind": "mobile", "pref": True},
                ],
                "addresses": [
                    {
                        "kind": "work",
                        "street": "Haven Zuidzijde 30",
                        "locality": "Almelo",
                        "postcode": "7607 EW",
                        "country": "Nederland",
                        "country_code": "NL",
                    }
                ],
            },
        )
        photo = tmp_path / "jan.png"
        photo.write_bytes(PNG)
        attach_file(session, scope, db.blobs, jan.id, photo)
        create_record(session, scope, "contact", {"name": "Ohne Einwilligung", "email": "o@x.de"})
    vcf, sheet = tmp_path / "out.vcf", tmp_path / "out.csv"
    with db.read() as session:
        written = export_contacts(session, scope, db.blobs, vcf, "vcard")
        export_contacts(session, scope, db.blobs, sheet, "csv")
    assert (written.written, written.left_out) == (1, 1)
    assert "Ohne" not in vcf.read_text(encoding="utf-8")
    assert "Ohne" not in sheet.read_text(encoding="utf-8-sig")
    [original] = [c for c in _contacts(db) if c["consent_given"]]

    keep = ("name", "organisation", "role", "languages", "notes", "email", "phone", "country")
    for name, path, consent in ((1, vcf, ()), (2, sheet, ("consent_given", "consent_date"))):
        fresh_dir = tmp_path / f"fresh{name}"
        fresh_dir.mkdir()
        fresh = open_database(fresh_dir)
        try:
            fresh_scope = open_scope(fresh, "Piet")
            import_file(fresh, fresh_scope, path, consent_columns=consent)
            [back] = _contacts(fresh)
            for field in keep:
                assert back[field] == original[field], (path.suffix, field)
            for field in ("emails", "phones", "addresses"):
                assert _points(back[field]) == _points(original[field]), (path.suffix, field)
            if path == sheet:
                assert (back["consent_given"], back["consent_date"]) == (True, "2024-03-01")
            else:
                assert back["consent_given"] is False  # a vCard carries no consent
                with fresh.read() as session:
                    [attachment] = session.scalars(select(Attachment))
                    assert fresh.blobs.path_for(attachment.sha256).read_bytes() == PNG
        finally:
            fresh.dispose()


def _points(points: list[dict[str, Any]]) -> list[str]:
    """The points without their ids, in any order (a CSV puts the preferred first)."""
    return sorted(str(sorted((k, v) for k, v in p.items() if k != "id")) for p in points)


def test_exporting_only_contacts_without_consent_writes_nothing(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        create_record(session, scope, "contact", {"name": "Ohne Einwilligung"})
    target = tmp_path / "leer.vcf"
    with db.read() as session, pytest.raises(ValidationError) as refused:
        export_contacts(session, scope, db.blobs, target, "vcard")
    assert "never leave the workspace" in refused.value.english()
    assert not target.exists()


@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(CORPUS))
        for p in CORPUS.glob("*/*")
        if p.suffix in (".vcf", ".csv") and "shiftjis" not in p.name
    ),
)
def test_every_corpus_file_imported_twice_adds_and_changes_nothing_the_second_time(
    db: Database, scope: Scope, name: str
) -> None:
    first = import_file(db, scope, CORPUS / name)
    again = import_file(db, scope, CORPUS / name, dry_run=True)
    assert not again.created and not again.updated, again.contact_changes
    assert sum(again.unchanged.values()) == sum(first.created.values()) + sum(
        first.updated.values()
    ) + sum(first.unchanged.values())


def test_a_data_file_with_one_id_twice_is_refused_naming_both_records(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    record_id = "0b5d8f0e-4c1a-4d59-9a51-0f5bd0b1f001"
    path = tmp_path / "doppelt.json"
    path.write_text(
        json.dumps(
            [
                {"kind": "contact", "id": record_id, "name": "Erste"},
                {"kind": "contact", "id": record_id, "name": "Zweite"},
            ]
        )
    )
    with pytest.raises(ImportRejectedError) as refused:
        import_file(db, scope, path)
    [problem] = refused.value.problems
    assert problem.english() == (
        f"Record 2 (contact): it has the id {record_id} of record 1 (contact) as well; "
        "one of the two needs another id."
    )
    assert _contacts(db) == []


def test_a_photo_a_language_tag_and_a_tel_uri_come_in_as_written(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    import_file(db, scope, CORPUS / "vcard/aosp-v21-complicated.vcf")
    with db.read() as session:
        [photo] = session.scalars(select(Attachment))
        assert photo.mime == "image/jpeg"
        assert db.blobs.path_for(photo.sha256).read_bytes()[:2] == b"\xff\xd8"  # a JPEG
    card = tmp_path / "wien.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Huber\r\nLANG;PREF=1:de-AT\r\nLANG:en-GB\r\n"
        "TEL;VALUE=uri;TYPE=work:tel:+43-1-4000-8080;ext=12\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    import_file(db, scope, card)
    anna = next(c for c in _contacts(db) if c["name"] == "Anna Huber")
    assert anna["languages"] == ["de", "en"]
    assert anna["phone"] == "tel:+43-1-4000-8080;ext=12"


def test_at_most_fifty_problems_are_listed_then_how_many_more(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "kaputt.csv"
    rows = "".join(f"Person {n},x{n}\n" for n in range(60))
    path.write_text("Name,Languages\n" + rows)
    with pytest.raises(ImportRejectedError) as refused:
        import_file(db, scope, path)
    lines = refused.value.english().splitlines()
    assert len(lines) == 1 + 50 + 1
    assert lines[1].startswith("  Row 1 (line 2): ")
    assert lines[-1] == "  … and 10 more."
