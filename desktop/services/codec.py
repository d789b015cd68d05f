"""Public (JSON/CLI/form) values <-> stored column values, with validation.

Every parse function raises `ValidationError(field=<public name>)` with a message a
user can act on; nothing is coerced silently beyond harmless normalisation
(whitespace, case of codes, date formats people actually type).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain import FieldSpec
from desktop.domain.contact_points import ADDRESS_PARTS, KINDS_OF, new_point_id
from desktop.errors import ValidationError
from desktop.models import MODEL_BY_KIND
from desktop.services.countries import country_code
from desktop.services.taxonomy import Taxonomy
from desktop.store.textfold import fold
from desktop.store.wire import to_wire
from desktop.sync.protocol.points import MAX_POINT_TEXT, MAX_POINTS
from desktop.sync.protocol.values import MAX_TEXT_CHARS, MAX_YEAR, MIN_YEAR, text_problem
from desktop.tr import QT_TRANSLATE_NOOP

# Also "contact1@localhost" and "x@invalid": address books hold such addresses.
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\].]+(?:\.[^@\s<>(),;:\"\[\].]+)*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
UUID_PATTERN = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$")
_KNOWN_RECORDS = "_field_dossier_known_records"
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y")

COUNTRY_NAMES = {
    "deutschland": "DE",
    "germany": "DE",
    "duitsland": "DE",
    "nederland": "NL",
    "niederlande": "NL",
    "netherlands": "NL",
    "the netherlands": "NL",
    "belgien": "BE",
    "belgie": "BE",
    "belgium": "BE",
}
LANGUAGE_NAMES = {
    "deutsch": "de",
    "german": "de",
    "duits": "de",
    "nederlands": "nl",
    "niederlandisch": "nl",
    "dutch": "nl",
    "englisch": "en",
    "english": "en",
    "engels": "en",
    "turkisch": "tr",
    "turkish": "tr",
    "turks": "tr",
    "turkce": "tr",
    "polnisch": "pl",
    "polish": "pl",
    "pools": "pl",
    "arabisch": "ar",
    "arabic": "ar",
    "franzosisch": "fr",
    "french": "fr",
    "frans": "fr",
    "russisch": "ru",
    "russian": "ru",
}
TRUE_WORDS = {"true", "yes", "ja", "1", "y", "j", "x"}
FALSE_WORDS = {"false", "no", "nein", "nee", "0", "n", ""}


def parse_value(session: Session, taxonomy: Taxonomy, spec: FieldSpec, raw: Any) -> Any:
    """The stored value for `raw` given as the public value of field `spec`."""
    parser = _PARSERS[spec.type]
    return parser(session, taxonomy, spec, raw)


def format_value(taxonomy: Taxonomy, spec: FieldSpec, value: Any) -> Any:
    """The public (JSON) value of a stored value."""
    if spec.type == "term":
        return taxonomy.term_name(value) if value else None
    if spec.type == "terms":
        return [taxonomy.term_name(v) for v in value or []]
    if spec.type == "municipality":
        return taxonomy.municipality_name(value) if value else None
    return to_wire(value)


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def parse_date(raw: Any, field: str) -> date | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date) and MIN_YEAR <= raw.year <= MAX_YEAR:
        return raw
    if isinstance(raw, str):
        for fmt in _DATE_FORMATS:
            try:
                parsed = datetime.strptime(raw.strip(), fmt).date()
            except ValueError:
                continue
            if MIN_YEAR <= parsed.year <= MAX_YEAR:
                return parsed
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a valid date for {field} (use YYYY-MM-DD)."
        ),
        field=field,
        value=str(raw),
    )


def _text(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str:
    value = " ".join(_string(raw, spec).split())
    if spec.max_length is not None and len(value) > spec.max_length:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters."),
            field=spec.name,
            limit=spec.max_length,
        )
    return value


def _markdown(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str:
    value = _string(raw, spec).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in value.split("\n")).strip("\n")


def _date(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> date | None:
    value = parse_date(raw, spec.name)
    if value is None and not spec.empty_allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty."), field=spec.name
        )
    return value


def _bool(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if raw is None:
        return False
    word = str(raw).strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{field} must be true or false, not \u201c{value}\u201d."),
        field=spec.name,
        value=str(raw),
    )


def _enum(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    value = str(raw).strip().casefold()
    if value not in spec.choices:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{field} must be one of: {choices} (not \u201c{value}\u201d)."
            ),
            field=spec.name,
            choices=", ".join(spec.choices),
            value=str(raw),
        )
    return value


def _enum_list(s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> list[str]:
    values = [_enum(s, t, spec, item) for item in _items(raw, spec)]
    return _unique(v for v in values if v)


def _email(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str:
    value = _string(raw, spec).strip()
    if not value:
        return ""
    if len(value) > 254 or not _EMAIL.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid e-mail address."),
            field=spec.name,
            value=value,
        )
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def _phone(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str:
    value = " ".join(_string(raw, spec).split())
    if not value:
        return ""
    # Kept as people and address books write numbers: "+49 (0)30 1234-56",
    # "tel:+1-418-656-9254;ext=102", "0800-FLOWERS"; a number has digits.
    if len(value) > 64 or not any(c.isdigit() for c in value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid phone number."),
            field=spec.name,
            value=value,
        )
    return value


def _points(s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> list[dict[str, Any]]:
    """A contact's e-mails, phones or addresses (desktop/domain/contact_points.py).

    Each entry is an object; e-mails and phones may also be given as plain strings
    ("a@x.org; b@y.org" in a CSV cell or on the command line)."""
    points: list[dict[str, Any]] = []
    for item in _items(raw, spec):
        entry: dict[str, Any] = {"value": item} if isinstance(item, str) else item
        if not isinstance(entry, dict):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} must be a list."), field=spec.name
            )
        point = _point(s, t, spec, entry)
        if point is not None:
            points.append(point)
    if len(points) > MAX_POINTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} has more than {limit} entries."),
            field=spec.name,
            limit=MAX_POINTS,
        )
    seen: set[str] = set()
    for point in points:
        while point["id"] in seen:
            point["id"] = new_point_id()
        seen.add(point["id"])
    # Exactly one preferred point: the one marked, else the first.
    first_pref = next((p for p in points if p["pref"]), points[0] if points else None)
    for point in points:
        point["pref"] = point is first_pref
    return points


def _point(
    s: Session, t: Taxonomy, spec: FieldSpec, entry: dict[str, Any]
) -> dict[str, Any] | None:
    kinds = KINDS_OF[spec.name]
    kind = fold(str(entry.get("kind") or "").strip())
    if kind and kind not in kinds:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{field} must be one of: {choices} (not \u201c{value}\u201d)."
            ),
            field=spec.name,
            choices=", ".join(kinds),
            value=kind,
        )
    point_id = str(entry.get("id") or "").strip()
    point: dict[str, Any] = {
        "id": point_id if re.fullmatch(r"[0-9A-Za-z_-]{1,32}", point_id) else "",
        "kind": kind,
        "label": _point_text(spec, entry.get("label"), 100),
        "pref": bool(entry.get("pref")),
    }
    if spec.name == "addresses":
        for part in ADDRESS_PARTS:
            point[part] = _point_text(spec, entry.get(part), MAX_POINT_TEXT)
        code = str(entry.get("country_code") or "").strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", code):  # typed in the editor: recognise it
            code = country_code(point["country"])
        point["country_code"] = code
        if not any(point[p] for p in ADDRESS_PARTS):
            return None
        point["id"] = point["id"] or new_point_id(*(point[p] for p in ADDRESS_PARTS))
        return point
    check = _email if spec.name == "emails" else _phone
    value = check(s, t, spec, entry.get("value"))
    if not value:
        return None
    point["value"] = value
    point["id"] = point["id"] or new_point_id(value)
    return point


def _point_text(spec: FieldSpec, raw: Any, limit: int) -> str:
    value = " ".join(_string(raw, spec).split())
    if len(value) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters."),
            field=spec.name,
            limit=limit,
        )
    return value


def _country(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str:
    value = _string(raw, spec).strip()
    if not value:
        return ""
    mapped = COUNTRY_NAMES.get(fold(value))
    if mapped:
        return mapped
    if len(value) == 2 and value.isalpha() and value.isascii():
        return value.upper()
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "\u201c{value}\u201d is not a country code (use two letters, like DE or NL)."
        ),
        field=spec.name,
        value=value,
    )


def _languages(_s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> list[str]:
    codes = []
    for item in _items(raw, spec):
        word = fold(str(item).strip())
        code = LANGUAGE_NAMES.get(word, word)
        if not _LANGUAGE.match(code):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "\u201c{value}\u201d is not a language code (like de, nl, tr)."
                ),
                field=spec.name,
                value=str(item),
            )
        codes.append(code)
    return _unique(codes)


def _record(s: Session, _t: Taxonomy, spec: FieldSpec, raw: Any) -> str | None:
    if raw is None or raw == "":
        return None
    record_id = str(raw).strip().lower()
    assert spec.target_kind is not None
    if not UUID_PATTERN.match(record_id) or not record_exists(s, spec.target_kind, record_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field}: there is no {kind} with the id {value}."),
            field=spec.name,
            kind=spec.target_kind,
            value=record_id,
        )
    return record_id


def remember_record(session: Session, kind: str, record_id: str) -> None:
    """Note a record created in this session, so references to it validate cheaply."""
    session.info.setdefault(_KNOWN_RECORDS, set()).add((kind, record_id))


def record_exists(session: Session, kind: str, record_id: str) -> bool:
    # The identity map holds clean objects only weakly, so without this memo a bulk
    # import would reload (and autoflush for) the same activity for every observation.
    known: set[tuple[str, str]] = session.info.setdefault(_KNOWN_RECORDS, set())
    if (kind, record_id) in known:
        return True
    with session.no_autoflush:
        found = session.get(MODEL_BY_KIND[kind], record_id) is not None
    if found:
        known.add((kind, record_id))
    return found


def _records(s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> list[str]:
    ids = [_record(s, t, spec, item) for item in _items(raw, spec)]
    return _unique(i for i in ids if i)


def _term(_s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    assert spec.term_kind is not None
    name = _string(raw, spec)
    return t.resolve_term(spec.term_kind, name, create=spec.creates_terms, field=spec.name)


def _terms(s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> list[str]:
    ids = [_term(s, t, spec, item) for item in _items(raw, spec)]
    return _unique(i for i in ids if i)


def _municipality(_s: Session, t: Taxonomy, spec: FieldSpec, raw: Any) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    return t.resolve_municipality(_string(raw, spec), field=spec.name)


def _string(raw: Any, spec: FieldSpec) -> str:
    if raw is None:
        return ""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    if not isinstance(raw, str):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} must be text."),
            field=spec.name,
        )
    return storable_text(raw, spec.name)


def storable_text(raw: str, field: str) -> str:
    """`raw` if the sync server and every laptop can store it (protocol/values.py)."""
    if len(raw) > MAX_TEXT_CHARS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters."),
            field=field,
            limit=MAX_TEXT_CHARS,
        )
    if text_problem(raw) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{field} contains a control character that cannot be stored."
            ),
            field=field,
        )
    return raw


def _items(raw: Any, spec: FieldSpec) -> list[Any]:
    """A list field accepts a JSON list, or a separated string (CSV cells).

    Term names may contain commas ("Neuzuwanderung, Intake und Inburgering"), so
    names are separated by semicolons only; codes and ids by commas or semicolons.
    """
    if raw is None or raw == "":
        return []
    if isinstance(raw, list):
        return raw
    if isinstance(raw, str):
        separators = r";" if spec.type in ("terms", "points") else r"[;,]"
        return [part.strip() for part in re.split(separators, raw) if part.strip()]
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "{field} must be a list."),
        field=spec.name,
    )


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


_PARSERS = {
    "text": _text,
    "markdown": _markdown,
    "date": _date,
    "bool": _bool,
    "enum": _enum,
    "enum_list": _enum_list,
    "email": _email,
    "phone": _phone,
    "country": _country,
    "languages": _languages,
    "record": _record,
    "records": _records,
    "term": _term,
    "terms": _terms,
    "municipality": _municipality,
    "points": _points,
}
