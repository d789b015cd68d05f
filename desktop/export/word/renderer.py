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
from docx.enum.text import WD_LINE_SPACING, WD_PARAGRAPH_ALIGNMENT, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section, _Header
from docx.shared import Length, Pt
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph as WordParagraph

from desktop.export import charts
from desktop.export import typography as ty
from desktop.export.breaks import opens_page
from desktop.export.cover import LOGO_HEIGHT, logo_height, title_breaks
from desktop.export.emblem import emblem_png
from desktop.export.messages import TYPESETTING, progress_text
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
    inline_text,
)
from desktop.export.progress import Progress
from desktop.export.word import ooxml
from desktop.export.word.charts import chart_png
from desktop.export.word.embedding import embed_fonts
from desktop.export.word.lists import NumberedLists
from desktop.export.word.runs import paragraph_element, parsed, runs_xml, style_xml
from desktop.export.word.styles import STYLE_NAMES, set_up_styles
from desktop.services.markup import shorten

TWIPS_PER_POINT = 20
# A page reference's text until a word processor computes it.
UNKNOWN_PAGE = "?"
BAND_PADDING = 280  # twips: the cover band's inner margin
CORE_PROPERTY_LENGTH = 255


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
        self._sections = 0
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
            # A short chapter follows on (its heading keeps with its text), a long one
            # opens a page: Word cannot know how much of the page is left.
            self._page_break_pending = opens_page(block)
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
        embed_fonts(self.word, self._texts())

    def _texts(self) -> list[str]:
        """Every text of the file (body, headers, footers): the characters to embed."""
        parts = [self.word.element.body]
        for section in self.word.sections:
            for part in (section.header, section.footer, section.first_page_footer):
                parts.append(part._element)
        # XPath's string(): all the texts joined in C, without a Python object for each
        # element (python-docx gives every element one).
        return [str(element.xpath("string()")) for element in parts]

    def _style(self, paragraph: WordParagraph, name: str) -> None:
        """Set a paragraph style by its id: python-docx's lookup by name scans all styles."""
        paragraph._p.style = self._style_ids[name]

    def _new_paragraph(self, style: str) -> WordParagraph:
        paragraph = self._body_paragraph(style_xml(self._style_ids[style]))
        if self._page_break_pending:
            paragraph.paragraph_format.page_break_before = True
            self._page_break_pending = False
        return paragraph

    def _paragraph(self, style: str, spans: Inline) -> WordParagraph:
        runs = runs_xml(spans, ty.ACCENT)
        if runs is None or self._page_break_pending:
            paragraph = self._new_paragraph(style)
            add_spans(paragraph, spans)
            return paragraph
        # The common case in one step: the style and the runs parsed together.
        return self._body_paragraph(style_xml(self._style_ids[style]) + runs)

    def _body_paragraph(self, content: str) -> WordParagraph:
        """A new paragraph at the end of the body (what body.add_paragraph() makes).

        Put straight before the body's closing section properties: python-docx looks
        for them from the first child on, for every paragraph, which grows with the body.
        """
        body = self.word.element.body
        p = paragraph_element(content)
        # body[-1] looks from the end (len(body) would count every paragraph so far).
        try:
            last = body[-1]
        except IndexError:
            last = None
        if last is not None and last.tag == qn("w:sectPr"):
            last.addprevious(p)
        else:
            body.append(p)
        return WordParagraph(p, self.word._body)

    def _heading(self, block: Heading) -> None:
        if block.level == 1:
            self._chapter_section(block.text)
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
        if block.summary:
            ooxml.table_description(table, block.summary)
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
                if column.align == "right":
                    cell.paragraphs[0].alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
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
                if block.columns[index].align == "right":
                    cell.paragraphs[0].alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
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
            picture = run.add_picture(io.BytesIO(chart_png(drawing)), width=Pt(drawing.width))
        else:
            width, height = photo_size(content)
            picture = run.add_picture(_image(content), width=Pt(width), height=Pt(height))
        ooxml.alt_text(picture, alt_text(block))
        ooxml.bookmark(paragraph, block.anchor)
        caption = self._new_paragraph(STYLE_NAMES["caption"])
        add_spans(caption, (Span(block.label + "  ", bold=True), *block.caption))

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
        spacer = self._body_paragraph("")
        spacer.paragraph_format.line_spacing = Pt(points)
        spacer.paragraph_format.space_after = Pt(0)

    # -- front matter ----------------------------------------------------------------------

    def _title_page(self, page: TitlePage) -> None:
        band = self.body.add_table(rows=1, cols=1)
        ooxml.table_borders(band, {})
        ooxml.cell_margins(band, left=BAND_PADDING, right=BAND_PADDING, top=500, bottom=500)
        # The band's edges on the margins, not the cell padding's width outside them.
        ooxml.table_indent(band, BAND_PADDING)
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
        if page.draft:
            self._draft_mark(page.draft)
        title = self._new_paragraph(STYLE_NAMES["title"])
        title.paragraph_format.space_before = Pt(36 if page.draft else 60)
        title.add_run(title_breaks(page.title))
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

    def _draft_mark(self, text: str) -> None:
        paragraph = self._new_paragraph(STYLE_NAMES["kicker"])
        paragraph.paragraph_format.space_before = Pt(14)
        ooxml.paragraph_shade(paragraph, ty.WARNING)
        paragraph.add_run(f" {text} ")

    def _first_page_footer(self, page: TitlePage) -> None:
        """The cover's foot: EU emblem with label and fund, the programme's and partners'
        logos, and the co-financing sentence (instead of page numbers)."""
        funding = page.funding
        footer = self.word.sections[0].first_page_footer
        row = footer.add_table(rows=1, cols=2, width=Pt(ty.TEXT_WIDTH))
        ooxml.table_borders(row, {"top": (4, ty.RULE)})
        ooxml.cell_margins(row, left=0, right=0, top=120, bottom=80)
        set_widths(row, [Pt(ty.TEXT_WIDTH * 0.5), Pt(ty.TEXT_WIDTH * 0.5)])
        mark, logos = row.rows[0].cells
        if funding.label:
            emblem_height = LOGO_HEIGHT
            paragraph = mark.paragraphs[0]
            self._style(paragraph, STYLE_NAMES["footer"])
            # The style's exact leading would cut the picture to one line's height.
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            picture = paragraph.add_run().add_picture(
                io.BytesIO(emblem_png(emblem_height)),
                width=Pt(emblem_height * 1.5),
                height=Pt(emblem_height),
            )
            ooxml.alt_text(picture, " / ".join(funding.label))
            label = mark.add_paragraph()
            self._style(label, STYLE_NAMES["footer"])
            for index, line in enumerate(funding.label):
                run = label.add_run(line)
                run.bold = True
                run.font.size = Pt(8)
                run.font.color.rgb = ooxml.rgb(ty.INK)
                if index < len(funding.label) - 1:
                    run.add_break()
            if funding.fund:
                fund = mark.add_paragraph()
                self._style(fund, STYLE_NAMES["footer"])
                fund.add_run(funding.fund)
        pictures = [logo for logo in (funding.programme_logo, *funding.partner_logos) if logo]
        height = logo_height(pictures, ty.TEXT_WIDTH * 0.45)  # room for the spaces
        holder = logos.paragraphs[0]
        holder.alignment = 2  # right
        holder.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        for index, logo in enumerate(pictures):
            width = height * logo.width_px / logo.height_px
            if index:
                holder.add_run("  ")
            picture = holder.add_run().add_picture(_image(logo), width=Pt(width), height=Pt(height))
            ooxml.alt_text(picture, "Logo")
        paragraph = footer.paragraphs[0]
        self._style(paragraph, STYLE_NAMES["note"])
        paragraph.add_run(funding.notice)
        # The notice under the row of marks: move its paragraph after the table.
        row._tbl.addnext(paragraph._p)

    def _toc(self, block: TableOfContents) -> None:
        """The contents as written entries, each a link with a PAGEREF to its heading.

        Not a TOC field: a word processor shows a TOC field's cached text as it was
        saved, and LibreOffice never fills in the page numbers inside one, while it
        computes a free PAGEREF when it lays the file out (Word when it updates the
        fields on opening). So the entries show everywhere, and their pages too.
        """
        self._chapter_section(block.title)
        heading = self._new_paragraph(STYLE_NAMES["toc_heading"])
        heading.add_run(block.title)
        for entry in (h for h in self._headings if h.in_toc):
            paragraph = self._new_paragraph(f"toc {entry.level}")
            link = ooxml.internal_link(paragraph, entry.anchor)
            link.add_run(entry.text)
            link.add_run("\t")
            ooxml.add_field(paragraph, f"PAGEREF {entry.anchor} \\h", UNKNOWN_PAGE)

    def _chapter_section(self, chapter: str) -> None:
        """A new (continuous) section whose running head names the chapter.

        Word's STYLEREF field would do it in one header, but LibreOffice leaves it
        empty; a header per chapter shows the chapter in every word processor. The
        new header applies from the next page on, as a running head should.
        """
        if self._sections == 0:
            self._sections = 1
            self._write_running_head(self.word.sections[0].header, chapter)
            return
        self._sections += 1
        # After a page break the section opens the page (a new page style in LibreOffice).
        new_page = self._page_break_pending
        self._page_break_pending = False
        section = self.word.add_section(WD_SECTION.NEW_PAGE if new_page else WD_SECTION.CONTINUOUS)
        # python-docx ends the previous section with an empty paragraph: make it tiny.
        ending = self.word.paragraphs[-1]
        ending.paragraph_format.line_spacing = Pt(1)
        ending.paragraph_format.space_after = Pt(0)
        section.different_first_page_header_footer = False
        section.header.is_linked_to_previous = False
        self._write_running_head(section.header, chapter)

    # -- page set-up -----------------------------------------------------------------------

    def _set_up_page(self, section: Section) -> None:
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Pt(ty.PAGE_WIDTH), Pt(ty.PAGE_HEIGHT)
        section.left_margin, section.right_margin = Pt(ty.MARGIN_LEFT), Pt(ty.MARGIN_RIGHT)
        section.top_margin, section.bottom_margin = Pt(ty.MARGIN_TOP), Pt(ty.MARGIN_BOTTOM)
        section.header_distance = Pt(ty.HEADER_BASELINE - ty.RUNNING.size)
        section.footer_distance = Pt(8 * ty.MM)
        section.different_first_page_header_footer = True
        self._footer(section)

    def _write_running_head(self, header: _Header, chapter: str) -> None:
        paragraph = header.paragraphs[0]
        self._style(paragraph, STYLE_NAMES["running"])
        paragraph.paragraph_format.tab_stops.add_tab_stop(Pt(ty.TEXT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
        if self.document.draft_mark:
            mark = paragraph.add_run(self.document.draft_mark + "   ")
            mark.bold = True
            mark.font.color.rgb = ooxml.rgb(ty.WARNING)
        paragraph.add_run(self.document.running_title + "\t")
        paragraph.add_run(chapter).bold = True
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
        # Word's core properties hold 255 characters (a title may be an activity's 300).
        properties.title = shorten(meta.title, CORE_PROPERTY_LENGTH)
        properties.subject = shorten(meta.subject, CORE_PROPERTY_LENGTH)
        properties.author = shorten(meta.author, CORE_PROPERTY_LENGTH)
        properties.last_modified_by = properties.author
        properties.keywords = shorten(", ".join(meta.keywords), CORE_PROPERTY_LENGTH)
        properties.language = meta.language
        properties.comments = ""
        properties.revision = 1


def add_spans(paragraph: WordParagraph, spans: Inline) -> None:
    """Runs with bold/italic; links become w:hyperlink to a bookmark; \\n a line break."""
    runs = runs_xml(spans, ty.ACCENT)
    if runs is not None:
        paragraph._p.extend(parsed(runs))
    else:
        add_spans_one_by_one(paragraph, spans)


def add_spans_one_by_one(paragraph: WordParagraph, spans: Inline) -> None:
    """add_spans through python-docx's API, run by run: for what runs_xml cannot write."""
    for span in spans:
        if span.page_of is not None:
            # Word (on opening) and LibreOffice (when laying out) fill in the page.
            ooxml.add_field(paragraph, f"PAGEREF {span.page_of} \\h", UNKNOWN_PAGE)
            continue
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


def alt_text(figure: Figure) -> str:
    """What a screen reader says for a picture: its caption, and a chart's figures.

    The texts are the document model's, so as redacted as everything else.
    """
    text = f"{figure.label}: {inline_text(figure.caption)}"
    if isinstance(figure.content, Chart):
        bars = "; ".join(f"{bar.label}: {bar.value}" for bar in figure.content.bars)
        axis = figure.content.axis_label
        text += f". {axis} – {bars}." if axis else f". {bars}."
    return text


def set_widths(table: WordTable, widths: Sequence[Length]) -> None:
    """Column widths in the grid (what LibreOffice reads) and in every cell (what Word reads)."""
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _image(photo: Photo) -> io.BytesIO:
    """The photo's bytes without its file name: Word stores no name of ours ("image.jpg")."""
    return io.BytesIO(photo.path.read_bytes())


def photo_size(photo: Photo) -> tuple[float, float]:
    """Width and height in points: the text width, or less if too tall."""
    scale = min(ty.TEXT_WIDTH / photo.width_px, ty.MAX_PHOTO_HEIGHT / photo.height_px)
    return photo.width_px * scale, photo.height_px * scale
