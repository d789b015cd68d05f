"""Windows that fit the screen they are on (1024×600 netbooks, 150 % and 200 % scaling)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen that windows may use (without panels and docks)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, wanted: QSize | None = None) -> None:
    """Resize `widget` (a top-level window) to `wanted` or its current size, but never
    larger than the screen's free area, and move it wholly onto that area."""
    if widget.isMaximized() or widget.isFullScreen():
        return  # the window system sizes it to the screen already
    area = available_area(widget)
    frame = widget.frameGeometry().size() - widget.geometry().size()
    room = QSize(max(area.width() - frame.width(), 1), max(area.height() - frame.height(), 1))
    size = (wanted or widget.size()).boundedTo(room).expandedTo(widget.minimumSize())
    size = size.boundedTo(room)
    widget.resize(size)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.x()), area.right() + 1 - geometry.width())
    y = min(max(geometry.y(), area.y()), area.bottom() + 1 - geometry.height())
    widget.move(max(x, area.x()), max(y, area.y()))
