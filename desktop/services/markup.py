"""The small Markdown subset observation texts are stored in.

Bold (`**x**`), italic (`*x*` or `_x_`), bullet (`- `) and numbered (`1. `) lists,
paragraphs separated by blank lines; this is what Qt's QTextDocument.toMarkdown()
writes for the editor's formatting. Exports and snippets read it through
`parse_blocks` / `to_plain`, never by regex soup of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

_BULLET = re.compile(r"^\s*[-*+]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_INLINE = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\3(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    kind: Literal["paragraph", "bullet", "numbered", "heading"]
    runs: list[Run] = field(default_factory=list)

    @property
    def plain(self) -> str:
        return "".join(run.text for run in self.runs)


def parse_blocks(markdown: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", parse_inline(" ".join(paragraph))))
            paragraph.clear()

    for raw_line in markdown.replace("\r\n", "\n").split("\n"):
        line = raw_line.strip()
        if not line:
            flush()
            continue
        for pattern, kind in ((_BULLET, "bullet"), (_NUMBERED, "numbered"), (_HEADING, "heading")):
            match = pattern.match(raw_line)
            if match:
                flush()
                blocks.append(Block(kind, parse_inline(match.group(1).strip())))  # type: ignore[arg-type]
                break
        else:
            if blocks and blocks[-1].kind in ("bullet", "numbered") and raw_line[:1].isspace():
                blocks[-1].runs.extend(parse_inline(" " + line))  # continuation of a list item
            else:
                paragraph.append(line)
    flush()
    return blocks


def parse_inline(text: str) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(_unescape(text[position : match.start()])))
        if match.group(1):
            runs.extend(
                Run(inner.text, bold=True, italic=inner.italic)
                for inner in parse_inline(match.group(2))
            )
        else:
            runs.extend(
                Run(inner.text, bold=inner.bold, italic=True)
                for inner in parse_inline(match.group(4))
            )
        position = match.end()
    if position < len(text):
        runs.append(Run(_unescape(text[position:])))
    return [run for run in runs if run.text]


def to_plain(markdown: str) -> str:
    """The text without markup, one line per block (bullets as "• ")."""
    lines = []
    for block in parse_blocks(markdown):
        prefix = "• " if block.kind == "bullet" else ""
        lines.append(prefix + block.plain)
    return "\n".join(lines)


def first_line(markdown: str, limit: int | None = 120) -> str:
    """The first line of the plain text, shortened at a word boundary (None: in full)."""
    plain = to_plain(markdown)
    line = plain.split("\n", 1)[0] if plain else ""
    return line if limit is None else shorten(line, limit)


def shorten(text: str, limit: int, *, keep: Sequence[tuple[int, int]] = ()) -> str:
    """At most `limit` characters, ending in "…" at a word boundary where there is one.

    `keep` are ranges of `text` never cut through (a "[name withheld]" stays whole
    or goes). A word longer than half the limit is cut inside.
    """
    if len(text) <= limit:
        return text
    cut = max(limit - 1, 0)
    # Cutting before a space or punctuation splits no word ("Münster:" keeps "Münster").
    if text[cut].isalnum() and cut > 0 and text[cut - 1].isalnum():
        space = max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut))
        if space >= limit // 2:
            cut = space
    for start, end in keep:
        if start < cut < end:
            cut = start
    return text[:cut].rstrip(" \n,;:–-(/") + "…"


_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>|```)")


def unwrap(markdown: str) -> str:
    """Join the soft line breaks an editor put into paragraphs and list items.

    Qt's Markdown writer wraps at 80 columns; stored text should keep the user's
    lines (blank-line paragraphs, list items, hard breaks) and nothing else.
    """
    lines: list[str] = []
    for raw in markdown.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip(" ") if not raw.endswith("  ") else raw
        previous = lines[-1] if lines else ""
        continues = (
            bool(previous.strip())
            and bool(line.strip())
            and not _BLOCK_START.match(line)
            and not previous.endswith(("  ", "\\"))
            and not previous.lstrip().startswith(("#", "```"))
        )
        if continues:
            lines[-1] = f"{previous.rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def _unescape(text: str) -> str:
    return _ESCAPE.sub(r"\1", text)
