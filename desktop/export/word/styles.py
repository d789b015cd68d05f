"""Word styles from the shared typographic scale: built-in names where Word has them.

Headings use Word's own "Heading 1–3" (the navigation pane and the TOC field
depend on them), body text is "Normal", captions "Caption", lists "List Bullet" /
"List Number", TOC entries "toc 1–3"; the dossier's other roles get named styles
("Dossier Meta", ...) so a user can restyle a whole dossier in Word at once.
"""

from __future__ import annotations

from typing import Final

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.opc.oxml import serialize_part_xml
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.styles.style import ParagraphStyle

from desktop.export import typography as ty
from desktop.export.typography import TextStyle
from desktop.export.word.ooxml import PPR_ORDER, put, rgb, set_fonts

# Model/typography role -> Word style name.
STYLE_NAMES: Final = {
    "body": "Normal",
    "lead": "Dossier Lead",
    "subhead": "Dossier Subhead",
    "meta": "Dossier Meta",
    "label": "Dossier Label",
    "note": "Dossier Note",
    "caption": "Caption",
    "table": "Dossier Table",
    "table_header": "Dossier Table Header",
    "table_label": "Dossier Table Label",
    "running": "Dossier Running Head",
    "footer": "Dossier Footer",
    "title": "Title",
    "subtitle": "Subtitle",
    "kicker": "Dossier Kicker",
    "toc_heading": "TOC Heading",
}
_ROLES: Final[dict[str, TextStyle]] = {
    "body": ty.BODY,
    "lead": ty.LEAD,
    "subhead": ty.SUBHEAD,
    "meta": ty.META,
    "label": ty.LABEL,
    "note": ty.NOTE,
    "caption": ty.CAPTION,
    "table": ty.TABLE,
    "table_header": ty.TABLE_HEADER,
    "table_label": TextStyle(ty.SANS, 8, 10.5, bold=True, colour=ty.ACCENT),
    "running": ty.RUNNING,
    "footer": TextStyle(ty.SANS, 6.5, 8, colour=ty.MUTED),
    "title": ty.TITLE,
    "subtitle": ty.SUBTITLE,
    "kicker": ty.KICKER,
    "toc_heading": ty.H1,
}
_KEEP_WITH_NEXT: Final = frozenset({"subhead", "meta", "label"})
# Panose numbers and families help Word pick a similar face where Noto is not installed.
_FONT_TABLE: Final = {
    ty.SERIF: ("02020600060500020200", "roman"),
    ty.SANS: ("020B0502040504020204", "swiss"),
}


def set_up_styles(document: WordDocument, language_tag: str) -> None:
    _defaults(document, language_tag)
    for role, spec in _ROLES.items():
        _apply(
            _paragraph_style(document, STYLE_NAMES[role]),
            spec,
            keep_with_next=role in _KEEP_WITH_NEXT,
        )
    for level, spec in ty.HEADINGS.items():
        style = _paragraph_style(document, f"Heading {level}")
        _apply(style, spec, keep_with_next=True)
        style.paragraph_format.keep_together = True
    for level, spec in ty.TOC_LEVELS.items():
        style = _paragraph_style(document, f"toc {level}", style_id=f"TOC{level}")
        _apply(style, spec)
        style.paragraph_format.left_indent = Pt((level - 1) * ty.TOC_INDENT)
        _right_tab_with_dots(style)
    for name in ("List Bullet", "List Number"):
        style = _paragraph_style(document, name)
        _apply(style, ty.BODY)
        style.paragraph_format.space_after = Pt(2)
    _register_fonts(document)


def _paragraph_style(
    document: WordDocument, name: str, *, style_id: str | None = None
) -> ParagraphStyle:
    styles = document.styles
    try:
        found = styles[name]
    except KeyError:
        found = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        found.base_style = styles["Normal"]
        if style_id:
            found.style_id = style_id
        found.quick_style = True
    assert isinstance(found, ParagraphStyle)
    return found


def _apply(style: ParagraphStyle, spec: TextStyle, *, keep_with_next: bool = False) -> None:
    font = style.font
    set_fonts(style.element, spec.family)
    font.color.rgb = rgb(spec.colour)  # replaces the template's theme colour
    font.size = Pt(spec.size)
    font.bold = spec.bold
    font.italic = spec.italic
    paragraph = style.paragraph_format
    paragraph.space_before = Pt(spec.space_before)
    paragraph.space_after = Pt(spec.space_after)
    paragraph.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.line_spacing = Pt(spec.leading)
    paragraph.widow_control = True
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):  # the template's Title has a rule under it
        ppr.remove(border)
    if keep_with_next:
        paragraph.keep_with_next = True


def _defaults(document: WordDocument, language_tag: str) -> None:
    """Proofing language and default font of the whole document (docDefaults, 17.7.5)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    assert rpr is not None
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), language_tag)
    language.set(qn("w:eastAsia"), language_tag)
    language.set(qn("w:bidi"), "ar-SA")
    rpr.append(language)
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        rpr.remove(fonts)
    fonts = OxmlElement("w:rFonts")
    for attribute in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attribute}"), ty.SERIF)
    rpr.insert(0, fonts)


def _right_tab_with_dots(style: ParagraphStyle) -> None:
    """TOC entries: page numbers at the right margin after a dotted leader."""
    ppr = style.element.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(int(ty.TEXT_WIDTH * 20)))
    tabs.append(tab)
    put(ppr, tabs, PPR_ORDER)


def _register_fonts(document: WordDocument) -> None:
    """Describe the Noto faces in the font table (17.8.3.10) for substitution."""
    part = next(
        (p for p in document.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml"),
        None,
    )
    if part is None:
        return
    root = parse_xml(part.blob)
    for family, (panose, kind) in _FONT_TABLE.items():
        font = OxmlElement("w:font")
        font.set(qn("w:name"), family)
        for tag, value in (
            ("w:panose1", panose),
            ("w:charset", "00"),
            ("w:family", kind),
            ("w:pitch", "variable"),
        ):
            element = OxmlElement(tag)
            element.set(qn("w:val"), value)
            font.append(element)
        root.append(font)
    part._blob = serialize_part_xml(root)
