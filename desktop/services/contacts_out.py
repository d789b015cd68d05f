"""Contacts out again: vCard 4.0 and CSV, only those who gave consent.

A contact without recorded consent never leaves the workspace (PRODUCT.md), so both
formats take only contacts with consent that has not ended (domain/consent.py: any
use covers handing the team's address book on); the result says how many were left
out. The CSV carries what the consent covers and until when, so it comes back in.
The CSV uses Google's numbered columns for e-mails, phones and addresses (which
Google, Outlook's importer and this program read back) plus this program's own
columns, among them the consent. It is written with a BOM so Excel opens it as UTF-8.
"""

from __future__ import annotations

import base64
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.consent import CONSENT_FIELDS, consent_covers
from desktop.errors import StorageError, ValidationError
from desktop.models import Attachment, Contact
from desktop.services.attachments import is_image
from desktop.services.export_register import ExportedFile, register_export
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.blobs import BlobStore
from desktop.tr import QT_TRANSLATE_NOOP

ContactFormat = Literal["vcard", "csv"]

_VCARD_TYPES = {
    "mobile": "cell",
    "home": "home",
    "work": "work",
    "fax": "fax",
    "home-fax": "home,fax",
    "work-fax": "work,fax",
    "pager": "pager",
    "main": "main",
    "other": "other",
}
_CSV_KIND_WORDS = {
    "mobile": "Mobile",
    "home": "Home",
    "work": "Work",
    "other": "Other",
    "fax": "Fax",
    "home-fax": "Home Fax",
    "work-fax": "Work Fax",
    "pager": "Pager",
    "main": "Main",
}
_OWN_COLUMNS = ("contact_type", "languages", "met_at", *CONSENT_FIELDS)


@dataclass(frozen=True)
class ContactExport:
    path: Path
    written: int
    left_out: int  # contacts without (valid) consent among those asked for
    ids: tuple[str, ...] = ()  # the contacts written (for the export register)


def export_contacts(
    session: Session,
    scope: Scope,
    blobs: BlobStore,
    path: Path,
    fmt: ContactFormat,
    ids: Sequence[str] | None = None,
) -> ContactExport:
    """Write the contacts `ids` (all when None) that have consent to `path`."""
    query = (
        select(Contact)
        .where(Contact.workspace_id == scope.workspace_id)
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.sort_key, Contact.id)
    )
    if ids is not None:
        query = query.where(Contact.id.in_(list(ids)))
    chosen = list(session.scalars(query))
    # A file for another address book is the team's own use: the narrowest covers it.
    allowed = [c for c in chosen if consent_covers(c, "internal")]
    if not allowed:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "None of these contacts has consent that is still valid: nothing was "
                "written (contacts without consent never leave the workspace).",
            )
        )
    taxonomy = Taxonomy(session, scope.workspace_id)
    records = [to_public(c, taxonomy) for c in allowed]
    if fmt == "vcard":
        photos = _photos(session, blobs, [c.id for c in allowed])
        text = "".join(vcard_of(r, photos.get(r["id"])) for r in records)
    else:
        text = "\ufeff" + csv_of(records)
    _write(path, text)
    return ContactExport(
        path, len(allowed), len(chosen) - len(allowed), tuple(c.id for c in allowed)
    )


def write_contacts(
    db: Database, scope: Scope, path: Path, fmt: ContactFormat, ids: Sequence[str] | None = None
) -> ContactExport:
    """export_contacts, then the file noted in the export register (who left, when)."""
    with db.read() as session:
        result = export_contacts(session, scope, db.blobs, path, fmt, ids)
    register_export(
        db,
        scope,
        ExportedFile.of(path, path),
        what="contacts",
        format=fmt,
        record_ids=result.ids,
        contact_ids=result.ids,
    )
    return result


