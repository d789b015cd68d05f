"""Sync in the app: sign in, sync now or in the background, and resolve conflicts.

The work is `desktop.sync` (plain Python) run as ops off the GUI thread; this module
only asks, shows progress and reports. Working offline is normal: an unreachable
server during a background sync is a status, not an error dialog.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import NotFoundError, UserError
from desktop.models import MODEL_BY_TABLE, SyncConflict
from desktop.services.schema import FIELD_CONTEXT, KINDS, FieldSpec
from desktop.services.search import record_title
from desktop.services.taxonomy import Taxonomy
from desktop.store import Database
from desktop.sync.account import AccountInfo, current_account, keyring_available, sign_in, sign_out
from desktop.sync.conflicts import mine_side, resolve_conflict
from desktop.sync.engine import SyncProgress, SyncSummary, run_sync
from desktop.sync.errors import (
    NotSignedInError,
    ServerUnreachableError,
    SessionExpiredError,
    SignInNotKeptError,
    SyncCancelledError,
    SyncInProgressError,
)
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.icons import icon
from desktop.ui.messages import show_error
from desktop.ui.ops import Op, run_op
from desktop.ui.record_columns import short_date
from desktop.ui.settings import AUTO_SYNC, AUTO_SYNC_MINUTES, SERVER_URL, WORKSPACE_NAME, Settings

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

log = logging.getLogger("desktop.ui")
FIRST_BACKGROUND_SYNC_MS = 15_000


# -- signing in --------------------------------------------------------------------------


class SignInDialog(QDialog):
    def __init__(self, db: Database, settings: Settings, user: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.account: AccountInfo | None = None
        self._op: Op | None = None
        self.setWindowTitle(self.tr("Sign in to the sync server"))
        self.setMinimumWidth(480)
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setEnabled(not settings.is_locked(SERVER_URL))
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.workspace = QLineEdit(settings.get(WORKSPACE_NAME))
        self.workspace.setPlaceholderText(self.tr("(your only workspace)"))
        self.workspace.setEnabled(not settings.is_locked(WORKSPACE_NAME))
        self.remember = QCheckBox(
            self.tr("&Remember this sign-in (in the system's password store)")
        )
        can_remember = keyring_available()
        self.remember.setChecked(can_remember)
        self.remember.setEnabled(can_remember)
        self.keyring_note = QLabel(
            self.tr(
                "This computer has no secure password store, so the sign-in is kept only "
                "until Field Dossier closes."
            )
        )
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(not can_remember)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Server:"), self.server)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Workspace:"), self.workspace)
        form.addRow(self.remember)
        form.addRow(self.keyring_note)
        note = QLabel(
            self.tr(
                "Everything you recorded on this computer before signing in is uploaded "
                "into this workspace at the next sync."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        self.buttons = QDialogButtonBox()
        self.ok = self.buttons.addButton(
            self.tr("Sign &in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        (self.password if self.user.text() else self.user).setFocus()

    def _start(self) -> None:
        server, user = self.server.text().strip(), self.user.text().strip()
        if not server.startswith(("https://", "http://")) or not user or not self.password.text():
            self.error.setText(
                self.tr("Fill in the server address (https://…), your user name and password.")
            )
            return
        db, password = self.db, self.password.text()
        workspace = self.workspace.text().strip() or None
        remember = self.remember.isChecked()

        def work(_progress: Any, _cancelled: Any) -> AccountInfo:
            return sign_in(db, server, user, password, workspace, remember=remember)

        self.error.clear()
        self.progress.setVisible(True)
        self.ok.setEnabled(False)
        self._op = run_op(
            work, on_success=self._signed_in, on_failure=self._failed, on_finished=self._ended
        )

    def _ended(self) -> None:
        self._op = None
        self.progress.setVisible(False)
        self.ok.setEnabled(self.account is None)

    def _signed_in(self, account: AccountInfo) -> None:
        self.account = account
        self.settings.set(SERVER_URL, account.server_url)
        self.settings.set(WORKSPACE_NAME, account.workspace_name)
        self.accept()

    def _failed(self, error: UserError) -> None:
        self.progress.setVisible(False)
        self.ok.setEnabled(True)
        self.password.selectAll()
        self.error.setText(error.translated())


# -- syncing -----------------------------------------------------------------------------


class SyncController(QObject):
    """Runs syncs one at a time (never overlapping) and keeps the status bar honest."""

    synced = Signal(object)  # SyncSummary
    signed_in_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._op: Op | None = None
        self.account: AccountInfo | None = None
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        window.statusBar().addPermanentWidget(self.progress)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync(background=True))
        self.first_sync = QTimer(self, singleShot=True, interval=FIRST_BACKGROUND_SYNC_MS)
        self.first_sync.timeout.connect(lambda: self.sync(background=True))
        self.refresh_account()

    # -- state ---------------------------------------------------------------------------

    def refresh_account(self) -> None:
        try:
            self.account = current_account(self.window.db)
        except UserError:
            self.account = None
        self._update_status()
        self._schedule()
        self.signed_in_changed.emit()

    def _schedule(self) -> None:
        settings = self.window.settings
        if self.account is None or not settings.get(AUTO_SYNC):
            self.timer.stop()
            return
        self.timer.start(max(1, settings.get(AUTO_SYNC_MINUTES)) * 60_000)
        if not self.first_sync.isActive():
            self.first_sync.start()

    def _update_status(self, message: str | None = None) -> None:
        label = self.window.sync_label
        if self.account is None:
            label.setText(QCoreApplication.translate("Sync", "Not signed in — working locally"))
            label.setToolTip(
                QCoreApplication.translate(
                    "Sync", "Everything is stored on this computer. Sync → Sign in… to share."
                )
            )
            return
        last = self.account.last_synced_at
        when = _when(last) if last is not None else QCoreApplication.translate("Sync", "not yet")
        label.setText(
            message or QCoreApplication.translate("Sync", "Last synced: %1").replace("%1", when)
        )
        label.setToolTip(
            QCoreApplication.translate("Sync", "Signed in as %1 on %2, workspace “%3”.")
            .replace("%1", self.account.username)
            .replace("%2", self.account.server_url)
            .replace("%3", self.account.workspace_name)
        )

    @property
    def running(self) -> bool:
        return self._op is not None

    # -- actions -------------------------------------------------------------------------

    def sign_in(self) -> None:
        dialog = SignInDialog(
            self.window.db, self.window.settings, self.window.scope.actor, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return
        self.account = dialog.account
        if dialog.account.workspace_id != self.window.scope.workspace_id:
            # The local workspace now carries the server workspace's id: rebuild the window.
            self.window.reopen_requested.emit()
            return
        self.refresh_account()
        self.sync()

    def sign_out(self) -> None:
        if self.running:
            return
        try:
            sign_out(self.window.db)
        except UserError as error:
            show_error(self.window, error)
        self.refresh_account()

    def sync(self, *, background: bool = False) -> None:
        if self.running or self.account is None:
            return
        self.window.flush_editors()
        db = self.window.db

        def work(progress: Any, cancelled: Any) -> SyncSummary:
            def report(step: SyncProgress) -> None:
                progress(step.done, step.total, step.phase)

            return run_sync(db, progress=report, cancelled=cancelled)

        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._update_status(QCoreApplication.translate("Sync", "Syncing…"))
        self._op = run_op(
            work,
            on_success=self._finished,
            on_failure=lambda error: self._failed(error, background),
            on_progress=self._progressed,
            on_finished=self._ended,
        )

    def _ended(self) -> None:
        """After success, failure or a crash alike: ready for the next sync."""
        self._op = None
        self.progress.setVisible(False)

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _progressed(self, done: int, total: int, phase: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        names = {
            "connect": QCoreApplication.translate("Sync", "Connecting…"),
            "upload": QCoreApplication.translate("Sync", "Uploading photos…"),
            "push": QCoreApplication.translate("Sync", "Sending changes…"),
            "pull": QCoreApplication.translate("Sync", "Receiving changes…"),
        }
        self.window.sync_label.setText(
            names.get(phase, QCoreApplication.translate("Sync", "Syncing…"))
        )

    def _finished(self, summary: SyncSummary) -> None:
        self.account = current_account(self.window.db)
        self._update_status()
        parts = [
            QCoreApplication.translate("Sync", "sent %n change(s)", None, summary.sent),
            QCoreApplication.translate("Sync", "received %n", None, summary.received),
        ]
        if summary.conflicts:
            parts.append(
                QCoreApplication.translate(
                    "Sync", "%n new conflict(s) to resolve", None, summary.conflicts
                )
            )
        if summary.quarantined:
            parts.append(
                QCoreApplication.translate(
                    "Sync", "%n change(s) refused by the server", None, summary.quarantined
                )
            )
        self.window.statusBar().showMessage(
            QCoreApplication.translate("Sync", "Synced: %1").replace("%1", ", ".join(parts)), 10_000
        )
        if summary.received or summary.conflicts or summary.merged:
            self.window.refresh_after_sync()
        self.synced.emit(summary)

    def _failed(self, error: UserError, background: bool) -> None:
        if isinstance(error, SyncInProgressError):
            return
        if isinstance(error, ServerUnreachableError | SyncCancelledError):
            self._update_status(
                QCoreApplication.translate(
                    "Sync", "Offline — will sync when the server is reachable"
                )
            )
            if not background and isinstance(error, ServerUnreachableError):
                show_error(self.window, error)
            return
        if isinstance(error, SessionExpiredError | SignInNotKeptError | NotSignedInError):
            self._update_status(QCoreApplication.translate("Sync", "Sign in again to sync"))
            if not background:
                self.sign_in()
            return
        self._update_status(QCoreApplication.translate("Sync", "Sync failed — see the message"))
        log.warning("sync failed: %s", error.english())
        if not background:
            show_error(self.window, error)


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    time = local.strftime("%H:%M")
    return time if local.date() == today else f"{short_date(local.date())} {time}"


# -- conflicts ---------------------------------------------------------------------------


class ConflictDialog(QDialog):
    """One conflict, both values side by side; keep one, or write the value to keep."""

    def __init__(self, db: Database, actor: str, conflict_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.actor, self.conflict_id = db, actor, conflict_id
        self.setMinimumSize(720, 360)
        with db.read() as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "There is no conflict with the id {id}."),
                    id=conflict_id,
                )
            model = MODEL_BY_TABLE.get(conflict.table_name)
            record = session.get(model, conflict.row_id) if model is not None else None
            taxonomy = Taxonomy(session, conflict.workspace_id)
            mine = mine_side(session, conflict)
            self.field_name = conflict.field_name
            kind = record.__kind__ if record is not None else conflict.table_name
            field_label = field_label_of(kind, conflict.field_name)
            self.field_label = field_label
            field_type = field_type_of(kind, conflict.field_name)
            title = record_title(record) if record is not None else conflict.row_id
            values = {
                "base": _display(conflict.base_value, taxonomy),
                "server": _display(conflict.server_value, taxonomy),
                "client": _display(conflict.client_value, taxonomy),
            }
            authors = {"server": conflict.server_author, "client": conflict.client_author}
            self.mine = mine
        self.setWindowTitle(self.tr("Resolve a conflict"))
        heading = QLabel(
            self.tr("“%1” was changed in two places: %2.")
            .replace("%1", field_label)
            .replace("%2", title)
        )
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        grid = QGridLayout()
        theirs = "server" if mine == "client" else "client"
        columns = [
            ("base", self.tr("Before both changes")),
            (
                theirs if mine else "server",
                self.tr("Theirs — %1").replace("%1", authors[theirs if mine else "server"] or "?"),
            ),
            (
                mine or "client",
                self.tr("Mine — %1").replace("%1", authors[mine or "client"] or "?"),
            ),
        ]
        for column, (side, caption) in enumerate(columns):
            label = QLabel(caption)
            label.setFont(font)
            box = QPlainTextEdit(values[side])
            box.setReadOnly(True)
            grid.addWidget(label, 0, column)
            grid.addWidget(box, 1, column)
        self.custom = QPlainTextEdit(values[mine or "client"])
        self.custom.setVisible(False)
        # Only text can be written freely; lists, dates and choices are kept from a side
        # (and can be edited on the record afterwards).
        self.writable = field_type in ("text", "markdown", "email", "phone", "country")
        buttons = QDialogButtonBox()
        keep_theirs = QPushButton(icon("cloud"), self.tr("Keep &theirs"))
        keep_mine = QPushButton(icon("notebook-pen"), self.tr("Keep &mine"))
        write = QPushButton(icon("pencil"), self.tr("&Write the value…"))
        for button in (keep_theirs, keep_mine, write):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        keep_mine.clicked.connect(lambda: self._resolve("mine"))
        write.clicked.connect(self._write_value)
        write.setVisible(self.writable)
        if mine is None:
            hint = QLabel(
                self.tr("Neither value was written on this computer: write the value to keep.")
                if self.writable
                else self.tr(
                    "Neither value was written on this computer. Resolve it on the computer "
                    "where one of them was written."
                )
            )
            hint.setWordWrap(True)
            keep_theirs.setEnabled(False)
            keep_mine.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        if mine is None:
            layout.addWidget(hint)
        layout.addWidget(self.custom)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._write_button = write

    def _write_value(self) -> None:
        if not self.custom.isVisible():
            self.custom.setVisible(True)
            self._write_button.setText(self.tr("&Keep what I wrote"))
            self.custom.setFocus()
            return
        self._resolve(self.custom.toPlainText())

    def _resolve(self, choice: Any) -> None:
        try:
            resolve_conflict(self.db, self.conflict_id, choice, self.actor)
        except UserError as error:
            self.error.setText(error.translated({self.field_name: self.field_label}))
            return
        self.accept()


def _stored_field(kind: str, field_name: str) -> FieldSpec | None:
    """The field spec behind a stored column (conflicts name columns, not public names)."""
    spec = KINDS.get(kind)
    return next((f for f in spec.fields if f.attr == field_name), None) if spec else None


def field_label_of(kind: str, field_name: str) -> str:
    """The translated label of a stored field ("deleted_at" reads as "In the trash")."""
    if field_name == "deleted_at":
        return QCoreApplication.translate("Sync", "In the trash")
    field = _stored_field(kind, field_name)
    return QCoreApplication.translate(FIELD_CONTEXT, field.label) if field else field_name


def field_type_of(kind: str, field_name: str) -> str:
    field = _stored_field(kind, field_name)
    return field.type if field else "other"


def _display(value: Any, taxonomy: Taxonomy) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "\n".join(
            taxonomy.term_name(v) if v in taxonomy.terms else taxonomy.municipality_name(v)
            for v in map(str, value)
        )
    if isinstance(value, str) and value in taxonomy.terms:
        return taxonomy.term_name(value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Sync", "yes")
            if value
            else QCoreApplication.translate("Sync", "no")
        )
    return str(value)


def confirm_sign_out(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Sync", "Sign out"),
        QCoreApplication.translate(
            "Sync",
            "Sign out of the sync server? Your records stay on this computer; changes not "
            "yet synced are sent when you sign in again.",
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
