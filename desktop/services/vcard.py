"""vCard 3.0/4.0 files -> contact records (public field names), with line numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.errors import UserError, ValidationError, problem_at_line
from desktop.tr import QT_TRANSLATE_NOOP

_PROPERTY = re.compile(
    r'^(?:[\w-]+\.)?(?P<name>[\w-]+)(?P<params>(?:;[^:"]*(?:"[^"]*"[^:"]*)*)*):(?P<value>.*)$'
)


@dataclass(frozen=True)
class VCardEntry:
    line: int  # line of BEGIN:VCARD
    number: int  # 1-based position of the card in the file
    data: dict[str, object]


def parse_vcards(text: str) -> tuple[list[VCardEntry], list[UserError]]:
    """All cards of a vCard file; any structural problem is reported with its line."""
    entries: list[VCardEntry] = []
    problems: list[UserError] = []
    card: list[tuple[int, str]] | None = None
    start = 0
    for number, line in _unfolded_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                problems.append(
                    problem_at_line(
                        start, _error(QT_TRANSLATE_NOOP("Errors", "this card has no END:VCARD."))
                    )
                )
            card, start = [], number
        elif upper == "END:VCARD":
            if card is None:
                problems.append(
                    problem_at_line(
                        number,
                        _error(QT_TRANSLATE_NOOP("Errors", "END:VCARD without BEGIN:VCARD.")),
                    )
                )
                continue
            try:
                entries.append(VCardEntry(start, len(entries) + 1, _card_to_contact(card)))
            except UserError as problem:
                problems.append(problem_at_line(start, problem))
            card = None
        elif card is not None:
            card.append((number, line))
        elif line.strip():
            problems.append(
                problem_at_line(
                    number, _error(QT_TRANSLATE_NOOP("Errors", "this line is not part of a vCard."))
                )
            )
    if card is not None:
        problems.append(
            problem_at_line(
                start, _error(QT_TRANSLATE_NOOP("Errors", "this card has no END:VCARD."))
            )
        )
    if not entries and not problems:
        problems.append(
            problem_at_line(1, _error(QT_TRANSLATE_NOOP("Errors", "the file contains no vCard.")))
        )
    return entries, problems


def _unfolded_lines(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and lines:
            first, previous = lines[-1]
            lines[-1] = (first, previous + raw[1:])
        else:
            lines.append((number, raw))
    return lines


def _card_to_contact(lines: list[tuple[int, str]]) -> dict[str, object]:
    properties: dict[str, list[tuple[dict[str, str], str]]] = {}
    for number, line in lines:
        if not line.strip():
            continue
        match = _PROPERTY.match(line)
        if match is None:
            raise problem_at_line(
                number, _error(QT_TRANSLATE_NOOP("Errors", "this line is not a vCard property."))
            )
        params = _params(match.group("params"))
        properties.setdefault(match.group("name").upper(), []).append(
            (params, match.group("value"))
        )
    version = _first(properties, "VERSION")
    if version not in ("3.0", "4.0"):
        raise _error(
            QT_TRANSLATE_NOOP(
                "Errors", "vCard version {version} is not supported (use 3.0 or 4.0)."
            ),
            version=version or "?",
        )
    contact: dict[str, object] = {"name": _name(properties)}
    organisation = _first(properties, "ORG")
    if organisation:
        contact["organisation"] = _split(organisation, ";")[0]
    role = _first(properties, "TITLE") or _first(properties, "ROLE")
    if role:
        contact["role"] = _unescape(role)
    email = _preferred(properties, "EMAIL")
    if email:
        contact["email"] = _unescape(email).removeprefix("mailto:")
    phone = _preferred(properties, "TEL")
    if phone:
        contact["phone"] = _unescape(phone).removeprefix("tel:")
    address = _first(properties, "ADR")
    if address:
        parts = _split(address, ";")
        if len(parts) >= 7 and parts[6]:
            contact["country"] = parts[6]
    languages = [_unescape(value) for _params_, value in properties.get("LANG", [])]
    if languages:
        contact["languages"] = languages
    note = _first(properties, "NOTE")
    if note:
        contact["notes"] = _unescape(note)
    return contact


def _name(properties: dict[str, list[tuple[dict[str, str], str]]]) -> str:
    full = _unescape(_first(properties, "FN") or "").strip()
    if full:
        return full
    structured = _split(_first(properties, "N") or "", ";")
    if len(structured) >= 2:
        joined = " ".join(p for p in (structured[1], structured[0]) if p).strip()
        if joined:
            return joined
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "the card has no name (FN)."), field="name")


def _params(raw: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in raw.split(";"):
        if not part:
            continue
        key, _, value = part.partition("=")
        params[key.upper()] = value.strip('"').lower() if value else key.lower()
    return params


def _first(properties: dict[str, list[tuple[dict[str, str], str]]], name: str) -> str | None:
    values = properties.get(name)
    return values[0][1] if values else None


def _preferred(properties: dict[str, list[tuple[dict[str, str], str]]], name: str) -> str | None:
    values = properties.get(name, [])
    for params, value in values:
        if "pref" in params.get("TYPE", "") or "PREF" in params:
            return value
    return values[0][1] if values else None


def _split(value: str, separator: str) -> list[str]:
    parts = re.split(rf"(?<!\\){re.escape(separator)}", value)
    return [_unescape(p).strip() for p in parts]


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )


def _error(message: str, **params: Any) -> ValidationError:
    return ValidationError(message, **params)
