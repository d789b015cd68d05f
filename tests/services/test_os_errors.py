"""Failures of the system said in plain words, in the user's language."""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.errors import StorageError
from desktop.i18n import install_translators
from desktop.services.os_errors import (
    NAME_UNKNOWN,
    NOT_ANSWERING,
    NOT_TRUSTED,
    TOO_SLOW,
    connection_problem,
    os_reason,
)
from desktop.tr import QT_TRANSLATE_NOOP


@pytest.fixture
def german() -> Iterator[None]:
    app = QCoreApplication.instance() or QCoreApplication([])
    translators = install_translators(app, "de")
    yield
    for translator in translators:
        app.removeTranslator(translator)


def wrapped(cause: BaseException) -> Exception:
    """As httpx raises: its own error, the system's as the cause."""
    try:
        try:
            raise cause
        except BaseException as inner:
            raise RuntimeError("[Errno 111] Connection refused") from inner
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize(
    ("cause", "message"),
    [
        (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), NOT_ANSWERING),
        (socket.gaierror(-2, "Name or service not known"), NAME_UNKNOWN),
        (TimeoutError("timed out"), TOO_SLOW),
        (ssl.SSLCertVerificationError("certificate verify failed"), NOT_TRUSTED),
    ],
)
def test_a_connection_problem_is_named_by_its_cause(cause: BaseException, message: str) -> None:
    assert connection_problem(wrapped(cause)) == message


def test_a_full_disk_reads_in_german_without_the_systems_english(german: None) -> None:
    error = StorageError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
        path="/media/usb/x.zip",
        reason=os_reason(OSError(errno.ENOSPC, "No space left on device")),
    )
    text = error.translated()
    assert text == "/media/usb/x.zip kann nicht geschrieben werden: der Datenträger ist voll"
    assert "No space" not in text and "Errno" not in text
    assert "No space" not in str(error), "the English text says it plainly too"
