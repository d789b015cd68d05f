"""Photos available offline: after each sync, the missing photo files come down in the
background (setting `sync/photos` = "all", the default), with progress in the status bar.

It waits while the connection is metered, where Qt can tell (QNetworkInformation);
Qt has no portable view of a battery saver, so that is not detected. "On demand" keeps
the older behaviour: a photo is fetched when it is opened.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QNetworkInformation

from desktop.errors import UserError
from desktop.store import Database
from desktop.sync.errors import SyncCancelledError
from desktop.ui.ops import Op, run_op
from desktop.ui.settings import PHOTOS_DOWNLOAD, PHOTOS_ON_DEMAND, Settings

log = logging.getLogger("desktop.ui")


def metered_connection() -> bool:
    """Whether the system says the connection costs by volume (False if it cannot say)."""
    info = QNetworkInformation.instance()
    if info is None:
        QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Metered)
        info = QNetworkInformation.instance()
    if info is None or not info.supports(QNetworkInformation.Feature.Metered):
        return False
    return bool(info.isMetered())


class PhotoDownloader(QObject):
    progressed = Signal(int, int)  # done, total
    finished = Signal(int)  # files fetched
    failed = Signal(str)  # the error in words
    paused = Signal()  # waiting for an unmetered connection

    def __init__(self, db: Database, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        self._op: Op | None = None

    @property
    def running(self) -> bool:
        return self._op is not None

    @property
    def wanted(self) -> bool:
        return self.settings.get(PHOTOS_DOWNLOAD) != PHOTOS_ON_DEMAND

    def start(self, *, force: bool = False) -> bool:
        """Download what is missing; False if it does not start (on demand, metered, busy).
        `force`: the user asked (an export), so a metered connection does not stop it."""
        if self._op is not None or not (self.wanted or force):
            return False
        if not force and metered_connection():
            self.paused.emit()
            return False
        db = self.db

        def work(progress: Any, cancelled: Any) -> int:
            # The sync stack (HTTP client, keyring) loads with the first download, not
            # with the window that owns this downloader.
            from desktop.sync.blobs import download_missing

            return download_missing(
                db, cancelled=cancelled, progress=lambda done, total: progress(done, total, "")
            )

        self._op = run_op(
            work,
            on_success=self.finished.emit,
            on_failure=self._failed,
            on_progress=lambda done, total, _phase: self.progressed.emit(done, total),
            on_finished=self._ended,
        )
        return True

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _failed(self, error: UserError) -> None:
        if isinstance(error, SyncCancelledError):
            return
        log.info("photo download stopped: %s", error.english())
        self.failed.emit(error.translated())

    def _ended(self) -> None:
        self._op = None
