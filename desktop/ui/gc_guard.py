"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs on whichever thread happens to allocate when a generation fills up.
If that is a worker (an export laying out a PDF, a sync), it may free the last Python
reference to a Qt object created on the GUI thread, and Qt destroys it on the wrong
thread: a crash, seen as a segmentation fault in the middle of an export. So automatic
collection is switched off and a timer on the GUI thread collects with the same
generation thresholds, the way Python itself would, only always on the right thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadGarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations that are over their threshold, youngest first."""
        young, middle, old = gc.get_count()
        if young <= self._thresholds[0]:
            return
        if middle <= self._thresholds[1]:
            gc.collect(0)
        elif old <= self._thresholds[2]:
            gc.collect(1)
        else:
            gc.collect(2)

    def stop(self) -> None:
        """Give collection back to Python (at shutdown, and between tests)."""
        self._timer.stop()
        gc.enable()
