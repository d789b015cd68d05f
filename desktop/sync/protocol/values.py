"""What every store can hold: the bounds of each wire value, checked at the door.

The server (SQLite or PostgreSQL) checks a value before storing it, and a laptop checks
it again before applying it (ARCHITECTURE.md "Sync" 10). Both ask these functions, so a
value one side accepts is a value the other can store:

- timestamps within the years 1-9998 once converted to UTC (a year-9999 time with a
  negative offset is year 10000 in UTC, which Python and PostgreSQL cannot hold);
- integers within signed 64 bits (SQLite's and PostgreSQL's BIGINT);
- text without NUL (PostgreSQL refuses it), encodable as UTF-8 (no lone surrogates),
  and never longer than `MAX_TEXT_CHARS`;
- JSON objects nested at most `MAX_JSON_DEPTH` deep and at most `MAX_OBJECT_BYTES` long.

Each check returns a short English reason (it reaches the server log and, as a
quarantine detail, the laptop), or None when the value is fine.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime
from typing import Any, Final

MIN_YEAR: Final = 1
MAX_YEAR: Final = 9998
INT64_MIN: Final = -(2**63)
INT64_MAX: Final = 2**63 - 1
# A long observation or a pasted report fits; a 25 MB "text" does not (it would make
# pull pages and dossiers unbounded).
MAX_TEXT_CHARS: Final = 200_000
MAX_LIST_ITEMS: Final = 1_000
MAX_LIST_ITEM_CHARS: Final = 300
MAX_LABEL_KEY_CHARS: Final = 16
MAX_JSON_DEPTH: Final = 8
MAX_OBJECT_BYTES: Final = 64 * 1024
_HEX = frozenset("0123456789abcdef")


def text_problem(value: object, max_length: int | None = None) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    limit = MAX_TEXT_CHARS if max_length is None else min(max_length, MAX_TEXT_CHARS)
    if len(value) > limit:
        return f"is longer than {limit} characters"
    if "\x00" in value:
        return "contains a NUL character"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "is not valid Unicode (a lone surrogate)"
    return None


def int_problem(value: object) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "must be an integer"
    if not INT64_MIN <= value <= INT64_MAX:
        return "is outside the 64-bit integer range"
    return None


def date_problem(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > 32:
        return "must be a date string"
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return "is not a valid date"
    return _year_problem(parsed.year)


def datetime_problem(value: object) -> str | None:
    if not isinstance(value, str) or len(value) > 64:
        return "must be a timestamp string"
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return "is not a valid timestamp"
    return timestamp_problem(parsed)


def timestamp_problem(value: datetime) -> str | None:
    """A parsed timestamp must still be a timestamp once converted to UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        in_utc = value.astimezone(UTC)
    except (OverflowError, ValueError):
        return f"is outside the years {MIN_YEAR}-{MAX_YEAR} in UTC"
    return _year_problem(in_utc.year)


def _year_problem(year: int) -> str | None:
    if MIN_YEAR <= year <= MAX_YEAR:
        return None
    return f"is outside the years {MIN_YEAR}-{MAX_YEAR} in UTC"


def sha256_problem(value: object) -> str | None:
    if not isinstance(value, str) or len(value) != 64 or not set(value) <= _HEX:
        return "must be 64 lower-case hexadecimal digits"
    return None


def str_list_problem(value: object, item_max_length: int = MAX_LIST_ITEM_CHARS) -> str | None:
    if not isinstance(value, list):
        return "must be a list of strings"
    if len(value) > MAX_LIST_ITEMS:
        return f"has more than {MAX_LIST_ITEMS} items"
    for item in value:
        problem = text_problem(item, item_max_length)
        if problem is not None:
            return f"has an item that {problem}"
    return None


def labels_problem(value: object, label_max_length: int) -> str | None:
    """A map of language code to label, e.g. {"de": "Wohnen", "nl": "Wonen"}."""
    if not isinstance(value, dict):
        return "must be an object of language codes to labels"
    if len(value) > MAX_LIST_ITEMS:
        return f"has more than {MAX_LIST_ITEMS} labels"
    for key, label in value.items():
        problem = text_problem(key, MAX_LABEL_KEY_CHARS)
        if problem is not None:
            return f"has a language code that {problem}"
        problem = text_problem(label, label_max_length)
        if problem is not None:
            return f"has a label that {problem}"
    return None


def object_problem(value: object) -> str | None:
    """A free JSON object (settings): bounded in depth and size, every part storable."""
    if not isinstance(value, dict):
        return "must be an object"
    problem = json_problem(value)
    if problem is not None:
        return problem
    size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    if size > MAX_OBJECT_BYTES:
        return f"is larger than {MAX_OBJECT_BYTES} bytes"
    return None


def json_problem(value: Any, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Whether any JSON value is storable: depth, keys, strings, integers, floats.

    Walks with an explicit stack, so a hostile nesting cannot exhaust Python's."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return f"is nested deeper than {max_depth} levels"
        if isinstance(item, dict):
            for key, child in item.items():
                if (problem := text_problem(key, MAX_LIST_ITEM_CHARS)) is not None:
                    return f"has a key that {problem}"
                stack.append((child, depth + 1))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
        elif isinstance(item, str):
            if (problem := text_problem(item)) is not None:
                return f"has a text that {problem}"
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if (problem := int_problem(item)) is not None:
                return f"has a number that {problem}"
        elif isinstance(item, float):
            if not math.isfinite(item):
                return "has a number that is not finite"
        else:
            return "is not a JSON value"
    return None


def nesting_problem(value: Any, max_depth: int) -> str | None:
    """Whether `value` nests lists and objects deeper than `max_depth` (an explicit
    stack: a hostile nesting cannot exhaust Python's)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return f"is nested deeper than {max_depth} levels"
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item)
    return None


def storable_copy(value: Any, max_bytes: int = MAX_OBJECT_BYTES) -> Any:
    """`value` if every store can hold it, else a stand-in that keeps what it can.

    For keeping refused input (quarantine, a laptop's set-aside rows) for an
    administrator: its JSON text with every non-ASCII character escaped (so a NUL or a
    lone surrogate becomes six harmless characters), cut at `max_bytes`."""
    if json_problem(value) is None:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if len(text.encode("utf-8")) <= max_bytes:
            return value
    try:
        escaped = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError):
        escaped = repr(value)[: max_bytes * 2].encode("ascii", "backslashreplace").decode()
    return {"unstorable_json": escaped[:max_bytes], "truncated": len(escaped) > max_bytes}
