"""Failures of the operating system and the network, said in plain words.

Python's own text ("[Errno 111] Connection refused", "[Errno 28] No space left on
device") is English, and jargon besides; a municipal employee reading German or Dutch
needs the cause in their language and what to do. This is the one place that maps an
exception to such words, for files (`os_reason`) and for a server
(`connection_problem`); the sync engine and every file operation use it. The English
detail still goes to the log where the raise site logs it.
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator
from typing import Final

from desktop.errors import Phrase
from desktop.tr import QT_TRANSLATE_NOOP

# -- files ---------------------------------------------------------------------------

_FILE_REASONS: Final[dict[int, str]] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "it does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "you are not allowed to use it"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "you are not allowed to use it"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the drive cannot be written to"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Errors", "it exists already"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("Errors", "another program is using it"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("Errors", "another program is using it"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the drive could not be read or written"),
    errno.EINVAL: QT_TRANSLATE_NOOP("Errors", "the name contains characters that are not allowed"),
}
_FILE_OTHER: Final = QT_TRANSLATE_NOOP("Errors", "the operating system refused")


def os_reason(error: BaseException) -> Phrase:
    """Why a file operation failed, in words for a message's {reason} (translated with it)."""
    for cause in _chain(error):
        if isinstance(cause, OSError) and cause.errno in _FILE_REASONS:
            return Phrase(_FILE_REASONS[cause.errno])
        if isinstance(cause, PermissionError):
            return Phrase(_FILE_REASONS[errno.EACCES])
    return Phrase(_FILE_OTHER)


# -- servers -------------------------------------------------------------------------

NOT_ANSWERING: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "The server does not answer at {url}. Your work is safe on this computer; "
    "sync again when the server is back.",
)
TOO_SLOW: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "The server at {url} does not answer in time. Your work is safe on this computer; "
    "sync again later.",
)
NAME_UNKNOWN: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "There is no server at {url}: check the address, and whether this computer is "
    "connected to the network. Your work is safe on this computer.",
)
NO_NETWORK: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "This computer has no network connection to {url}. Your work is safe on this "
    "computer; sync again when the network is back.",
)
NOT_TRUSTED: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "The server at {url} cannot prove that it is the right one (its certificate is not "
    "valid). Nothing was sent. Ask your administrator.",
)
BROKEN_OFF: Final = QT_TRANSLATE_NOOP(
    "Errors",
    "The connection to {url} broke off. Your work is safe on this computer; sync again "
    "when the network is back.",
)

_NETWORK_DOWN = frozenset({errno.ENETUNREACH, errno.ENETDOWN, errno.EHOSTUNREACH, errno.EHOSTDOWN})
_BROKEN = frozenset({errno.ECONNRESET, errno.ECONNABORTED, errno.EPIPE})


def connection_problem(error: BaseException) -> str:
    """The message (marked for translation, with a {url} placeholder) for a server that
    could not be reached because of `error` (an httpx transport error or an OSError)."""
    for cause in _chain(error):
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return NOT_TRUSTED
        if isinstance(cause, socket.gaierror):
            return NAME_UNKNOWN
        if isinstance(cause, TimeoutError) or "Timeout" in type(cause).__name__:
            return TOO_SLOW
        if isinstance(cause, OSError) and cause.errno in _NETWORK_DOWN:
            return NO_NETWORK
        if isinstance(cause, OSError) and cause.errno in _BROKEN:
            return BROKEN_OFF
    text = " ".join(str(cause) for cause in _chain(error)).lower()
    # Libraries that keep only the text of the cause (httpx's connect errors do).
    if "certificate" in text or "ssl" in text:
        return NOT_TRUSTED
    if "name or service not known" in text or "getaddrinfo" in text or "nodename" in text:
        return NAME_UNKNOWN
    if "network is unreachable" in text or "no route to host" in text:
        return NO_NETWORK
    if "timed out" in text:
        return TOO_SLOW
    return NOT_ANSWERING  # refused, and whatever else keeps the server from answering


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error and what caused it, outermost first (no endless loops)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__
