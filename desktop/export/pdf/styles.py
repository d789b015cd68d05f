"""reportlab paragraph styles from the shared typographic scale, and span markup."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from desktop.export import typography as ty
from desktop.export.fonts import face_name, register_pdf_fonts
from desktop.export.model import Inline

_BY_NAME = {
    "body": ty.BODY,
    "lead": ty.LEAD,
    "subhead": ty.SUBHEAD,
    "meta": ty.META,
    "label": ty.LABEL,
    "note": ty.NOTE,
    "caption": ty.CAPTION,
    "table": ty.TABLE,
    "table_header": ty.TABLE_HEADER,
    "h1": ty.H1,
    "h2": ty.H2,
    "h3": ty.H3,
    "toc1": ty.TOC_1,
    "toc2": ty.TOC_2,
    "toc3": ty.TOC_3,
    "running": ty.RUNNING,
    "title": ty.TITLE,
    "subtitle": ty.SUBTITLE,
    "kicker": ty.KICKER,
}
# Structure that must stay with what follows it on the same page.
_KEEP_WITH_NEXT = frozenset({"h1", "h2", "h3", "subhead", "meta", "label"})


# Table cells hold paragraphs, but reportlab still sets each cell's own font (Helvetica
# by default) on the canvas, which would put an unembedded font into the PDF.
CELL_FONT: Final = ("FONTNAME", (0, 0), (-1, -1), face_name(ty.SANS))


def colour(hex_colour: str) -> Color:
    return HexColor("#" + hex_colour)


@cache
def style(name: str, *, keep_with_next: bool = False) -> ParagraphStyle:
    """The reportlab style for a typographic role ("body", "h2", "caption", ...)."""
    register_pdf_fonts()
    spec = _BY_NAME[name]
    return ParagraphStyle(
        f"{name}{'-keep' if keep_with_next else ''}",
        fontName=face_name(spec.family, bold=spec.bold, italic=spec.italic),
        fontSize=spec.size,
        leading=spec.leading,
        textColor=colour(spec.colour),
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        alignment=TA_LEFT,
        keepWithNext=int(keep_with_next or name in _KEEP_WITH_NEXT),
        # Neither a single first line at a page's foot nor a single last line at its top.
        allowOrphans=0,
        allowWidows=0,
        splitLongWords=1,
        bulletFontName=face_name(spec.family),
    )


# Printed for a page reference until the page is known (the first typesetting pass):
# two digits' width, so the line breaks hardly move when the number arrives.
UNKNOWN_PAGE: Final = "00"


def markup(
    spans: Inline, *, link_colour: str = ty.ACCENT, pages: Mapping[str, int] | None = None
) -> str:
    """reportlab paragraph markup for spans: escaped text, <b>, <i>, links, line breaks.

    A page reference (`Span.page_of`) prints the page from `pages` (the previous pass).
    """
    parts = []
    for span in spans:
        if span.page_of is not None:
            found = (pages or {}).get(span.page_of)
            text = str(found) if found is not None else UNKNOWN_PAGE
        else:
            text = span.text
        text = escape(text).replace("\n", "<br/>")
        if span.bold:
            text = f"<b>{text}</b>"
        if span.italic:
            text = f"<i>{text}</i>"
        if span.link:
            text = f'<a href="#{span.link}" color="#{link_colour}">{text}</a>'
        parts.append(text)
    return "".join(parts)


def anchor_markup(anchor: str | None) -> str:
    """A named destination at the start of a paragraph, for links and the outline."""
    return f'<a name="{anchor}"/>' if anchor else ""
