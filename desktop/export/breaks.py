"""Which chapters open a new page: short ones follow on, long ones need room.

Templates ask for a conditional break before each chapter (`PageBreak(min_space)`:
a new page only if less than that share of the current one is left). A chapter
long enough to fill pages of its own asks for more room: it starts on the page
only if nearly half of it is free (the PDF knows). A Word file cannot know
where its pages end, so there a long chapter opens a page (`opens_page`) — which
is also where LibreOffice changes the running head (it does not at a break that
keeps the page).
"""

from __future__ import annotations

from typing import Final

from desktop.export.model import (
    Block,
    BulletList,
    Callout,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Table,
    inline_text,
)

# About a page and a half of body text, in characters (a figure counts as much).
LONG_CHAPTER: Final = 4500
# A long chapter starts on the current page only if nearly half of it is free.
LONG_CHAPTER_SPACE: Final = 0.45
_FIGURE_CHARACTERS: Final = 1800


def settle_breaks(document: Document) -> None:
    """Ask for more room before each long chapter."""
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if isinstance(block, PageBreak) and block.min_space and _opens_long_chapter(blocks, index):
            blocks[index] = PageBreak(min_space=LONG_CHAPTER_SPACE)


def opens_page(block: PageBreak) -> bool:
    """Whether a Word file starts a new page here (it cannot measure what is left)."""
    return not block.min_space or block.min_space >= LONG_CHAPTER_SPACE


def _opens_long_chapter(blocks: list[Block], index: int) -> bool:
    size = 0
    for position, block in enumerate(blocks[index + 1 :]):
        if position and isinstance(block, PageBreak):
            break
        size += _characters(block)
        if size > LONG_CHAPTER:
            return True
    return False


def _characters(block: Block) -> int:
    if isinstance(block, Paragraph):
        return len(inline_text(block.spans)) + 80  # a line's worth for spacing
    if isinstance(block, BulletList):
        return sum(len(inline_text(item)) + 40 for item in block.items)
    if isinstance(block, Table):
        return sum(len(inline_text(cell)) + 30 for row in block.rows for cell in row)
    if isinstance(block, Figure):
        return _FIGURE_CHARACTERS
    if isinstance(block, Callout | Heading):
        return 300
    return 0
