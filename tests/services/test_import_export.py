"""Data files round-trip; vCards and CSVs import; a bad file changes nothing at all."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.errors import ImportRejectedError, ValidationError
from desktop.models import Contact, OutboxMutation, Term
from desktop.models.base import utcnow
from desktop.services.attachments import attach_file
from desktop.services.data_file import export_data, write_json_atomically
from desktop.services.importing import import_file
from desktop.services.records import create_record, delete_record, get_record, update_record
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope, open_scope
from desktop.store import Database, open_database


def fingerprint(db: Database) -> tuple[int, int]:
    """(contacts, outbox mutations): both unchanged means nothing was written."""
    with db.read() as session:
        contacts = session.execute(select(func.count()).select_from(Contact)).scalar_one()
        outbox = session.execute(select(func.count()).select_from(OutboxMutation)).scalar_one()
    return int(contacts), int(outbox)


def contacts(db: Database) -> list[Contact]:
    with db.read() as session:
        return list(session.scalars(select(Contact).order_by(Contact.sort_key)))


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """A data file minus what legitimately differs between two data dirs."""
    document = json.loads(json.dumps(document))
    document.pop("exported_at")
    for section in ("activities", "observations", "adaptations", "contacts"):
        for record in document[section]:
            record.pop("version")
    return document


def test_a_data_file_round_trips_losslessly(
    db: Database, scope: Scope, tmp_path: Path, data_dir: Path
) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8 not really a jpeg but bytes are bytes")
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {
                "title": "Netwerkbrug",
                "activity_type": "Netzwerkbrücke",
                "host_municipality": "Almelo",
                "starts_on": "2010-02-02",
                "fields_of_action": ["Kultur"],
            },
        )
        note = create_record(
            session,
            scope,
            "observation",
            {
                "text": "*kursiv* und **fett**",
                "activity_id": activity.id,
                "tags": ["Brücke"],
                "district": "Hofkamp",
            },
        )
        create_record(
            session,
            scope,
            "adaptation",
            {
                "element_kind": "structure",
                "element": "Integrationsrat",
                "observation_ids": [note.id],
                "status": "dropped",
            },
        )
        gone = create_record(
            session,
            scope,
            "contact",
            {"name": "Hélène Dubois", "consent_given": True, "consent_date": "2010-02-02"},
        )
        attach_file(session, scope, db.blobs, note.id, photo, "Am Hafen")
    with db.write(scope.actor) as session:
        delete_record(session, scope, gone.id)
    with db.read() as session:
        original = export_data(session, scope, db.blobs)
    data_file = tmp_path / "alles.json"
    write_json_atomically(original, data_file)

    other = open_database(tmp_path / "second-laptop")
    try:
        other_scope = open_scope(other, "Bert")
        report = import_file(other, other_scope, data_file)
        assert report.created["observation"] == 1 and report.created["attachment"] == 1
        with other.read() as session:
            copy = export_data(session, other_scope, other.blobs)
        again = import_file(other, other_scope, data_file)
    finally:
        other.dispose()
    assert comparable(copy) == comparable(original)
    assert again.changed == 0, "importing the same file twice changes nothing"


def test_malformed_json_is_rejected_with_its_line(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    bad = tmp_path / "kaputt.json"
    bad.write_text(
        '{\n  "format": "field-dossier-data",\n  "contacts": [\n    {"name": "A",}\n  ]\n}'
    )
    before = fingerprint(db)
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, bad)
    assert "Line 4" in raised.value.english()
    assert fingerprint(db) == before


def test_a_partly_invalid_data_file_imports_nothing(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    document = {
        "format": "field-dossier-data",
        "format_version": 1,
        "contacts": [
            {"name": "Gut Eins"},
            {"name": "Schlecht", "email": "kein-at-zeichen"},
            {"name": "Gut Zwei"},
            {"organisation": "ohne Namen"},
        ],
    }
    path = tmp_path / "teils.json"
    path.write_text(json.dumps(document))
    before = fingerprint(db)
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)
    problems = [p.english() for p in raised.value.problems]
    assert problems[0].startswith("Record 2 (contact)") and "e-mail" in problems[0]
    assert problems[1].startswith("Record 4 (contact)") and "name is required" in problems[1]
    assert fingerprint(db) == before


def test_a_time_no_store_can_hold_is_refused_with_its_record(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    """Year 9999 five hours behind UTC is year 10000 in UTC: found by the import fuzz."""
    records = [
        {"kind": "observation", "text": "gut"},
        {"kind": "observation", "text": "zu spät", "created_at": "9999-12-31T23:59:59-05:00"},
    ]
    path = tmp_path / "zeit.json"
    path.write_text(json.dumps(records))
    before = fingerprint(db)
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)
    problems = [p.english() for p in raised.value.problems]
    assert len(problems) == 1
    assert problems[0].startswith("Record 2 (observation)") and "created_at" in problems[0]
    assert fingerprint(db) == before


def test_a_file_from_a_newer_version_is_refused(db: Database, scope: Scope, tmp_path: Path) -> None:
    path = tmp_path / "neu.json"
    path.write_text(json.dumps({"format": "field-dossier-data", "format_version": 99}))
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)
    assert "format version 99" in raised.value.english()


VCARDS = """BEGIN:VCARD
VERSION:3.0
FN:Małgorzata Nowak
N:Nowak;Małgorzata;;;
ORG:Caritas Münster;Migrationsdienst
TITLE:Beraterin
EMAIL;TYPE=work:m.nowak@caritas.example
TEL;TYPE=cell:+49 251 555 0101
ADR;TYPE=work:;;Josefstraße 2;Münster;;48153;DE
LANG:pl
LANG:de
NOTE:Kennt die polnische Gemeinde\\, sehr gut vernetzt
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Çağlar
  Doğan