def vcard_of(record: dict[str, Any], photo: tuple[bytes, str] | None = None) -> str:
    """One contact as a vCard 4.0 (RFC 6350), folded at 75 octets."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{record['id']}"]
    kind = {"org": "org", "group": "group"}.get(record.get("contact_type") or "", "individual")
    lines.append(f"KIND:{kind}")
    lines.append(f"FN:{_escape(record['name'])}")
    if record.get("organisation"):
        lines.append(f"ORG:{_escape(record['organisation'])}")
    if record.get("role"):
        lines.append(f"TITLE:{_escape(record['role'])}")
    item = 0
    for field, name in (("emails", "EMAIL"), ("phones", "TEL")):
        for point in record.get(field) or []:
            params = _point_params(point)
            if name == "TEL":
                params = ";VALUE=text" + params
            prefix = ""
            if point.get("label"):
                item += 1
                prefix = f"item{item}."
            lines.append(f"{prefix}{name}{params}:{_escape(point['value'])}")
            if prefix:
                lines.append(f"{prefix}X-ABLabel:{_escape(point['label'])}")
    for point in record.get("addresses") or []:
        params = _point_params(point)
        if point.get("country_code"):
            params += f";CC={point['country_code']}"  # RFC 8605
        parts = [point.get(p, "") for p in ("street", "locality", "region", "postcode", "country")]
        prefix = ""
        if point.get("label"):
            item += 1
            prefix = f"item{item}."
        lines.append(f"{prefix}ADR{params}:;;" + ";".join(_escape(p) for p in parts))
        if prefix:
            lines.append(f"{prefix}X-ABLabel:{_escape(point['label'])}")
    for code in record.get("languages") or []:
        lines.append(f"LANG:{code}")
    if record.get("notes"):
        lines.append(f"NOTE:{_escape(record['notes'])}")
    if photo is not None:
        content, mime = photo
        lines.append(f"PHOTO:data:{mime};base64,{base64.b64encode(content).decode('ascii')}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def csv_of(records: list[dict[str, Any]]) -> str:
    counts = {
        field: max((len(r.get(field) or []) for r in records), default=0)
        for field in ("emails", "phones", "addresses")
    }
    header = ["Name", "Organization Name", "Organization Title"]
    for number in range(1, counts["emails"] + 1):
        header += [f"E-mail {number} - Label", f"E-mail {number} - Value"]
    for number in range(1, counts["phones"] + 1):
        header += [f"Phone {number} - Label", f"Phone {number} - Value"]
    for number in range(1, counts["addresses"] + 1):
        header += [
            f"Address {number} - Label",
            f"Address {number} - Street",
            f"Address {number} - City",
            f"Address {number} - Region",
            f"Address {number} - Postal Code",
            f"Address {number} - Country",
        ]
    header += ["Notes", *_OWN_COLUMNS]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        row = [record["name"], record.get("organisation", ""), record.get("role", "")]
        for field, width in (("emails", 2), ("phones", 2), ("addresses", 6)):
            # The preferred one first: CSV readers take the first as the main one.
            points = sorted(record.get(field) or [], key=lambda p: not p.get("pref"))
            for index in range(counts[field]):
                if index >= len(points):
                    row += [""] * width
                    continue
                point = points[index]
                label = _CSV_KIND_WORDS.get(point.get("kind", ""), "")
                if point.get("label"):  # "Home (Privé)": both survive the way back
                    label = f"{label} ({point['label']})" if label else point["label"]
                if field == "addresses":
                    parts = ("street", "locality", "region", "postcode", "country")
                    row += [label, *(point.get(p, "") for p in parts)]
                else:
                    row += [label, point["value"]]
        row.append(record.get("notes", ""))
        for column in _OWN_COLUMNS:
            value = record.get(column)
            if isinstance(value, list):
                value = ", ".join(value)
            if isinstance(value, bool):
                value = "true" if value else "false"
            row.append("" if value is None else str(value))
        writer.writerow(row)
    return out.getvalue()


def _point_params(point: dict[str, Any]) -> str:
    params = ""
    if point.get("kind") in _VCARD_TYPES:
        types = _VCARD_TYPES[point["kind"]]
        params += f'TYPE="{types}"' if "," in types else f"TYPE={types}"
        params = ";" + params
    if point.get("pref"):
        params += ";PREF=1"
    return params


def _escape(value: str) -> str:
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> str:
    """Lines of at most 75 octets, never splitting a UTF-8 character (RFC 6350 3.2)."""
    parts: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            parts.append(current)
            current, size = " ", 1
        current += char
        size += width
    parts.append(current)
    return "\r\n".join(parts)


def _photos(
    session: Session, blobs: BlobStore, owner_ids: list[str]
) -> dict[str, tuple[bytes, str]]:
    photos: dict[str, tuple[bytes, str]] = {}
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.owner_id.in_(owner_ids))
        .where(Attachment.deleted_at.is_(None))
        .order_by(Attachment.position)
    )
    for attachment in rows:
        if attachment.owner_id in photos or not is_image(attachment.mime):
            continue
        path = blobs.path_for(attachment.sha256)
        if path.is_file():
            photos[attachment.owner_id] = (path.read_bytes(), attachment.mime)
    return photos


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".part")
    try:
        temporary.write_text(text, encoding="utf-8", newline="")
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
