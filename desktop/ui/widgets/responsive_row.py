"""Fields side by side where the pane has room for them, one below the other where not.

A plain row of fields gives a form the row's full width as its minimum: on a 1024×600
screen at 150 % the editor then scrolls sideways. This row takes any width it is given
(its horizontal size policy is Ignored) and re-arranges its fields on each resize.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget


class ResponsiveRow(QWidget):
    def __init__(self, spacing: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(4)
        self.items: list[tuple[QWidget, int]] = []
        self.side_by_side: bool | None = None
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def add(self, widget: QWidget, stretch: int = 1) -> None:
        self.items.append((widget, stretch))
        self._arrange(True)

    def needed_width(self) -> int:
        widths = [widget.minimumSizeHint().width() for widget, _stretch in self.items]
        return sum(widths) + self.grid.horizontalSpacing() * max(len(widths) - 1, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width() >= self.needed_width())
        super().resizeEvent(event)

    def _arrange(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side and self.grid.count() == len(self.items):
            return
        self.side_by_side = side_by_side
        for widget, _stretch in self.items:
            self.grid.removeWidget(widget)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 0)
        for index, (widget, stretch) in enumerate(self.items):
            if side_by_side:
                self.grid.addWidget(widget, 0, index)
                self.grid.setColumnStretch(index, stretch)
            else:
                self.grid.addWidget(widget, index, 0)
        if not side_by_side:
            self.grid.setColumnStretch(0, 1)
