"""A contact's list of e-mails, phones or addresses on the wire, merged entry by entry.

Each entry is a flat object of short strings and one boolean, with an ``id`` that
stays with it (desktop/domain/contact_points.py). Two laptops that change different
entries of one list both win: the server merges the lists per entry id instead of
treating the list as one value. Only when both changed the *same* entry differently
(or one removed an entry the other edited) is the field a conflict that a person
decides, as for any other field.
"""

from __future__ import annotations

from typing import Any, Final

from desktop.sync.protocol import values

POINT_FIELDS: Final = frozenset({"emails", "phones", "addresses"})
# The single fields that hold a list's preferred value: they follow the merged list,
# so an edit of the preferred number is one conflict (of the list), not two.
DERIVED_FIELDS: Final = {"email": "emails", "phone": "phones"}
MAX_POINTS: Final = 100
MAX_POINT_TEXT: Final = 300


def points_problem(value: object) -> str | None:
    if not isinstance(value, list):
        return "must be a list of objects"
    if len(value) > MAX_POINTS:
        return f"has more than {MAX_POINTS} entries"
    seen: set[str] = set()
    for entry in value:
        if not isinstance(entry, dict):
            return "has an entry that is not an object"
        point_id = entry.get("id")
        if not isinstance(point_id, str) or not point_id or point_id in seen:
            return "has an entry without a unique id"
        seen.add(point_id)
        for key, item in entry.items():
            if (problem := values.text_problem(key, 32)) is not None:
                return f"has a key that {problem}"
            if isinstance(item, bool):
                continue
            if (problem := values.text_problem(item, MAX_POINT_TEXT)) is not None:
                return f"has a value that {problem}"
    return None


def primary_value(points: Any) -> str:
    """The value of the preferred entry (else the first), "" for an empty list."""
    if not isinstance(points, list) or not points:
        return ""
    best = next((p for p in points if isinstance(p, dict) and p.get("pref")), points[0])
    return str(best.get("value", "")) if isinstance(best, dict) else ""


def merge_points(base: Any, server: Any, client: Any) -> list[dict[str, Any]] | None:
    """The three-way merge of one list, entry by entry; None when it is a conflict."""
    if not all(isinstance(v, list) for v in (base, server, client)):
        return None
    old = {e["id"]: e for e in base}
    ours = {e["id"]: e for e in server}
    theirs = {e["id"]: e for e in client}
    merged: list[dict[str, Any]] = []
    for point_id in dict.fromkeys([*ours, *theirs]):
        before, now, incoming = old.get(point_id), ours.get(point_id), theirs.get(point_id)
        chosen = _merge_entry(before, now, incoming)
        if chosen is _CONFLICT:
            return None
        if chosen is not None:
            merged.append(chosen)
    # Only one entry may stay preferred: the client's choice wins when it made one.
    client_pref = next((e["id"] for e in client if e.get("pref")), None)
    if client_pref is not None and sum(bool(e.get("pref")) for e in merged) > 1:
        merged = [{**e, "pref": e["id"] == client_pref} for e in merged]
    return merged


_CONFLICT: Any = object()


def _merge_entry(before: Any, now: Any, incoming: Any) -> Any:
    if now == incoming:
        return now
    if before == incoming:  # only the server side changed (or removed) it
        return now
    if before == now:  # only the client changed (or removed) it
        return incoming
    return _CONFLICT  # both changed it differently, or one removed what the other edited
