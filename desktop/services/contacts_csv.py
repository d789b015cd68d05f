"""Contact CSVs as other programs write them -> contacts (public fields), with rows.

The layout is recognised by its column names (contact_csv_layouts.py); columns
that map to nothing are listed (the preview shows them), never fatal. Excel's
``sep=;`` first line and trailing empty columns are understood, the delimiter is
detected, two columns for one field keep both values (a second e-mail column is a
second e-mail), Google's " ::: " joins several values in one cell. Consent columns
count only when the caller names them explicitly (`consent_columns`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from typing import Any

from desktop.domain.contact_points import new_point_id
from desktop.errors import ValidationError, problem_at_line
from desktop.services.contact_csv_layouts import (
    CONSENT_FIELDS,
    THUNDERBIRD_COLUMNS,
    Target,
    kind_word,
    normal,
    target_of,
)
from desktop.services.contact_source import ParsedSource, SourceContact
from desktop.services.countries import country_code
from desktop.services.text_encoding import decode_bytes
from desktop.tr import QT_TRANSLATE_NOOP

_MULTI = " ::: "  # Google's separator of several values in one cell


def parse_contacts_csv(
    raw: bytes, encoding: str | None = None, *, consent_columns: Iterable[str] = ()
) -> ParsedSource:
    decoded = decode_bytes(raw, encoding)
    result = ParsedSource(encoding=decoded.encoding)
    text = decoded.text
    if not text.strip():
        result.problems.append(problem_at_line(1, _error(_EMPTY)))
        return result
    lines = text.splitlines(keepends=True)
    first_line = 1
    delimiter = ""
    if lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]
        lines, first_line = lines[1:], 2
    if not delimiter:
        head = lines[0]
        delimiter = max((";", ",", "\t"), key=head.count)
    reader = csv.reader(io.StringIO("".join(lines)), delimiter=delimiter)
    try:
        rows = [(reader.line_num + first_line - 1, row) for row in reader]
    except csv.Error as exc:
        result.problems.append(
            problem_at_line(
                reader.line_num + first_line - 1,
                _error(
                    QT_TRANSLATE_NOOP("Errors", "this line cannot be read as CSV ({reason})."),
                    reason=str(exc),
                ),
            )
        )
        return result
    if not rows:
        result.problems.append(problem_at_line(1, _error(_EMPTY)))
        return result
    header_line, header = rows[0]
    targets = [target_of(column) for column in header]
    result.columns = [c for c in header if c.strip()]
    consent = {normal(c) for c in consent_columns}
    for index, column in enumerate(header):
        target = targets[index]
        is_consent = target is not None and target.kind in CONSENT_FIELDS
        if normal(column) in consent and not is_consent:
            targets[index] = Target("field", "consent_given")  # the user said so
        elif (
            is_consent
            and normal(column) not in consent
            and (not consent or (target is not None and target.kind == "consent_given"))
        ):
            # Consent is never taken from a file without asking; once the user named
            # the consent column, its date, scope and note columns come with it.
            targets[index] = None
    known = sum(t is not None for t in targets)
    if known == 0 and len(header) >= len(THUNDERBIRD_COLUMNS) - 1:
        # Thunderbird's export without a header row: its fixed column order.
        targets = [target_of(c) for c in THUNDERBIRD_COLUMNS]
        result.layout = "Thunderbird"
    else:
        rows = rows[1:]
        result.unknown_columns = [
            column for column, t in zip(header, targets, strict=True) if t is None and column
        ]
    names = {t.what for t in targets if t is not None}
    if not names & {"name", "first", "last", "middle", "email", "numbered", "field"}:
        result.problems.append(problem_at_line(header_line, _error(_NO_NAME_COLUMN)))
        return result
    number = 0
    for line, row in rows:
        if not any(cell.strip() for cell in row):
            continue
        number += 1
        contact = SourceContact(number, line, {})
        try:
            contact.data = _row_to_contact(targets, row)
        except _EmptyRowError:
            result.notices.append(
                contact.locate(
                    _error(QT_TRANSLATE_NOOP("Errors", "the row has no name, left out")),
                    csv=True,
                )
            )
            continue
        except ValidationError as problem:
            result.problems.append(contact.locate(problem, csv=True))
            continue
        result.contacts.append(contact)
    return result


_EMPTY = QT_TRANSLATE_NOOP("Errors", "the file is empty.")
_NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "no column holds a name or an e-mail address (is the first row the header?)."
)


class _EmptyRowError(Exception):
    pass


def _row_to_contact(targets: list[Target | None], row: list[str]) -> dict[str, Any]:
    names: dict[str, str] = {}
    data: dict[str, Any] = {}
    emails: list[dict[str, Any]] = []
    phones: list[dict[str, Any]] = []
    addresses: dict[str, dict[str, Any]] = {}
    numbered: dict[tuple[str, str], dict[str, str]] = {}
    for target, cell in zip(targets, row, strict=False):
        value = cell.strip()
        if target is None or not value:
            continue
        if target.what in ("name", "first", "middle", "last", "prefix", "suffix"):
            names.setdefault(target.what, value)
        elif target.what == "field" and target.kind in ("email", "phone"):
            _add_points(emails if target.kind == "email" else phones, value, "")
        elif target.what == "field":
            if target.kind == "notes" and "notes" in data:
                data["notes"] += "\n\n" + value
            else:
                data.setdefault(target.kind, value)
        elif target.what == "email":
            _add_points(emails, value, target.kind)
        elif target.what == "phone":
            _add_points(phones, value, target.kind)
        elif target.what == "address":
            address = addresses.setdefault(target.kind, {"kind": target.kind})
            if target.part in address:
                address[target.part] += ", " + value
            else:
                address[target.part] = value
        elif target.what == "numbered":
            number, part = target.part.split(":")
            numbered.setdefault((target.kind, number), {})[part] = value
    _add_numbered(numbered, emails, phones, addresses)
    points = [_address(a) for a in addresses.values()]
    for listed in (emails, phones, points):
        if listed:  # a CSV has no "preferred": the first column is the main one
            listed[0]["pref"] = True
    if emails:
        data["emails"] = emails
    if phones:
        data["phones"] = phones
    if points:
        data["addresses"] = points
    personal = " ".join(names[p] for p in ("first", "middle", "last") if names.get(p))
    full = names.get("name") or " ".join(
        names[p] for p in ("prefix", "first", "middle", "last", "suffix") if names.get(p)
    )
    organisation = data.get("organisation", "")
    display = full or organisation
    if not display and emails:
        display = emails[0]["value"]
    if not display and phones:
        display = phones[0]["value"]
    if not display:
        raise _EmptyRowError
    data["name"] = display
    if "contact_type" not in data:
        is_org = organisation and not personal and display == organisation
        data["contact_type"] = "org" if is_org else "person"
    return data


def _add_points(points: list[dict[str, Any]], value: str, kind: str) -> None:
    for part in value.split(_MULTI):
        if part.strip():
            points.append(
                {
                    "id": new_point_id(part.strip()),
                    "value": part.strip(),
                    "kind": kind,
                    "label": "",
                    "pref": False,
                }
            )


def _add_numbered(
    numbered: dict[tuple[str, str], dict[str, str]],
    emails: list[dict[str, Any]],
    phones: list[dict[str, Any]],
    addresses: dict[str, dict[str, Any]],
) -> None:
    """Google's "E-mail 1 - Type/Label/Value", "Address 1 - Street"… columns."""
    for (what, number), parts in numbered.items():
        written = parts.get("label") or parts.get("type") or ""
        kind = kind_word(written)
        label = "" if kind or not written else written.lstrip("* ")
        both = re.fullmatch(r"(.+?) \((.+)\)", label)
        if both and kind_word(both.group(1)):  # "Home (Privé)": this program's export
            kind, label = kind_word(both.group(1)), both.group(2)
        if what == "address":
            address = {"kind": kind if kind in ("home", "work", "other") else "", "label": label}
            for part in ("street", "extended", "pobox", "locality", "region", "postcode"):
                if parts.get(part):
                    address[part] = parts[part]
            if parts.get("country"):
                address["country"] = parts["country"]
            if len(address) > 2:
                addresses[f"google-{number}"] = address
            continue
        target = emails if what == "email" else phones
        if what == "email" and kind not in ("", "home", "work", "other"):
            kind = "other"
        before = len(target)
        _add_points(target, parts.get("value", ""), kind)
        for point in target[before:]:
            point["label"] = label


def _address(parts: dict[str, Any]) -> dict[str, Any]:
    street = ", ".join(parts[p] for p in ("street", "extended", "pobox") if parts.get(p))
    country = parts.get("country", "")
    return {
        "id": new_point_id(street, country, parts.get("locality", "")),
        "kind": parts.get("kind", ""),
        "label": parts.get("label", ""),
        "pref": False,
        "street": street,
        "locality": parts.get("locality", ""),
        "region": parts.get("region", ""),
        "postcode": parts.get("postcode", ""),
        "country": country,
        "country_code": country_code(country),
    }


def _error(message: str, **params: Any) -> ValidationError:
    return ValidationError(message, **params)
