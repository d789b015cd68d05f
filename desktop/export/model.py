"""The dossier document model: what a dossier says, independent of Word or PDF.

Templates build a `Document` from the selected records; `map_text` passes every
text of it through the privacy rules (privacy.py) and shortens excerpts, and the
DOCX and PDF renderers turn the result into files. A renderer never decides *what*
to print, only *how*.

Every `str` field of every class here is text a reader may see, and `map_text`
redacts it, unless the field is declared `verbatim()`: identifiers such as
anchors, style names and language tags, which never hold a record's text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Literal, Protocol

from desktop.services.markup import shorten

ParagraphStyle = Literal["body", "lead", "subhead", "meta", "label", "note"]


def verbatim(**options: Any) -> Any:
    """A field `map_text` leaves as it is: an identifier, never a text for readers."""
    return field(metadata={"verbatim": True}, **options)


@dataclass(frozen=True)
class Span:
    """A run of text with inline emphasis; `link` is the anchor it points to, if any.

    A newline inside `text` is a line break within the paragraph. `limit` makes
    the run an excerpt: `map_text` shortens it to that many characters at a word
    boundary — after redacting it, so a cut can never leave half a name behind.
    """

    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = verbatim(default=None)
    limit: int | None = None
    # The number of the page `page_of` (an anchor) is on, printed in place of `text`:
    # the PDF renderer knows it from its previous pass, Word fills in a PAGEREF field.
    page_of: str | None = verbatim(default=None)


def page_ref(anchor: str) -> Span:
    return Span("", page_of=anchor)


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
    anchor: str = verbatim()
    in_toc: bool = True


@dataclass(frozen=True)
class Paragraph:
    spans: Inline
    style: ParagraphStyle = verbatim(default="body")
    anchor: str | None = verbatim(default=None)
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
    # Numbers stand right-aligned, so that their digits line up.
    align: Literal["left", "right"] = verbatim(default="left")


@dataclass(frozen=True)
class Table:
    """A table with a header row ("data") or label/value rows without header ("facts")."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Inline, ...], ...]
    kind: Literal["data", "facts"] = verbatim(default="data")
    # What the table shows, for screen readers (Word's table description).
    summary: str = ""


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
    orientation: Literal["horizontal", "vertical"] = verbatim(default="horizontal")
    # Text under the value axis ("Observations").
    axis_label: str = ""


@dataclass(frozen=True)
class Figure:
    content: Photo | Chart
    # "Figure 3" in the dossier's language, and the caption after it (also the alt text).
    label: str
    caption: Inline
    anchor: str = verbatim()


@dataclass(frozen=True)
class Callout:
    """A tinted box that must not be overlooked (open conflicts, withheld data)."""

    title: str
    body: tuple[Inline, ...]
    tone: Literal["info", "warning"] = verbatim(default="info")


@dataclass(frozen=True)
class Rule:
    """A thin separator between records of the same kind."""


@dataclass(frozen=True)
class PageBreak:
    """A new page — or, with `min_space`, only if less than that share of the text
    height is left (a chapter then starts on the page the last one ended on)."""

    min_space: float = 0.0


@dataclass(frozen=True)
class TableOfContents:
    title: str
    # Shown in the Word file until Word updates the field (it asks when the file opens).
    update_hint: str


@dataclass(frozen=True)
class Funding:
    """The EU's mark on an INTERREG publication: emblem, its label and the fund.

    The emblem itself is drawn by the renderers from the EU's graphic rules
    (desktop/export/emblem.py); `label` is what stands beside it, one line per
    language of the programme ("Europäische Union", "Europese Unie").
    """

    label: tuple[str, ...]
    fund: str  # "Europäischer Fonds für regionale Entwicklung · Europees Fonds …"
    notice: str  # the co-financing sentence in the dossier's language
    programme_logo: Photo | None = None
    partner_logos: tuple[Photo, ...] = ()


@dataclass(frozen=True)
class TitlePage:
    kicker: str  # the kind of dossier ("Core-group dossier")
    title: str
    subtitle: str
    organisation: str
    facts: tuple[tuple[str, str], ...]  # (label, value) lines: period, scope, issued...
    funding: Funding
    # "Draft — 3 open conflicts" while records of the dossier are in conflict, else "".
    draft: str = ""


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
    language: str = verbatim()  # "de-DE", "nl-NL", "en-GB"
    keywords: tuple[str, ...] = ()


class Redaction(Protocol):
    """What `map_text` applies: privacy.Privacy."""

    def text(self, text: str) -> str: ...

    def inline(self, spans: Inline) -> Inline: ...


@dataclass
class Document:
    meta: Metadata
    # Left of the running head on every page but the title page.
    running_title: str
    # Small print in every footer: the funding notice EU-funded publications must carry.
    footer_note: str
    # "Page {page} of {pages}" in the dossier's language.
    page_label: str
    # In every page's head while the dossier has open conflicts ("Draft — 3 open conflicts").
    draft_mark: str = ""
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def headings(self) -> Iterator[Heading]:
        return (block for block in self.blocks if isinstance(block, Heading))


def map_text(document: Document, redaction: Redaction) -> Document:
    """A copy of `document` with every text a reader will see redacted, excerpts shortened.

    The single choke point the privacy rules go through: whatever a template
    wrote — body, tables, captions, headings (and so bookmarks and running heads),
    title page, metadata, footers — no text reaches a renderer without passing
    here. It walks the fields of the model generically, so a field added later is
    covered too unless it is declared `verbatim()`.
    """
    mapped: Document = _map(document, redaction)
    return mapped


def document_text(document: Document) -> str:
    """Every text of the document as a reader sees it, one per line (for the export
    register's "who is named in it")."""
    collected: list[str] = []

    class _Collect:
        def text(self, text: str) -> str:
            collected.append(text)
            return text

        def inline(self, spans: Inline) -> Inline:
            collected.extend(span.text for span in spans)
            return spans

    _map(document, _Collect())
    return "\n".join(collected)


def _map(value: Any, redaction: Redaction) -> Any:
    if isinstance(value, str):
        return redaction.text(value)
    if isinstance(value, tuple):
        if value and all(isinstance(item, Span) for item in value):
            return _shortened(redaction.inline(value))
        return tuple(_map(item, redaction) for item in value)
    if isinstance(value, list):
        return [_map(item, redaction) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: _map(getattr(value, f.name), redaction)
            for f in fields(value)
            if not f.metadata.get("verbatim")
        }
        return replace(value, **changes)
    return value  # numbers, flags, paths of the prepared photo files


def _shortened(spans: Inline) -> Inline:
    """Excerpts a redaction left long (privacy.Privacy shortens them itself)."""
    return tuple(
        replace(s, text=shorten(s.text, s.limit), limit=None) if s.limit is not None else s
        for s in spans
    )
