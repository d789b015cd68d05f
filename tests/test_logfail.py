"""The suite fails on a warning nobody expected (tests/helpers/logfail.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
INNER_TESTS = """
import logging
import pytest

def test_warns_unexpectedly():
    logging.getLogger("desktop.sync").warning("the queue is stuck")

@pytest.mark.expected_warnings("queue is stuck")
def test_warns_on_purpose():
    logging.getLogger("desktop.sync").warning("the queue is stuck")

def test_says_nothing():
    logging.getLogger("desktop.sync").info("all well")
"""


def test_an_unexpected_warning_fails_the_test_and_an_expected_one_does_not(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    pytester.makeconftest('pytest_plugins = ["tests.helpers.logfail"]\n')
    pytester.makepyfile(INNER_TESTS)
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-o", "markers=expected_warnings"
    )
    result.assert_outcomes(passed=3, errors=1)  # the warning fails its test at teardown
    result.stdout.fnmatch_lines(["*unexpected warnings were logged*", "*the queue is stuck*"])
