"""WordprocessingML that python-docx has no API for: fields, bookmarks, links, borders.

Small functions that add elements to python-docx objects; each names the part of
ECMA-376 it writes, so the XML can be checked against the standard.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shape import InlineShape
from docx.shared import RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

_bookmark_ids = itertools.count(1)

# Child order of the elements this module adds to (ECMA-376 Part 1, 17.3.1.26, 17.4.60,
# 17.4.70, 17.15.1.78): Word refuses files whose children are out of schema order.
PPR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs",
    "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct",
    "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
TBLPR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
    "w:tblDescription", "w:tblPrChange",
)  # fmt: skip
TCPR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
SETTINGS_AFTER_UPDATE_FIELDS = (
    "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
    "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary",
    "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


def put(parent: Any, child: Any, order: tuple[str, ...]) -> Any:
    """Insert `child` where the schema wants it, replacing one of the same tag; returns it."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    tag = _prefixed(child.tag)
    successors = order[order.index(tag) + 1 :] if tag in order else ()
    for found in parent:
        if isinstance(found.tag, str) and _prefixed(found.tag) in successors:
            found.addprevious(child)
            return child
    parent.append(child)
    return child


_W_NAMESPACE = qn("w:p")[1:].partition("}")[0]


def _prefixed(tag: str) -> str:
    """'{http://…/wordprocessingml/2006/main}pBdr' -> 'w:pBdr' ('?:' for other namespaces)."""
    namespace, _, local = tag[1:].partition("}")
    return f"{'w' if namespace == _W_NAMESPACE else '?'}:{local}"


def set_fonts(rpr_owner: object, family: str) -> None:
    """Font of all four scripts in an rPr; drops theme fonts, which would win otherwise."""
    rpr = rpr_owner.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attribute}"), None)
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attribute}"), family)


def add_field(
    paragraph: Paragraph, instruction: str, result: str = "", *, style: str | None = None
) -> None:
    """A complex field (17.16.18): begin, instruction, separate, cached result, end."""
    _field_char(paragraph.add_run(), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    _field_char(paragraph.add_run(), "separate")
    paragraph.add_run(result, style)
    _field_char(paragraph.add_run(), "end")


def begin_field(paragraph: Paragraph, instruction: str) -> None:
    """The first half of a field whose result spans paragraphs (the TOC)."""
    _field_char(paragraph.add_run(), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    _field_char(paragraph.add_run(), "separate")


def end_field(paragraph: Paragraph) -> None:
    _field_char(paragraph.add_run(), "end")


def _field_char(run: Run, kind: str) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if kind == "begin":
        char.set(qn("w:dirty"), "true")  # Word recalculates it on the next update
    run._r.append(char)


def bookmark(paragraph: Paragraph, name: str) -> None:
    """A bookmark (17.13.6.2) around the whole paragraph: a target for links and PAGEREF."""
    identifier = str(next(_bookmark_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), identifier)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), identifier)
    element = paragraph._p
    ppr = element.find(qn("w:pPr"))
    element.insert(element.index(ppr) + 1 if ppr is not None else 0, start)
    element.append(end)


def internal_link(paragraph: Paragraph, anchor: str) -> Paragraph:
    """A hyperlink (17.16.22) to a bookmark; returns a paragraph-like holder for runs."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return _LinkRuns(link, paragraph)  # type: ignore[return-value]


class _LinkRuns:
    """Lets the renderer add runs inside a w:hyperlink as if it were a paragraph."""

    def __init__(self, link: object, paragraph: Paragraph) -> None:
        self._link = link
        self._paragraph = paragraph

    def add_run(self, text: str = "", style: str | None = None) -> Run:
        run = self._paragraph.add_run(text, style)
        self._link.append(run._r)  # type: ignore[attr-defined]  # moves it into the link
        return run


def paragraph_border(
    paragraph: Paragraph, side: str, hex_colour: str, eighths: int, space: int = 4
) -> None:
    """A rule above or below a paragraph (17.3.1.24); width in eighths of a point."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = put(ppr, OxmlElement("w:pBdr"), PPR_ORDER)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))
    line.set(qn("w:space"), str(space))
    line.set(qn("w:color"), hex_colour)
    borders.append(line)


def table_borders(table: Table, borders: dict[str, tuple[int, str]]) -> None:
    """Table borders (17.4.39) by side: {"top": (eighths, colour), "insideH": ...}; rest none."""
    tblpr = table._tbl.tblPr
    element = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        if side in borders:
            eighths, colour = borders[side]
            line.set(qn("w:val"), "single")
            line.set(qn("w:sz"), str(eighths))
            line.set(qn("w:color"), colour)
        else:
            line.set(qn("w:val"), "nil")
        line.set(qn("w:space"), "0")
        element.append(line)
    put(tblpr, element, TBLPR_ORDER)


def cell_border(cell: _Cell, side: str, eighths: int, hex_colour: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    borders = tcpr.find(qn("w:tcBorders"))
    if borders is None:
        borders = put(tcpr, OxmlElement("w:tcBorders"), TCPR_ORDER)
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(eighths))
    line.set(qn("w:space"), "0")
    line.set(qn("w:color"), hex_colour)
    borders.append(line)


def shade(cell: _Cell, hex_colour: str) -> None:
    """Cell background (17.4.33)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour)
    put(cell._tc.get_or_add_tcPr(), shading, TCPR_ORDER)


def cell_margins(table: Table, *, left: int, right: int, top: int, bottom: int) -> None:
    """Default cell margins in twentieths of a point (17.4.42)."""
    margins = OxmlElement("w:tblCellMar")
    for side, value in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:w"), str(value))
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    put(table._tbl.tblPr, margins, TBLPR_ORDER)


def fixed_layout(table: Table) -> None:
    """Column widths as given, not auto-fitted to the content (17.4.53)."""
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    put(table._tbl.tblPr, layout, TBLPR_ORDER)


def repeat_as_header(row: _Row) -> None:
    """Repeat this row at the top of every page the table continues on (17.4.49)."""
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def keep_row_together(rows: Iterable[_Row]) -> None:
    """Never split a row across pages (17.4.6)."""
    for row in rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour)


def alt_text(picture: InlineShape, text: str) -> None:
    """The description screen readers announce (Word: "Alt Text"), and a neutral name."""
    inline: Any = picture._inline
    inline.docPr.set("descr", text)
    # python-docx names the picture after its file; ours says nothing ("Picture 3").
    inline.graphic.graphicData.pic.nvPicPr.cNvPr.set("name", inline.docPr.get("name"))


def table_indent(table: Table, twips: int) -> None:
    """Shift a table right by its cell padding, so its edge is on the margin (17.4.51)."""
    indent = OxmlElement("w:tblInd")
    indent.set(qn("w:w"), str(twips))
    indent.set(qn("w:type"), "dxa")
    put(table._tbl.tblPr, indent, TBLPR_ORDER)


def paragraph_shade(paragraph: Paragraph, hex_colour: str) -> None:
    """A paragraph's background (17.3.1.31)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_colour)
    put(paragraph._p.get_or_add_pPr(), shading, PPR_ORDER)


def table_description(table: Table, text: str) -> None:
    """What the table shows, for screen readers: Word's "Alt Text" of a table (17.4.63)."""
    description = OxmlElement("w:tblDescription")
    description.set(qn("w:val"), text)
    put(table._tbl.tblPr, description, TBLPR_ORDER)
