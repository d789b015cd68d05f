"""Import JSON data files, vCards and contact CSVs: all of a file, or nothing.

Every item is validated and applied inside one write transaction; if any item has a
problem, every problem is collected, the transaction rolls back and the file is
rejected with the list. A dry run does the same and always rolls back, which is
how the app previews an import.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import KINDS, RECORD_KINDS
from desktop.errors import (
    ImportProblemError,
    ImportRejectedError,
    NotFoundError,
    UserError,
    ValidationError,
)
from desktop.models import TERM_KINDS, Attachment, SyncedColumns, Workspace
from desktop.services.codec import SHA256_PATTERN, UUID_PATTERN
from desktop.services.contact_files import is_vcard, read_bytes
from desktop.services.contact_import import ContactChange, ContactMatcher, apply_contact
from desktop.services.contact_source import ParsedSource
from desktop.services.contacts_csv import parse_contacts_csv
from desktop.services.data_file import parse_data_file, record_problem
from desktop.services.records import (
    READ_ONLY_FIELDS,
    RecordMeta,
    create_record,
    find_record,
    update_record,
)
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.text_encoding import decode_as
from desktop.services.vcard import parse_vcards
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.blobs import BlobStore
from desktop.store.wire import parse_datetime
from desktop.sync.protocol.values import timestamp_problem
from desktop.tr import QT_TRANSLATE_NOOP

Locate = Callable[[UserError], ImportProblemError]


@dataclass(frozen=True)
class PendingItem:
    kind: str
    data: dict[str, Any]
    locate: Locate
    # A contact from another program's file (vCard, CSV): matched, not identified by id.
    matched: bool = False
    photo: tuple[bytes, str] | None = None


# New records written per flush during an import (see apply_import).
FLUSH_EVERY = 500


@dataclass
class ImportBatch:
    source: Path
    items: list[PendingItem]
    problems: list[UserError]
    # From a contact file: what was left out (not fatal), its encoding and layout.
    contacts: ParsedSource | None = None


@dataclass
class ImportReport:
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    # Records the file holds in an older state than this database: never overwritten.
    kept_newer: Counter[str] = field(default_factory=Counter)
    # Contacts already here that the file would change, and how.
    contact_changes: list[ContactChange] = field(default_factory=list)
    # A contact file's notices, columns that map to nothing, encoding and layout.
    contacts: ParsedSource | None = None

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


class _PreviewRollbackError(Exception):
    """Raised to roll the preview transaction back."""


def import_file(
    db: Database,
    scope: Scope,
    path: Path,
    *,
    dry_run: bool = False,
    encoding: str | None = None,
    consent_columns: tuple[str, ...] = (),
) -> ImportReport:
    batch = read_import_file(path, encoding=encoding, consent_columns=consent_columns)
    report = ImportReport()
    try:
        with db.write(scope.actor) as session:
            report = apply_import(session, scope, db.blobs, batch, write_blobs=not dry_run)
            if dry_run:
                raise _PreviewRollbackError
    except _PreviewRollbackError:
        pass
    return report


def read_import_file(
    path: Path, *, encoding: str | None = None, consent_columns: tuple[str, ...] = ()
) -> ImportBatch:
    raw = read_bytes(path)
    kind = _file_kind(path, raw)
    items: list[PendingItem] = []
    if kind == "json":
        # JSON is UTF-8 (RFC 8259); a data file in any other encoding was not ours.
        data_items, problems = parse_data_file(decode_as(raw, encoding or "utf-8-sig"))
        problems.extend(_duplicate_ids(data_items))
        for item in data_items:
            items.append(PendingItem(item.kind, item.data, _record_locator(item.kind, item.number)))
        return ImportBatch(path, items, problems)
    if kind == "vcard":
        source = parse_vcards(raw, encoding)
    else:
        source = parse_contacts_csv(raw, encoding, consent_columns=consent_columns)
    for contact in source.contacts:
        locate = partial(contact.locate, csv=kind == "csv")
        _leave_out_numbers_without_digits(contact.data, locate, source)
        items.append(PendingItem("contact", contact.data, locate, True, contact.photo))
    return ImportBatch(path, items, list(source.problems), source)


def _leave_out_numbers_without_digits(
    data: dict[str, Any], locate: Locate, source: ParsedSource
) -> None:
    """Test files and careless exports hold "phone numbers" such as "HomePhone": the
    file keeps them, the contact does not, and the preview says so."""
    phones = data.get("phones") or []
    kept = [p for p in phones if any(c.isdigit() for c in str(p.get("value", "")))]
    for phone in phones:
        if phone not in kept:
            source.notices.append(
                locate(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "\u201c{value}\u201d is no phone number, left out"
                        ),
                        value=str(phone.get("value", "")),
                    )
                )
            )
    if phones:
        data["phones"] = kept


def _duplicate_ids(items: list[Any]) -> list[UserError]:
    """Two records of a data file with one id: the second would overwrite the first."""
    problems: list[UserError] = []
    first: dict[str, Any] = {}
    for item in items:
        record_id = str(item.data.get("id") or "").lower() if isinstance(item.data, dict) else ""
        if not record_id:
            continue
        earlier = first.setdefault(record_id, item)
        if earlier is not item:
            problems.append(
                record_problem(
                    item.kind,
                    item.number,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "it has the id {id} of record {other} ({other_kind}) as well; "
                            "one of the two needs another id.",
                        ),
                        id=record_id,
                        other=earlier.number,
                        other_kind=earlier.kind,
                    ),
                )
            )
    return problems


def apply_import(
    session: Session, scope: Scope, blobs: BlobStore, batch: ImportBatch, *, write_blobs: bool
) -> ImportReport:
    problems = list(batch.problems)
    report = ImportReport(contacts=batch.contacts)
    taxonomy = Taxonomy(session, scope.workspace_id)
    matcher: ContactMatcher | None = None
    known = _records_named(session, batch.items)
    for item in batch.items:
        try:
            if item.matched:
                matcher = matcher or ContactMatcher(session, scope.workspace_id)
                outcome, change = apply_contact(
                    session, scope, taxonomy, matcher, item.data, item.photo, blobs, write_blobs
                )
                if change is not None:
                    report.contact_changes.append(change)
            elif item.kind in RECORD_KINDS:
                outcome = _apply_record(session, scope, taxonomy, item.kind, item.data, known)
            else:
                outcome = _apply_item(session, scope, taxonomy, blobs, item, write_blobs)
        except UserError as problem:
            problems.append(item.locate(problem))
            continue
        getattr(report, outcome)[item.kind] += 1
        if len(session.new) >= FLUSH_EVERY:
            # New records wait in the session and are written (with their outbox
            # entries and search index) a few hundred at a time, not one by one.
            session.flush()
    if problems:
        raise ImportRejectedError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} was not imported; nothing was changed. Problems found:"
            ),
            problems,
            file=batch.source.name,
        )
    return report


def _apply_item(
    session: Session,
    scope: Scope,
    taxonomy: Taxonomy,
    blobs: BlobStore,
    item: PendingItem,
    write_blobs: bool,
) -> str:
    if item.kind == "workspace":
        return _apply_workspace(session, scope, item.data)
    if item.kind == "municipality":
        return _apply_municipality(taxonomy, item.data)
    if item.kind == "term":
        return _apply_term(taxonomy, item.data)
    assert item.kind == "attachment", item.kind
    return _apply_attachment(session, scope, blobs, item.data, write_blobs)


def _records_named(session: Session, items: list[PendingItem]) -> dict[str, SyncedColumns]:
    """The records of this workspace's database that the file's records name by id, in
    a few queries for the whole file."""
    ids = sorted(
        {
            str(item.data.get("id") or "").strip().lower()
            for item in items
            if item.kind in RECORD_KINDS and not item.matched
        }
    )
    ids = [record_id for record_id in ids if UUID_PATTERN.match(record_id)]
    found: dict[str, SyncedColumns] = {}
    for spec in KINDS.values():
        model: Any = spec.model
        for start in range(0, len(ids), 500):
            query = select(model).where(model.id.in_(ids[start : start + 500]))
            found.update((record.id, record) for record in session.scalars(query))
    return found


def _apply_workspace(session: Session, scope: Scope, data: dict[str, Any]) -> str:
    workspace = session.get(Workspace, scope.workspace_id)
    assert workspace is not None
    settings = data.get("settings")
    if not isinstance(settings, dict):
        return "unchanged"
    merged = {**(workspace.settings or {}), **settings}
    if merged == workspace.settings:
        return "unchanged"
    workspace.settings = merged
    return "updated"


def _apply_municipality(taxonomy: Taxonomy, data: dict[str, Any]) -> str:
    name = _required_text(data, "name")
    # A municipality already known (even retired) stays as it is: an import never
    # retires or revives one.
    if taxonomy.find_municipality(name) is not None:
        return "unchanged"
    municipality = taxonomy.add_municipality(name, str(data.get("country") or "")[:2].upper())
    municipality.deleted_at = _optional_time(data, "deleted_at")
    return "created"


def _apply_term(taxonomy: Taxonomy, data: dict[str, Any]) -> str:
    kind = _required_text(data, "kind")
    name = _required_text(data, "name")
    labels = data.get("labels") or {}
    if not isinstance(labels, dict):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "labels must be an object."))
    existing = taxonomy.find_term(kind, name, include_retired=True)
    if existing is not None:
        merged = {**labels, **existing.labels}
        if merged == existing.labels:
            return "unchanged"
        existing.labels = merged
        return "updated"
    if kind not in TERM_KINDS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown taxonomy \u201c{kind}\u201d."), kind=kind
        )
    term = taxonomy.add_term(
        kind, name, {str(k): str(v) for k, v in labels.items()}, _count(data, "position")
    )
    term.deleted_at = _optional_time(data, "deleted_at")
    return "created"


def _apply_record(
    session: Session,
    scope: Scope,
    taxonomy: Taxonomy,
    kind: str,
    data: dict[str, Any],
    known: dict[str, SyncedColumns],
) -> str:
    """Create or update one record; `known` holds the records with the ids the file
    names (and gains the ones created here)."""
    record_id = str(data.get("id") or "").strip().lower()
    existing = known.get(record_id) if record_id else None
    if existing is None:
        meta = RecordMeta(
            created_at=_optional_time(data, "created_at"),
            created_by=_optional_text(data, "created_by"),
            updated_at=_optional_time(data, "updated_at"),
            updated_by=_optional_text(data, "updated_by"),
            deleted_at=_optional_time(data, "deleted_at"),
        )
        record = create_record(
            session, scope, kind, data, taxonomy=taxonomy, meta=meta, flush=False, id_is_free=True
        )
        known[record.id] = record
        return "created"
    if existing.__kind__ != kind or getattr(existing, "workspace_id", None) != scope.workspace_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The id {id} belongs to a different record."), id=record_id
        )
    file_time = _optional_time(data, "updated_at")
    ours = existing.updated_at
    if file_time is not None and ours is not None and file_time < ours:
        # The file is older than what we have: importing it must not undo later edits
        # (nor bring back a record deleted since the export).
        return "kept_newer"
    current = to_public(existing, taxonomy)
    patch = {
        name: value
        for name, value in data.items()
        if name not in READ_ONLY_FIELDS and current.get(name) != value
    }
    # Only a file that is demonstrably newer brings a record back out of the trash.
    restore = (
        existing.deleted_at is not None and data.get("deleted_at") is None and file_time is not None
    )
    if not patch and not restore:
        return "unchanged"
    if restore:
        existing.deleted_at = None
    if patch:
        update_record(session, scope, existing.id, patch, taxonomy=taxonomy)
    return "updated"


def _apply_attachment(
    session: Session, scope: Scope, blobs: BlobStore, data: dict[str, Any], write_blobs: bool
) -> str:
    attachment_id = str(data.get("id") or "").lower()
    if not UUID_PATTERN.match(attachment_id):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An attachment needs a valid id."))
    existing = session.get(Attachment, attachment_id)
    caption = str(data.get("caption") or "")
    credit = str(data.get("credit") or "")[:200]
    if existing is not None:
        if (existing.caption, existing.credit) == (caption, credit):
            return "unchanged"
        existing.caption, existing.credit = caption, credit
        return "updated"
    owner_id = str(data.get("owner_id") or "")
    if find_record(session, owner_id) is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The attachment belongs to a missing record {id}."),
            id=owner_id,
        )
    sha256 = _required_text(data, "sha256").lower()
    if not SHA256_PATTERN.match(sha256):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} must be 64 hexadecimal digits."), field="sha256"
        )
    content = data.get("content_base64")
    if content is not None:
        _store_content(blobs, sha256, str(content), write_blobs)
    session.add(
        Attachment(
            id=attachment_id,
            workspace_id=scope.workspace_id,
            owner_id=owner_id,
            sha256=sha256,
            size=_count(data, "size"),
            mime=str(data.get("mime") or "application/octet-stream"),
            file_name=str(data.get("file_name") or ""),
            caption=caption,
            credit=credit,
            position=_count(data, "position"),
            created_at=_optional_time(data, "created_at"),
            created_by=_optional_text(data, "created_by") or "",
            deleted_at=_optional_time(data, "deleted_at"),
        )
    )
    session.flush()
    return "created"


def _store_content(blobs: BlobStore, sha256: str, content: str, write_blobs: bool) -> None:
    try:
        raw = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The attachment content is not valid base64.")
        ) from exc
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The attachment content does not match its SHA-256.")
        )
    if write_blobs:
        blobs.put_bytes(raw)


def _required_text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} is required."), field=name)
    return value.strip()


def _count(data: dict[str, Any], name: str) -> int:
    value = data.get(name)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number of 0 or more."), field=name
        )
    return value


def _optional_text(data: dict[str, Any], name: str) -> str | None:
    value = data.get(name)
    return str(value) if value is not None else None


def _optional_time(data: dict[str, Any], name: str) -> Any:
    value = data.get(name)
    if value is None:
        return None
    try:
        parsed = parse_datetime(str(value))
    except ValueError:
        parsed = None
    # A time no store can hold (year 9999 behind UTC) is refused here, with its record,
    # not when the import is written.
    if parsed is None or timestamp_problem(parsed) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid time for {field}."),
            field=name,
            value=str(value),
        )
    return parsed


def _file_kind(path: Path, raw: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if is_vcard(path, raw):
        return "vcard"
    if suffix in (".csv", ".txt"):
        return "csv"
    head = raw.lstrip(b"\xef\xbb\xbf \r\n\t")[:1]
    if head in (b"{", b"["):
        return "json"
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a file that can be imported (use .json, .vcf or .csv)."
        ),
        file=path.name,
    )


def _record_locator(kind: str, number: int) -> Locate:
    return lambda problem: record_problem(kind, number, problem)


def import_sentence(report: ImportReport, file_name: str, *, dry_run: bool = False) -> str:
    """The outcome as one plain sentence (the command line's summary)."""
    verb = "Would import" if dry_run else "Imported"

    def counted(counts: Counter[str]) -> str:
        parts = []
        for kind, count in sorted(counts.items()):
            spec = KINDS.get(kind)
            label = (spec.plural_label if count != 1 else spec.label) if spec else kind
            parts.append(f"{count} {label.lower()}")
        return ", ".join(parts)

    clauses = []
    if report.created:
        clauses.append(f"{counted(report.created)} new")
    if report.unchanged:
        clauses.append(f"{counted(report.unchanged)} already here")
    if report.updated:
        changed = f"{counted(report.updated)} changed"
        if report.contact_changes:
            shown = "; ".join(
                f"{c.name}: {', '.join(c.fields)}" for c in report.contact_changes[:10]
            )
            more = len(report.contact_changes) - 10
            changed += f" ({shown}{f'; and {more} more' if more > 0 else ''})"
        clauses.append(changed)
    if report.kept_newer:
        clauses.append(f"{counted(report.kept_newer)} kept as they are here (newer)")
    sentence = f"{verb} {file_name}: " + ("; ".join(clauses) or "nothing to change") + "."
    if report.contacts is not None and report.created.get("contact"):
        sentence += " New contacts have no consent recorded."
    return sentence
