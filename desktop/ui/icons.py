"""Icons from resources/icons (Lucide, ISC), recoloured to the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import RESOURCES_DIR

ICON_DIR = RESOURCES_DIR / "icons"
SIZES = (16, 20, 24, 32, 48)


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon `name` (file name without .svg) drawn in `colour` or the text colour."""
    if colour is None:
        palette = QGuiApplication.palette()
        colour = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText).name()
    return _icon(name, colour)


@cache
def _icon(name: str, colour: str) -> QIcon:
    svg = (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", colour).encode("utf-8")))
    result = QIcon()
    for size in SIZES:
        for scale in (1, 2):
            pixmap = QPixmap(QSize(size * scale, size * scale))
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap)
    return result
