"""Icons from desktop/resources/icons (Lucide, ISC), recoloured to the palette's text colour.

Each icon is drawn from its SVG at the size and device pixel ratio it is shown at
(an icon engine, not a set of prepared bitmaps), so it is crisp at 125 %, 150 % and
200 % scaling alike; a disabled icon is drawn in the palette's disabled text colour.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.resources import ICONS, resource

SIZES = (16, 20, 24, 32, 48)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon `name` (file name without .svg) drawn in `colour` or the text colour."""
    palette = QGuiApplication.palette()
    if colour is None:
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return QIcon(SvgIconEngine(name, colour, disabled))


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    svg = resource(ICONS, f"{name}.svg").read_text(encoding="utf-8")
    return QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))


class SvgIconEngine(QIconEngine):
    def __init__(self, name: str, colour: str, disabled: str) -> None:
        super().__init__()
        self.name, self.colour, self.disabled = name, colour, disabled

    def _renderer_for(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = self.disabled if mode == QIcon.Mode.Disabled else self.colour
        return _renderer(self.name, colour)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        square = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer_for(mode).render(painter, square)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), pixmap.size()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def iconName(self) -> str:
        return self.name

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self.name, self.colour, self.disabled)

    def key(self) -> str:
        return "field-dossier-svg"
