"""The context menu of every record list: open, duplicate, trash or restore, and an
activity's visit report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.icons import icon


@dataclass(frozen=True)
class ListMenuActions:
    open: Callable[[str, str], None]  # kind, id
    duplicate: Callable[[list[str]], None]
    trash: Callable[[list[str]], None]
    restore: Callable[[list[str]], None]
    visit_report: Callable[[str], None]  # activity id


def record_menu(
    parent: QWidget,
    records: list[tuple[str, str]],
    in_trash: bool,
    activity_id: str | None,
    actions: ListMenuActions,
) -> QMenu:
    """The menu for the selected `records` (kind, id); `activity_id` is the activity
    a visit report can be exported for (the clicked activity, or the view's)."""
    menu = QMenu(parent)
    ids = [record_id for _kind, record_id in records]
    first_kind, first_id = records[0]
    menu.addAction(
        icon("pencil"),
        QCoreApplication.translate("ListMenu", "&Open"),
        lambda: actions.open(first_kind, first_id),
    )
    if in_trash:
        menu.addAction(
            icon("archive-restore"),
            QCoreApplication.translate("ListMenu", "&Restore %n record(s)", None, len(ids)),
            lambda: actions.restore(ids),
        )
        return menu
    menu.addAction(
        icon("copy"),
        QCoreApplication.translate("ListMenu", "&Duplicate %n record(s)", None, len(ids)),
        lambda: actions.duplicate(ids),
    )
    menu.addAction(
        icon("trash-2"),
        QCoreApplication.translate("ListMenu", "Move %n record(s) to the &trash", None, len(ids)),
        lambda: actions.trash(ids),
    )
    if activity_id is not None:
        menu.addSeparator()
        menu.addAction(
            icon("file-output"),
            QCoreApplication.translate("ListMenu", "Export this activity's &visit report…"),
            lambda: actions.visit_report(activity_id),
        )
    return menu
