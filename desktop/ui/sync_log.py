"""The sync log: what each sync of this session sent and received, its conflicts and
failures, and every change the server refused, with the reason in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.record_columns import short_date

if TYPE_CHECKING:  # the sync stack loads with the first sync, not with the window
    from desktop.sync.conflicts import ConflictView
    from desktop.sync.engine import SyncSummary
    from desktop.sync.status import RefusedChange

MAX_ENTRIES = 200


# Why the server refused a change, in words (its reason codes are stable API).
REASONS = {
    "forbidden": QT_TRANSLATE_NOOP("SyncLog", "Your role does not allow this change."),
    "invalid_value": QT_TRANSLATE_NOOP("SyncLog", "A value is not allowed by the server."),
    "invalid_locally": QT_TRANSLATE_NOOP(
        "SyncLog", "A value could not be sent (it breaks the data format)."
    ),
    "unknown_field": QT_TRANSLATE_NOOP(
        "SyncLog", "A field the server does not know (a newer or older version?)."
    ),
    "unknown_table": QT_TRANSLATE_NOOP("SyncLog", "A kind of record the server does not know."),
    "unknown_row": QT_TRANSLATE_NOOP(
        "SyncLog", "The record does not exist on the server (its creation was refused)."
    ),
    "wrong_workspace": QT_TRANSLATE_NOOP("SyncLog", "The change belongs to another workspace."),
    "invalid_id": QT_TRANSLATE_NOOP("SyncLog", "The record's id is not valid."),
    "invalid_op": QT_TRANSLATE_NOOP("SyncLog", "The server does not accept this kind of change."),
    "too_large": QT_TRANSLATE_NOOP("SyncLog", "The change is too large to send."),
}


@dataclass
class LogEntry:
    at: datetime
    text: str
    failed: bool = False
    details: list[str] = field(default_factory=list)


class SyncLog:
    """This session's syncs, newest last (kept in memory; the refused changes are in
    the store and shown from there)."""

    def __init__(self) -> None:
        self.entries: list[LogEntry] = []

    def add(self, text: str, *, failed: bool = False, details: Sequence[str] = ()) -> None:
        self.entries.append(LogEntry(datetime.now().astimezone(), text, failed, list(details)))
        del self.entries[:-MAX_ENTRIES]

    def add_summary(self, summary: SyncSummary, open_conflicts: Sequence[ConflictView]) -> None:
        text = ", ".join(
            [
                QCoreApplication.translate("SyncLog", "Sent %n change(s)", None, summary.sent),
                QCoreApplication.translate("SyncLog", "received %n", None, summary.received),
            ]
        )
        details: list[str] = []
        if summary.merged:
            details.append(
                QCoreApplication.translate(
                    "SyncLog",
                    "%n change(s) merged with changes made elsewhere",
                    None,
                    summary.merged,
                )
            )
        if summary.conflicts:
            details.append(
                QCoreApplication.translate(
                    "SyncLog", "%n new conflict(s):", None, summary.conflicts
                )
            )
            for conflict in open_conflicts:
                details.append(
                    "  "
                    + QCoreApplication.translate(
                        "SyncLog", "%1 of “%2”: theirs from %3, mine from %4"
                    )
                    .replace("%1", QCoreApplication.translate(FIELD_CONTEXT, conflict.field_label))
                    .replace("%2", conflict.record_title or conflict.record_id)
                    .replace("%3", conflict.server_author or "?")
                    .replace("%4", conflict.client_author or "?")
                )
        if summary.quarantined:
            details.append(
                QCoreApplication.translate(
                    "SyncLog",
                    "%n change(s) refused by the server (see below)",
                    None,
                    summary.quarantined,
                )
            )
        if summary.deferred:
            details.append(
                QCoreApplication.translate(
                    "SyncLog",
                    "%n change(s) wait for their record to arrive",
                    None,
                    summary.deferred,
                )
            )
        if summary.set_aside:
            details.append(
                QCoreApplication.translate(
                    "SyncLog",
                    "%n record(s) from the server this version cannot store",
                    None,
                    summary.set_aside,
                )
            )
        if summary.server_restored:
            details.append(
                QCoreApplication.translate(
                    "SyncLog", "The server was restored: everything was sent and read again."
                )
            )
        self.add(text, details=details)


class SyncLogDialog(QDialog):
    def __init__(
        self, log: SyncLog, refused: Sequence[RefusedChange], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SyncLog", "Sync log"))
        self.resize(720, 460)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate("SyncLog", "When"),
                QCoreApplication.translate("SyncLog", "What happened"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        red = QBrush(QColor("#c62828"))
        syncs = QTreeWidgetItem(
            [
                QCoreApplication.translate("SyncLog", "This session"),
                QCoreApplication.translate("SyncLog", "%n sync(s)", None, len(log.entries)),
            ]
        )
        for entry in reversed(log.entries):
            item = QTreeWidgetItem([_when(entry.at), entry.text])
            if entry.failed:
                item.setForeground(1, red)
            for detail in entry.details:
                item.addChild(QTreeWidgetItem(["", detail]))
            syncs.addChild(item)
        refusals = QTreeWidgetItem(
            [
                QCoreApplication.translate("SyncLog", "Refused by the server"),
                QCoreApplication.translate("SyncLog", "%n change(s)", None, len(refused)),
            ]
        )
        for change in refused:
            what = change.record_title or change.record_id
            reason = REASONS.get(change.reason)
            words = QCoreApplication.translate("SyncLog", reason) if reason else change.reason
            item = QTreeWidgetItem([_when(change.created_at), f"{what}: {words}"])
            if change.detail:
                item.addChild(QTreeWidgetItem(["", change.detail]))
            item.setForeground(1, red)
            refusals.addChild(item)
        self.tree.addTopLevelItems([syncs, refusals])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        note = QLabel(
            QCoreApplication.translate(
                "SyncLog",
                "A refused change stays on this computer; nothing is lost. Ask the "
                "workspace's administrator if the reason is unclear.",
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(note)
        layout.addWidget(buttons)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{short_date(local.date())} {local.strftime('%H:%M:%S')}"
