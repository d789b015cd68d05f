"""The dossier document model: what a dossier says, independent of Word or PDF.

Templates build a `Document` from the selected records; the DOCX and PDF renderers
turn the same `Document` into files. Every text in it is final: translated,
formatted, and already passed through the privacy rules (see privacy.py), so a
renderer never decides *what* to print, only *how*.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

ParagraphStyle = Literal["body", "lead", "subhead", "meta", "label", "note"]


@dataclass(frozen=True)
class Span:
    """A run of text with inline emphasis; `link` is the anchor it points to, if any.

    A newline inside `text` is a line break within the paragraph.
    """

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None


Inline = tuple[Span, ...]


def plain(text: str, *, bold: bool = False, italic: bool = False) -> Inline:
    return (Span(text, bold=bold, italic=italic),) if text else ()


def inline_text(spans: Inline) -> str:
    return "".join(span.text for span in spans)


@dataclass(frozen=True)
class Heading:
    """A numbered-free heading of level 1–3; level 1 starts a chapter on a new page."""

    level: int
    text: str
    anchor: str
    in_toc: bool = True


@dataclass(frozen=True)
class Paragraph:
    spans: Inline
    style: ParagraphStyle = "body"
    anchor: str | None = None
    # Keep on the page of the next block (meta lines and labels above their text).
    keep_with_next: bool = False


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inline, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Column:
    title: str
    # Share of the text width; the columns of a table add up to 1.
    width: float


@dataclass(frozen=True)
class Table:
    """A table with a header row ("data") or label/value rows without header ("facts")."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Inline, ...], ...]
    kind: Literal["data", "facts"] = "data"


@dataclass(frozen=True)
class Photo:
    """An image file already rotated upright (EXIF applied) and scaled for print."""

    path: Path
    width_px: int
    height_px: int


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


@dataclass(frozen=True)
class Chart:
    """Counts to draw as a bar chart: horizontal bars for categories, columns for months."""

    bars: tuple[Bar, ...]
    orientation: Literal["horizontal", "vertical"] = "horizontal"
    # Text under the value axis ("Observations").
    axis_label: str = ""


@dataclass(frozen=True)
class Figure:
    content: Photo | Chart
    # "Figure 3" in the dossier's language, and the caption text after it.
    label: str
    caption: str
    anchor: str


@dataclass(frozen=True)
class Callout:
    """A tinted box that must not be overlooked (open conflicts, withheld data)."""

    title: str
    body: tuple[Inline, ...]
    tone: Literal["info", "warning"] = "info"


@dataclass(frozen=True)
class Rule:
    """A thin separator between records of the same kind."""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class TableOfContents:
    title: str
    # Shown in the Word file until Word updates the field (it asks when the file opens).
    update_hint: str


@dataclass(frozen=True)
class TitlePage:
    kicker: str  # the kind of dossier ("Core-group dossier")
    title: str
    subtitle: str
    organisation: str
    facts: tuple[tuple[str, str], ...]  # (label, value) lines: period, scope, issued...
    funding_notice: str
    logo: Photo | None = None


Block = (
    Heading
    | Paragraph
    | BulletList
    | Table
    | Figure
    | Callout
    | Rule
    | PageBreak
    | TableOfContents
    | TitlePage
)


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str
    author: str
    language: str  # "de", "nl", "en"
    keywords: tuple[str, ...] = ()


# A function from a visible text to the text to print (see privacy.Privacy).
TextChange = Callable[[str], str]


@dataclass
class Document:
    meta: Metadata
    # Left of the running head on every page but the title page.
    running_title: str
    # Small print in every footer: the funding notice EU-funded publications must carry.
    footer_note: str
    # "Page {page} of {pages}" in the dossier's language.
    page_label: str
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def headings(self) -> Iterator[Heading]:
        return (block for block in self.blocks if isinstance(block, Heading))


def map_text(document: Document, change: TextChange) -> Document:
    """A copy of `document` with `change` applied to every text a reader will see.

    The single choke point the privacy rules go through: whatever a template
    wrote, no text reaches a renderer without passing here.
    """
    blocks = [_map_block(block, change) for block in document.blocks]
    return Document(
        meta=replace(
            document.meta,
            title=change(document.meta.title),
            subject=change(document.meta.subject),
            author=change(document.meta.author),
            keywords=tuple(change(k) for k in document.meta.keywords),
        ),
        running_title=change(document.running_title),
        footer_note=change(document.footer_note),
        page_label=document.page_label,
        blocks=blocks,
    )


def _map_inline(spans: Inline, change: TextChange) -> Inline:
    return tuple(replace(span, text=change(span.text)) for span in spans)


def _map_block(block: Block, change: TextChange) -> Block:
    if isinstance(block, Heading):
        return replace(block, text=change(block.text))
    if isinstance(block, Paragraph):
        return replace(block, spans=_map_inline(block.spans, change))
    if isinstance(block, BulletList):
        return replace(block, items=tuple(_map_inline(item, change) for item in block.items))
    if isinstance(block, Table):
        return replace(
            block,
            columns=tuple(replace(c, title=change(c.title)) for c in block.columns),
            rows=tuple(tuple(_map_inline(cell, change) for cell in row) for row in block.rows),
        )
    if isinstance(block, Figure):
        content = block.content
        if isinstance(content, Chart):
            content = replace(
                content,
                bars=tuple(replace(bar, label=change(bar.label)) for bar in content.bars),
                axis_label=change(content.axis_label),
            )
        return replace(block, content=content, caption=change(block.caption))
    if isinstance(block, Callout):
        return replace(
            block,
            title=change(block.title),
            body=tuple(_map_inline(line, change) for line in block.body),
        )
    if isinstance(block, TitlePage):
        return replace(
            block,
            kicker=change(block.kicker),
            title=change(block.title),
            subtitle=change(block.subtitle),
            organisation=change(block.organisation),
            facts=tuple((change(label), change(value)) for label, value in block.facts),
            funding_notice=change(block.funding_notice),
        )
    return block
