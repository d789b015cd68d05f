"""The page layouts of a PDF dossier: the title page, and text pages with running heads.

`DossierDocTemplate` also collects what Platypus reports after each flowable:
headings become TOC entries, named destinations and outline (bookmark) items,
the current chapter feeds the running head, and every flowable is a progress
step (where a cancel request is noticed).

The first typesetting pass only lays out: it finds the pages of headings and
anchors and the page count, and draws nothing (no text, no photos, no page
furniture), since its canvas is thrown away. The passes after it draw, and
Platypus stops at the first one whose layout no longer changes.
"""

from __future__ import annotations

import copy
import weakref
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.export import typography as ty
from desktop.export.cover import LOGO_GAP, LOGO_HEIGHT, logo_height, title_breaks
from desktop.export.emblem import BLUE as EMBLEM_BLUE
from desktop.export.emblem import YELLOW as EMBLEM_YELLOW
from desktop.export.emblem import emblem
from desktop.export.fonts import face_name
from desktop.export.messages import TYPESETTING_PAGE, progress_text
from desktop.export.model import Document, Funding, Span, TitlePage
from desktop.export.pdf.flowables import HeadingParagraph
from desktop.export.pdf.styles import CELL_FONT, colour, markup, style
from desktop.export.progress import Progress

BAND_HEIGHT = 78 * ty.MM


class DossierDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    def __init__(self, path: Path, document: Document, progress: Progress) -> None:
        meta = document.meta
        super().__init__(
            str(path),
            pagesize=(ty.PAGE_WIDTH, ty.PAGE_HEIGHT),
            leftMargin=ty.MARGIN_LEFT,
            rightMargin=ty.MARGIN_RIGHT,
            topMargin=ty.MARGIN_TOP,
            bottomMargin=ty.MARGIN_BOTTOM,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            keywords=list(meta.keywords),
            creator="Field Dossier",
            lang=meta.language,
            displayDocTitle=1,
            # Not Helvetica: every font in the file is embedded, also the canvas default.
            initialFontName=face_name(ty.SANS),
        )
        self.document = document
        self.progress = progress
        self.title_page: TitlePage | None = None
        self.chapter = ""
        self.pages = 0
        # The total page count printed in the footers: the previous pass's count.
        self.printed_total = 0
        self._outline_level = -1
        # Whether this pass draws: not the first, which cannot be the last (see
        # _allSatisfied: its footers printed no page count).
        self.drawing = False
        self._passes = 0
        # Pages of anchors: found in this pass, and known from the last (printed now).
        self.found_pages: dict[str, int] = {}
        self.known_pages: dict[str, int] = {}
        frame = _PlacingFrame(
            self,
            ty.MARGIN_LEFT, ty.MARGIN_BOTTOM, ty.TEXT_WIDTH, ty.TEXT_HEIGHT,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="text",
        )  # fmt: skip
        self.addPageTemplates(
            [
                PageTemplate("title", [frame], onPage=self._draw_title_page),
                PageTemplate("text", [frame], onPageEnd=self._draw_running_head_and_foot),
            ]
        )

    # -- Platypus hooks --------------------------------------------------------------------

    def beforeDocument(self) -> None:  # noqa: N802 - Platypus's hook name
        self._passes += 1
        self.drawing = self._passes > 1
        self.chapter = ""
        # In place: the paragraphs with page references hold this very dict.
        self.known_pages.clear()
        self.known_pages.update(self.found_pages)
        self.found_pages = {}
        self._outline_level = -1
        self.canv.showOutline()  # open the bookmarks panel in viewers

    def afterPage(self) -> None:  # noqa: N802 - Platypus's hook name
        self.pages = self.page

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - Platypus's hook name
        self.progress.step(progress_text(TYPESETTING_PAGE, page=self.page))
        anchor = getattr(flowable, "dossier_anchor", None)
        if anchor:
            self.found_pages.setdefault(anchor, self.page)
        if not isinstance(flowable, HeadingParagraph):
            return
        heading = flowable.heading
        self.found_pages.setdefault(heading.anchor, self.page)
        if heading.level == 1:
            self.chapter = heading.text
        if heading.in_toc or flowable.outline_only:
            level = min(heading.level - 1, self._outline_level + 1)
            self.canv.addOutlineEntry(heading.text, heading.anchor, level, closed=level > 0)
            self._outline_level = level
        if heading.in_toc:
            self.notify("TOCEntry", (heading.level - 1, heading.text, self.page, heading.anchor))

    def _allSatisfied(self) -> Any:  # noqa: N802 - Platypus's name
        """Done when the TOC is stable *and* the footers printed the final page count."""
        consistent = self.printed_total == self.pages and self.known_pages == self.found_pages
        self.printed_total = self.pages
        return super()._allSatisfied() and consistent and self.drawing

    # -- page furniture --------------------------------------------------------------------

    def _draw_running_head_and_foot(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if not self.drawing:
            return
        canvas.saveState()
        left, right = ty.MARGIN_LEFT, ty.PAGE_WIDTH - ty.MARGIN_RIGHT
        head_y = ty.PAGE_HEIGHT - ty.HEADER_BASELINE
        canvas.setFont(face_name(ty.SANS), ty.RUNNING.size)
        canvas.setFillColor(colour(ty.MUTED))
        title_width = ty.TEXT_WIDTH * 0.55
        if self.document.draft_mark:
            # Before the running title, in the warning colour: on every page of a draft.
            mark = self.document.draft_mark
            bold = face_name(ty.SANS, bold=True)
            canvas.setFont(bold, ty.RUNNING.size)
            canvas.setFillColor(colour(ty.WARNING))
            canvas.drawString(left, head_y, mark)
            shift = stringWidth(mark, bold, ty.RUNNING.size) + 4 * ty.MM
            left_title = left + shift
            title_width -= shift
            canvas.setFont(face_name(ty.SANS), ty.RUNNING.size)
            canvas.setFillColor(colour(ty.MUTED))
        else:
            left_title = left
        canvas.drawString(left_title, head_y, _clip(self.document.running_title, title_width))
        if self.chapter:
            canvas.setFont(face_name(ty.SANS, bold=True), ty.RUNNING.size)
            canvas.drawRightString(
                right, head_y, _clip(self.chapter, ty.TEXT_WIDTH * 0.42, bold=True)
            )
        canvas.setStrokeColor(colour(ty.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(left, head_y - 5, right, head_y - 5)
        canvas.line(left, ty.FOOTER_TOP, right, ty.FOOTER_TOP)
        label = self.document.page_label.format(
            page=canvas.getPageNumber(), pages=self.printed_total
        )
        canvas.setFont(face_name(ty.SANS), ty.RUNNING.size)
        canvas.drawRightString(right, ty.FOOTER_TOP - 10, label)
        if self.document.footer_note:
            note = Paragraph(markup((Span(self.document.footer_note),)), _footer_style())
            _, height = note.wrapOn(canvas, ty.TEXT_WIDTH * 0.78, ty.FOOTER_TOP)
            note.drawOn(canvas, left, ty.FOOTER_TOP - 3 - height)
        canvas.restoreState()

    def _draw_title_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        page = self.title_page
        if page is None or not self.drawing:
            return
        canvas.saveState()
        left, width = ty.MARGIN_LEFT, ty.TEXT_WIDTH
        top = ty.PAGE_HEIGHT
        canvas.setFillColor(colour(ty.ACCENT))
        canvas.rect(0, top - BAND_HEIGHT, ty.PAGE_WIDTH, BAND_HEIGHT, stroke=0, fill=1)
        y = top - 24 * ty.MM
        y = _draw(
            canvas, Paragraph(markup((Span(page.organisation),)), _band_style()), left, y, width
        )
        y = _draw(
            canvas,
            Paragraph(markup((Span(page.kicker.upper()),)), style("kicker")),
            left,
            top - BAND_HEIGHT + 22 * ty.MM,
            width,
        )
        y = top - BAND_HEIGHT - 22 * ty.MM
        title = Paragraph(markup((Span(title_breaks(page.title)),)), style("title"))
        y = _draw(canvas, title, left, y, width)
        y = _draw(
            canvas, Paragraph(markup((Span(page.subtitle),)), style("subtitle")), left, y - 8, width
        )
        canvas.setStrokeColor(colour(ty.ACCENT))
        canvas.setLineWidth(1.2)
        canvas.line(left, y - 14, left + 40 * ty.MM, y - 14)
        _draw(canvas, _facts_table(page, width), left, y - 28, width)
        if page.draft:
            self._draw_draft(canvas, page.draft, top - BAND_HEIGHT - 6 * ty.MM)
        self._draw_funding(canvas, page)
        canvas.restoreState()

    def _draw_funding(self, canvas: Canvas, page: TitlePage) -> None:
        """The EU emblem with its label and the fund, the programme's and partners' logos
        in one row at the foot of the cover, the co-financing sentence under them."""
        funding = page.funding
        left, width, bottom = ty.MARGIN_LEFT, ty.TEXT_WIDTH, ty.MARGIN_BOTTOM
        note = Paragraph(markup((Span(funding.notice),)), style("note"))
        _, note_height = note.wrapOn(canvas, width, 40 * ty.MM)
        note.drawOn(canvas, left, bottom)
        row = bottom + note_height + 5 * ty.MM
        x = _draw_emblem(canvas, funding, left, row) if funding.label else left
        logos = [logo for logo in (funding.programme_logo, *funding.partner_logos) if logo]
        height, gap = logo_height(logos, left + width - x), LOGO_GAP
        for logo in reversed(logos):  # from the right margin inwards
            logo_width = height * logo.width_px / logo.height_px
            Image(str(logo.path), logo_width, height).drawOn(
                canvas, left + width - logo_width, row + (LOGO_HEIGHT - height) / 2
            )
            width -= logo_width + gap
        canvas.setStrokeColor(colour(ty.RULE))
        canvas.setLineWidth(0.5)
        top = row + LOGO_HEIGHT + 4 * ty.MM
        canvas.line(left, top, left + ty.TEXT_WIDTH, top)

    def _draw_draft(self, canvas: Canvas, text: str, y: float) -> None:
        """The draft mark on the cover: white on the warning colour, impossible to miss."""
        font = face_name(ty.SANS, bold=True)
        size = 10
        width = stringWidth(text, font, size) + 8 * ty.MM
        canvas.setFillColor(colour(ty.WARNING))
        canvas.rect(ty.MARGIN_LEFT, y - 7 * ty.MM, width, 7 * ty.MM, stroke=0, fill=1)
        canvas.setFillColor(colour("FFFFFF"))
        canvas.setFont(font, size)
        canvas.drawString(ty.MARGIN_LEFT + 4 * ty.MM, y - 4.7 * ty.MM, text)


class _PlacingFrame(Frame):  # type: ignore[misc]  # reportlab is untyped
    """The text frame; in a layout-only pass it places flowables without drawing them.

    Placing (wrap, split, space before and after) is exactly what a drawing pass
    does, so the pages found are the same; only the drawing is left out.
    """

    def __init__(self, doc: DossierDocTemplate, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A weak reference: Platypus deep-copies frames to measure KeepTogether groups,
        # and a weak reference is copied as itself, not with the whole document.
        self._doc = weakref.ref(doc)

    def __deepcopy__(self, memo: dict[int, Any]) -> _PlacingFrame:
        """What copy.deepcopy makes, quicker: Platypus copies the frame to measure every
        KeepTogether group, and its state is numbers, strings and a list or two."""
        twin = object.__new__(type(self))
        twin.__dict__.update(
            (key, value if isinstance(value, _ATOMIC) else copy.deepcopy(value, memo))
            for key, value in vars(self).items()
        )
        return twin

    def _drawing(self) -> bool:
        doc = self._doc()
        return doc is None or doc.drawing

    def _add(self, flowable: Flowable, canv: Canvas, trySplit: int = 0) -> int:  # noqa: N803
        if self._drawing():
            return int(super()._add(flowable, canv, trySplit))
        # Shadows the class's drawOn on this one object, for this one call (through
        # __dict__: charts' Drawing refuses attributes it does not know).
        vars(flowable)["drawOn"] = _place_only
        try:
            return int(super()._add(flowable, canv, trySplit))
        finally:
            del vars(flowable)["drawOn"]

    add = _add


# What deepcopy returns as is (a weak reference too).
_ATOMIC = (int, float, str, bool, type(None), weakref.ref)


def _place_only(*_args: Any, **_kwargs: Any) -> None:
    """drawOn in a layout-only pass."""


FUND_WIDTH = 52 * ty.MM


def _draw_emblem(canvas: Canvas, funding: Funding, x: float, y: float) -> float:
    """The emblem as vectors; beside it the label (bold) and the fund under the label.

    Returns the x after the block. The emblem is as high as the logos, as the
    programme's logo sheets place it.
    """
    shape = emblem(LOGO_HEIGHT)
    canvas.setFillColor(colour(EMBLEM_BLUE))
    canvas.rect(x, y, shape.width, shape.height, stroke=0, fill=1)
    canvas.setFillColor(colour(EMBLEM_YELLOW))
    for star in shape.stars:
        path = canvas.beginPath()
        path.moveTo(x + star[0][0], y + star[0][1])
        for px, py in star[1:]:
            path.lineTo(x + px, y + py)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
    text_x = x + shape.width + 2.5 * ty.MM
    canvas.setFillColor(colour(ty.INK))
    size = 8.0
    line_y = y + shape.height - size
    bold = face_name(ty.SANS, bold=True)
    for line in funding.label:
        canvas.setFont(bold, size)
        canvas.drawString(text_x, line_y, line)
        line_y -= size * 1.2
    block = max(stringWidth(line, bold, size) for line in funding.label)
    if funding.fund:
        fund = Paragraph(markup((Span(funding.fund),)), _fund_style())
        _, height = fund.wrapOn(canvas, FUND_WIDTH, LOGO_HEIGHT)
        fund.drawOn(canvas, text_x, min(line_y + size - 2, y + height) - height)
        block = max(block, FUND_WIDTH)
    return float(text_x + block + LOGO_GAP)


def _draw(canvas: Canvas, flowable: Flowable, x: float, top: float, width: float) -> float:
    """Draw a flowable with its top edge at `top`; returns the y of its bottom edge."""
    _, height = flowable.wrapOn(canvas, width, ty.PAGE_HEIGHT)
    flowable.drawOn(canvas, x, top - height)
    return top - float(height)


def _facts_table(page: TitlePage, width: float) -> Table:
    label, value = style("label"), style("body")
    rows = [
        [Paragraph(markup((Span(k),)), label), Paragraph(markup((Span(v),)), value)]
        for k, v in page.facts
    ]
    table = Table(rows, colWidths=[width * 0.28, width * 0.72])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                CELL_FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def _clip(text: str, width: float, *, bold: bool = False) -> str:
    """Shorten a running-head text with an ellipsis to fit `width`."""
    font = face_name(ty.SANS, bold=bold)
    if stringWidth(text, font, ty.RUNNING.size) <= width:
        return text
    while text and stringWidth(text + "…", font, ty.RUNNING.size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


@cache
def _footer_style() -> ParagraphStyle:
    return ParagraphStyle("footer", parent=style("running"), fontSize=6.5, leading=8)


@cache
def _fund_style() -> ParagraphStyle:
    return ParagraphStyle("fund", parent=style("running"), fontSize=6.5, leading=8)


@cache
def _band_style() -> ParagraphStyle:
    return ParagraphStyle(
        "band", parent=style("running"), fontSize=10, leading=13, textColor=colour("FFFFFF")
    )
