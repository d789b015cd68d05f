"""Progress reports and cancellation checks for one export, in phases of known weight.

The caller sees one bar from 0 to `TOTAL`: selecting records, composing the
document, typesetting it (the longest part) and saving. Each phase advances in
steps it knows the count of; reports are throttled to one per permille or new
message, so a worker thread does not flood the GUI's event queue.
"""

from __future__ import annotations

from typing import Final

from desktop.export.messages import ExportCancelledError
from desktop.export.options import CancelledCallback, ProgressCallback

TOTAL: Final = 1000
# Where each phase starts and ends on the bar.
PHASES: Final = {
    "select": (0, 80),
    "compose": (80, 300),
    "typeset": (300, 980),
    "save": (980, TOTAL),
}


class Progress:
    def __init__(
        self, report: ProgressCallback | None = None, cancelled: CancelledCallback | None = None
    ) -> None:
        self._report = report
        self._cancelled = cancelled
        self._low, self._high = 0, 0
        self._steps = 1
        self._done = 0
        self._message = ""
        self._last: tuple[int, str] | None = None

    def check(self) -> None:
        """Raise ExportCancelledError if the user asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelledError()

    def phase(self, name: str, steps: int, message: str) -> None:
        """Begin a phase of `steps` equal steps (at least one)."""
        self._low, self._high = PHASES[name]
        self._steps = max(steps, 1)
        self._done = 0
        self._message = message
        self._emit()

    def step(self, message: str | None = None, count: int = 1) -> None:
        """One (or `count`) step(s) of the current phase done; checks for cancellation."""
        self._done = min(self._done + count, self._steps)
        if message is not None:
            self._message = message
        self._emit()
        self.check()

    def finish(self, message: str) -> None:
        self._low = self._high = TOTAL
        self._message = message
        self._emit()

    @property
    def value(self) -> int:
        return self._low + (self._high - self._low) * self._done // self._steps

    def _emit(self) -> None:
        if self._report is None:
            return
        current = (self.value, self._message)
        if current != self._last:
            self._last = current
            self._report(current[0], TOTAL, current[1])
