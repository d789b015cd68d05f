"""Fail a test on any unexpected WARNING (or worse) log record (as qutebrowser does).

A warning in the log is a user-visible symptom or a bug more often than not; a test
that means to provoke one says so with `@pytest.mark.expected_warnings("regex", ...)`.
A few records that every run produces for reasons outside this code are allowed
here, by name, with the reason. Qt's own warnings fail through pytest-qt
(`qt_log_level_fail` in pyproject.toml).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

# Allowed everywhere: (logger, message regex, why).
ALLOWED: tuple[tuple[str, str, str], ...] = (
    # alembic's and sqlalchemy's own loggers are configured off; nothing else yet.
)


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _allowed(record: logging.LogRecord, expected: list[re.Pattern[str]]) -> bool:
    message = record.getMessage()
    if any(pattern.search(message) for pattern in expected):
        return True
    return any(
        record.name.startswith(logger) and re.search(pattern, message)
        for logger, pattern, _why in ALLOWED
    )


@pytest.fixture(autouse=True)
def fail_on_unexpected_warnings(request: pytest.FixtureRequest) -> Iterator[None]:
    expected = [
        re.compile(pattern)
        for marker in request.node.iter_markers("expected_warnings")
        for pattern in marker.args
    ]
    collector = _Collector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    unexpected = [r for r in collector.records if not _allowed(r, expected)]
    if unexpected:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(
            "unexpected warnings were logged (mark the test with "
            f"@pytest.mark.expected_warnings(...) if they are intended):\n{lines}",
            pytrace=False,
        )
