"""Dossiers fit to publish (issue 10, items 2-6), read back from the files.

Every template x format x language carries the EU emblem, its label and the fund,
the same project name, an imprint, the real period; the draft mark appears on the
cover and every page while conflicts are open (and not otherwise); the manual's
evidence is numbered with page references both ways; the contact index goes by
family name; Word files embed their fonts and show contents and running heads;
every picture has alt text; document language and title are set.
"""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from sqlalchemy import select

from desktop.export import ExportOptions, export_dossier
from desktop.export.i18n import DossierLanguage
from desktop.export.names import family_sort_key
from desktop.export.word.embedding import obfuscate
from desktop.models import AdaptationNote, Observation, SyncConflict
from desktop.services.demo import demo_id
from desktop.services.publication import read_publication, set_publication
from desktop.services.records import create_record
from tests.export.helpers import Demo, squash, text_of

TEMPLATES = ("visit", "core", "manual")
FORMATS = ("docx", "pdf")
LANGUAGES = ("de", "nl", "en")
VARIANTS = [(t, f, lang) for t in TEMPLATES for f in FORMATS for lang in LANGUAGES]
PROJECT = "Migrationsleitbild Münster – Almelo"
IMPRINT = {"de": "Impressum", "nl": "Colofon", "en": "Imprint"}
PUBLISHER = {
    "de": "Amt für Migration und interkulturelle Angelegenheiten",
    "nl": "Amt für Migration und interkulturelle Angelegenheiten",
    "en": "Office for Migration and Intercultural Affairs",
}
DRAFT = {
    "de": "Entwurf – 1 offener Konflikt",
    "nl": "Concept – 1 openstaand conflict",
    "en": "Draft — 1 open conflict",
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# The emblem's Reflex Blue (#003399) as a PDF fill colour.
EMBLEM_BLUE = re.compile(rb"\b0 \.2 \.6 rg\b")


def first_page_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return squash(PdfReader(path).pages[0].extract_text() or "")
    document = docx.Document(str(path))
    section = document.sections[0]
    parts = [p.text for p in document.paragraphs[:8]]
    parts += [c.text for t in section.first_page_footer.tables for c in t._cells]
    parts += [p.text for p in section.first_page_footer.paragraphs]
    return squash(" ".join(parts))


# -- the cover, the imprint, the project name ----------------------------------------------


@pytest.mark.parametrize(("template", "fmt", "language"), VARIANTS)
def test_every_dossier_is_an_interreg_publication(
    demo: Demo, template: str, fmt: str, language: str
) -> None:
    path = demo.export(template, fmt, language).path
    cover = first_page_text(path)
    assert "Europäische Union" in cover and "Europese Unie" in cover
    assert "(EFRE)" in cover and "(EFRO)" in cover
    text = text_of(path)
    # The project is called the same in every language (not "Migratievisie").
    assert PROJECT in text
    assert "Migratievisie" not in text and "Migration guideline" not in text
    assert IMPRINT[language] in text
    assert "CC BY 4.0" in text and PUBLISHER[language] in text
    # Nobody is in conflict in the demo: no draft mark anywhere.
    assert DRAFT[language] not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_pdf_emblem_is_vector_and_the_word_emblem_a_described_picture(
    demo: Demo, language: str
) -> None:
    pdf = PdfReader(demo.export("core", "pdf", language).path)
    cover = pdf.pages[0]
    assert EMBLEM_BLUE.search(cover.get_contents().get_data())
    assert not cover["/Resources"].get("/XObject")  # drawn, not a picture
    document = docx.Document(str(demo.export("core", "docx", language).path))
    footer = document.sections[0].first_page_footer._element
    descriptions = [e.get("descr") for e in footer.iter() if e.tag.endswith("}docPr")]
    assert "Europäische Union / Europese Unie" in descriptions


def test_the_cover_shows_the_real_period_and_the_manual_its_own_title(demo: Demo) -> None:
    core = first_page_text(demo.export("core", "pdf", "de").path)
    assert "13. November 2008 – 9. Juni 2011" in core and "gesamter Zeitraum" not in core
    manual = first_page_text(demo.export("manual", "pdf", "nl").path)
    assert "Wat is overgenomen, hoe het is aangepast en waarom" in manual
    assert PROJECT in manual


def test_a_cover_title_never_ends_a_line_with_a_dash(demo: Demo) -> None:
    path = demo.export("core", "pdf", "de").path
    lines = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert not [line for line in lines if line.rstrip().endswith(("–", "—"))]
    assert any(line.strip().startswith("– Almelo") for line in lines)


def test_logos_set_from_the_command_line_stand_on_the_cover(
    published: Demo, tmp_path: Path
) -> None:
    pdf = PdfReader(published.export("visit", "pdf", "de").path)
    drawn = re.findall(rb"/FormXob\.\w+ Do", pdf.pages[0].get_contents().get_data())
    assert len(drawn) == 3  # the programme and two partners (one file, drawn twice)
    document = docx.Document(str(published.export("visit", "docx", "de").path))
    footer = document.sections[0].first_page_footer._element
    assert len([e for e in footer.iter() if e.tag.endswith("}docPr")]) == 4  # + the emblem


def test_a_bad_logo_is_refused_and_changes_nothing(published: Demo, tmp_path: Path) -> None:
    before = read_publication(published.db, published.scope)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not a picture")
    result = subprocess.run(
        [
            str(Path(".venv/bin/field-dossier").absolute()),
            "--data-dir",
            str(published.root / "laptop"),
            "workspace",
            "set",
            "--editor",
            "Someone Else",
            "--logo",
            f"partner={not_an_image}",
        ],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "PNG or JPEG" in result.stderr
    assert "Traceback" not in result.stderr
    assert read_publication(published.db, published.scope) == before


# -- the draft mark ------------------------------------------------------------------------


@pytest.mark.parametrize(("template", "fmt", "language"), VARIANTS)
def test_while_a_conflict_is_open_every_page_says_draft(
    published: Demo, template: str, fmt: str, language: str
) -> None:
    path = published.export(template, fmt, language).path
    mark = DRAFT[language]
    assert mark in first_page_text(path)
    if fmt == "pdf":
        pages = PdfReader(path).pages
        assert all(mark in squash(page.extract_text() or "") for page in pages)
    else:
        document = docx.Document(str(path))
        # Every section's header (one per chapter) starts with the mark.
        heads = [squash(s.header.paragraphs[0].text) for s in document.sections]
        assert heads and all(head.startswith(mark) for head in heads)


# -- the adaptation manual -----------------------------------------------------------------


def pages_of(path: Path) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(path).pages]


@pytest.mark.parametrize("language", ["de", "nl"])
def test_the_manual_numbers_its_evidence_with_page_references_both_ways(
    demo: Demo, language: str
) -> None:
    pages = pages_of(demo.export("manual", "pdf", language).path)
    abbreviation = {"de": "S.", "nl": "p."}[language]
    cited_for = {"de": "Beleg für", "nl": "Bewijs voor"}[language]
    appendix = next(i for i, p in enumerate(pages) if re.search(r"\bB1 · \d", p)) + 1
    # "B1 (S. 23)" where B1 is cited: the page the appendix prints B1 on.
    citations = re.findall(rf"\bB1 \({re.escape(abbreviation)}\s(\d+)\)", " ".join(pages))
    assert citations and set(citations) == {str(appendix)}
    # Back from the evidence: "Beleg für: Element (S. 7)", the page that cites it.
    back = re.search(
        rf"\bB1 · .*?{cited_for}: (.+?) \({re.escape(abbreviation)}\s(\d+)\)", pages[appendix - 1]
    )
    assert back is not None
    element, page = back.group(1), int(back.group(2))
    assert element in pages[page - 1] and "B1 (" in pages[page - 1]


def test_the_manual_has_an_overview_with_counts_and_pages_and_a_status_matrix(
    demo: Demo,
) -> None:
    document = docx.Document(str(demo.export("manual", "docx", "de").path))
    headers = [[c.text for c in t.rows[0].cells] for t in document.tables if t.rows]
    assert ["Element", "Art", "Kommunen", "Notizen", "Belege", "Seite"] in headers
    assert any(h[:1] == ["Element"] and "Almelo" in h and "Münster" in h for h in headers)
    xml = document.element.xml
    assert "PAGEREF el_" in xml and "PAGEREF obs_" in xml and "PAGEREF cite_" in xml
    pages = pages_of(demo.export("manual", "pdf", "de").path)
    overview = next(p for p in pages if "Notizen Belege Seite" in p)
    # A row ends with its notes, evidence and page: "Gezondheidslotsen (MiMi) Modul Almelo 1 1 6"
    row = re.search(r"Gezondheidslotsen \(MiMi\) Modul Almelo (\d+) (\d+) (\d+)", overview)
    assert row is not None
    assert "Gezondheidslotsen (MiMi)" in pages[int(row.group(3)) - 1]


def test_an_element_with_several_notes_reads_as_one_dated_story(
    published: Demo, tmp_path: Path
) -> None:
    demo = published
    with demo.db.read() as session:
        note = session.scalars(
            select(AdaptationNote).where(AdaptationNote.element == "Gezondheidslotsen (MiMi)")
        ).one()
    with demo.db.write("Anna Tester") as session:
        create_record(
            session,
            demo.scope,
            "adaptation",
            {
                "element_kind": note.element_kind,
                "element": note.element,
                "from_municipality": "Münster",
                "to_municipality": "Almelo",
                "adaptation": "Die Lotsinnen arbeiten jetzt auch in den Stadtteilzentren.",
                "status": "implemented",
            },
        )
    options = ExportOptions("manual", "pdf", "de")
    text = text_of(export_dossier(demo.db, demo.scope, options, tmp_path / "m.pdf").path)
    story = text[text.index("Gezondheidslotsen (MiMi) Modul · ") :]
    story = story[: story.index("Herkunftssprachlicher Unterricht Modul · ")]
    assert story.count("Gezondheidslotsen") == 1  # one heading, one story
    assert "Stand heute Almelo Umgesetzt (seit" in story  # the newest status, dated
    first, second = story.index("Status: Idee"), story.index("Status: Umgesetzt")
    assert first < second  # in date order


# -- layout --------------------------------------------------------------------------------


def test_short_chapters_follow_on_instead_of_opening_a_page(demo: Demo) -> None:
    pages = pages_of(demo.export("visit", "pdf", "de").path)
    body = pages[3:-1]  # after cover, imprint, contents; the last page may be short
    longest = max(len(p) for p in body)
    assert all(len(p) > longest / 3 for p in body), [len(p) for p in body]
    # "Kontakte" follows the adaptation notes on their page, well below its top.
    page = next(p for p in pages if " Kontakte Aufgeführt" in p)
    assert page.index(" Kontakte Aufgeführt") > 500


@pytest.mark.parametrize("template", ["visit", "core"])
def test_the_contact_index_goes_by_family_name(demo: Demo, template: str) -> None:
    document = docx.Document(str(demo.export(template, "docx", "nl").path))
    table = next(t for t in document.tables if t.rows and t.rows[0].cells[0].text == "Naam")
    names = [row.cells[0].paragraphs[0].runs[0].text for row in table.rows[1:]]
    assert len(names) > 2
    assert names == sorted(names, key=family_sort_key)


def test_family_names_sort_without_particles_and_titles() -> None:
    names = [
        "Jan van Dijk",
        "Dr. Anja Schürmann",
        "Ingrid ter Haar",
        "Anna Dekker",
        "Ewa Kowalczyk",
    ]
    assert sorted(names, key=family_sort_key) == [
        "Anna Dekker",
        "Jan van Dijk",
        "Ingrid ter Haar",
        "Ewa Kowalczyk",
        "Dr. Anja Schürmann",
    ]
    assert family_sort_key("Łukaszewska, Zofia") == ("lukaszewska", "zofia")


def test_date_ranges_are_condensed() -> None:
    de, nl, en = (DossierLanguage(code) for code in ("de", "nl", "en"))
    may12, may14 = date(2009, 5, 12), date(2009, 5, 14)
    assert de.date_range(may12, may14) == "12.–14. Mai 2009"
    assert nl.date_range(may12, may14) == "12–14 mei 2009"
    assert en.date_range(may12, may14) == "12–14 May 2009"
    assert de.date_range(date(2009, 4, 30), may12) == "30. April – 12. Mai 2009"
    assert nl.date_range(date(2008, 11, 13), date(2011, 6, 9)) == "13 november 2008 – 9 juni 2011"


def test_counts_stand_right_aligned(demo: Demo) -> None:
    document = docx.Document(str(demo.export("core", "docx", "de").path))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Art des Elements")
    total = table.rows[1].cells[-1].paragraphs[0]
    assert total.alignment == docx.enum.text.WD_PARAGRAPH_ALIGNMENT.RIGHT


def test_the_monthly_chart_titles_its_count_axis_and_dates_every_column(demo: Demo) -> None:
    from desktop.export import charts
    from desktop.export.model import Bar, Chart

    months = tuple(Bar(f"Mon {2009 + i // 12}", i % 5) for i in range(30))
    drawing = charts.layout(Chart(months, "vertical", "Anzahl"), 450)
    labels = [s for s in drawing.shapes if isinstance(s, charts.Label)]
    assert sum(1 for s in labels if s.text.startswith("Mon ")) == 30  # every column dated
    title = next(s for s in labels if s.text == "Anzahl")
    assert title.angle == 90 and title.x < 20  # along the vertical (count) axis


def test_a_note_says_observations_count_under_several_fields(demo: Demo) -> None:
    assert "Beobachtungen betreffen mehrere Handlungsfelder" in text_of(
        demo.export("core", "pdf", "de").path
    )


# -- Word files outside Word ---------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_word_files_embed_their_fonts(demo: Demo, template: str) -> None:
    path = demo.export(template, "docx", "de").path
    with zipfile.ZipFile(path) as archive:
        fonts = [n for n in archive.namelist() if n.startswith("word/fonts/")]
        assert len(fonts) == 8
        table = archive.read("word/fontTable.xml").decode()
        settings = archive.read("word/settings.xml").decode()
        keys = dict(re.findall(r'r:id="(rId\d+)" w:fontKey="(\{[0-9A-F-]+\})"', table))
        rels = dict(
            re.findall(
                r'Id="(rId\d+)"[^>]*Target="fonts/(font\d+\.odttf)"',
                archive.read("word/_rels/fontTable.xml.rels").decode(),
            )
        )
        assert "embedTrueTypeFonts" in settings
        for r_id, key in keys.items():
            font = TTFont(io.BytesIO(obfuscate(archive.read("word/fonts/" + rels[r_id]), key)))
            assert font["name"].getDebugName(1) in ("Noto Serif", "Noto Sans")
            assert ord("ü") in font.getBestCmap()  # subset, but with the text's letters
    assert len(keys) == 8


def test_word_contents_and_running_heads_show_in_libreoffice(demo: Demo, tmp_path: Path) -> None:
    converted = libreoffice_pdf(demo.export("manual", "docx", "de").path, tmp_path)
    pages = pages_of(converted)
    contents = next(p for p in pages if p.startswith(PROJECT) and " Inhalt " in p[:120])
    # Entries with their page numbers, before any field update.
    module = re.search(r"Module\.+\s?(\d+)", contents)
    assert module is not None
    assert "Module" in pages[int(module.group(1)) - 1]
    # The running head names the chapter; the fonts are the embedded Noto faces.
    assert any(p.startswith(f"{PROJECT} · Handbuch der Anpassungen Module") for p in pages)
    fonts = subprocess.run(
        ["pdffonts", str(converted)], capture_output=True, text=True, check=True
    ).stdout
    assert "NotoSerif-Regular" in fonts and "NotoSans-Bold" in fonts
    # The evidence's page references are filled in too.
    assert re.search(r"\bB1 \(S\.\s\d+\)", " ".join(pages))


# -- accessibility -------------------------------------------------------------------------


@pytest.mark.parametrize(("template", "language"), [("core", "de"), ("visit", "nl")])
def test_every_picture_has_alt_text_and_charts_their_figures(
    demo: Demo, template: str, language: str
) -> None:
    path = demo.export(template, "docx", language).path
    document = docx.Document(str(path))
    parts = [document.element]
    for section in document.sections:
        parts += [section.first_page_footer._element]
    pictures = [e for part in parts for e in part.iter() if e.tag.endswith("}docPr")]
    assert len(pictures) >= 3
    assert all((e.get("descr") or "").strip() for e in pictures)
    if template == "core":
        chart = next(e.get("descr") for e in pictures if "Handlungsfeld" in e.get("descr"))
        assert re.search(r"Wohnen: \d+", chart)


@pytest.mark.parametrize(("fmt", "language"), [(f, lang) for f in FORMATS for lang in LANGUAGES])
def test_language_and_title_are_set(demo: Demo, fmt: str, language: str) -> None:
    path = demo.export("core", fmt, language).path
    tag = {"de": "de-DE", "nl": "nl-NL", "en": "en-GB"}[language]
    if fmt == "pdf":
        reader = PdfReader(path)
        assert reader.trailer["/Root"]["/Lang"] == tag
        assert PROJECT in (reader.metadata.title or "")
        assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    else:
        document = docx.Document(str(path))
        assert document.core_properties.language == tag
        assert PROJECT in document.core_properties.title
        styles = document.styles.element.xml
        assert f'w:val="{tag}"' in styles
        # Headings are Word's heading styles, tables repeat their header row.
        assert any(p.style.name == "Heading 1" for p in document.paragraphs)
        assert "<w:tblHeader/>" in document.element.xml


# -- fixtures and helpers ------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """A demo workspace with logos, an imprint editor and one open conflict."""
    workspace = Demo(tmp_path_factory.mktemp("published"))
    logos = tmp_path_factory.mktemp("logos")
    from PIL import Image

    paths = []
    for name, colour, size in (("interreg", "#0a4f8a", (600, 200)), ("ms", "#b00020", (300, 300))):
        path = logos / f"{name}.png"
        Image.new("RGB", size, colour).save(path)
        paths.append(path)
    set_publication(
        workspace.db,
        workspace.scope,
        texts={"editor": "Dr. Ute Brinkmann"},
        programme_logo=paths[0],
        partner_logos=[paths[1], paths[1]],
    )
    with workspace.db.read() as session:
        observation = session.get(Observation, demo_id("coa-02"))
        assert observation is not None
    with workspace.db.write("sync") as session:
        session.add(
            SyncConflict(
                id="c0nf1ict-0000-0000-0000-000000000002",
                workspace_id=workspace.scope.workspace_id,
                table_name="observation",
                row_id=observation.id,
                field_name="text",
                base_value="a",
                server_value="b",
                client_value="c",
                server_author="Ute Brinkmann",
                client_author="Anouk Jansen",
                created_at=datetime(2009, 3, 20, tzinfo=UTC),
            )
        )
    yield workspace
    with workspace.db.write("sync") as session:
        for conflict in session.scalars(select(SyncConflict)):
            session.delete(conflict)
    workspace.db.dispose()


def libreoffice_pdf(source: Path, folder: Path) -> Path:
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "out"),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=240,
    )
    return folder / "out" / f"{source.stem}.pdf"
