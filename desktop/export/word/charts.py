"""Charts for Word: the shared chart layout painted into a PNG with Pillow.

Word has no vector format python-docx can insert, so the DOCX gets a picture at
print resolution of exactly the shapes the PDF draws as vectors.
"""

from __future__ import annotations

import io
from functools import cache
from typing import Final

from PIL import Image, ImageDraw, ImageFont

from desktop.export import charts
from desktop.export import typography as ty
from desktop.export.fonts import font_file

# Pixels per point: 3 = 216 dpi, sharp in print and on screen.
SCALE: Final = 3
_ANCHORS: Final = {"start": "ls", "middle": "ms", "end": "rs"}


@cache
def _font(size: float, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(ty.SANS, bold=bold)), round(size * SCALE))


def _upright_text(image: Image.Image, label: charts.Label, point: tuple[float, float]) -> None:
    """A label turned a quarter anticlockwise, its anchor (start/middle/end) at `point`."""
    font = _font(label.size, label.bold)
    left, top, right, bottom = font.getbbox(label.text, anchor="ls")
    flat = Image.new("L", (round(right - left) + 2, round(bottom - top) + 2), 0)
    ImageDraw.Draw(flat).text((-left + 1, -top + 1), label.text, fill=255, font=font, anchor="ls")
    turned = flat.rotate(90, expand=True)
    # After the turn the baseline runs upwards at x = (-top + 1) from the left edge.
    x = round(point[0] - (-top + 1))
    length = turned.height
    # The text runs upwards: "start" at the point goes up from it, "end" comes down to it.
    shift = {"start": length, "middle": length / 2, "end": 0}[label.anchor]
    y0 = round(point[1] - shift)
    ink = Image.new("RGB", turned.size, ty.rgb(label.colour))
    image.paste(ink, (x, y0), turned)


def chart_png(drawing: charts.ChartDrawing) -> bytes:
    """The drawing as PNG bytes, SCALE pixels per point, white background."""
    width, height = round(drawing.width * SCALE), round(drawing.height * SCALE)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)

    def y(value: float) -> float:  # PDF coordinates grow upwards, image rows downwards
        return (drawing.height - value) * SCALE

    for shape in drawing.shapes:
        if isinstance(shape, charts.Box):
            draw.rectangle(
                (
                    shape.x * SCALE,
                    y(shape.y + shape.height),
                    (shape.x + shape.width) * SCALE,
                    y(shape.y),
                ),
                fill=ty.rgb(shape.fill),
            )
        elif isinstance(shape, charts.Line):
            draw.line(
                (shape.x1 * SCALE, y(shape.y1), shape.x2 * SCALE, y(shape.y2)),
                fill=ty.rgb(shape.colour),
                width=max(1, round(shape.width * SCALE)),
            )
        elif shape.angle:
            _upright_text(image, shape, (shape.x * SCALE, y(shape.y)))
        else:
            draw.text(
                (shape.x * SCALE, y(shape.y)),
                shape.text,
                fill=ty.rgb(shape.colour),
                font=_font(shape.size, shape.bold),
                anchor=_ANCHORS[shape.anchor],
            )
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True, dpi=(72 * SCALE, 72 * SCALE))
    return buffer.getvalue()
