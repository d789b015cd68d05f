"""Background work as ops (after Anki's aqt/operations).

An op is a plain function of plain data run on QThreadPool; it never touches widgets.
Its result, its expected failure (a UserError) or its progress arrive on the GUI
thread through queued signals. A bug inside an op goes to the crash handler.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.errors import UserError

log = logging.getLogger("desktop.ui")

Progress = Callable[[int, int, str], None]


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)
    crashed = Signal(object)


class Op(QRunnable):
    """Runs `work(progress, cancelled)`; keep a reference until it reports."""

    def __init__(self, work: Callable[[Progress, Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._cancel.is_set)
        except UserError as error:
            self._emit(self.signals.failed, error)
        except Exception:
            self._emit(self.signals.crashed, sys.exc_info())
        else:
            self._emit(self.signals.succeeded, result)

    def _progress(self, done: int, total: int, message: str) -> None:
        self._emit(self.signals.progressed, done, total, message)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:
            # The receiver was destroyed meanwhile (window closed, app quitting).
            log.debug("an op finished after its receiver was gone")


_running: set[Op] = set()


def run_op(
    work: Callable[[Progress, Callable[[], bool]], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Op:
    """Start `work` on the pool. `on_finished` runs after it ended in any way (also a
    crash), so a caller's "busy" state can never stay on."""
    op = Op(work)
    _running.add(op)

    def finished() -> None:
        _running.discard(op)
        if on_finished is not None:
            on_finished()

    if on_success is not None:
        op.signals.succeeded.connect(on_success)
    if on_failure is not None:
        op.signals.failed.connect(on_failure)
    if on_progress is not None:
        op.signals.progressed.connect(on_progress)
    op.signals.succeeded.connect(finished)
    op.signals.failed.connect(finished)
    op.signals.crashed.connect(_report_crash)
    op.signals.crashed.connect(finished)
    (pool or QThreadPool.globalInstance()).start(op)
    return op


def _report_crash(exc_info: Any) -> None:
    sys.excepthook(*exc_info)


def wait_for_ops(timeout_ms: int = 30_000) -> bool:
    """Block until background ops finish (at shutdown, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
