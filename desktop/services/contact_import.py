"""Contacts from other programs' files: matched with those already here, never twice.

A contact of a vCard or CSV is the same person as one already in the workspace when
they share an e-mail address, or else the same name and organisation (compared
without case and accents). Such a contact is not created again: what the file adds
(another e-mail, a number, an address, an empty field filled, a changed
organisation) becomes an update, and the preview names the fields that would change.

Consent is never taken from such a file unless the user mapped a consent column:
new contacts start without consent, existing contacts keep theirs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.consent import CONSENT_FIELDS
from desktop.domain.contact_points import POINT_FIELDS, address_text
from desktop.models import Attachment, Contact
from desktop.services.records import create_record, update_record
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store.blobs import BlobStore
from desktop.store.textfold import fold

# Fields an import may fill or change on a contact already here; the name stays as the
# user keeps it, and consent only changes through a mapped consent column.
_UPDATABLE = ("organisation", "role", "languages", "notes", "country", "contact_type")
_CONSENT = CONSENT_FIELDS
_PHOTO_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/gif": "gif"}


@dataclass(frozen=True)
class ContactChange:
    """A contact already here that the file would change, and which fields."""

    name: str
    fields: tuple[str, ...]


class ContactMatcher:
    """Who is here already: by e-mail, and by name with organisation."""

    def __init__(self, session: Session, workspace_id: str) -> None:
        self._by_email: dict[str, str] = {}
        self._by_name: dict[tuple[str, str], str] = {}
        rows = session.execute(
            select(Contact.id, Contact.name, Contact.organisation, Contact.email, Contact.emails)
            .where(Contact.workspace_id == workspace_id)
            .where(Contact.deleted_at.is_(None))
        )
        for row_id, name, organisation, email, emails in rows:
            self.add(row_id, name, organisation, [email, *(e.get("value") for e in emails or [])])

    def add(self, record_id: str, name: str, organisation: str, emails: list[Any]) -> None:
        for email in emails:
            if email:
                self._by_email.setdefault(str(email).casefold(), record_id)
        self._by_name.setdefault((fold(name or ""), fold(organisation or "")), record_id)

    def find(self, data: dict[str, Any]) -> str | None:
        for point in data.get("emails") or []:
            found = self._by_email.get(str(point.get("value", "")).casefold())
            if found is not None:
                return found
        key = (fold(str(data.get("name") or "")), fold(str(data.get("organisation") or "")))
        return self._by_name.get(key)


def apply_contact(
    session: Session,
    scope: Scope,
    taxonomy: Taxonomy,
    matcher: ContactMatcher,
    data: dict[str, Any],
    photo: tuple[bytes, str] | None,
    blobs: BlobStore,
    write_blobs: bool,
) -> tuple[str, ContactChange | None]:
    """ "created", "updated" (with what changes) or "unchanged"."""
    existing_id = matcher.find(data)
    if existing_id is None:
        record = create_record(session, scope, "contact", data, taxonomy=taxonomy, flush=False)
        emails = [p.get("value") for p in data.get("emails") or []]
        matcher.add(record.id, str(data["name"]), str(data.get("organisation") or ""), emails)
        if photo is not None:
            session.flush()
            _attach_photo(session, scope, blobs, record.id, photo, write_blobs)
        return "created", None
    existing = session.get(Contact, existing_id)
    assert existing is not None
    patch = _patch(to_public(existing, taxonomy), data)
    if not patch:
        return "unchanged", None
    update_record(session, scope, existing_id, patch, taxonomy=taxonomy)
    return "updated", ContactChange(existing.name, tuple(patch))


def _patch(current: dict[str, Any], data: dict[str, Any]) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    for field in POINT_FIELDS:
        merged = _merged_points(field, current.get(field) or [], data.get(field) or [])
        if merged is not None:
            patch[field] = merged
    for field in (*_UPDATABLE, *_CONSENT):
        if field not in data or data[field] in (None, "", []):
            continue
        if field == "contact_type" and current.get(field) != "person":
            continue
        wanted = data[field]
        if field == "notes" and current.get("notes"):
            if _words(str(wanted)) in _words(current["notes"]):
                continue  # already there (the store keeps the lines tidier than the file)
            wanted = f"{current['notes']}\n\n{wanted}"  # added to, never replaced
        if _same(current.get(field), wanted):
            continue
        patch[field] = wanted
    return patch


def _merged_points(
    field: str, current: list[dict[str, Any]], incoming: list[dict[str, Any]]
) -> list[dict[str, Any]] | None:
    """The list with the file's new entries added (nothing removed); None if none."""
    known = {_point_key(field, p) for p in current}
    added = []
    for point in incoming:
        key = _point_key(field, point)
        if key not in known:
            known.add(key)
            added.append({**point, "pref": point.get("pref", False) and not current})
    return [*current, *added] if added else None


def _point_key(field: str, point: dict[str, Any]) -> str:
    if field == "addresses":
        return fold(address_text(point))
    value = str(point.get("value", ""))
    if field == "phones":
        return "".join(c for c in value if c.isdigit()) or fold(value)
    return value.casefold()


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same(current: Any, wanted: Any) -> bool:
    if isinstance(wanted, str) and isinstance(current, str):
        return " ".join(current.split()).casefold() == " ".join(wanted.split()).casefold()
    if isinstance(wanted, list) and isinstance(current, list):
        return {str(v).casefold() for v in wanted} <= {str(v).casefold() for v in current}
    return bool(current == wanted)


def _attach_photo(
    session: Session,
    scope: Scope,
    blobs: BlobStore,
    owner_id: str,
    photo: tuple[bytes, str],
    write_blobs: bool,
) -> None:
    content, mime = photo
    sha256 = hashlib.sha256(content).hexdigest()
    if write_blobs:
        blobs.put_bytes(content)
    extension = _PHOTO_EXTENSIONS.get(mime, "bin")
    session.add(
        Attachment(
            workspace_id=scope.workspace_id,
            owner_id=owner_id,
            sha256=sha256,
            size=len(content),
            mime=mime,
            file_name=f"photo.{extension}",
            caption="",
            position=0,
        )
    )
