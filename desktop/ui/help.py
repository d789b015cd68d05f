"""Help: a searchable overview of the keyboard shortcuts, a short user guide (F1) in
the interface language, and "What's this?" on the fields whose purpose is not obvious.

Everything is offline: the guide is a Markdown file per language in the package
(desktop/resources/help/guide.<language>.md).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from desktop.domain import FIELD_HELP_CONTEXT
from desktop.resources import resource
from desktop.store.textfold import fold
from desktop.ui.actions import make_action
from desktop.ui.icons import icon

GUIDE_LANGUAGES = ("de", "nl", "en")


def _native(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    keys = sequence if isinstance(sequence, QKeySequence) else QKeySequence(sequence)
    return keys.toString(QKeySequence.SequenceFormat.NativeText)


# -- "What's this?" ------------------------------------------------------------------------


def explained(caption: QLabel, field: QWidget, help_text: str) -> QHBoxLayout:
    """A field's caption with a "?" button; the field and the caption explain themselves
    with Shift+F1 or Help → What's This? too."""
    text = QCoreApplication.translate(FIELD_HELP_CONTEXT, help_text)
    for widget in (caption, field, field.focusProxy()):
        if widget is not None:
            widget.setWhatsThis(text)
    button = QToolButton()
    button.setIcon(icon("circle-help"))
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setToolTip(QCoreApplication.translate("Help", "What is this field for?"))
    button.setAccessibleName(QCoreApplication.translate("Help", "What is this field for?"))
    button.clicked.connect(
        lambda: QWhatsThis.showText(button.mapToGlobal(QPoint(0, button.height())), text, button)
    )
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(2)
    row.addWidget(caption)
    row.addWidget(button)
    row.addStretch(1)
    return row


# -- keyboard shortcuts --------------------------------------------------------------------


def _fixed_shortcuts() -> list[tuple[str, str, str]]:
    """Keys that belong to no window action: (where, what, keys)."""
    editor, lists, search = (
        QCoreApplication.translate("Help", "Editor"),
        QCoreApplication.translate("Help", "Lists"),
        QCoreApplication.translate("Help", "Search"),
    )
    return [
        (
            editor,
            QCoreApplication.translate("Help", "Bold"),
            _native(QKeySequence.StandardKey.Bold),
        ),
        (
            editor,
            QCoreApplication.translate("Help", "Italic"),
            _native(QKeySequence.StandardKey.Italic),
        ),
        (editor, QCoreApplication.translate("Help", "Next field"), _native("Tab")),
        (editor, QCoreApplication.translate("Help", "Add the typed tag"), _native("Return")),
        (lists, QCoreApplication.translate("Help", "Open the selected record"), _native("Return")),
        (
            lists,
            QCoreApplication.translate("Help", "Select several records"),
            QCoreApplication.translate("Help", "Ctrl+click, Shift+click"),
        ),
        (
            lists,
            QCoreApplication.translate("Help", "Context menu of the selection"),
            QCoreApplication.translate("Help", "Right-click, Menu key"),
        ),
        (
            search,
            QCoreApplication.translate("Help", "From the search field into the results"),
            _native("Down"),
        ),
        (search, QCoreApplication.translate("Help", "Open the best hit"), _native("Return")),
    ]


class ShortcutsDialog(QDialog):
    """Every shortcut of the window's actions and the editors, filtered as you type."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(QCoreApplication.translate("Help", "Keyboard shortcuts"))
        self.resize(560, 520)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("Help", "Search for an action or a key…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Help", "Where"),
                QCoreApplication.translate("Help", "Action"),
                QCoreApplication.translate("Help", "Keys"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.6))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(QCoreApplication.translate("Help", "No shortcut matches."))
        self.empty.setEnabled(False)
        self.empty.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._fill(window)
        self.search.textChanged.connect(self._filter)
        self.search.setFocus()

    def _fill(self, window: QMainWindow) -> None:
        rows: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
        for menu in menus:
            assert isinstance(menu, QMenu)
            where = menu.title().replace("&", "")
            for action in menu.actions():
                keys = ", ".join(_native(k) for k in _typed(action.shortcuts()))
                text = _plain(action)
                if keys and text and text not in seen:
                    seen.add(text)
                    rows.append((where, text, keys))
        rows.extend(_fixed_shortcuts())
        self.table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _filter(self, text: str) -> None:
        wanted = fold(text.strip())
        shown = 0
        for row in range(self.table.rowCount()):
            cells = " ".join(self._cell(row, c) for c in range(3))
            hidden = bool(wanted) and wanted not in fold(cells)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        self.empty.setVisible(shown == 0)

    def visible_actions(self) -> list[str]:
        return [
            self._cell(row, 1)
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


OVERVIEW_NAME = "overview_name"


def _typed(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """The bindings a person types: the first, and others with a modifier (not the
    dedicated Undo key or F14 that some platforms add)."""
    found = [k for k in sequences if not k.isEmpty()]
    return found[:1] + [k for k in found[1:] if "+" in k.toString()]


def _plain(action: QAction) -> str:
    # Undo and Redo name what they would undo ("Undo typing in …"): the overview
    # uses the plain name they carry.
    name = action.property(OVERVIEW_NAME)
    text = name if isinstance(name, str) and name else action.text()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


# -- the user guide ------------------------------------------------------------------------


def guide_text(language: str) -> str:
    chosen = language if language in GUIDE_LANGUAGES else "en"
    return resource("help", f"guide.{chosen}.md").read_text(encoding="utf-8")


class UserGuide(QDialog):
    """The short guide in the interface language; a window of its own beside the work."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Help", "Field Dossier user guide"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(640, 560)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


class HelpMenu:
    """Fills the Help menu: user guide (F1), shortcuts, What's This? (Shift+F1)."""

    def __init__(self, window: QMainWindow, menu: QMenu, language: str) -> None:
        self.window, self.language = window, language
        self.guide: UserGuide | None = None
        self.shortcuts: ShortcutsDialog | None = None
        self.guide_action = make_action(
            window,
            QCoreApplication.translate("Help", "User &guide"),
            self.show_guide,
            icon_name="book-open",
            shortcut=QKeySequence.StandardKey.HelpContents,
        )
        self.shortcuts_action = make_action(
            window,
            QCoreApplication.translate("Help", "&Keyboard shortcuts"),
            self.show_shortcuts,
            icon_name="keyboard",
            shortcut="Ctrl+/",
        )
        self.whats_this_action = QWhatsThis.createAction(window)
        self.whats_this_action.setText(QCoreApplication.translate("Help", "&What's This?"))
        self.whats_this_action.setIcon(icon("circle-help"))
        for action in (self.guide_action, self.shortcuts_action, self.whats_this_action):
            window.addAction(action)  # the keys work wherever the focus is
        first = menu.actions()[0] if menu.actions() else None
        menu.insertActions(first, [self.guide_action, self.shortcuts_action])  # type: ignore[arg-type]
        menu.insertAction(first, self.whats_this_action)  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = UserGuide(self.language, self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_shortcuts(self) -> None:
        self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.open()
