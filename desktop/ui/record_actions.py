"""What happens to whole records - trash, restore, bulk edits, duplicates - with undo.

Each call writes through the services in one transaction, announces the change on
the ChangeBus, says what it did in the status bar and puts one step on the window's
undo history (four records to the trash are one Ctrl+Z).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import UserError
from desktop.services.bulk import add_value, duplicate_records, put_back
from desktop.services.records import restore_records, trash_records
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.changes import ChangeBus
from desktop.ui.messages import show_error
from desktop.ui.undo import RecordsStep, UndoRouter


class RecordActions(QObject):
    moved = Signal(list, list)  # kinds, ids: records left for the trash or came back
    duplicated = Signal(str, str)  # kind, id of the (first) copy

    def __init__(
        self,
        db: Database,
        scope: Scope,
        changes: ChangeBus,
        router: UndoRouter,
        notify: Callable[[str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.db, self.scope, self.changes, self.router = db, scope, changes, router
        self.notify = notify
        self._parent = parent

    # -- trash --------------------------------------------------------------------------

    def trash(self, record_ids: Sequence[str]) -> bool:
        ids = list(record_ids)
        if not ids or not self._move(trash_records, ids):
            return False
        self.notify(
            QCoreApplication.translate(
                "RecordActions",
                "Moved %n record(s) to the trash. Undo brings them back.",
                None,
                len(ids),
            )
        )
        self.router.push(
            RecordsStep(
                QCoreApplication.translate(
                    "RecordActions", "moving %n record(s) to the trash", None, len(ids)
                ),
                undo=lambda: self._move(restore_records, ids),
                redo=lambda: self._move(trash_records, ids),
            )
        )
        return True

    def restore(self, record_ids: Sequence[str]) -> bool:
        ids = list(record_ids)
        if not ids or not self._move(restore_records, ids):
            return False
        self.notify(
            QCoreApplication.translate("RecordActions", "Restored %n record(s).", None, len(ids))
        )
        self.router.push(
            RecordsStep(
                QCoreApplication.translate(
                    "RecordActions", "restoring %n record(s)", None, len(ids)
                ),
                undo=lambda: self._move(trash_records, ids),
                redo=lambda: self._move(restore_records, ids),
            )
        )
        return True

    def _move(
        self, service: Callable[[Database, Scope, list[str]], list[str]], ids: list[str]
    ) -> bool:
        try:
            kinds = service(self.db, self.scope, ids)
        except UserError as error:
            show_error(self._parent, error)
            return False
        self.moved.emit(kinds, ids)
        return True

    # -- bulk edits ---------------------------------------------------------------------

    def add(self, record_ids: Sequence[str], name: str, value: Any, what: str) -> bool:
        """Add `value` to field `name` of each record; `what` names it ("tag “X”")."""
        try:
            change = add_value(self.db, self.scope, record_ids, name, value)
        except UserError as error:
            show_error(self._parent, error)
            return False
        message = QCoreApplication.translate(
            "RecordActions", "Added %1 to %n record(s).", None, change.changed
        ).replace("%1", what)
        if change.without_field:
            message += " " + QCoreApplication.translate(
                "RecordActions",
                "%n record(s) have no such field and were left as they were.",
                None,
                change.without_field,
            )
        self.notify(message)
        if not change.before:
            return False
        before = change.before
        after = {record_id: {n: value for n in patch} for record_id, patch in before.items()}

        def undo() -> None:
            self._write(lambda: put_back(self.db, self.scope, before), list(before))

        def redo() -> None:
            again = list(after)
            self._write(lambda: add_value(self.db, self.scope, again, name, value).kinds, again)

        self.router.push(
            RecordsStep(
                QCoreApplication.translate("RecordActions", "adding %1").replace("%1", what),
                undo,
                redo,
            )
        )
        self.changes.announce(change.kinds, list(before))
        return True

    def _write(self, action: Callable[[], frozenset[str]], ids: list[str]) -> None:
        try:
            kinds = action()
        except UserError as error:
            show_error(self._parent, error)
            return
        self.changes.announce(kinds, ids)

    # -- copies -------------------------------------------------------------------------

    def duplicate(self, record_ids: Sequence[str]) -> bool:
        try:
            copies = duplicate_records(self.db, self.scope, record_ids)
        except UserError as error:
            show_error(self._parent, error)
            return False
        if not copies:
            return False
        ids = [record_id for _kind, record_id in copies]
        self.changes.announce({kind for kind, _id in copies}, ids)
        self.router.push(
            RecordsStep(
                QCoreApplication.translate(
                    "RecordActions", "duplicating %n record(s)", None, len(ids)
                ),
                undo=lambda: self._move(trash_records, ids),
                redo=lambda: self._move(restore_records, ids),
            )
        )
        self.notify(
            QCoreApplication.translate("RecordActions", "Duplicated %n record(s).", None, len(ids))
        )
        self.duplicated.emit(*copies[0])
        return True
