"""A text editor with bold, italic and lists that reads and writes Markdown.

Pasted rich text (from Word, a browser) is reduced to what Markdown can hold, so no
fonts or colours sneak into the record.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QTextCharFormat,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
)
from PySide6.QtWidgets import QHBoxLayout, QTextEdit, QToolButton, QVBoxLayout, QWidget

from desktop.services.markup import unwrap
from desktop.ui.icons import icon


class MarkdownEdit(QTextEdit):
    def markdown(self) -> str:
        text = self.document().toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        return unwrap(text.replace("\u2029", "\n")).strip("\n")

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.document().clearUndoRedoStacks()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasHtml():
            scratch = QTextDocument()
            scratch.setHtml(source.html())
            markdown = scratch.toMarkdown(QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
            plain = QTextDocument()
            plain.setMarkdown(markdown)
            self.textCursor().insertFragment(QTextDocumentFragment(plain))
            return
        super().insertFromMimeData(source)


class RichTextField(QWidget):
    """A MarkdownEdit with a small formatting bar (Ctrl+B, Ctrl+I)."""

    changed = Signal()

    def __init__(self, minimum_height: int = 140, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = MarkdownEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(minimum_height)
        self.editor.textChanged.connect(self.changed)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for name, tip, shortcut, slot in (
            ("bold", self.tr("Bold"), QKeySequence.StandardKey.Bold, self._toggle_bold),
            ("italic", self.tr("Italic"), QKeySequence.StandardKey.Italic, self._toggle_italic),
            ("list", self.tr("Bulleted list"), None, self._bullets),
            ("list-ordered", self.tr("Numbered list"), None, self._numbers),
        ):
            button = QToolButton()
            button.setIcon(icon(name))
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if shortcut is not None:
                sequence = QKeySequence(shortcut)
                button.setShortcut(sequence)
                tip = f"{tip} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.editor.fontWeight() != QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.editor.mergeCurrentCharFormat(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.editor.fontItalic())
        self.editor.mergeCurrentCharFormat(fmt)

    def _bullets(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def _numbers(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
            return
        list_format = QTextListFormat()
        list_format.setStyle(style)
        cursor.createList(list_format)
