"""The encoding of an import file, decided once for the whole file - never per byte.

UTF-16 when a byte-order mark (or the NUL bytes of ASCII in UTF-16) says so; else
UTF-8 (with or without BOM) when the whole file is valid UTF-8; else a single-byte
code page of the office programs that write such files (Windows-1252, Mac Roman),
chosen only when the text reads plausibly in exactly one of them. Otherwise the
file is ambiguous: the caller shows a sample in each reading and asks
(`EncodingQuestionError`; `--encoding` on the command line).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

from desktop.errors import ValidationError
from desktop.tr import QT_TRANSLATE_NOOP

# What the preview offers, in this order, when it has to ask.
SINGLE_BYTE: Final = ("cp1252", "mac_roman")
OFFERED: Final = ("utf-8", "cp1252", "mac_roman", "iso8859_15", "shift_jis", "utf-16")
# Non-letters that real text holds (prices, quotes, dashes, degrees, sections).
_TYPOGRAPHY: Final = frozenset("€„“”‘’‚–—…•™«»°§·²³µ×½¼¾©®")
# Letters that Windows-1252 only shows for Mac Roman bytes read the wrong way.
_UNLIKELY_LETTERS: Final = frozenset("ŠŒŽŸšœžƒ")
# A UTF-8 encoded letter such as "ü" (C3 BC): rare as Windows-1252 text ("Ã¼").
_UTF8_SEQUENCE: Final = re.compile(rb"[\xc3\xc5][\x80-\xbf]|[\xe2][\x80-\xbf]{2}")
# Bytes that Windows-1252 leaves undefined: a file holding them was not written in it.
_CP1252_HOLES: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a Python codec name


class EncodingQuestionError(ValidationError):
    """The file's encoding cannot be decided without asking; `samples` show each reading."""

    def __init__(self, samples: dict[str, str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file's character encoding is not clear; choose one "
                "(on the command line with --encoding, e.g. --encoding cp1252).",
            )
        )
        self.samples = samples


def decode_bytes(raw: bytes, encoding: str | None = None) -> Decoded:
    """`raw` as text, in `encoding` when the user chose one."""
    if encoding:
        return Decoded(decode_as(raw, encoding), _codec_name(encoding))
    if raw.startswith(codecs.BOM_UTF8):
        return _strict(raw, "utf-8-sig")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16")
    head = raw[:200]
    if head and head.count(0) >= len(head) // 3:  # UTF-16 without a byte-order mark
        return _strict(raw, "utf-16-be" if head[0] == 0 else "utf-16-le")
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(raw):
        # UTF-8 letters beside bytes that are not: a file pieced together from two
        # sources. Any single reading garbles one part ("JÃ¼rgen"), so ask.
        raise EncodingQuestionError(samples(raw))
    scores = sorted(((_score(raw, name), name) for name in SINGLE_BYTE), reverse=True)
    (best, name), (runner_up, _other) = scores[0], scores[1]
    if best > 0 and best - runner_up >= 2:
        return Decoded(raw.decode(name), name)
    raise EncodingQuestionError(samples(raw))


def samples(raw: bytes, limit: int = 3) -> dict[str, str]:
    """The first lines with non-ASCII letters, in each offered reading."""
    lines = [line for line in raw.splitlines() if any(b > 127 for b in line)][:limit]
    sample = b"\n".join(lines) or raw[:200]
    return {name: sample.decode(name, errors="replace") for name in OFFERED if name != "utf-16"}


def _score(raw: bytes, encoding: str) -> int:
    """How well a person would read the non-ASCII characters as letters of words.

    Windows-1252 read as Mac Roman turns "ü" into "¸", Mac Roman read as
    Windows-1252 turns "ü" into "Ÿ" inside a lower-case word; a multi-byte encoding
    read as either gives long runs of accented letters and symbols. Letters that fit
    their neighbours count, others count against."""
    if encoding == "cp1252" and _CP1252_HOLES & set(raw):
        return -len(raw)
    text = raw.decode(encoding, errors="replace")
    score = run = 0
    for index, char in enumerate(text):
        if ord(char) < 128:
            run = 0
            continue
        run += 1
        before = text[index - 1] if index else " "
        if char in _TYPOGRAPHY:
            continue
        fits = char.isalpha() and char not in _UNLIKELY_LETTERS and run < 3
        score += 1 if fits and not (char.isupper() and before.islower()) else -1
    return score


def _strict(raw: bytes, encoding: str) -> Decoded:
    return Decoded(decode_as(raw, encoding), encoding)


def decode_as(raw: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{encoding}\u201d is not a known encoding."),
            encoding=encoding,
        ) from exc
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Line {line} cannot be read as {encoding}."),
            line=line,
            encoding=encoding,
        ) from exc
    return text.removeprefix("\ufeff")


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding
