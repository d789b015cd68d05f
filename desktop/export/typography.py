"""The dossier's typographic scale, page geometry and colours, shared by both renderers.

One definition, so that the Word and the PDF dossier look like the same publication:
a serif text face for reading, a sans-serif face for structure (headings, tables,
captions, running heads), a modular scale of sizes, and one accent colour.
All lengths are in PostScript points (1/72 inch).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

MM: Final = 72 / 25.4

# A4 portrait, margins wide enough for a binding on the left.
PAGE_WIDTH: Final = 210 * MM
PAGE_HEIGHT: Final = 297 * MM
MARGIN_LEFT: Final = 25 * MM
MARGIN_RIGHT: Final = 20 * MM
MARGIN_TOP: Final = 25 * MM
MARGIN_BOTTOM: Final = 26 * MM
# Baselines of the running head and of the footer, from the page edge.
HEADER_BASELINE: Final = 14 * MM
FOOTER_TOP: Final = 16 * MM
TEXT_WIDTH: Final = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
TEXT_HEIGHT: Final = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# Photos never take more than this share of the text block's height: two fit on a page.
MAX_PHOTO_HEIGHT: Final = TEXT_HEIGHT * 0.38

# Colours as RGB hex without '#'.
INK: Final = "1D232B"  # body text: a very dark blue-grey, softer than black
ACCENT: Final = "1F4E79"  # headings, chart bars, the title page band
ACCENT_LIGHT: Final = "8AA9C8"
MUTED: Final = "5B6572"  # meta lines, captions, running heads
RULE: Final = "C5CCD5"  # table rules, separators
TINT: Final = "EEF2F6"  # callout background, table header band
WARNING: Final = "9C4A00"  # open conflicts

SERIF: Final = "Noto Serif"
SANS: Final = "Noto Sans"


@dataclass(frozen=True)
class TextStyle:
    """Size and leading in points, face and weight; space before/after in points."""

    family: str
    size: float
    leading: float
    bold: bool = False
    italic: bool = False
    colour: str = INK
    space_before: float = 0.0
    space_after: float = 0.0


# A scale of roughly 1.25 steps around a 10 pt text size.
BODY: Final = TextStyle(SERIF, 10, 14.5, space_after=6)
LEAD: Final = TextStyle(SERIF, 11.5, 16, colour=INK, space_after=8)
SUBHEAD: Final = TextStyle(SANS, 9.5, 13, bold=True, colour=INK, space_before=12, space_after=2)
META: Final = TextStyle(SANS, 8, 11, colour=MUTED, space_before=8, space_after=3)
LABEL: Final = TextStyle(SANS, 8, 11, bold=True, colour=ACCENT, space_before=6, space_after=1)
NOTE: Final = TextStyle(SANS, 8.5, 12, colour=MUTED, space_after=4)
CAPTION: Final = TextStyle(SANS, 8, 11, italic=True, colour=MUTED, space_before=4, space_after=10)
TABLE: Final = TextStyle(SANS, 8, 10.5)
TABLE_HEADER: Final = TextStyle(SANS, 8, 10.5, bold=True, colour=ACCENT)
H1: Final = TextStyle(SANS, 20, 25, bold=True, colour=ACCENT, space_after=14)
H2: Final = TextStyle(SANS, 13.5, 17, bold=True, colour=INK, space_before=18, space_after=6)
H3: Final = TextStyle(SANS, 10.5, 13.5, bold=True, colour=ACCENT, space_before=12, space_after=4)
TOC_1: Final = TextStyle(SANS, 10, 14, bold=True, space_before=6)
TOC_2: Final = TextStyle(SANS, 9, 12.5)
TOC_3: Final = TextStyle(SANS, 8.5, 11.5, colour=MUTED)
RUNNING: Final = TextStyle(SANS, 7.5, 9, colour=MUTED)
TITLE: Final = TextStyle(SANS, 28, 34, bold=True, colour=INK)
SUBTITLE: Final = TextStyle(SANS, 14, 19, colour=MUTED)
KICKER: Final = TextStyle(SANS, 11, 14, bold=True, colour="FFFFFF")

HEADINGS: Final = {1: H1, 2: H2, 3: H3}
TOC_LEVELS: Final = {1: TOC_1, 2: TOC_2, 3: TOC_3}
# Indent of each TOC level and of list items.
TOC_INDENT: Final = 14.0
LIST_INDENT: Final = 14.0


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'1F4E79' -> (31, 78, 121)."""
    return (int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16))
