"""A contact's points: several e-mail addresses, phone numbers and postal addresses.

Each point is a small dict (the public and the stored form are the same):

- e-mail / phone: ``{"id", "value", "kind", "label", "pref"}``
- address: ``{"id", "street", "locality", "region", "postcode", "country",
  "country_code", "kind", "label", "pref"}`` - ``country`` is the text as the
  source wrote it ("U.S.A.", "Schweiz"), ``country_code`` the ISO 3166-1 code when it
  could be recognised (else empty): an unknown country never rejects a contact.

``id`` is a short random key that stays with the point: the sync server merges two
laptops' edits of one contact's list entry by entry (desktop/sync/protocol/points.py),
so one colleague adding a number while another corrects an e-mail is not a conflict.

The single ``email``, ``phone`` and ``country`` fields stay: they hold the preferred
point (lists, search, dossiers and older data files use them) and are kept in step
here, in one place.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any, Final

POINT_FIELDS: Final = ("emails", "phones", "addresses")
ADDRESS_PARTS: Final = ("street", "locality", "region", "postcode", "country")

EMAIL_KINDS: Final = ("home", "work", "other")
PHONE_KINDS: Final = (
    "mobile",
    "home",
    "work",
    "fax",
    "home-fax",
    "work-fax",
    "pager",
    "main",
    "other",
)
ADDRESS_KINDS: Final = ("home", "work", "other")
KINDS_OF: Final = {"emails": EMAIL_KINDS, "phones": PHONE_KINDS, "addresses": ADDRESS_KINDS}

CONTACT_TYPES: Final = ("person", "org", "group")


def new_point_id(*content: str) -> str:
    """A point's id: from its content when given, so that the same e-mail added on two
    laptops (or imported twice) gets the same id; random otherwise."""
    if content:
        return hashlib.sha256("\x1f".join(content).encode()).hexdigest()[:8]
    return secrets.token_hex(4)


def preferred(points: list[dict[str, Any]] | None) -> dict[str, Any] | None:
    """The point marked preferred, else the first one."""
    if not points:
        return None
    return next((p for p in points if p.get("pref")), points[0])


def address_text(point: dict[str, Any]) -> str:
    """One line for an address ("Street 1, 12345 Town, Region, Country")."""
    town = " ".join(p for p in (point.get("postcode", ""), point.get("locality", "")) if p)
    parts = (point.get("street", ""), town, point.get("region", ""), point.get("country", ""))
    return ", ".join(" ".join(str(p).split()) for p in parts if p)


def point_text(field: str, point: dict[str, Any]) -> str:
    return address_text(point) if field == "addresses" else str(point.get("value", ""))


def reconcile_primary(values: dict[str, Any], current: Any | None) -> None:
    """Keep ``email``/``phone``/``country`` and the lists in step (stored values).

    A list given (the editor, a vCard, a data file) decides the single field; a single
    value given alone (the CLI's ``--email``, an older data file) becomes the list's
    preferred point, without dropping the others.
    """
    for field, single, attr in (("emails", "email", "value"), ("phones", "phone", "value")):
        if field in values:
            best = preferred(values[field])
            values[single] = str(best.get(attr, "")) if best else ""
        elif single in values:
            points = [dict(p) for p in (getattr(current, field, None) or [])]
            values[field] = _with_primary(points, values[single])
    if "addresses" in values:
        coded = [a for a in values["addresses"] if a.get("country_code")]
        best = preferred(coded)
        if best is not None:
            values["country"] = best["country_code"]
        elif current is None:
            values.setdefault("country", "")


def _with_primary(points: list[dict[str, Any]], value: str) -> list[dict[str, Any]]:
    old = preferred(points)
    if not value:
        return [p for p in points if p is not old]
    if old is not None and old.get("value") == value:
        return points
    found = next((p for p in points if p.get("value") == value), None)
    for point in points:
        point["pref"] = False
    if found is not None:
        found["pref"] = True
        return points
    if old is not None:  # the single field was edited: the preferred point changes with it
        old["value"], old["pref"] = value, True
        return points
    return [{"id": new_point_id(value), "value": value, "kind": "", "label": "", "pref": True}]
