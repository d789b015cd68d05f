"""Sync in the app: sign in, sync now or in the background, and resolve conflicts.

The work is `desktop.sync` (plain Python) run as ops off the GUI thread; this module
only asks, shows progress and reports. Working offline is normal: an unreachable
server during a background sync is a status, not an error dialog.

The sync stack (engine, HTTP client, keyring, wire models) is imported where a sign-in,
a sync or the sync log first needs it: the main window opens without it.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.sync.account_info import AccountInfo, current_account
from desktop.sync.address import complete_server_address
from desktop.sync.errors import (
    NotSignedInError,
    ServerUnreachableError,
    SessionExpiredError,
    SignInNotKeptError,
    SyncCancelledError,
    SyncInProgressError,
)
from desktop.ui.changes import EVERYTHING, ChangeBus
from desktop.ui.locked import with_lock_note
from desktop.ui.messages import show_error
from desktop.ui.ops import Op, run_op
from desktop.ui.photo_download import PhotoDownloader
from desktop.ui.record_columns import short_date
from desktop.ui.settings import AUTO_SYNC, AUTO_SYNC_MINUTES, SERVER_URL, WORKSPACE_NAME, Settings
from desktop.ui.sync_log import SyncLog, SyncLogDialog

if TYPE_CHECKING:
    from desktop.sync.engine import SyncProgress, SyncSummary
    from desktop.sync.status import SyncOverview

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
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.workspace = QLineEdit(settings.get(WORKSPACE_NAME))
        self.workspace.setPlaceholderText(self.tr("(your only workspace)"))
        self.remember = QCheckBox(
            self.tr("&Remember this sign-in (in the system's password store)")
        )
        from desktop.store.secrets import keyring_available  # the sync stack, on first use

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
        server_locked = settings.is_locked(SERVER_URL)
        form.addRow(self.tr("&Server:"), with_lock_note(self.server, server_locked))
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(
            self.tr("&Workspace:"),
            with_lock_note(self.workspace, settings.is_locked(WORKSPACE_NAME)),
        )
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
        user = self.user.text().strip()
        if not self.server.text().strip() or not user or not self.password.text():
            self.error.setText(
                self.tr("Fill in the server address (https://…), your user name and password.")
            )
            return
        try:
            server = complete_server_address(self.server.text())
        except UserError as error:
            self.error.setText(error.translated())
            self.server.setFocus()
            return
        if server != self.server.text().strip():
            self.server.setText(server)  # shown as completed: "https://" was added
        db, password = self.db, self.password.text()
        workspace = self.workspace.text().strip() or None
        remember = self.remember.isChecked()

        def work(_progress: Any, _cancelled: Any) -> AccountInfo:
            from desktop.sync.account import sign_in  # the sync stack, on first use

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
    photos_done = Signal(int)  # photo files fetched after a sync (0: stopped or failed)
    signed_in_changed = Signal()
    # Signed in to a workspace other than the local one: the window must be rebuilt.
    workspace_replaced = Signal()

    def __init__(
        self,
        db: Database,
        settings: Settings,
        scope: Scope,
        changes: ChangeBus,
        status_bar: QStatusBar,
        before_sync: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.db, self.settings, self.scope, self.changes = db, settings, scope, changes
        self.status_bar = status_bar
        self.before_sync = before_sync
        self.parent_widget = parent
        self._op: Op | None = None
        self.account: AccountInfo | None = None
        self.overview: SyncOverview | None = None
        self.can_sync = False
        # The last failure in words, until a sync succeeds (shown, not a dialog, when the
        # sync ran in the background).
        self.last_error: str | None = None
        self.log = SyncLog()
        self.photos_paused = False
        self.photos = PhotoDownloader(db, settings, self)
        self.photos.progressed.connect(self._photos_progressed)
        self.photos.finished.connect(self._photos_finished)
        self.photos.failed.connect(self._photos_failed)
        self.photos.paused.connect(self._photos_paused)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self._on_status_link)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        status_bar.addPermanentWidget(self.label)
        status_bar.addPermanentWidget(self.progress)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync(background=True))
        self.first_sync = QTimer(self, singleShot=True, interval=FIRST_BACKGROUND_SYNC_MS)
        self.first_sync.timeout.connect(lambda: self.sync(background=True))
        # Edits change "N changes not yet uploaded": recount a moment after they settle.
        self.recount = QTimer(self, singleShot=True, interval=700)
        self.recount.timeout.connect(self._recount)
        changes.records_changed.connect(lambda _kinds, _ids: self.recount.start())
        self._status_op: Op | None = None
        self.account = self._read_account()
        if self.account is None:
            self.refresh_account()
        else:
            # Signed in, the status bar's figures (changes waiting, photos, whether the
            # keyring still holds the sign-in) need the sync stack: they are read off the
            # GUI thread once the window is up, not before it is shown.
            QTimer.singleShot(0, self, self._read_first_overview)

    # -- state ---------------------------------------------------------------------------

    def _read_account(self) -> AccountInfo | None:
        try:
            return current_account(self.db)
        except UserError:
            return None

    def refresh_account(self, overview: SyncOverview | None = None) -> None:
        self.account = self._read_account()
        self._update_status(overview=overview)
        self._schedule()
        self.signed_in_changed.emit()

    def _read_first_overview(self) -> None:
        db = self.db

        def work(_progress: Any, _cancelled: Any) -> SyncOverview:
            from desktop.sync.status import sync_overview  # the sync stack, on first use

            return sync_overview(db)

        self._status_op = run_op(
            work,
            on_success=self._first_overview,
            on_failure=lambda _error: self._first_overview(None),
        )

    def _first_overview(self, overview: SyncOverview | None) -> None:
        self._status_op = None
        if not self._alive():
            return  # the window closed meanwhile
        if self.running:  # a sync began meanwhile (F5 at once): its end says the rest
            if overview is not None:
                self.overview, self.can_sync = overview, overview.can_sync
            self._schedule()
            self.signed_in_changed.emit()
            return
        self.refresh_account(overview)  # None (reading it failed): read again, here

    def _schedule(self) -> None:
        settings = self.settings
        if self.account is None or not settings.get(AUTO_SYNC):
            self.timer.stop()
            return
        self.timer.start(max(1, settings.get(AUTO_SYNC_MINUTES)) * 60_000)
        if not self.first_sync.isActive():
            self.first_sync.start()

    def _update_status(
        self, message: str | None = None, *, overview: SyncOverview | None = None
    ) -> None:
        label = self.label
        if self.account is None:
            self.can_sync = False
            label.setText(QCoreApplication.translate("Sync", "Not signed in — working locally"))
            label.setToolTip(
                QCoreApplication.translate(
                    "Sync", "Everything is stored on this computer. Sync → Sign in… to share."
                )
            )
            return
        if overview is None:
            from desktop.sync.status import sync_overview  # the sync stack, on first use

            overview = sync_overview(self.db)
        self.overview = overview
        self.can_sync = overview.can_sync
        parts: list[str] = []
        if message:
            parts.append(message)
        elif not overview.can_sync:
            # The data dir names an account, but its sign-in is gone (no keyring after a
            # restart): no sync happens until the user signs in again, so say so.
            parts.append(
                '<a href="sign-in">'
                + QCoreApplication.translate("Sync", "Not signed in — sign in to sync")
                + "</a>"
            )
        elif self.last_error is not None:
            parts.append(
                QCoreApplication.translate("Sync", "Sync failed: %1").replace(
                    "%1", html.escape(_shortened(self.last_error))
                )
            )
        else:
            last = overview.last_synced_at
            when = (
                _when(last) if last is not None else QCoreApplication.translate("Sync", "not yet")
            )
            parts.append(QCoreApplication.translate("Sync", "Last synced: %1").replace("%1", when))
        if overview.unsent:
            parts.append(
                QCoreApplication.translate(
                    "Sync", "%n change(s) not yet uploaded", None, overview.unsent
                )
            )
        if overview.photos_waiting:
            parts.append(
                QCoreApplication.translate(
                    "Sync", "%n photo(s) waiting", None, overview.photos_waiting
                )
                + (
                    " " + QCoreApplication.translate("Sync", "(paused: metered connection)")
                    if self.photos_paused
                    else ""
                )
            )
        if overview.refused:
            parts.append(
                QCoreApplication.translate("Sync", "%n change(s) refused", None, overview.refused)
            )
        parts.append('<a href="log">' + QCoreApplication.translate("Sync", "Sync log") + "</a>")
        label.setText(" · ".join(parts))
        tip = (
            QCoreApplication.translate("Sync", "Signed in as %1 on %2, workspace “%3”.")
            .replace("%1", self.account.username)
            .replace("%2", self.account.server_url)
            .replace("%3", self.account.workspace_name)
        )
        if self.last_error is not None:
            tip += "\n\n" + self.last_error
        label.setToolTip(tip)

    def _recount(self) -> None:
        if not self.running:
            self._update_status()

    def _on_status_link(self, link: str) -> None:
        if link == "sign-in":
            self.sign_in()
        elif link == "log":
            self.show_log()

    def show_log(self) -> None:
        from desktop.sync.status import refused_changes  # the sync stack, on first use

        dialog = SyncLogDialog(self.log, refused_changes(self.db), self.parent_widget)
        dialog.exec()

    @property
    def running(self) -> bool:
        return self._op is not None

    def _alive(self) -> bool:
        return shiboken6.isValid(self.label)

    # -- actions -------------------------------------------------------------------------

    def sign_in(self) -> None:
        dialog = SignInDialog(self.db, self.settings, self.scope.actor, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
            return
        self.account = dialog.account
        if dialog.account.workspace_id != self.scope.workspace_id:
            # The local workspace now carries the server workspace's id: rebuild the window.
            self.workspace_replaced.emit()
            return
        self.refresh_account()
        self.sync()

    def sign_out(self) -> None:
        if self.running:
            return
        from desktop.sync.account import sign_out  # the sync stack, on first use

        try:
            sign_out(self.db)
        except UserError as error:
            show_error(self.parent_widget, error)
        self.refresh_account()

    def sync(self, *, background: bool = False) -> None:
        if self.running or self.account is None:
            return
        if background and not self.can_sync:
            return  # the status bar says "sign in to sync"; no failing in silence
        self.photos.cancel()  # it starts again after this sync
        self.before_sync()
        db = self.db

        def work(progress: Any, cancelled: Any) -> SyncSummary:
            from desktop.sync.engine import run_sync  # the sync stack, on first use

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
        if not self._alive():
            return  # the window closed while the work ran
        self.progress.setVisible(False)

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
        self.photos.cancel()

    # -- photos ----------------------------------------------------------------------------

    def download_photos(self, *, force: bool = False) -> bool:
        """Start fetching the missing photos (after a sync, or asked for by an export)."""
        if self.account is None or not self.can_sync:
            return False
        self.photos_paused = False
        return self.photos.start(force=force)

    def _photos_progressed(self, done: int, total: int) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        if self.running:
            return  # a sync's own progress has the bar
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(True)
        self.label.setText(
            QCoreApplication.translate("Sync", "Downloading photos… %1 of %2")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _photos_finished(self, fetched: int) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        if not self.running:
            self.progress.setVisible(False)
        if fetched:
            self.log.add(
                QCoreApplication.translate("Sync", "Downloaded %n photo(s)", None, fetched)
            )
            self.changes.announce(["attachment"])
        self._update_status()
        self.photos_done.emit(fetched)

    def _photos_failed(self, message: str) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        if not self.running:
            self.progress.setVisible(False)
        self.log.add(message, failed=True)
        self._update_status()
        self.photos_done.emit(0)

    def _photos_paused(self) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        self.photos_paused = True
        self.log.add(
            QCoreApplication.translate(
                "Sync", "Photos wait: the connection is metered. They come with a later sync."
            )
        )
        self._update_status()

    def _progressed(self, done: int, total: int, phase: str) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        names = {
            "connect": QCoreApplication.translate("Sync", "Connecting…"),
            "upload": QCoreApplication.translate("Sync", "Uploading photos…"),
            "push": QCoreApplication.translate("Sync", "Sending changes…"),
            "pull": QCoreApplication.translate("Sync", "Receiving changes…"),
        }
        self.label.setText(names.get(phase, QCoreApplication.translate("Sync", "Syncing…")))

    def _finished(self, summary: SyncSummary) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        from desktop.sync.conflicts import load_open_conflicts

        self.account = current_account(self.db)
        self.last_error = None
        self.log.add_summary(summary, load_open_conflicts(self.db, self.scope.workspace_id))
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
        self.status_bar.showMessage(
            QCoreApplication.translate("Sync", "Synced: %1").replace("%1", ", ".join(parts)), 10_000
        )
        if summary.received or summary.conflicts or summary.merged or summary.set_aside:
            self.changes.announce([EVERYTHING])
        self.synced.emit(summary)
        self.download_photos()

    def _failed(self, error: UserError, background: bool) -> None:
        if not self._alive():
            return  # the window closed while the work ran
        if isinstance(error, SyncInProgressError):
            return
        if isinstance(error, SyncCancelledError):
            self.log.add(
                QCoreApplication.translate("Sync", "Sync cancelled; it continues next time.")
            )
            self._update_status()
            return
        self.last_error = error.translated()
        self.log.add(self.last_error, failed=True)
        if isinstance(error, ServerUnreachableError):
            self._update_status()
            if not background:
                show_error(self.parent_widget, error)
            return
        if isinstance(error, SessionExpiredError | SignInNotKeptError | NotSignedInError):
            self._update_status()
            if not background:
                self.sign_in()
            return
        self._update_status()
        log.warning("sync failed: %s", error.english())
        if not background:
            show_error(self.parent_widget, error)


def _shortened(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _when(moment: datetime) -> str:
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    time = local.strftime("%H:%M")
    return time if local.date() == today else f"{short_date(local.date())} {time}"


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
