"""The European emblem, constructed as the EU's graphic rules describe it.

"The flag is rectangular, its fly one and a half times its hoist. Twelve gold stars
on a circle whose radius is a third of the hoist; each star has five points on a
circle whose radius is one eighteenth of the hoist; all stars upright, placed like
the hours on a clock." Colours: Reflex Blue and Yellow, as RGB #003399 and #FFCC00.

`emblem()` returns the shapes in points with the origin at the bottom left (as in
PDF): the PDF renderer draws them as vectors, the Word renderer paints them into a
picture (Word has no vector format python-docx can insert).
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

BLUE: Final = "003399"
YELLOW: Final = "FFCC00"
# The emblem's proportions: fly : hoist.
RATIO: Final = 1.5

Point = tuple[float, float]


@dataclass(frozen=True)
class Emblem:
    width: float
    height: float
    stars: tuple[tuple[Point, ...], ...]  # each a closed outline of 10 points


def emblem(height: float) -> Emblem:
    width = height * RATIO
    centre = (width / 2, height / 2)
    ring, outer = height / 3, height / 18
    # The inner radius of a regular five-pointed star (a pentagram's outline).
    inner = outer * math.sin(math.radians(18)) / math.sin(math.radians(126))
    stars = []
    for hour in range(12):
        angle = math.radians(90 - hour * 30)
        cx, cy = centre[0] + ring * math.cos(angle), centre[1] + ring * math.sin(angle)
        outline = []
        for corner in range(10):
            radius = outer if corner % 2 == 0 else inner
            # Upright: the first point straight up, whatever the star's place on the ring.
            a = math.radians(90 + corner * 36)
            outline.append((cx + radius * math.cos(a), cy + radius * math.sin(a)))
        stars.append(tuple(outline))
    return Emblem(width, height, tuple(stars))


def emblem_png(height_pt: float, *, scale: int = 8) -> bytes:
    """The emblem as a PNG (for Word), `scale` pixels per point, drawn 4× and reduced."""
    drawing = emblem(height_pt * scale * 4)
    size = (round(drawing.width), round(drawing.height))
    image = Image.new("RGB", size, "#" + BLUE)
    draw = ImageDraw.Draw(image)
    for star in drawing.stars:
        draw.polygon([(x, drawing.height - y) for x, y in star], fill="#" + YELLOW)
    image = image.resize((size[0] // 4, size[1] // 4), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True, dpi=(72 * scale, 72 * scale))
    return buffer.getvalue()
