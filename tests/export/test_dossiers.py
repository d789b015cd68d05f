"""Every template in both formats and all three languages, from the demo data, read back."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from desktop.services import demo_content as content
from desktop.services.markup import to_plain
from tests.export.helpers import VISIT_ACTIVITY, Demo, outline_titles, squash, text_of

TEMPLATES = ("visit", "core", "manual")
FORMATS = ("docx", "pdf")
LANGUAGES = ("de", "nl", "en")

# Chapter headings (level 1) each template must have, per language.
CHAPTERS = {
    ("visit", "de"): ["Die Aktivität", "Beobachtungen", "Anpassungsnotizen", "Kontakte"],
    ("visit", "nl"): ["De activiteit", "Observaties", "Aanpassingsnotities", "Contacten"],
    ("visit", "en"): ["The activity", "Observations", "Adaptation notes", "Contacts met"],
    ("core", "de"): ["Zusammenfassung", "Aktivitäten", "Kontakte"],
    ("core", "nl"): ["Samenvatting", "Activiteiten", "Contacten"],
    ("core", "en"): ["Summary", "Activities", "Contacts"],
    ("manual", "de"): ["Überblick", "Module", "Strukturen", "Methoden", "Prinzipien"],
    ("manual", "nl"): ["Overzicht", "Modules", "Structuren", "Methoden", "Principes"],
    ("manual", "en"): ["Overview", "Modules", "Structures", "Methods", "Principles"],
}
# Fixed texts that only the right language produces: labels, dates, taxonomy, enumerations.
FIXED_TEXTS = {
    ("visit", "de"): ["Besuchsbericht", "19. März 2009", "Handlungsfelder", "Bildung und Sprache"],
    ("visit", "nl"): ["Bezoekverslag", "19 maart 2009", "Beleidsvelden", "Onderwijs en taal"],
    ("visit", "en"): [
        "Visit report",
        "19 March 2009",
        "Fields of action",
        "Education and language",
    ],
    ("core", "de"): ["Kennzahlen", "Abbildung 1", "13. November 2008", "Umgesetzt", "Wohnen"],
    ("core", "nl"): ["Kerncijfers", "Afbeelding 1", "13 november 2008", "Ingevoerd", "Wonen"],
    ("core", "en"): ["Key figures", "Figure 1", "13 November 2008", "Implemented", "Housing"],
    ("manual", "de"): ["Handbuch der Anpassungen", "Am Ursprungsort", "Begründung", "Methode"],
    ("manual", "nl"): ["Handboek aanpassingen", "Op de plaats van herkomst", "Motivering"],
    ("manual", "en"): [
        "Adaptation manual",
        "At the origin",
        "Rationale",
        "Supporting observations",
    ],
}
PAGE_WORD = {"de": "Seite", "nl": "Pagina", "en": "Page"}

VARIANTS = [(t, f, lang) for t in TEMPLATES for f in FORMATS for lang in LANGUAGES]


def opening(markdown: str, words: int = 7) -> str:
    """The first words of a record's first paragraph (lists render with bullets)."""
    return " ".join(to_plain(markdown).split("\n")[0].split()[:words])


def expected_records(template: str) -> list[str]:
    """Record texts from the demo content that the template must print."""
    if template == "visit":
        observations = [o for o in content.OBSERVATIONS if o.activity_key == VISIT_ACTIVITY]
        notes = [n for n in content.ADAPTATIONS if n.activity_key == VISIT_ACTIVITY]
        activity = next(a for a in content.ACTIVITIES if a.key == VISIT_ACTIVITY)
        return [
            activity.title,
            *(opening(o.text) for o in observations),
            *(n.element for n in notes),
        ]
    if template == "core":
        return [
            *(a.title for a in content.ACTIVITIES),
            *(opening(o.text) for o in content.OBSERVATIONS[::9]),
            *(n.element for n in content.ADAPTATIONS[::4]),
            *(c.name for c in content.CONTACTS if c.consent_given),
        ]
    return [n.element for n in content.ADAPTATIONS] + [
        opening(n.adaptation) for n in content.ADAPTATIONS[::5]
    ]


@pytest.mark.parametrize(("template", "fmt", "language"), VARIANTS)
def test_the_dossier_contains_its_chapters_records_and_fixed_texts(
    demo: Demo, template: str, fmt: str, language: str
) -> None:
    result = demo.export(template, fmt, language)
    text = text_of(result.path)
    for chapter in CHAPTERS[(template, language)]:
        assert chapter in text, f"chapter {chapter!r} missing"
    for fixed in FIXED_TEXTS[(template, language)]:
        assert fixed in text, f"fixed text {fixed!r} missing"
    for record in expected_records(template):
        assert squash(record) in text, f"record text {record!r} missing"
    assert result.records > 0


