"""vCard 2.1, 3.0 and 4.0 files as real programs write them -> contacts (public fields).

vobject tokenises each property line (name, group, parameters with quoting, value);
what vobject cannot do with real files is done here, before and after it:

- folds are joined on the *bytes*, so a fold inside a multi-byte character (ownCloud)
  decodes; QUOTED-PRINTABLE soft breaks are joined too, and so is a QP value broken
  without its "=" (old Sony Ericsson phones);
- the encoding is decided once for the whole file (text_encoding.py); a QP value
  takes its own CHARSET, else the file's encoding, else Windows-1252 - never UTF-8
  by assumption;
- each card is read on its own: a broken photo or a stray line costs that photo or
  line (with a notice naming card and line), never the whole file;
- escapes follow the card's version (2.1 only knows "\\;");
- 2.1 type parameters without "TYPE=" (``TEL;CELL;WORK``), Apple's ``item1.`` groups
  with X-ABLabel, ``tel:`` URIs with extensions, KIND/X-ABShowAs, BCP 47 languages.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass, field
from typing import Any

from vobject.base import ParseError, parseLine

from desktop.domain.contact_points import new_point_id
from desktop.errors import UserError, ValidationError, problem_at_line
from desktop.services.contact_source import ParsedSource, SourceContact
from desktop.services.countries import country_code
from desktop.services.text_encoding import decode_bytes
from desktop.tr import QT_TRANSLATE_NOOP

_PROPERTY_START = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)?[;:]")
_QP_PARAM = re.compile(r"^[^:]*QUOTED-PRINTABLE", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+$")
_PHOTO_TYPES = {"jpeg": "image/jpeg", "jpg": "image/jpeg", "png": "image/png", "gif": "image/gif"}
# Apple's built-in X-ABLabel names -> kinds (custom labels stay labels only).
_APPLE_LABELS = {
    "_$!<Mobile>!$_": "mobile",
    "_$!<Home>!$_": "home",
    "_$!<Work>!$_": "work",
    "_$!<Other>!$_": "other",
    "_$!<Main>!$_": "main",
    "_$!<HomeFAX>!$_": "home-fax",
    "_$!<WorkFAX>!$_": "work-fax",
    "_$!<OtherFAX>!$_": "fax",
    "_$!<Pager>!$_": "pager",
}
_IGNORED_TYPES = {"internet", "voice", "pref", "x400", "msg", "bbs", "modem", "car", "isdn"}


@dataclass
class _Property:
    line: int
    name: str
    group: str
    value: str
    types: set[str]
    params: dict[str, list[str]]
    pref: int  # lower is preferred; 100 when not preferred


@dataclass
class _Card:
    number: int
    line: int
    version: str = "3.0"
    properties: list[_Property] = field(default_factory=list)


def parse_vcards(raw: bytes, encoding: str | None = None) -> ParsedSource:
    """Every card of a vCard file, with the problems and notices it gave."""
    lines, file_encoding = _logical_lines(raw, encoding)
    result = ParsedSource(encoding=file_encoding)
    card: _Card | None = None
    count = 0
    for number, line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                result.problems.append(problem_at_line(card.line, _error(_NO_END)))
            count += 1
            card = _Card(count, number)
        elif upper == "END:VCARD":
            if card is None:
                result.problems.append(problem_at_line(number, _error(_END_WITHOUT_BEGIN)))
                continue
            _finish(card, file_encoding, result)
            card = None
        elif card is not None:
            _add_property(card, number, line, file_encoding, result)
        elif line.strip():
            result.problems.append(problem_at_line(number, _error(_OUTSIDE)))
    if card is not None:
        result.problems.append(problem_at_line(card.line, _error(_NO_END)))
    if not result.contacts and not result.problems and not result.notices:
        result.problems.append(problem_at_line(1, _error(_NO_CARD)))
    return result


_NO_END = QT_TRANSLATE_NOOP("Errors", "this card has no END:VCARD.")
_END_WITHOUT_BEGIN = QT_TRANSLATE_NOOP("Errors", "END:VCARD without BEGIN:VCARD.")
_OUTSIDE = QT_TRANSLATE_NOOP("Errors", "this line is not part of a vCard.")
_NO_CARD = QT_TRANSLATE_NOOP("Errors", "the file contains no vCard.")


def _logical_lines(raw: bytes, encoding: str | None) -> tuple[list[tuple[int, str]], str]:
    """Unfolded lines with the number of their first physical line, and the encoding."""
    wide = encoding is not None and encoding.lower().replace("_", "-").startswith("utf-16")
    head = raw[:200]
    if not encoding and (
        raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        or (head and head.count(0) >= len(head) // 3)
    ):
        wide = True
    if wide:
        decoded = decode_bytes(raw, encoding)
        return _unfold(decoded.text), decoded.encoding
    # Unfold the bytes (as Latin-1, one character per byte) before decoding: a fold
    # may split a UTF-8 character in two.
    lines = _unfold(raw.decode("latin-1"))
    joined = "\n".join(line for _number, line in lines).encode("latin-1")
    decoded = decode_bytes(joined, encoding)
    texts = decoded.text.split("\n")
    return [(n, t) for (n, _old), t in zip(lines, texts, strict=True)], decoded.encoding


def _unfold(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    # iPhone and old DOS tools write CR CR LF: one line end, not two.
    physical = re.split(r"\r\r\n|\r\n|\n|\r", text.removeprefix("\ufeff"))
    for number, raw_line in enumerate(physical, 1):
        if lines and raw_line[:1] in (" ", "\t"):
            first, previous = lines[-1]
            lines[-1] = (first, previous + raw_line[1:])
            continue
        if lines and _QP_PARAM.match(lines[-1][1]):
            first, previous = lines[-1]
            if previous.endswith("="):  # a QUOTED-PRINTABLE soft line break
                lines[-1] = (first, previous[:-1] + raw_line)
                continue
            if raw_line.strip() and not _PROPERTY_START.match(raw_line):
                # A QP value broken without its "=": the line still belongs to it.
                lines[-1] = (first, previous + "=0D=0A" + raw_line)
                continue
        lines.append((number, raw_line))
    return lines


def _add_property(
    card: _Card, number: int, line: str, file_encoding: str, result: ParsedSource
) -> None:
    if not line.strip():
        return
    try:
        name, params_list, value, group = parseLine(line)
    except ParseError:
        result.notices.append(
            _at(card, number, QT_TRANSLATE_NOOP("Errors", "a line that is no vCard property"))
        )
        return
    params: dict[str, list[str]] = {}
    types: set[str] = set()
    for param in params_list:
        key = str(param[0]).upper()
        values = [v for item in param[1:] for v in str(item).split(",") if v]
        if not values:  # vCard 2.1: TEL;CELL;WORK, ENCODING shorthand QUOTED-PRINTABLE
            if key in ("QUOTED-PRINTABLE", "BASE64", "8BIT"):
                params["ENCODING"] = [key]
            else:
                types.add(key.lower())
            continue
        params.setdefault(key, []).extend(values)
        if key == "TYPE":
            types.update(v.lower().strip('"') for v in values)
    pref = 100
    if "pref" in types:
        pref = 1
    if "PREF" in params:
        digits = re.sub(r"\D", "", params["PREF"][0])
        pref = int(digits) if digits else 1
    name = name.upper()
    if name == "VERSION":
        card.version = value.strip()
        return
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding == "QUOTED-PRINTABLE":
        value = _quoted_printable(value, params, file_encoding)
    card.properties.append(
        _Property(number, name, (group or "").upper(), value, types, params, pref)
    )


def _quoted_printable(value: str, params: dict[str, list[str]], file_encoding: str) -> str:
    data = quopri.decodestring(value.encode("latin-1", errors="replace"))
    tried = [*(params.get("CHARSET") or []), file_encoding, "cp1252"]
    for charset in tried:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


class _EmptyCardError(Exception):
    """A card with no name, organisation, e-mail or number: nothing to import."""


def _finish(card: _Card, file_encoding: str, result: ParsedSource) -> None:
    try:
        data, photo = _card_to_contact(card, result)
    except _EmptyCardError:
        result.notices.append(
            _at(
                card,
                card.line,
                QT_TRANSLATE_NOOP(
                    "Errors", "the card has no name, organisation, e-mail or number, left out"
                ),
            )
        )
        return
    except UserError as problem:
        result.problems.append(SourceContact(card.number, card.line, {}).locate(problem))
        return
    result.contacts.append(SourceContact(card.number, card.line, data, photo))


def _card_to_contact(
    card: _Card, result: ParsedSource
) -> tuple[dict[str, Any], tuple[bytes, str] | None]:
    legacy = card.version.startswith("2")
    by_name: dict[str, list[_Property]] = {}
    for prop in card.properties:
        by_name.setdefault(prop.name, []).append(prop)
    labels = {p.group: _text(p.value, legacy) for p in by_name.get("X-ABLABEL", []) if p.group}

    def first(name: str) -> _Property | None:
        found = by_name.get(name)
        return min(found, key=lambda p: p.pref) if found else None

    data: dict[str, Any] = {}
    fn = first("FN")
    name = _text(fn.value, legacy).strip() if fn else ""
    n = first("N")
    parts = _components(n.value, legacy) if n else []
    given = " ".join(p for p in parts[1:2] if p)
    family = parts[0] if parts else ""
    personal = " ".join(p for p in (given, family) if p).strip()
    org = first("ORG")
    organisation = _components(org.value, legacy)[0].strip() if org else ""
    if organisation:
        data["organisation"] = organisation
    role = first("TITLE") or first("ROLE")
    if role and _text(role.value, legacy).strip():
        data["role"] = _text(role.value, legacy).strip()

    kind = first("KIND") or first("X-ADDRESSBOOKSERVER-KIND")
    kind_text = _text(kind.value, legacy).strip().lower() if kind else ""
    show_as = first("X-ABSHOWAS")
    contact_type = "person"
    if kind_text == "group":
        contact_type = "group"
    elif (
        kind_text in ("org", "organization", "organisation")
        or (show_as and show_as.value.strip().upper() == "COMPANY")
        or organisation
        and not personal
        and name in ("", organisation)
    ):
        contact_type = "org"
    data["contact_type"] = contact_type

    emails = _emails(card, by_name.get("EMAIL", []), labels, legacy, result)
    phones = _phones(by_name.get("TEL", []), labels, legacy)
    addresses = _addresses(by_name.get("ADR", []), labels, legacy)
    if emails:
        data["emails"] = emails
    if phones:
        data["phones"] = phones
    if addresses:
        data["addresses"] = addresses

    display = name or personal or organisation
    if not display and emails:
        display = emails[0]["value"]
    if not display and phones:
        display = phones[0]["value"]
    if not display:
        raise _EmptyCardError
    data["name"] = display

    languages = []
    for prop in by_name.get("LANG", []):
        code = _text(prop.value, legacy).strip().lower().replace("_", "-").split("-")[0]
        if re.fullmatch(r"[a-z]{2,3}", code):
            languages.append(code)
    if languages:
        data["languages"] = list(dict.fromkeys(languages))
    notes = [_text(p.value, legacy).strip() for p in by_name.get("NOTE", [])]
    if any(notes):
        data["notes"] = "\n\n".join(n for n in notes if n)
    return data, _photo(card, first("PHOTO"), result)


def _emails(
    card: _Card,
    props: list[_Property],
    labels: dict[str, str],
    legacy: bool,
    result: ParsedSource,
) -> list[dict[str, Any]]:
    points = []
    for prop in props:
        value = _text(prop.value, legacy).strip().removeprefix("mailto:").strip()
        if not value:
            continue
        if not _EMAIL.match(value):
            result.notices.append(
                _at(
                    card,
                    prop.line,
                    QT_TRANSLATE_NOOP(
                        "Errors", "\u201c{value}\u201d is no e-mail address, left out"
                    ),
                    value=value,
                )
            )
            continue
        kind = next((k for k in ("work", "home", "other") if k in prop.types), "")
        kind = kind or _labelled_kind(labels.get(prop.group, ""))
        if kind not in ("", "work", "home", "other"):
            kind = "other"
        points.append(_point(prop, labels, value=value, kind=kind))
    return _mark_preferred(points, props)


def _phones(props: list[_Property], labels: dict[str, str], legacy: bool) -> list[dict[str, Any]]:
    points = []
    for prop in props:
        # Kept as written ("tel:+1-418-656-9254;ext=102", "Tel Zentrale"): a number
        # is what the person typed, not something to correct.
        value = _text(prop.value, legacy).strip()
        if not value:
            continue
        kind = _phone_kind(prop.types) or _labelled_kind(labels.get(prop.group, ""))
        points.append(_point(prop, labels, value=value, kind=kind))
    return _mark_preferred(points, props)


def _labelled_kind(label: str) -> str:
    """An Apple label: its kind when it is a built-in one, "other" for any other label."""
    if not label:
        return ""
    return _APPLE_LABELS.get(label, "other")


def _phone_kind(types: set[str]) -> str:
    types = types - _IGNORED_TYPES
    if types & {"cell", "mobile", "iphone"}:
        return "mobile"
    if "fax" in types:
        if "home" in types:
            return "home-fax"
        if "work" in types:
            return "work-fax"
        return "fax"
    if "pager" in types:
        return "pager"
    if types & {"main", "x-main"}:
        return "main"
    for kind in ("work", "home", "other"):
        if kind in types:
            return kind
    return ""


def _addresses(
    props: list[_Property], labels: dict[str, str], legacy: bool
) -> list[dict[str, Any]]:
    points = []
    for prop in props:
        parts = [*_components(prop.value, legacy), "", "", "", "", "", "", ""][:7]
        pobox, extended, street, locality, region, postcode, country = (p.strip() for p in parts)
        street_text = ", ".join(p for p in (street, extended, pobox) if p)
        if not any((street_text, locality, region, postcode, country)):
            continue
        kind = next((k for k in ("work", "home", "other") if k in prop.types), "")
        point = _point(prop, labels, kind=kind)
        # RFC 8605: CC carries the ISO code (this program's own export writes it).
        written_code = (prop.params.get("CC") or [""])[0].upper()
        point.update(
            street=street_text,
            locality=locality,
            region=region,
            postcode=postcode,
            country=country,
            country_code=written_code if len(written_code) == 2 else country_code(country),
            id=new_point_id(street_text, locality, postcode, country),
        )
        points.append(point)
    return _mark_preferred(points, props)


def _point(prop: _Property, labels: dict[str, str], **values: Any) -> dict[str, Any]:
    label = labels.get(prop.group, "") if prop.group else ""
    if label in _APPLE_LABELS:
        label = ""  # the kind says it
    label = re.sub(r"^_\$!<(.*)>!\$_$", r"\1", label)  # Apple's other built-in names
    return {
        "id": new_point_id(*map(str, values.values())),
        "label": label[:100],
        "pref": prop.pref < 100,
        **values,
    }


def _mark_preferred(points: list[dict[str, Any]], _props: list[_Property]) -> list[dict[str, Any]]:
    seen = False
    for point in points:
        point["pref"] = bool(point["pref"]) and not seen
        seen = seen or point["pref"]
    return points


def _photo(card: _Card, prop: _Property | None, result: ParsedSource) -> tuple[bytes, str] | None:
    if prop is None:
        return None
    value = prop.value.strip()
    mime = ""
    if value.startswith("data:"):
        header, _sep, value = value.partition(",")
        mime = header[5:].split(";")[0]
    elif (prop.params.get("ENCODING") or [""])[0].upper() not in ("B", "BASE64"):
        return None  # a URL: nothing to keep offline
    kind = next(iter(prop.params.get("TYPE", []) or prop.types or []), "")
    mime = mime or _PHOTO_TYPES.get(str(kind).lower(), "image/jpeg")
    try:
        content = base64.b64decode(re.sub(r"\s+", "", value), validate=True)
    except (binascii.Error, ValueError):
        result.notices.append(
            _at(card, prop.line, QT_TRANSLATE_NOOP("Errors", "the photo cannot be read, left out"))
        )
        return None
    return (content, mime) if content else None


def _components(value: str, legacy: bool) -> list[str]:
    parts = re.split(r"(?<!\\);", value)
    if legacy:
        return [p.replace("\\;", ";") for p in parts]
    return [_text(p, legacy) for p in parts]


def _text(value: str, legacy: bool) -> str:
    """One value with the escapes of its version undone."""
    if legacy:
        return value  # vCard 2.1 escapes only ";" in structured values (_components)
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _at(card: _Card, line: int, message: str, **params: Any) -> UserError:
    return SourceContact(card.number, line, {}).locate(ValidationError(message, **params))


def _error(message: str, **params: Any) -> ValidationError:
    return ValidationError(message, **params)
