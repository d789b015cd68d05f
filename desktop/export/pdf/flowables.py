"""Platypus flowables for each block of the document model."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    ListFlowable,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.export import charts
from desktop.export import typography as ty
from desktop.export.fonts import face_name
from desktop.export.model import (
    BulletList,
    Callout,
    Chart,
    Figure,
    Heading,
    Inline,
    Photo,
    Span,
)
from desktop.export.model import (
    Paragraph as ParagraphBlock,
)
from desktop.export.model import (
    Table as TableBlock,
)
from desktop.export.pdf.styles import CELL_FONT, anchor_markup, colour, markup, style

CELL_PADDING = 3.5


class MeasuredParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that breaks its lines once per width.

    Platypus measures a paragraph several times at the same width: to keep it with
    what follows, to size a table row, to place it, and again in every typesetting
    pass. Breaking the lines is most of that work, and its result depends only on the
    text, the style and the width, none of which change between the measurements.
    """

    _measured: tuple[float, Any, float, list[float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        measured = self._measured
        if measured is not None and measured[0] == availWidth:
            self.width, self.blPara, self.height, self._wrapWidths = measured
            return availWidth, measured[2]
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):  # not when there was no room at all
            self._measured = (availWidth, self.blPara, height, self._wrapWidths)
        return width, height


class HeadingParagraph(MeasuredParagraph):
    """A heading that the document template turns into a TOC entry and an outline item."""

    def __init__(self, heading: Heading, *, outline_only: bool = False) -> None:
        text = anchor_markup(heading.anchor) + markup((Span(heading.text),))
        super().__init__(text, style(f"h{heading.level}"))
        self.heading = heading
        # In the outline but not in the TOC (the heading of the TOC itself).
        self.outline_only = outline_only


Pages = dict[str, int]


class PageRefParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that prints page numbers of anchors ("B12, p. 34").

    Its text is set anew each time it is laid out, from the pages the previous pass
    found (`pages`, filled by the document template); Platypus repeats passes until
    they no longer change.
    """

    def __init__(self, spans: Inline, paragraph_style: ParagraphStyle, pages: Pages) -> None:
        super().__init__()
        self.spans = spans
        self.style = paragraph_style
        self.pages = pages
        self.keepWithNext = paragraph_style.keepWithNext
        self._paragraph: Paragraph | None = None
        self._text = ""

    def _fresh(self) -> Paragraph:
        return MeasuredParagraph(markup(self.spans, pages=self.pages), self.style)

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        # The same paragraph (and its measured lines) as long as its pages do not change.
        text = markup(self.spans, pages=self.pages)
        if self._paragraph is None or self._text != text:
            self._paragraph, self._text = MeasuredParagraph(text, self.style), text
        return self._paragraph.wrap(width, height)

    def split(self, width: float, height: float) -> list[Flowable]:
        return self._fresh().split(width, height)  # type: ignore[no-any-return]

    def getSpaceBefore(self) -> float:  # noqa: N802 - Platypus's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - Platypus's name
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        assert self._paragraph is not None, "drawn before laid out"
        self._paragraph.drawOn(self.canv, 0, 0)


def has_page_refs(spans: Inline) -> bool:
    return any(span.page_of for span in spans)


def text(
    spans: Inline, paragraph_style: ParagraphStyle, pages: Pages, anchor: str | None = None
) -> Flowable:
    """A paragraph of spans; one that re-reads its page numbers if it has any."""
    if has_page_refs(spans) and not anchor:
        return PageRefParagraph(spans, paragraph_style, pages)
    return MeasuredParagraph(anchor_markup(anchor) + markup(spans, pages=pages), paragraph_style)


def paragraph(block: ParagraphBlock, pages: Pages) -> Flowable:
    flowable = text(
        block.spans, style(block.style, keep_with_next=block.keep_with_next), pages, block.anchor
    )
    # The document template notes the page of each anchored paragraph for page references.
    flowable.dossier_anchor = block.anchor
    return flowable


def bullet_list(block: BulletList, pages: Pages) -> ListFlowable:
    body = style("body")
    # Plain paragraphs, not ListItems: a ListItem's own style would bring back Helvetica.
    items = [text(item, _tight(body), pages) for item in block.items]
    return ListFlowable(
        items,
        bulletType="1" if block.numbered else "bullet",
        start=None if block.numbered else "•",
        bulletFormat="%s." if block.numbered else None,
        bulletFontName=face_name(ty.SERIF),
        bulletFontSize=body.fontSize,
        bulletColor=colour(ty.ACCENT),
        leftIndent=ty.LIST_INDENT,
        spaceAfter=body.spaceAfter,
    )


def _tight(base: ParagraphStyle) -> ParagraphStyle:
    """The body style with a small gap between list items instead of a paragraph gap."""
    return ParagraphStyle(f"{base.name}-item", parent=base, spaceAfter=2, spaceBefore=0)


def table(block: TableBlock, width: float, pages: Pages) -> Table:
    """Light rules only: a strong line under the header, hairlines between rows."""
    widths = [column.width * width for column in block.columns]
    cell, header = style("table"), style("table_header")
    rows: list[list[Flowable]] = []
    if block.kind == "data":
        rows.append(
            [
                MeasuredParagraph(markup((Span(c.title),)), _aligned(header, c.align))
                for c in block.columns
            ]
        )
    for row in block.rows:
        cells = []
        for index, (content, column) in enumerate(zip(row, block.columns, strict=True)):
            cell_style = cell
            if block.kind == "facts" and index == 0:
                cell_style = style("label")
            cells.append(text(content, _aligned(_flat(cell_style), column.align), pages))
        rows.append(cells)
    result = Table(rows, colWidths=widths, repeatRows=1 if block.kind == "data" else 0)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        CELL_FONT,
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PADDING + 0.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, colour(ty.RULE)),
    ]
    if block.kind == "data":
        commands += [
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colour(ty.ACCENT)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(ty.ACCENT)),
            ("BACKGROUND", (0, 0), (-1, 0), colour(ty.TINT)),
        ]
    else:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.35, colour(ty.RULE)))
    result.setStyle(TableStyle(commands))
    result.spaceBefore = 4
    result.spaceAfter = 10
    return result


_FLAT: dict[str, ParagraphStyle] = {}


def _flat(base: ParagraphStyle) -> ParagraphStyle:
    """A cell style without paragraph spacing or keep-with-next (cells size themselves)."""
    if base.name not in _FLAT:
        _FLAT[base.name] = ParagraphStyle(
            f"{base.name}-cell", parent=base, spaceBefore=0, spaceAfter=0, keepWithNext=0
        )
    return _FLAT[base.name]


def _aligned(base: ParagraphStyle, align: str) -> ParagraphStyle:
    if align != "right":
        return base
    key = f"{base.name}-right"
    if key not in _FLAT:
        _FLAT[key] = ParagraphStyle(key, parent=base, alignment=TA_RIGHT)
    return _FLAT[key]


def figure(block: Figure, width: float) -> KeepTogether:
    """The image or chart with its caption below, never split across pages."""
    content = block.content
    picture: Flowable = (
        chart(content, width) if isinstance(content, Chart) else photo(content, width)
    )
    caption = MeasuredParagraph(
        markup((Span(block.label + "  ", bold=True), *block.caption)),
        style("caption"),
    )
    anchor = MeasuredParagraph(anchor_markup(block.anchor), style("caption"))
    anchor.spaceBefore = anchor.spaceAfter = 0
    return KeepTogether([anchor, picture, caption])


def photo(source: Photo, width: float) -> Image:
    """Scaled to the text width, or less if it would be taller than the height limit."""
    scale = min(width / source.width_px, ty.MAX_PHOTO_HEIGHT / source.height_px)
    image = Image(str(source.path), source.width_px * scale, source.height_px * scale)
    image.hAlign = "LEFT"
    image.spaceBefore = 6
    return image


def chart(source: Chart, width: float) -> Drawing:
    """The chart as PDF vector graphics (rectangles, lines and text)."""
    laid_out = charts.layout(source, width)
    drawing = Drawing(laid_out.width, laid_out.height)
    # The renderer's starting font; Helvetica otherwise, which is never embedded.
    drawing.initialFontName = face_name(ty.SANS)
    for shape in laid_out.shapes:
        if isinstance(shape, charts.Box):
            drawing.add(
                Rect(
                    shape.x,
                    shape.y,
                    shape.width,
                    shape.height,
                    fillColor=colour(shape.fill),
                    strokeColor=None,
                )
            )
        elif isinstance(shape, charts.Line):
            drawing.add(
                Line(
                    shape.x1,
                    shape.y1,
                    shape.x2,
                    shape.y2,
                    strokeColor=colour(shape.colour),
                    strokeWidth=shape.width,
                )
            )
        else:
            string = String(
                0 if shape.angle else shape.x,
                0 if shape.angle else shape.y,
                shape.text,
                fontName=face_name(ty.SANS, bold=shape.bold),
                fontSize=shape.size,
                fillColor=colour(shape.colour),
                textAnchor=shape.anchor,
            )
            if shape.angle:
                # Rotated about its anchor point: a quarter turn anticlockwise.
                drawing.add(Group(string, transform=(0, 1, -1, 0, shape.x, shape.y)))
            else:
                drawing.add(string)
    drawing.hAlign = "LEFT"
    return drawing


def callout(block: Callout, width: float) -> Table:
    """A tinted box with a coloured bar on the left."""
    accent = ty.WARNING if block.tone == "warning" else ty.ACCENT
    title_style = ParagraphStyle(
        "callout-title", parent=_flat(style("subhead")), textColor=colour(accent)
    )
    title = MeasuredParagraph(markup((Span(block.title),)), title_style)
    body = [MeasuredParagraph(markup(line), _flat(style("note"))) for line in block.body]
    box = Table([[[title, *body]]], colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), colour(ty.TINT)),
                CELL_FONT,
                ("LINEBEFORE", (0, 0), (0, -1), 3, colour(accent)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    box.spaceBefore = 4
    box.spaceAfter = 12
    return box


def rule() -> HRFlowable:
    return HRFlowable(
        width="100%", thickness=0.4, color=colour(ty.RULE), spaceBefore=6, spaceAfter=6
    )
