"""Bar charts laid out once, as plain shapes, for two painters.

`layout()` turns a `model.Chart` into boxes, lines and labels in points (origin at
the bottom left, y upwards, as in PDF). The PDF renderer paints them as reportlab
vector graphics; the DOCX renderer paints the same shapes into a PNG with Pillow.
Text widths come from the real font metrics, so labels never collide in either.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.export.fonts import face_name, register_pdf_fonts
from desktop.export.model import Chart
from desktop.export.typography import ACCENT, INK, MUTED, RULE, SANS

LABEL_SIZE: Final = 7.5
VALUE_SIZE: Final = 7.0
BAR_PITCH: Final = 15.0  # one horizontal bar per this many points
BAR_FILL: Final = 0.68  # share of the pitch the bar takes
COLUMN_AREA_HEIGHT: Final = 150.0
GAP: Final = 6.0


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline
    text: str
    size: float
    colour: str
    anchor: Literal["start", "middle", "end"] = "start"
    bold: bool = False
    # 90: set upwards (the count axis's title, month labels under crowded columns).
    angle: int = 0


Shape = Box | Line | Label


@dataclass(frozen=True)
class ChartDrawing:
    width: float
    height: float
    shapes: tuple[Shape, ...]


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    register_pdf_fonts()
    return float(stringWidth(text, face_name(SANS, bold=bold), size))


def layout(chart: Chart, width: float) -> ChartDrawing:
    if chart.orientation == "vertical":
        return _columns(chart, width)
    return _bars(chart, width)


def nice_ticks(maximum: int, most: int = 5) -> list[int]:
    """0 and round steps (1, 2, 5 × 10^k) up to at least `maximum`, at most `most` + 1."""
    top = max(maximum, 1)
    for exponent in range(0, 10):
        for base in (1, 2, 5):
            step = base * 10**exponent
            if math.ceil(top / step) <= most:
                return [step * i for i in range(math.ceil(top / step) + 1)]
    return [0, top]


def _bars(chart: Chart, width: float) -> ChartDrawing:
    """Horizontal bars: category labels left, bars right, counts at the bar ends."""
    shapes: list[Shape] = []
    rows = len(chart.bars)
    label_width = min(
        max((text_width(bar.label, LABEL_SIZE) for bar in chart.bars), default=0) + GAP,
        width * 0.42,
    )
    axis_space = LABEL_SIZE + 8 + (LABEL_SIZE + 6 if chart.axis_label else 0)
    height = rows * BAR_PITCH + axis_space
    left = label_width
    ticks = nice_ticks(max((bar.value for bar in chart.bars), default=0))
    plot_width = width - left - 18  # room for the count after the longest bar
    scale = plot_width / ticks[-1]
    bottom = axis_space
    for tick in ticks:
        x = left + tick * scale
        shapes.append(Line(x, bottom - 3, x, height, 0.4 if tick else 0.8, RULE if tick else MUTED))
        shapes.append(Label(x, bottom - 3 - LABEL_SIZE - 1, str(tick), LABEL_SIZE, MUTED, "middle"))
    for index, bar in enumerate(chart.bars):
        row_top = height - index * BAR_PITCH
        bar_height = BAR_PITCH * BAR_FILL
        y = row_top - (BAR_PITCH + bar_height) / 2
        baseline = y + bar_height / 2 - LABEL_SIZE * 0.35
        shapes.append(
            Label(left - GAP, baseline, _fit(bar.label, label_width - GAP), LABEL_SIZE, INK, "end")
        )
        if bar.value:
            shapes.append(Box(left, y, bar.value * scale, bar_height, ACCENT))
        shapes.append(
            Label(left + bar.value * scale + 3, baseline, str(bar.value), VALUE_SIZE, INK)
        )
    if chart.axis_label:
        shapes.append(
            Label(left + plot_width / 2, 2, chart.axis_label, LABEL_SIZE, MUTED, "middle")
        )
    return ChartDrawing(width, height, tuple(shapes))


def _columns(chart: Chart, width: float) -> ChartDrawing:
    """Columns in time order (months), each with its label — set upwards if crowded.

    The count axis (vertical) carries its title along it, upwards.
    """
    shapes: list[Shape] = []
    count = max(len(chart.bars), 1)
    ticks = nice_ticks(max((bar.value for bar in chart.bars), default=0))
    title_space = LABEL_SIZE + 6 if chart.axis_label else 0.0
    left = title_space + max(text_width(str(ticks[-1]), LABEL_SIZE) + GAP, 16.0)
    pitch = (width - left) / count
    widest = max((text_width(bar.label, LABEL_SIZE) for bar in chart.bars), default=0)
    upright = widest + GAP > pitch  # horizontal labels would collide: set them upwards
    axis_space = (widest if upright else LABEL_SIZE) + 10
    height = COLUMN_AREA_HEIGHT + axis_space
    scale = (COLUMN_AREA_HEIGHT - VALUE_SIZE - 4) / ticks[-1]
    bottom = axis_space
    for tick in ticks:
        y = bottom + tick * scale
        shapes.append(
            Line(left, y, width, y, 0.8 if tick == 0 else 0.4, MUTED if tick == 0 else RULE)
        )
        shapes.append(Label(left - 4, y - LABEL_SIZE * 0.35, str(tick), LABEL_SIZE, MUTED, "end"))
    for index, bar in enumerate(chart.bars):
        x = left + index * pitch
        column = pitch * 0.7
        if bar.value:
            shapes.append(Box(x + (pitch - column) / 2, bottom, column, bar.value * scale, ACCENT))
            if count <= 40:
                shapes.append(
                    Label(
                        x + pitch / 2,
                        bottom + bar.value * scale + 2,
                        str(bar.value),
                        VALUE_SIZE,
                        INK,
                        "middle",
                    )
                )
        shapes.append(Line(x + pitch / 2, bottom, x + pitch / 2, bottom - 3, 0.6, MUTED))
        if upright:
            # Upwards, ending under the tick; the baseline a third of a size right of it.
            shapes.append(
                Label(
                    x + pitch / 2 + LABEL_SIZE * 0.35,
                    bottom - 5,
                    bar.label,
                    LABEL_SIZE,
                    MUTED,
                    "end",
                    angle=90,
                )
            )
        else:
            shapes.append(
                Label(
                    _within(x + pitch / 2, text_width(bar.label, LABEL_SIZE), width),
                    bottom - 4 - LABEL_SIZE,
                    bar.label,
                    LABEL_SIZE,
                    MUTED,
                    "middle",
                )
            )
    if chart.axis_label:
        shapes.append(
            Label(
                LABEL_SIZE,
                bottom + COLUMN_AREA_HEIGHT / 2,
                chart.axis_label,
                LABEL_SIZE,
                MUTED,
                "middle",
                angle=90,
            )
        )
    return ChartDrawing(width, height, tuple(shapes))


def _within(centre: float, text: float, width: float) -> float:
    """A centred label's centre, moved inwards so the label stays inside the drawing."""
    return min(max(centre, text / 2), width - text / 2)


def _fit(text: str, width: float) -> str:
    """The label, shortened with an ellipsis if it is wider than `width`."""
    if text_width(text, LABEL_SIZE) <= width:
        return text
    while text and text_width(text + "…", LABEL_SIZE) > width:
        text = text[:-1]
    return text.rstrip(" ,;") + "…"
