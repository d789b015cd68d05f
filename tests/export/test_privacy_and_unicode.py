"""People without consent never appear; pseudonymised dossiers show "Person A"; every
Latin letter of the project's names survives both formats exactly."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.export import ExportOptions, export_dossier
from desktop.services.attachments import attach_file
from desktop.services.records import create_record
from desktop.services.workspace import Scope
from desktop.store import Database
from tests.export.helpers import pdf_text, text_of

WITHHELD = "Hélène Dubois"
WITHHELD_MAIL = "h.dubois@roc.example"
CONSENTED = "Ayşe Yılmaz"
CONSENTED_MAIL = "ayse.yilmaz@mail.example"
CONSENTED_ROLE = "Elternbegleiterin"
UNICODE_LINE = "Grüße aus Ĳsselstein: Çağlar Şahin, Łucja Wałęsa, Zoë Müller, ĳs, Straße, café."


def portrait_photo(path: Path) -> Path:
    """200x300 upright, stored sideways with EXIF orientation 6 (as phones do)."""
    upright = Image.new("RGB", (200, 300), (200, 30, 30))
    exif = Image.Exif()
    exif[0x0112] = 6
    upright.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", exif=exif)
    return path


@pytest.fixture
def workspace(db: Database, scope: Scope, tmp_path: Path) -> str:
    """An activity whose texts mention a contact without consent in every possible place."""
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {
                "title": "Hospitation in Almelo",
                "activity_type": "Einzelhospitation",
                "starts_on": "2009-09-08",
                "host_municipality": "Almelo",
                "participants": f"{WITHHELD} (ROC van Twente)\n{CONSENTED}",
                "description": f"Gespräch mit **{WITHHELD}** über die Inburgering.",
            },
        )
        observation = create_record(
            session,
            scope,
            "observation",
            {
                "activity_id": activity.id,
                "text": f"{UNICODE_LINE}\n\nFrau Dubois erklärte alles; Kontakt: {WITHHELD_MAIL}.",
                "author": WITHHELD,
                "observed_on": "2009-09-08",
                "fields_of_action": ["Bildung und Sprache"],
            },
        )
        create_record(
            session,
            scope,
            "observation",
            {"activity_id": activity.id, "text": f"{CONSENTED} stellte die Elternarbeit vor."},
        )
        create_record(
            session,
            scope,
            "adaptation",
            {
                "activity_id": activity.id,
                "element_kind": "method",
                "element": "Intakegespräch",
                "from_municipality": "Almelo",
                "to_municipality": "Münster",
                "adaptation": f"Idee von {WITHHELD}: kürzer fassen.",
                "observation_ids": [observation.id],
            },
        )
        for name, mail, consent in (
            (WITHHELD, WITHHELD_MAIL, False),
            (CONSENTED, CONSENTED_MAIL, True),
        ):
            create_record(
                session,
                scope,
                "contact",
                {
                    "name": name,
                    "email": mail,
                    "organisation": "ROC van Twente",
                    "role": CONSENTED_ROLE if consent else "Docentin",
                    "consent_given": consent,
                    "consent_date": "2009-09-08" if consent else None,
                    "activity_ids": [activity.id],
                    "languages": ["nl", "tr"],
                },
            )
        attach_file(
            session,
            scope,
            db.blobs,
            observation.id,
            portrait_photo(tmp_path / "hoch.jpg"),
            caption=f"{WITHHELD} im Unterricht",
        )
        return str(activity.id)


def export(
    db: Database, scope: Scope, tmp_path: Path, template: str, fmt: str, **options: object
) -> Path:
    out = tmp_path / f"{template}.{fmt}"
    opts = ExportOptions(template, fmt, "de", **options)  # type: ignore[arg-type]
    export_dossier(db, scope, opts, out)
    return out


CASES = [(t, f) for t in ("visit", "core", "manual") for f in ("pdf", "docx")]


@pytest.mark.parametrize(("template", "fmt"), CASES)
def test_a_contact_without_consent_is_named_nowhere(
    db: Database, scope: Scope, tmp_path: Path, workspace: str, template: str, fmt: str
) -> None:
    path = export(db, scope, tmp_path, template, fmt, activity_id=workspace)
    text = text_of(path)
    for trace in (WITHHELD, WITHHELD_MAIL, "Dubois", "Hélène"):
        assert trace not in text, f"{trace!r} leaked into the {template} {fmt}"
    assert "[Name nicht genannt]" in text
    if template != "manual":
        assert CONSENTED in text and CONSENTED_MAIL in text and CONSENTED_ROLE in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pseudonymised_dossiers_show_pseudonyms_and_nothing_that_identifies(
    db: Database, scope: Scope, tmp_path: Path, workspace: str, fmt: str
) -> None:
    path = export(db, scope, tmp_path, "visit", fmt, activity_id=workspace, pseudonymise=True)
    text = text_of(path)
    for trace in (CONSENTED, CONSENTED_MAIL, "Yılmaz", "Ayşe", CONSENTED_ROLE, "A. Y."):
        assert trace not in text, trace
    # Letters in order of appearance, the same person the same letter: Ayşe Yılmaz is
    # in the participants first; the author of the second observation comes next.
    assert "Person A stellte die Elternarbeit vor" in text
    assert "· Person B Person A stellte" in text and "Anna Tester" not in text
    assert WITHHELD not in text and "[Name nicht genannt]" in text
    assert "durch Pseudonyme ersetzt (Person A, Person B, …)" in text  # said on the title page


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_contacts_can_be_left_out(
    db: Database, scope: Scope, tmp_path: Path, workspace: str, fmt: str
) -> None:
    path = export(db, scope, tmp_path, "visit", fmt, activity_id=workspace, include_contacts=False)
    assert CONSENTED_MAIL not in text_of(path)


def test_latin_letters_of_all_the_project_languages_survive_the_pdf(
    db: Database, scope: Scope, tmp_path: Path, workspace: str
) -> None:
    path = export(db, scope, tmp_path, "visit", "pdf", activity_id=workspace)
    lines = [
        line for page in PdfReader(path).pages for line in (page.extract_text() or "").splitlines()
    ]
    assert UNICODE_LINE in lines
    assert CONSENTED in pdf_text(path)


def test_latin_letters_of_all_the_project_languages_survive_the_docx(
    db: Database, scope: Scope, tmp_path: Path, workspace: str
) -> None:
    path = export(db, scope, tmp_path, "visit", "docx", activity_id=workspace)
    document = docx.Document(str(path))
    assert UNICODE_LINE in [p.text for p in document.paragraphs]
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert any(cell.startswith(CONSENTED) for cell in cells)


def test_photos_are_upright_in_both_formats(
    db: Database, scope: Scope, tmp_path: Path, workspace: str
) -> None:
    with zipfile.ZipFile(export(db, scope, tmp_path, "visit", "docx", activity_id=workspace)) as zf:
        photos = [
            n
            for n in zf.namelist()
            if n.startswith("word/media/") and n.endswith((".jpg", ".jpeg"))
        ]
        assert photos
        width, height = Image.open(io.BytesIO(zf.read(photos[0]))).size
    assert height > width, "the EXIF rotation was applied"
    reader = PdfReader(export(db, scope, tmp_path, "visit", "pdf", activity_id=workspace))
    images = [image for page in reader.pages for image in page.images]
    assert images and images[0].image is not None
    assert images[0].image.height > images[0].image.width


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_no_photos_means_no_pictures(
    db: Database, scope: Scope, tmp_path: Path, workspace: str, fmt: str
) -> None:
    path = export(db, scope, tmp_path, "visit", fmt, activity_id=workspace, include_photos=False)
    if fmt == "pdf":
        assert not [image for page in PdfReader(path).pages for image in page.images]
    else:
        # The one picture is the EU emblem on the cover.
        document = docx.Document(str(path))
        assert not re.findall(r"<wp:docPr ", document.element.xml)
        with zipfile.ZipFile(path) as archive:
            assert len([n for n in archive.namelist() if n.startswith("word/media/")]) == 1
    assert "im Unterricht" not in text_of(path)


def test_the_title_page_names_the_period(
    db: Database, scope: Scope, tmp_path: Path, workspace: str
) -> None:
    path = export(
        db, scope, tmp_path, "core", "pdf", date_from=date(2009, 1, 1), date_to=date(2009, 12, 31)
    )
    # The period its records really cover, within the one asked for (not "all dates").
    cover = text_of(path).split("Zeitraum", 1)[1].split("Stand", 1)[0]
    assert re.fullmatch(r" \d+\.(?: \w+)?(?: 2009)? – \d+\. \w+ 2009 | \d+\. \w+ 2009 ", cover)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_funding_logo_is_on_the_title_page_even_without_photos(
    db: Database, scope: Scope, tmp_path: Path, workspace: str, fmt: str
) -> None:
    from desktop.models import Workspace

    logo = io.BytesIO()
    Image.new("RGB", (300, 100), (0, 51, 153)).save(logo, "PNG")
    sha256 = db.blobs.put_bytes(logo.getvalue())
    with db.write(scope.actor) as session:
        found = session.get(Workspace, scope.workspace_id)
        assert found is not None
        found.settings = {**found.settings, "funding_logo_sha256": sha256}
    path = export(db, scope, tmp_path, "visit", fmt, activity_id=workspace, include_photos=False)
    if fmt == "pdf":
        title_page = PdfReader(path).pages[0]
        assert [image.image.size for image in title_page.images if image.image] == [(300, 100)]
    else:
        with zipfile.ZipFile(path) as archive:
            footers = [n for n in archive.namelist() if n.startswith("word/_rels/footer")]
            assert any("image" in archive.read(n).decode() for n in footers)


def test_word_pictures_have_the_redacted_caption_as_alt_text_and_no_file_name(
    db: Database, scope: Scope, tmp_path: Path, workspace: str
) -> None:
    path = export(db, scope, tmp_path, "visit", "docx", activity_id=workspace)
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    alt_texts = [
        t.replace("\u00a0", " ") for t in re.findall(r'<wp:docPr [^>]*descr="([^"]*)"', body)
    ]
    assert alt_texts == ["Abbildung 1: [Name nicht genannt] im Unterricht · 08.09.2009"]
    names = set(re.findall(r'<pic:cNvPr [^>]*name="([^"]*)"', body))
    assert names and all(re.fullmatch(r"Picture \d+", name) for name in names), names
