"""The pieces of the export on their own: language, labels, privacy, charts, Markdown."""

from __future__ import annotations

import ast
import logging
import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from desktop.domain import CHOICE_LABELS, CHOICE_PLURALS
from desktop.export import charts
from desktop.export.i18n import DOSSIER_CONTEXTS, DossierLanguage
from desktop.export.messages import ExportError
from desktop.export.model import Bar, BulletList, Chart, Paragraph, Span
from desktop.export.templates.composer import markdown_blocks
from desktop.models import ADAPTATION_STATUSES, ELEMENT_KINDS, FRAMEWORK_FACTORS

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def marked_strings() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP a dossier prints (its contexts)."""
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                context, text = (arg.value for arg in node.args)  # type: ignore[attr-defined]
                if context in DOSSIER_CONTEXTS:
                    found.add((context, text))
    return found


def catalogue(language: str) -> dict[tuple[str, str], str | None]:
    root = ET.parse(ROOT / "translations" / f"dossier_{language}.ts").getroot()
    entries: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
            )
            entries[(context.findtext("name") or "", message.findtext("source") or "")] = (
                translation.text if done and translation is not None else None
            )
    return entries


@pytest.mark.parametrize("language", ["de", "nl"])
def test_every_dossier_text_is_translated_with_its_placeholders(language: str) -> None:
    entries = catalogue(language)
    for key in marked_strings():
        assert key in entries, f"{key} is not in dossier_{language}.ts (run lupdate)"
        translation = entries[key]
        assert translation, f"{key} is not translated"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(key[1])), key


def test_every_enumeration_value_has_a_label() -> None:
    for value in (*ELEMENT_KINDS, *ADAPTATION_STATUSES, *FRAMEWORK_FACTORS):
        assert value in CHOICE_LABELS
    assert set(ELEMENT_KINDS) <= set(CHOICE_PLURALS)


def test_dates_and_numbers_follow_the_dossier_language() -> None:
    day = date(2009, 3, 19)
    german, dutch, english = DossierLanguage("de"), DossierLanguage("nl"), DossierLanguage("en")
    assert german.long_date(day) == "19. März 2009" and german.short_date(day) == "19.03.2009"
    assert dutch.long_date(day) == "19 maart 2009" and dutch.short_date(day) == "19-03-2009"
    assert english.long_date(day) == "19 March 2009" and english.short_date(day) == "19 Mar 2009"
    assert german.number(12345) == "12.345" and dutch.number(12345) == "12.345"
    assert english.number(12345) == "12,345"
    assert (
        german.choice("implemented") == "Umgesetzt" and dutch.choice("implemented") == "Ingevoerd"
    )
    assert german.language_name("tr") == "Türkisch" and dutch.language_name("xx") == "XX"


@pytest.mark.expected_warnings("dossier_nl\\.qm")
def test_without_its_compiled_catalogue_a_dossier_is_refused_not_written_in_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr("desktop.i18n.resource_dir", lambda _name: tmp_path)  # no .qm there
    with caplog.at_level(logging.ERROR), pytest.raises(ExportError) as refused:
        DossierLanguage("nl")
    assert "dossier_nl.qm" in refused.value.english()
    assert any("dossier_nl.qm" in r.getMessage() for r in caplog.records), "logged loudly"


def test_ticks_are_round_and_cover_the_largest_value() -> None:
    assert charts.nice_ticks(0) == [0, 1]
    assert charts.nice_ticks(7) == [0, 2, 4, 6, 8]
    assert charts.nice_ticks(26) == [0, 10, 20, 30]
    assert charts.nice_ticks(1234)[-1] >= 1234


@pytest.mark.parametrize("orientation", ["horizontal", "vertical"])
def test_chart_shapes_stay_inside_the_drawing(orientation: str) -> None:
    bars = tuple(Bar(f"Neuzuwanderung, Intake und Inburgering {i}", i * 3) for i in range(30))
    drawing = charts.layout(Chart(bars, orientation, "Number"), 460)  # type: ignore[arg-type]
    for shape in drawing.shapes:
        if isinstance(shape, charts.Label):
            width = charts.text_width(shape.text, shape.size)
            start = {"start": 0, "middle": -width / 2, "end": -width}[shape.anchor]
            if shape.angle:  # set upwards: the text runs along y from its anchor
                bottom = shape.y + start
                assert bottom >= -0.5 and bottom + width <= drawing.height + 0.5, shape
                assert shape.size * 0.8 <= shape.x + 0.5 <= drawing.width + 0.5, shape
                continue
            left = shape.x + start
            assert left >= -0.5 and left + width <= drawing.width + 0.5, shape
            assert 0 <= shape.y <= drawing.height
        elif isinstance(shape, charts.Box):
            assert shape.x >= 0 and shape.x + shape.width <= drawing.width + 0.5


def test_markdown_becomes_paragraphs_and_lists_with_emphasis() -> None:
    blocks = markdown_blocks("Ein **fetter** und *kursiver* Satz.\n\n- eins\n- zwei\n\n1. a\n2. b")
    assert isinstance(blocks[0], Paragraph)
    assert blocks[0].spans == (
        Span("Ein "),
        Span("fetter", bold=True),
        Span(" und "),
        Span("kursiver", italic=True),
        Span(" Satz."),
    )
    assert (
        isinstance(blocks[1], BulletList) and not blocks[1].numbered and len(blocks[1].items) == 2
    )
    assert isinstance(blocks[2], BulletList) and blocks[2].numbered
