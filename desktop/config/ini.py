"""INI files as Qt's QSettings reads and writes them, in plain Python.

The user's `settings.ini` was written by QSettings in earlier versions and an
administrator's file follows the same dialect, so this reads it the way QSettings
does: `[section]` + `name` is the key `section/name` (`[General]` holds top-level keys,
`a\\b` in a name is `a/b`), `;` starts a comment outside quotes, a value may be quoted
with backslash escapes, `@@` stands for a leading `@`. Written files read back the
same in QSettings (tests/config checks both directions). configparser is not used:
its comment and quoting rules differ from QSettings', so values with `;`, `,` or
quotes would not survive a round trip.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

GENERAL = "General"
_ESCAPES = {
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "n": "\n",
    "r": "\r",
    "t": "\t",
    "v": "\v",
    "0": "\0",
    "\\": "\\",
    '"': '"',
    "'": "'",
    "?": "?",
    ";": ";",
    ",": ",",
    "=": "=",
}
_WRITE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}


def parse(text: str) -> dict[str, str]:
    """Every `section/name` key of an INI text with its (unescaped) value."""
    values: dict[str, str] = {}
    section = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped[0] in ";#":
            continue
        if stripped.startswith("[") and "]" in stripped:
            name = stripped[1 : stripped.index("]")].strip()
            section = "" if name.lower() == GENERAL.lower() else name.replace("\\", "/")
            continue
        name, equals, raw = stripped.partition("=")
        if not equals:
            continue
        key = name.strip().replace("\\", "/")
        if key:
            values[f"{section}/{key}" if section else key] = _decode(raw.strip())
    return values


def _decode(raw: str) -> str:
    """One value: quoted parts and escapes resolved, a trailing `; comment` dropped."""
    out: list[str] = []
    kept = 0  # characters up to the last closing quote: never stripped
    quoted = False
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == '"':
            quoted = not quoted
            kept = len(out)
        elif char == ";" and not quoted:
            break
        elif char == "\\" and index + 1 < len(raw):
            index += 1
            out.append(_unescape(raw, index))
            index += _escape_length(raw, index) - 1
        else:
            out.append(char)
        index += 1
    value = "".join(out[:kept]) + "".join(out[kept:]).rstrip()
    return value[1:] if value.startswith("@@") else value


def _unescape(raw: str, index: int) -> str:
    """The character that the escape sequence starting at raw[index] (after `\\`) means."""
    escaped = raw[index]
    if escaped == "x":
        digits = _hex_digits(raw, index + 1)
        return chr(int(digits, 16)) if digits else "x"
    return _ESCAPES.get(escaped, escaped)


def _escape_length(raw: str, index: int) -> int:
    return 1 + len(_hex_digits(raw, index + 1)) if raw[index] == "x" else 1


def _hex_digits(raw: str, start: int) -> str:
    end = start
    while end < len(raw) and raw[end] in "0123456789abcdefABCDEF":
        end += 1
    return raw[start:end]


def encode(value: str | bool | int) -> str:
    """A value as QSettings writes it (strings quoted where QSettings would quote)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = "".join(_WRITE_ESCAPES.get(char, char) for char in value)
    if text.startswith("@"):
        text = "@" + text
    needs_quotes = any(char in value for char in ",;=") or value != value.strip()
    return f'"{text}"' if needs_quotes else text


def render(values: Mapping[str, str | bool | int]) -> str:
    """An INI text with one section per key prefix, sections and names sorted."""
    sections: dict[str, dict[str, str]] = {}
    for key, value in values.items():
        section, _slash, name = key.rpartition("/")
        sections.setdefault(section or GENERAL, {})[name] = encode(value)
    blocks = []
    for section in sorted(sections, key=lambda s: (s != GENERAL, s)):
        lines = [f"[{section.replace('/', chr(92))}]"]
        lines += [f"{name}={value}" for name, value in sorted(sections[section].items())]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def read_file(path: Path) -> dict[str, str]:
    """The keys of an INI file; an empty mapping if it does not exist."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return {}
    return parse(text)


def write_file(path: Path, values: Mapping[str, str | bool | int]) -> None:
    """Replace the file atomically: a crash leaves the old or the new file, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(render(values))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
