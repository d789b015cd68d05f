"""The register of what left the workspace: every dossier and data export, by id.

An entry names the records and contacts a file held (ids, never content), when, by
whom, in which language and format, and the file's SHA-256. It is written in the
same step as the export, before the file takes its name, so a file that left is
never missing from the register (at worst the register names a file whose saving
then failed). The register stays on this laptop.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.models import Contact, ExportLogEntry, new_id, utcnow
from desktop.services.workspace import Scope
from desktop.store import Database

CHUNK = 1 << 20


@dataclass(frozen=True)
class ExportedFile:
    """What is known of a file about to leave: its name, content hash and size."""

    path: Path
    sha256: str
    size: int

    @classmethod
    def of(cls, written: Path, name: Path) -> ExportedFile:
        digest = hashlib.sha256()
        size = 0
        with written.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
        return cls(name, digest.hexdigest(), size)


def register_export(
    db: Database,
    scope: Scope,
    exported: ExportedFile,
    *,
    what: str,
    format: str,
    record_ids: Iterable[str],
    contact_ids: Iterable[str],
    template: str = "",
    language: str = "",
) -> str:
    """Write the entry (one transaction); returns its id."""
    entry = ExportLogEntry(
        id=new_id(),
        workspace_id=scope.workspace_id,
        exported_at=utcnow(),
        actor=scope.actor,
        what=what,
        template=template,
        language=language,
        format=format,
        file_name=exported.path.name,
        sha256=exported.sha256,
        size=exported.size,
        record_ids=sorted(set(record_ids)),
        contact_ids=sorted(set(contact_ids)),
    )
    with db.write(scope.actor) as session:
        session.add(entry)
    return entry.id


@dataclass(frozen=True)
class RegisteredExport:
    id: str
    exported_at: datetime
    actor: str
    what: str
    template: str
    language: str
    format: str
    file_name: str
    sha256: str
    size: int
    records: int
    contact_ids: list[str]


def exports(
    session: Session, workspace_id: str, *, containing: str | None = None
) -> list[RegisteredExport]:
    """The register, newest first; with `containing`, only the files that held that
    record or contact."""
    query = select(ExportLogEntry).where(ExportLogEntry.workspace_id == workspace_id)
    if containing is not None:
        # In SQL: a data export lists every record of the workspace.
        query = query.where(
            text(
                "EXISTS (SELECT 1 FROM json_each(export_register.record_ids) WHERE value = :id)"
                " OR EXISTS (SELECT 1 FROM json_each(export_register.contact_ids)"
                " WHERE value = :id)"
            ).bindparams(id=containing)
        )
    rows = session.scalars(query.order_by(ExportLogEntry.exported_at.desc(), ExportLogEntry.id))
    found = []
    for row in rows:
        found.append(
            RegisteredExport(
                id=row.id,
                exported_at=row.exported_at,
                actor=row.actor,
                what=row.what,
                template=row.template,
                language=row.language,
                format=row.format,
                file_name=row.file_name,
                sha256=row.sha256,
                size=row.size,
                records=len(row.record_ids),
                contact_ids=list(row.contact_ids),
            )
        )
    return found


def exports_containing(db: Database, scope: Scope, record_id: str) -> list[RegisteredExport]:
    """The files that held this record or contact, newest first (its editor shows them)."""
    with db.read() as session:
        return exports(session, scope.workspace_id, containing=record_id)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # The combining marks removed in one pass over the text (a dossier's text is long):
    # looked up once per distinct character, not once per character.
    marks = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(marks)


def contacts_named_in(session: Session, workspace_id: str, printed: str) -> set[str]:
    """Contacts whose full name or e-mail address the finished text contains.

    Run on what the reader sees (after the privacy step): a withheld person's name
    was replaced there, so only people who were published are found.
    """
    folded = _fold(printed)
    named: set[str] = set()
    for contact in session.scalars(select(Contact).where(Contact.workspace_id == workspace_id)):
        emails = [str(p.get("value", "")) for p in contact.emails or [] if isinstance(p, dict)]
        needles = [n for n in (contact.name, contact.email, *emails) if n and len(n.strip()) >= 3]
        if any(_fold(needle.strip()) in folded for needle in needles):
            named.add(contact.id)
    return named
