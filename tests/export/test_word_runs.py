"""Runs written in one piece (word/runs.py) are exactly what python-docx writes run by run."""

from __future__ import annotations

import docx
import pytest

from desktop.export.model import Inline, Span
from desktop.export.word.renderer import add_spans, add_spans_one_by_one

CASES: dict[str, Inline] = {
    "plain": (Span("Ein Satz."),),
    "bold, italic, both": (
        Span("Fett", bold=True),
        Span("kursiv", italic=True),
        Span("beides", bold=True, italic=True),
    ),
    "spaces kept at the edges": (Span(" vorne"), Span("hinten "), Span("\u00a0geschützt")),
    "line breaks, also empty lines": (Span("eins\n\nzwei\n"),),
    "markup characters": (Span("a < b & c > \"d\" 'e'"),),
    "a link to a bookmark": (Span("B12", link="obs_1"), Span(" – "), Span("Text", italic=True)),
    "a link with a break": (Span("zwei\nZeilen", link="h_2", bold=True),),
    "non-Latin text": (Span("Łukasiewicz-Öztürk · ğüşıöç · 😀"),),
    "empty span": (Span(""),),
}


def _xml(spans: Inline, *, one_by_one: bool) -> str:
    paragraph = docx.Document().add_paragraph()
    (add_spans_one_by_one if one_by_one else add_spans)(paragraph, spans)
    return str(paragraph._p.xml)


@pytest.mark.parametrize("spans", CASES.values(), ids=CASES.keys())
def test_runs_in_one_piece_are_the_runs_python_docx_writes(spans: Inline) -> None:
    assert _xml(spans, one_by_one=False) == _xml(spans, one_by_one=True)


def test_a_tab_and_a_page_reference_still_become_their_elements() -> None:
    spans = (Span("a\tb"), Span("", page_of="obs_1"))
    xml = _xml(spans, one_by_one=False)
    assert "<w:tab/>" in xml
    assert "PAGEREF obs_1" in xml