@pytest.mark.parametrize(("template", "fmt", "language"), VARIANTS)
def test_no_contact_without_consent_appears_anywhere(
    demo: Demo, template: str, fmt: str, language: str
) -> None:
    text = text_of(demo.export(template, fmt, language).path)
    for contact in demo.contacts(consent=False):
        assert contact.name.casefold() not in text.casefold(), contact.name
        assert contact.email.casefold() not in text.casefold(), contact.email
        # The family name alone, as written ("Frau Dubois"); "haar" (Dutch: her) is no name.
        family_name = contact.name.split()[-1]
        assert not re.search(rf"(?<!\w){re.escape(family_name)}(?!\w)", text)


@pytest.mark.parametrize(
    ("template", "language"), [(t, lang) for t in TEMPLATES for lang in LANGUAGES]
)
def test_word_dossiers_use_real_heading_styles_and_a_toc_field(
    demo: Demo, template: str, language: str
) -> None:
    path = demo.export(template, "docx", language).path
    document = docx.Document(str(path))
    headings = {
        p.style.name: []
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    }
    for paragraph in document.paragraphs:
        if paragraph.style is not None and paragraph.style.name in headings:
            headings[paragraph.style.name].append(paragraph.text)
    assert set(CHAPTERS[(template, language)]) <= set(headings["Heading 1"])
    assert headings.get("Heading 2"), "sections below the chapters use Heading 2"
    xml = _part(path, "word/document.xml")
    # The contents: written entries with a PAGEREF each, which Word updates on opening.
    entries = [p for p in document.paragraphs if p.style is not None and p.style.name == "toc 1"]
    titles = [p.text.split("\t")[0] for p in entries]
    assert set(CHAPTERS[(template, language)]) <= set(titles)
    assert xml.count("PAGEREF h_") >= len(entries)
    assert "w:updateFields" in _part(path, "word/settings.xml")
    footer = " ".join(_part(path, name) for name in _names(path) if "footer" in name)
    assert "PAGE" in footer and "NUMPAGES" in footer and PAGE_WORD[language] in footer
    properties = document.core_properties
    assert properties.title and properties.author and properties.language


@pytest.mark.parametrize(
    ("template", "language"), [(t, lang) for t in TEMPLATES for lang in LANGUAGES]
)
def test_pdf_dossiers_embed_fonts_and_carry_an_outline_and_metadata(
    demo: Demo, template: str, language: str
) -> None:
    result = demo.export(template, "pdf", language)
    reader = PdfReader(result.path)
    assert result.pages == len(reader.pages) > 2
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font.get_object()['/BaseFont']} not embedded"
    titles = outline_titles(reader)
    assert set(CHAPTERS[(template, language)]) <= set(titles)
    assert reader.metadata is not None
    assert reader.metadata.title and reader.metadata.author and reader.metadata.subject
    assert str(reader.trailer["/Root"]["/Lang"]).startswith(language)
    assert PAGE_WORD[language] in text_of(result.path)


def test_the_pdf_table_of_contents_links_to_its_headings(demo: Demo) -> None:
    reader = PdfReader(demo.export("core", "pdf", "en").path)
    # The cover, the imprint on its back, then the contents page.
    toc_page = reader.pages[2]
    links = [
        a.get_object() for a in toc_page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"
    ]
    assert len(links) >= len(CHAPTERS[("core", "en")])


def test_charts_are_vector_graphics_in_the_pdf_and_pictures_in_word(demo: Demo) -> None:
    reader = PdfReader(demo.export("core", "pdf", "en").path)
    summary = next(
        p for p in reader.pages if "Observations by field of action" in (p.extract_text() or "")
    )
    # Bars are drawn (re ... f), and the chart's labels are text on the page.
    assert b" re" in summary.get_contents().get_data()
    assert "Number of observations" in summary.extract_text()
    with zipfile.ZipFile(demo.export("core", "docx", "en").path) as archive:
        assert any(
            name.startswith("word/media/") and name.endswith(".png") for name in archive.namelist()
        )


def _names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def _part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


@pytest.mark.parametrize("template", TEMPLATES)
def test_word_properties_are_in_schema_order(demo: Demo, template: str) -> None:
    """Word rejects a file whose property elements are out of the order ECMA-376 fixes."""
    from lxml import etree

    from desktop.export.word.ooxml import PPR_ORDER, TBLPR_ORDER, TCPR_ORDER

    path = demo.export(template, "docx", "en").path
    orders = {"pPr": PPR_ORDER, "tblPr": TBLPR_ORDER, "tcPr": TCPR_ORDER}
    namespace = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for name in _names(path):
        if not (name.startswith("word/") and name.endswith(".xml")):
            continue
        root = etree.fromstring(_part(path, name).encode("utf-8"))
        for local, order in orders.items():
            for element in root.iter(namespace + local):
                tags = ["w:" + child.tag.removeprefix(namespace) for child in element]
                positions = [order.index(tag) for tag in tags if tag in order]
                assert positions == sorted(positions), f"{name}: {local} children {tags}"
