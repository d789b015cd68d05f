"""PdfRenderer: a `Document` typeset with reportlab Platypus.

Embedded Noto fonts, a clickable table of contents, PDF bookmarks for every
chapter and section, named destinations for cross-references, document metadata
(title, author, subject, keywords, language), running heads and "Page n of N".
"""

from __future__ import annotations

from pathlib import Path

from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    PageBreakIfNotEmpty,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents as PlatypusToc

from desktop.export import typography as ty
from desktop.export.messages import TYPESETTING, progress_text
from desktop.export.model import (
    Block,
    BulletList,
    Callout,
    Document,
    Figure,
    Heading,
    Paragraph,
    Rule,
    Table,
    TableOfContents,
    TitlePage,
)
from desktop.export.model import PageBreak as PageBreakBlock
from desktop.export.pdf import flowables
from desktop.export.pdf.pages import DossierDocTemplate
from desktop.export.pdf.styles import CELL_FONT, style
from desktop.export.progress import Progress

# Binary streams, not ASCII85 text: ASCII85 (for 7-bit mail of the 1990s) makes every
# photo, font and page a quarter larger, and reportlab's pure-Python encoder spent
# more time on a dossier's fifty photos than on typesetting its text. Viewers read
# both alike; the process only uses reportlab for dossiers.
rl_config.useA85 = 0

# Platypus typesets the story until the TOC and page count are stable: usually 2 passes
# (a layout-only one, then one that draws and confirms), as the TOC starts filled.
EXPECTED_PASSES = 2


class PdfRenderer:
    extension = "pdf"

    def render(self, document: Document, path: Path, progress: Progress) -> int:
        """Write the PDF to `path`; returns its number of pages."""
        template = DossierDocTemplate(path, document, progress)
        story = self._story(document, template)
        progress.phase("typeset", len(story) * EXPECTED_PASSES, progress_text(TYPESETTING))
        template.multiBuild(story)
        return template.pages

    def _story(self, document: Document, template: DossierDocTemplate) -> list[Flowable]:
        story: list[Flowable] = []
        for block in document.blocks:
            if isinstance(block, TitlePage):
                template.title_page = block
                story += [NextPageTemplate("text"), PageBreak()]
            else:
                story += _flowables(block, template.known_pages)
        if template.title_page is None:
            story.insert(0, NextPageTemplate("text"))
        _prefill_tocs(story, document)
        return story


def _prefill_tocs(story: list[Flowable], document: Document) -> None:
    """Give each TOC its entries before the first pass, with pages still unknown.

    The entries' texts decide the TOC's size (Platypus draws the page numbers
    after laying it out), so the first pass already lays out the pages after it
    as the last will; an empty TOC would cost a whole extra pass to find them.
    The entries are the ones the document template reports (see afterFlowable).
    """
    headings = [b for b in document.blocks if isinstance(b, Heading) and b.in_toc]
    for flowable in story:
        if isinstance(flowable, PlatypusToc):
            for heading in headings:
                flowable.addEntry(heading.level - 1, heading.text, 0, heading.anchor)


def _flowables(block: Block, pages: flowables.Pages) -> list[Flowable]:
    width = ty.TEXT_WIDTH
    if isinstance(block, Heading):
        return [flowables.HeadingParagraph(block)]
    if isinstance(block, Paragraph):
        return [flowables.paragraph(block, pages)]
    if isinstance(block, BulletList):
        return [flowables.bullet_list(block, pages)]
    if isinstance(block, Table):
        return [flowables.table(block, width, pages)]
    if isinstance(block, Figure):
        return [flowables.figure(block, width)]
    if isinstance(block, Callout):
        return [flowables.callout(block, width)]
    if isinstance(block, Rule):
        return [flowables.rule()]
    if isinstance(block, PageBreakBlock):
        if block.min_space:
            return [CondPageBreak(block.min_space * ty.TEXT_HEIGHT)]
        return [PageBreakIfNotEmpty()]
    if isinstance(block, TableOfContents):
        return _toc(block)
    raise TypeError(f"no PDF rendering for {type(block).__name__}")


def _toc(block: TableOfContents) -> list[Flowable]:
    """The contents page: its heading is a bookmark too; entries link to their headings."""
    heading = flowables.HeadingParagraph(
        Heading(1, block.title, "contents", in_toc=False), outline_only=True
    )
    toc = PlatypusToc(
        dotsMinLevel=0,
        tableStyle=TableStyle(
            [
                CELL_FONT,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    toc.levelStyles = [
        ParagraphStyle(
            f"toc{level}-entry",
            parent=style(f"toc{level}"),
            leftIndent=(level - 1) * ty.TOC_INDENT,
            firstLineIndent=0,
        )
        for level in (1, 2, 3)
    ]
    return [heading, toc]