EMAIL:caglar@moschee.example
END:VCARD
"""


def test_vcards_import_as_contacts_without_consent(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "kontakte.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    report = import_file(db, scope, path)
    assert report.created["contact"] == 2
    by_email = {c.email: c for c in contacts(db)}
    nowak, dogan = by_email["m.nowak@caritas.example"], by_email["caglar@moschee.example"]
    assert nowak.name == "Małgorzata Nowak"
    assert nowak.organisation == "Caritas Münster"
    assert nowak.email == "m.nowak@caritas.example"
    assert nowak.country == "DE"
    assert nowak.languages == ["pl", "de"]
    assert nowak.notes == "Kennt die polnische Gemeinde, sehr gut vernetzt"
    assert nowak.consent_given is False
    assert dogan.name == "Çağlar Doğan"  # a folded line: CRLF + one space removed


def test_an_e_mail_that_is_no_address_is_left_out_with_its_place(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    broken = VCARDS + "BEGIN:VCARD\nVERSION:3.0\nFN:Ohne Ende\nEMAIL:falsch@@example\nEND:VCARD\n"
    path = tmp_path / "kontakte.vcf"
    path.write_text(broken, encoding="utf-8")
    report = import_file(db, scope, path)
    assert report.created["contact"] == 3
    assert report.contacts is not None
    [notice] = report.contacts.notices
    assert notice.english() == (
        "Card 3 (line 23): \u201cfalsch@@example\u201d is no e-mail address, left out"
    )
    ohne = next(c for c in contacts(db) if c.name == "Ohne Ende")
    assert ohne.emails == [] and ohne.email == ""


def test_a_nul_character_in_an_imported_name_is_refused_with_its_place(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    """PostgreSQL cannot store NUL: such a name would be refused by the sync server after
    it was saved here, so the import refuses it first and saves nothing."""
    path = tmp_path / "nul.vcf"
    path.write_text(VCARDS + "BEGIN:VCARD\nVERSION:3.0\nFN:Null\x00Byte\nEND:VCARD\n")
    before = fingerprint(db)
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)
    [problem] = raised.value.problems
    assert problem.english().startswith("Card 3")
    assert "control character" in problem.english()
    assert fingerprint(db) == before


def test_a_text_with_a_nul_character_is_refused_when_typed_or_scripted(
    db: Database, scope: Scope
) -> None:
    before = fingerprint(db)
    with pytest.raises(ValidationError) as raised, db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "Gespräch\x00im Rathaus"})
    assert raised.value.field == "text"
    assert fingerprint(db) == before


def test_a_vcard_21_file_with_quoted_printable_imports(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "alt.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=\r\n"
        b"=C3=BCrgen\r\nTEL;CELL;WORK:+49 171 1\r\nTEL;HOME:+49 251 2\r\nEND:VCARD\r\n"
    )
    import_file(db, scope, path)
    [contact] = contacts(db)
    assert contact.name == "Jürgen Müller"
    assert [(p["value"], p["kind"]) for p in contact.phones] == [
        ("+49 171 1", "mobile"),
        ("+49 251 2", "home"),
    ]


def test_a_german_excel_csv_imports(db: Database, scope: Scope, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    text = (
        "Name;Organisation;Funktion;Gemeinde;E-Mail;Telefon;Sprachen;Einwilligung;Einwilligungsdatum\n"
        "Jürgen Weiß;Stadt Münster;Leiter;Münster;j.weiss@stadt-muenster.example;0251 492-0;"
        "de, nl;ja;15.01.2009\n"
        "\n"
        "Ayşe Yılmaz;Integrationsrat;Vorsitzende;Münster;;;tr;nein;\n"
    )
    path.write_bytes(text.encode("utf-8-sig"))  # Excel writes a BOM
    # Consent comes from a file only through columns the user maps explicitly.
    import_file(db, scope, path, dry_run=True)
    report = import_file(db, scope, path, consent_columns=("Einwilligung", "Einwilligungsdatum"))
    assert report.created["contact"] == 2
    weiss = next(c for c in contacts(db) if c.name == "Jürgen Weiß")
    assert weiss.consent_given and weiss.consent_date is not None
    assert weiss.consent_date.isoformat() == "2009-01-15"
    assert weiss.languages == ["de", "nl"]


def test_a_csv_lists_unknown_columns_and_a_bad_row_imports_nothing(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_text("name,shoe size\nA,42\n")
    report = import_file(db, scope, path, dry_run=True)
    assert report.contacts is not None and report.contacts.unknown_columns == ["shoe size"]
    assert report.created["contact"] == 1
    path.write_text("name,email,languages\nA,a@b.example,de\nB,b@example.example,xx-yy-zz\n")
    before = fingerprint(db)
    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)
    assert [p.english().split(":")[0] for p in raised.value.problems] == ["Row 2 (line 3)"]
    assert fingerprint(db) == before


def test_a_dry_run_reports_and_writes_nothing(db: Database, scope: Scope, tmp_path: Path) -> None:
    path = tmp_path / "kontakte.vcf"
    path.write_text(VCARDS, encoding="utf-8")
    before = fingerprint(db)
    report = import_file(db, scope, path, dry_run=True)
    assert report.created["contact"] == 2
    assert fingerprint(db) == before


def test_an_unknown_file_type_is_explained(db: Database, scope: Scope, tmp_path: Path) -> None:
    path = tmp_path / "bild.png"
    path.write_bytes(b"\x89PNG\r\n")
    with pytest.raises(ValidationError) as raised:
        import_file(db, scope, path)
    assert ".json, .vcf or .csv" in raised.value.english()


def _export_to(db: Database, scope: Scope, path: Path) -> dict[str, Any]:
    with db.read() as session:
        document = export_data(session, scope, db.blobs)
    write_json_atomically(document, path)
    return document


def test_an_older_data_file_never_undoes_later_edits_or_deletions(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        edited = create_record(session, scope, "observation", {"text": "erste Fassung"})
        trashed = create_record(session, scope, "observation", {"text": "wird gelöscht"})
    old_file = tmp_path / "gestern.json"
    _export_to(db, scope, old_file)
    with db.write(scope.actor) as session:
        update_record(session, scope, edited.id, {"text": "zweite, bessere Fassung"})
        delete_record(session, scope, trashed.id)

    report = import_file(db, scope, old_file)

    assert report.kept_newer["observation"] == 2 and report.changed == 0
    with db.read() as session:
        assert get_record(session, scope, edited.id).text == "zweite, bessere Fassung"
        assert get_record(session, scope, trashed.id).deleted_at is not None


def test_a_newer_data_file_updates_and_restores(db: Database, scope: Scope, tmp_path: Path) -> None:
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "alt"})
    with db.write(scope.actor) as session:
        delete_record(session, scope, note.id)
    document = _export_to(db, scope, tmp_path / "unused.json")
    record = document["observations"][0]
    record.update(text="neu", deleted_at=None, updated_at="2099-01-01T00:00:00Z")
    newer = tmp_path / "morgen.json"
    write_json_atomically(document, newer)

    report = import_file(db, scope, newer)

    assert report.updated["observation"] == 1
    with db.read() as session:
        restored = get_record(session, scope, note.id)
        assert restored.text == "neu" and restored.deleted_at is None


def test_importing_a_retired_tag_neither_duplicates_nor_revives_it(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    with db.write(scope.actor) as session:
        create_record(session, scope, "observation", {"text": "mit Tag", "tags": ["Hafen"]})
    old_file = tmp_path / "mit-tag.json"
    _export_to(db, scope, old_file)
    with db.write(scope.actor) as session:
        tag = Taxonomy(session, scope.workspace_id).find_term("tag", "Hafen")
        assert tag is not None
        tag.deleted_at = utcnow()

    import_file(db, scope, old_file)

    with db.read() as session:
        tags = session.scalars(select(Term).where(Term.kind == "tag", Term.name == "Hafen")).all()
    assert len(tags) == 1 and tags[0].deleted_at is not None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sha256", "../../etc/passwd", "64 hexadecimal digits"),
        ("size", -5, "whole number"),
        ("position", "erste", "whole number"),
    ],
)
def test_an_attachment_with_bad_metadata_imports_nothing(
    db: Database, scope: Scope, tmp_path: Path, field: str, value: object, message: str
) -> None:
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"bytes of a photo")
    with db.write(scope.actor) as session:
        note = create_record(session, scope, "observation", {"text": "mit Foto"})
        attach_file(session, scope, db.blobs, note.id, photo, "Hafen")
    document = _export_to(db, scope, tmp_path / "unused.json")
    attachment = document["attachments"][0]
    attachment.update(id="0b6f5c3e-8a51-4d35-9b3e-3f0f2f4a1c11", content_base64=None)
    attachment[field] = value
    path = tmp_path / "manipuliert.json"
    write_json_atomically(document, path)
    before = fingerprint(db)

    with pytest.raises(ImportRejectedError) as raised:
        import_file(db, scope, path)

    assert message in raised.value.problems[0].english()
    assert fingerprint(db) == before
