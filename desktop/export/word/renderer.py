"""DocxRenderer: a `Document` as a Word file built with python-docx.

Real Word heading styles (navigation pane, TOC), a TOC field pre-filled with the
headings that Word completes with page numbers when it updates fields on opening,
bookmarks and internal links, a running head with the current chapter (STYLEREF),
"Page n of N" and the funding notice in every footer, charts as pictures, photos
scaled to the text block.

A Word file has no pages until a word processor lays it out, so `render` returns 0
pages (see docs/export.md).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Length, Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from desktop.export import charts
from desktop.export import typography as ty
from desktop.export.model import (
    Block,
    BulletList,
    Callout,
    Chart,
    Document,
    Figure,
    Heading,
    Inline,
    PageBreak,
    Paragraph,
    Photo,
    Rule,
    Span,
    Table,
    TableOfContents,
    TitlePage,
)
from desktop.export.progress import Progress
from desktop.export.word import ooxml
from desktop.export.word.charts import chart_png
from desktop.export.word.lists import NumberedLists
from desktop.export.word.styles import STYLE_NAMES, set_up_styles
from desktop.services.export_messages import TYPESETTING, progress_text

TWIPS_PER_POINT = 20


class DocxRenderer:
    extension = "docx"

    def render(self, document: Document, path: Path, progress: Progress) -> int:
        progress.phase("typeset", len(document.blocks) + 1, progress_text(TYPESETTING))
        writer = _Writer(document)
        for block in document.blocks:
            writer.add(block)
            progress.step()
        writer.finish()
        writer.word.save(str(path))
        return 0


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.word: WordDocument = docx.Document()
        self.body = self.word
        self._page_break_pending = False
        self._headings: list[Heading] = [b for b in document.blocks if isinstance(b, Heading)]
        set_up_styles(self.word, document.meta.language)
        self._style_ids = {style.name: style.style_id for style in self.word.styles}
        self._lists = NumberedLists(self.word)
        self._set_up_page(self.word.sections[0])
        self._set_properties()
        # The template starts with one empty paragraph; our first block replaces it.
        self._blank: WordParagraph | None = (
            self.word.paragraphs[0] if self.word.paragraphs else None
        )

    # -- blocks ----------------------------------------------------------------------------

    def add(self, block: Block) -> None:
        if isinstance(block, PageBreak):
            self._page_break_pending = True
        elif isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            paragraph = self._paragraph(STYLE_NAMES[block.style], block.spans)
            if block.anchor:
                ooxml.bookmark(paragraph, block.anchor)
            if block.keep_with_next:
                paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, BulletList):
            self._list(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Figure):
            self._figure(block)
        elif isinstance(block, Callout):
            self._callout(block)
        elif isinstance(block, Rule):
            ooxml.paragraph_border(self._paragraph("Normal", ()), "bottom", ty.RULE, 4)
        elif isinstance(block, TableOfContents):
            self._toc(block)
        elif isinstance(block, TitlePage):
            self._title_page(block)
        else:
            raise TypeError(f"no Word rendering for {type(block).__name__}")

    def finish(self) -> None:
        settings = self.word.settings.element
        update = OxmlElement("w:updateFields")  # Word offers to update the TOC on opening
        update.set(qn("w:val"), "true")
        ooxml.put(settings, update, ("w:updateFields", *ooxml.SETTINGS_AFTER_UPDATE_FIELDS))
        if self._blank is not None and not self._blank.text:
            self._blank._p.getparent().remove(self._blank._p)

    def _style(self, paragraph: WordParagraph, name: str) -> None:
        """Set a paragraph style by its id: python-docx's lookup by name scans all styles."""
        paragraph._p.style = self._style_ids[name]

    def _new_paragraph(self, style: str) -> WordParagraph:
        paragraph = self.body.add_paragraph()
        self._style(paragraph, style)
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_pending = False
        return paragraph

    def _paragraph(self, style: str, spans: Inline) -> WordParagraph:
        paragraph = self._new_paragraph(style)
        add_spans(paragraph, spans)
        return paragraph

    def _heading(self, block: Heading) -> None:
        paragraph = self._new_paragraph(f"Heading {block.level}")
        paragraph.add_run(block.text)
        ooxml.bookmark(paragraph, block.anchor)
        if not block.in_toc:
            # Keeps the heading style's look but out of the TOC and the navigation pane.
            outline = OxmlElement("w:outlineLvl")
            outline.set(qn("w:val"), "9")
            ooxml.put(paragraph._p.get_or_add_pPr(), outline, ooxml.PPR_ORDER)

    def _list(self, block: BulletList) -> None:
        style = "List Number" if block.numbered else "List Bullet"
        number = self._lists.new_list() if block.numbered else None
        for item in block.items:
            paragraph = self._paragraph(style, item)
            if number is not None:
                self._lists.apply(paragraph, number)

    def _table(self, block: Table) -> None:
        if self._page_break_pending:
            self._new_paragraph("Normal")  # a table cannot carry "page break before"
        header = block.kind == "data"
        rows = len(block.rows) + (1 if header else 0)
        table = self.body.add_table(rows=rows, cols=len(block.columns))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        ooxml.fixed_layout(table)
        ooxml.cell_margins(table, left=70, right=70, top=50, bottom=60)
        widths = [Pt(column.width * ty.TEXT_WIDTH) for column in block.columns]
        hairline = (3, ty.RULE)
        if header:
            ooxml.table_borders(
                table, {"top": (6, ty.ACCENT), "bottom": hairline, "insideH": hairline}
            )
            head = table.rows[0]
            ooxml.repeat_as_header(head)
            for cell, column in zip(head.cells, block.columns, strict=True):
                self._style(cell.paragraphs[0], STYLE_NAMES["table_header"])
                cell.paragraphs[0].add_run(column.title)
                ooxml.shade(cell, ty.TINT)
                ooxml.cell_border(cell, "bottom", 6, ty.ACCENT)
        else:
            ooxml.table_borders(table, {"top": hairline, "bottom": hairline, "insideH": hairline})
        body_rows = table.rows[1:] if header else table.rows
        ooxml.keep_row_together(table.rows)
        for row, content in zip(body_rows, block.rows, strict=True):
            for index, (cell, spans) in enumerate(zip(row.cells, content, strict=True)):
                role = "table_label" if block.kind == "facts" and index == 0 else "table"
                self._style(cell.paragraphs[0], STYLE_NAMES[role])
                add_spans(cell.paragraphs[0], spans)
        set_widths(table, widths)
        self._spacer(6)

    def _figure(self, block: Figure) -> None:
        content = block.content
        paragraph = self._new_paragraph("Normal")
        paragraph.paragraph_format.keep_with_next = True
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        paragraph.paragraph_format.space_before = Pt(6)
        run = paragraph.add_run()
        if isinstance(content, Chart):
            drawing = charts.layout(content, ty.TEXT_WIDTH)
            run.add_picture(io.BytesIO(chart_png(drawing)), width=Pt(drawing.width))
        else:
            width, height = photo_size(content)
            run.add_picture(str(content.path), width=Pt(width), height=Pt(height))
        ooxml.bookmark(paragraph, block.anchor)
        caption = self._new_paragraph(STYLE_NAMES["caption"])
        add_spans(caption, (Span(block.label + "  ", bold=True), Span(block.caption)))

    def _callout(self, block: Callout) -> None:
        if self._page_break_pending:
            self._new_paragraph("Normal")
        accent = ty.WARNING if block.tone == "warning" else ty.ACCENT
        table = self.body.add_table(rows=1, cols=1)
        ooxml.table_borders(table, {"left": (24, accent)})
        ooxml.cell_margins(table, left=200, right=200, top=140, bottom=160)
        set_widths(table, [Pt(ty.TEXT_WIDTH)])
        cell = table.rows[0].cells[0]
        ooxml.shade(cell, ty.TINT)
        title = cell.paragraphs[0]
        self._style(title, STYLE_NAMES["subhead"])
        title.paragraph_format.space_before = Pt(0)
        run = title.add_run(block.title)
        run.font.color.rgb = ooxml.rgb(accent)
        for line in block.body:
            line_paragraph = cell.add_paragraph()
            self._style(line_paragraph, STYLE_NAMES["note"])
            add_spans(line_paragraph, line)
        self._spacer(8)

    def _spacer(self, points: float) -> None:
        """A small empty paragraph after a table (Word joins adjacent tables otherwise)."""
        spacer = self.body.add_paragraph()
        spacer.paragraph_format.line_spacing = Pt(points)
        spacer.paragraph_format.space_after = Pt(0)

    # -- front matter ----------------------------------------------------------------------

    def _title_page(self, page: TitlePage) -> None:
        band = self.body.add_table(rows=1, cols=1)
        ooxml.table_borders(band, {})
        ooxml.cell_margins(band, left=280, right=280, top=500, bottom=500)
        set_widths(band, [Pt(ty.TEXT_WIDTH)])
        cell = band.rows[0].cells[0]
        ooxml.shade(cell, ty.ACCENT)
        organisation = cell.paragraphs[0]
        self._style(organisation, STYLE_NAMES["kicker"])
        run = organisation.add_run(page.organisation)
        run.font.bold = False
        kicker = cell.add_paragraph()
        self._style(kicker, STYLE_NAMES["kicker"])
        kicker.paragraph_format.space_before = Pt(36)
        kicker.add_run(page.kicker.upper())
        title = self._new_paragraph(STYLE_NAMES["title"])
        title.paragraph_format.space_before = Pt(60)
        title.add_run(page.title)
        subtitle = self._new_paragraph(STYLE_NAMES["subtitle"])
        subtitle.paragraph_format.space_after = Pt(28)
        subtitle.add_run(page.subtitle)
        ooxml.paragraph_border(subtitle, "bottom", ty.ACCENT, 12, space=14)
        facts = self.body.add_table(rows=len(page.facts), cols=2)
        ooxml.table_borders(facts, {})
        ooxml.cell_margins(facts, left=0, right=60, top=20, bottom=20)
        set_widths(facts, [Pt(ty.TEXT_WIDTH * 0.28), Pt(ty.TEXT_WIDTH * 0.72)])
        for row, (label, value) in zip(facts.rows, page.facts, strict=True):
            self._style(row.cells[0].paragraphs[0], STYLE_NAMES["label"])
            row.cells[0].paragraphs[0].add_run(label)
            self._style(row.cells[1].paragraphs[0], "Normal")
            row.cells[1].paragraphs[0].add_run(value)
        self._first_page_footer(page)
        self._page_break_pending = True

    def _first_page_footer(self, page: TitlePage) -> None:
        """The title page's footer: the funding notice (and logo) instead of page numbers."""
        footer = self.word.sections[0].first_page_footer
        paragraph = footer.paragraphs[0]
        self._style(paragraph, STYLE_NAMES["note"])
        ooxml.paragraph_border(paragraph, "top", ty.RULE, 4, space=8)
        if page.logo is not None:
            height = 16 * ty.MM
            width = height * page.logo.width_px / page.logo.height_px
            paragraph.add_run().add_picture(str(page.logo.path), width=Pt(width), height=Pt(height))
            paragraph = footer.add_paragraph()
            self._style(paragraph, STYLE_NAMES["note"])
        paragraph.add_run(page.funding_notice)

    def _toc(self, block: TableOfContents) -> None:
        heading = self._new_paragraph(STYLE_NAMES["toc_heading"])
        heading.add_run(block.title)
        entries = [h for h in self._headings if h.in_toc]
        if not entries:
            paragraph = self._new_paragraph("toc 1")
            ooxml.add_field(paragraph, 'TOC \\o "1-3" \\h \\z \\u', block.update_hint)
            return
        for index, entry in enumerate(entries):
            paragraph = self._new_paragraph(f"toc {entry.level}")
            if index == 0:
                ooxml.begin_field(paragraph, 'TOC \\o "1-3" \\h \\z \\u')
            link = ooxml.internal_link(paragraph, entry.anchor)
            link.add_run(entry.text)
            link.add_run("\t")
            # Filled in by Word (and LibreOffice) from the bookmark when fields update.
            page_ref = WordParagraph(paragraph._p, paragraph._parent)
            ooxml.add_field(page_ref, f"PAGEREF {entry.anchor} \\h")
            if index == len(entries) - 1:
                ooxml.end_field(paragraph)

    # -- page set-up -----------------------------------------------------------------------

    def _set_up_page(self, section: Section) -> None:
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Pt(ty.PAGE_WIDTH), Pt(ty.PAGE_HEIGHT)
        section.left_margin, section.right_margin = Pt(ty.MARGIN_LEFT), Pt(ty.MARGIN_RIGHT)
        section.top_margin, section.bottom_margin = Pt(ty.MARGIN_TOP), Pt(ty.MARGIN_BOTTOM)
        section.header_distance = Pt(ty.HEADER_BASELINE - ty.RUNNING.size)
        section.footer_distance = Pt(8 * ty.MM)
        section.different_first_page_header_footer = True
        self._running_head(section)
        self._footer(section)

    def _running_head(self, section: Section) -> None:
        paragraph = section.header.paragraphs[0]
        self._style(paragraph, STYLE_NAMES["running"])
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(ty.TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(self.document.running_title + "\t")
        ooxml.add_field(paragraph, 'STYLEREF "Heading 1"')  # the current chapter
        ooxml.paragraph_border(paragraph, "bottom", ty.RULE, 4, space=4)

    def _footer(self, section: Section) -> None:
        footer = section.footer
        table = footer.add_table(rows=1, cols=2, width=Pt(ty.TEXT_WIDTH))
        ooxml.table_borders(table, {"top": (4, ty.RULE)})
        ooxml.cell_margins(table, left=0, right=0, top=60, bottom=0)
        set_widths(table, [Pt(ty.TEXT_WIDTH * 0.78), Pt(ty.TEXT_WIDTH * 0.22)])
        note, number = table.rows[0].cells
        self._style(note.paragraphs[0], STYLE_NAMES["footer"])
        note.paragraphs[0].add_run(self.document.footer_note)
        label = number.paragraphs[0]
        self._style(label, STYLE_NAMES["running"])
        label.alignment = 2  # right
        for part in re.split(r"(\{page\}|\{pages\})", self.document.page_label):
            if part == "{page}":
                ooxml.add_field(label, "PAGE")
            elif part == "{pages}":
                ooxml.add_field(label, "NUMPAGES")
            elif part:
                label.add_run(part)
        # The footer's own first paragraph would add an empty line under the table.
        empty = footer.paragraphs[0]
        empty.paragraph_format.line_spacing = Pt(1)

    def _set_properties(self) -> None:
        meta = self.document.meta
        properties = self.word.core_properties
        properties.title = meta.title
        properties.subject = meta.subject
        properties.author = meta.author
        properties.last_modified_by = meta.author
        properties.keywords = ", ".join(meta.keywords)
        properties.language = meta.language
        properties.comments = ""
        properties.revision = 1


def add_spans(paragraph: WordParagraph, spans: Inline) -> None:
    """Runs with bold/italic; links become w:hyperlink to a bookmark; \\n a line break."""
    for span in spans:
        target = ooxml.internal_link(paragraph, span.link) if span.link else paragraph
        for index, line in enumerate(span.text.split("\n")):
            if index:
                target.add_run().add_break()
            if not line:
                continue
            run = target.add_run(line)
            run.bold = span.bold or None
            run.italic = span.italic or None
            if span.link:
                run.font.color.rgb = ooxml.rgb(ty.ACCENT)


def set_widths(table: WordTable, widths: Sequence[Length]) -> None:
    """Column widths in the grid (what LibreOffice reads) and in every cell (what Word reads)."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def photo_size(photo: Photo) -> tuple[float, float]:
    """Width and height in points: the text width, or less if too tall."""
    scale = min(ty.TEXT_WIDTH / photo.width_px, ty.MAX_PHOTO_HEIGHT / photo.height_px)
    return photo.width_px * scale, photo.height_px * scale
