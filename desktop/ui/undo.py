"""Undo and redo: one history per editor, one for what happens to whole records.

An editor's history holds its field edits (typing, tags, combos, dates); the
window's holds moves to the trash, restores and bulk edits. Edit → Undo takes back
the latest step of the two that concern what the user sees: the shown editor's and
the window's. The action says what it would undo and is greyed when nothing is left.

Text fields and date fields keep no history of their own: Ctrl+Z in them reaches
the window's action, so there is one undo, not two competing ones.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTextEdit, QWidget
from shiboken6 import isValid

_clock = itertools.count(1)
FIELD_EDIT_ID = 1001  # QUndoCommand.id(): field edits may merge with one another


def _tick() -> int:
    return next(_clock)


class Step(QUndoCommand):
    """A command that remembers when it was done and when it was last undone."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.done_at = _tick()
        self.undone_at = 0


class FieldEdit(Step):
    """One field of one editor changed from `old` to `new`.

    The change has happened already when the command is pushed (the user typed it),
    so its first redo does nothing. Typing merges into one step per word: an
    insertion that starts with a space after a word begins a new step.
    """

    def __init__(
        self,
        apply: Callable[[str, Any, int | None], None],
        name: str,
        label: str,
        typing: bool,
        old: Any,
        new: Any,
        cursor_before: int | None,
        cursor_after: int | None,
    ) -> None:
        text = (
            QCoreApplication.translate("Undo", "typing in “%1”")
            if typing
            else QCoreApplication.translate("Undo", "change of “%1”")
        ).replace("%1", label)
        super().__init__(text)
        self.apply, self.name, self.typing = apply, name, typing
        self.old, self.new = old, new
        self.cursor_before, self.cursor_after = cursor_before, cursor_after
        self._pushed = False

    def id(self) -> int:
        return FIELD_EDIT_ID

    def redo(self) -> None:
        if self._pushed:
            self.apply(self.name, self.new, self.cursor_after)
        self._pushed = True

    def undo(self) -> None:
        self.undone_at = _tick()
        self.apply(self.name, self.old, self.cursor_before)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or other.name != self.name or not self.typing:
            return False
        if not (isinstance(self.new, str) and isinstance(other.new, str)):
            return False
        mine, theirs = _edit_of(self.old, self.new), _edit_of(other.old, other.new)
        if mine[0] != theirs[0]:
            return False  # typing after deleting (or the other way round): a new step
        if theirs[0] == "insert" and (mine[1][-1:].isspace() or theirs[1][:1].isspace()):
            return False  # the word before was finished: this is the next one
        self.new, self.cursor_after, self.done_at = other.new, other.cursor_after, other.done_at
        return True


def _edit_of(old: str, new: str) -> tuple[str, str]:
    """("insert" | "delete", the characters inserted or deleted)."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    if len(new) >= len(old):
        return "insert", new[start : start + len(new) - len(old)]
    return "delete", old[start : start + len(old) - len(new)]


class RecordsStep(Step):
    """Something done to whole records (trash, restore, a bulk edit): done already
    when pushed; undo and redo call the services again."""

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._redo()
        self._pushed = True

    def undo(self) -> None:
        self.undone_at = _tick()
        self._undo()


class UndoKeys(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z in a text field reach the window's Undo/Redo.

    Text widgets claim those keys for their own history (which would undo a whole
    paragraph at once and bypass autosave); this filter declines the claim.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()
            return True
        return False


def route_undo_keys(root: QWidget, keys: UndoKeys) -> None:
    """Install `keys` on every text and date widget below `root`."""
    for kind in (QLineEdit, QTextEdit, QAbstractSpinBox):
        for widget in root.findChildren(kind):
            widget.installEventFilter(keys)
            if isinstance(widget, QTextEdit):
                widget.setUndoRedoEnabled(False)


class UndoRouter(QObject):
    """Points the window's Undo and Redo at the right history and keeps their text
    ("Undo typing in “Text”") and enabled state current."""

    def __init__(
        self,
        undo_action: QAction,
        redo_action: QAction,
        editor_history: Callable[[], QUndoStack | None],
        record_typing: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._record_typing = record_typing  # typing not yet on the history goes there
        self.window_history = QUndoStack(self)
        self.undo_action, self.redo_action = undo_action, redo_action
        self._editor_history = editor_history
        self._watched: set[int] = set()
        # What the shortcut overview calls them (their text changes with each step).
        undo_action.setProperty("overview_name", QCoreApplication.translate("Undo", "Undo"))
        redo_action.setProperty("overview_name", QCoreApplication.translate("Undo", "Redo"))
        self.watch(self.window_history)
        self.refresh()

    def watch(self, stack: QUndoStack) -> None:
        if id(stack) in self._watched:
            return
        self._watched.add(id(stack))
        stack.indexChanged.connect(self.refresh)
        stack.cleanChanged.connect(self.refresh)

    def push(self, step: Step) -> None:
        self.window_history.push(step)

    def _stacks(self) -> list[QUndoStack]:
        editor = self._editor_history()
        return [self.window_history] + ([editor] if editor is not None else [])

    def _next_undo(self) -> tuple[QUndoStack, Step] | None:
        best: tuple[QUndoStack, Step] | None = None
        for stack in self._stacks():
            if stack.canUndo():
                step = stack.command(stack.index() - 1)
                if isinstance(step, Step) and (best is None or step.done_at > best[1].done_at):
                    best = (stack, step)
        return best

    def _next_redo(self) -> tuple[QUndoStack, Step] | None:
        best: tuple[QUndoStack, Step] | None = None
        for stack in self._stacks():
            if stack.canRedo():
                step = stack.command(stack.index())
                if isinstance(step, Step) and (best is None or step.undone_at > best[1].undone_at):
                    best = (stack, step)
        return best

    def undo(self) -> None:
        self._record_typing()
        found = self._next_undo()
        if found is not None:
            found[0].undo()
        self.refresh()

    def redo(self) -> None:
        self._record_typing()
        found = self._next_redo()
        if found is not None:
            found[0].redo()
        self.refresh()

    def refresh(self) -> None:
        try:
            undo, redo = self._next_undo(), self._next_redo()
        except RuntimeError:
            return  # the window is being torn down: its histories go with it
        if not isValid(self.undo_action) or not isValid(self.redo_action):
            return
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)
        self.undo_action.setText(
            QCoreApplication.translate("Undo", "&Undo %1").replace("%1", undo[1].text())
            if undo
            else QCoreApplication.translate("Undo", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("Undo", "&Redo %1").replace("%1", redo[1].text())
            if redo
            else QCoreApplication.translate("Undo", "&Redo")
        )
        for action in (self.undo_action, self.redo_action):
            plain = action.text().replace("&", "")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
            action.setStatusTip(plain)
