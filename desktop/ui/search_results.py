"""Search hits as a list: kind icon, title, and the snippet with matches in bold."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QIcon,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.services.search import Highlighted, SearchHit
from desktop.ui.icons import icon
from desktop.ui.kinds import kind_icon
from desktop.ui.record_table_model import ID_ROLE, KIND_ROLE

Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 10


def snippet_html(snippet: Highlighted) -> str:
    parts = []
    position = 0
    for start, end in snippet.spans:
        parts.append(html.escape(snippet.text[position:start]))
        parts.append(f"<b>{html.escape(snippet.text[start:end])}</b>")
        position = end
    parts.append(html.escape(snippet.text[position:]))
    return "".join(parts)


class SearchResultsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[SearchHit] = []
        self.query = ""

    def set_hits(self, query: str, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.query = query
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title or hit.snippet.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet.text
        if role == Qt.ItemDataRole.DecorationRole:
            return icon(kind_icon(hit.kind))
        if role == SNIPPET_ROLE:
            return hit.snippet
        if role == ID_ROLE:
            return hit.record_id
        if role == KIND_ROLE:
            return hit.kind
        return None


class SearchHitDelegate(QStyledItemDelegate):
    """Two lines per hit, of fixed height: the title, then the highlighted snippet."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = option.fontMetrics.height()
        return QSize(400, line * 3 + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_role = QPalette.ColorRole.Text
        if option.state & QStyle.StateFlag.State_Selected:
            text_role = QPalette.ColorRole.HighlightedText
        option_text = option.text
        option.text = ""
        option.icon = QIcon()  # drawn below, at a fixed place
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect: QRect = option.rect.adjusted(34, 4, -6, -4)
        painter.save()
        painter.setPen(option.palette.color(text_role))
        font = QFont(option.font)  # a copy: the snippet below keeps the regular weight
        font.setBold(True)
        painter.setFont(font)
        line = option.fontMetrics.height()
        elided = option.fontMetrics.elidedText(
            option_text, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)), 0, elided)
        painter.restore()
        snippet = index.data(SNIPPET_ROLE)
        if isinstance(snippet, Highlighted):
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setHtml(snippet_html(snippet))
            document.setTextWidth(rect.width())
            painter.save()
            painter.translate(rect.left(), rect.top() + line)
            painter.setClipRect(0, 0, rect.width(), rect.height() - line)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(text_role))
            document.documentLayout().draw(painter, context)
            painter.restore()
        icon_rect = QRect(option.rect.left() + 8, option.rect.top() + 6, 20, 20)
        decoration = index.data(Qt.ItemDataRole.DecorationRole)
        if decoration is not None:
            decoration.paint(painter, icon_rect)
