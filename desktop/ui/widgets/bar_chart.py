"""A horizontal bar chart painted with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = ("#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457")


class BarChart(QWidget):
    ROW = 22

    def __init__(self, title: str, colour_index: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = QColor(BAR_COLOURS[colour_index % len(BAR_COLOURS)])
        self.items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(title)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items
        self.setAccessibleDescription(", ".join(f"{label}: {value}" for label, value in items))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, self.ROW * (max(len(self.items), 1) + 1) + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(0, metrics.ascent() + 2, self.title)
        font.setBold(False)
        painter.setFont(font)
        if not self.items:
            painter.setPen(
                palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
            )
            painter.drawText(0, self.ROW + metrics.ascent() + 4, self.tr("Nothing recorded yet"))
            return
        label_width = min(
            max(metrics.horizontalAdvance(label) for label, _ in self.items) + 12,
            int(self.width() * 0.45),
        )
        number_width = metrics.horizontalAdvance("00000") + 8
        bar_space = max(self.width() - label_width - number_width, 20)
        top_value = max(value for _, value in self.items) or 1
        for row, (label, value) in enumerate(self.items):
            y = self.ROW * (row + 1) + 4
            painter.setPen(text)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, y, label_width - 8, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                elided,
            )
            width = bar_space * value / top_value
            painter.fillRect(QRectF(label_width, y + 4, width, self.ROW - 8), self.colour)
            painter.drawText(
                QRectF(label_width + width + 4, y, number_width, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(value),
            )
