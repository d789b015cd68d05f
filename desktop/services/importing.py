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
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.errors import (
    ImportProblemError,
    ImportRejectedError,
    NotFoundError,
    StorageError,
    UserError,
    ValidationError,
    problem_at_line,
)
from desktop.models import RECORD_KINDS, TERM_KINDS, Attachment, Workspace
from desktop.services.codec import SHA256_PATTERN, UUID_PATTERN
from desktop.services.contacts_csv import parse_contacts_csv
from desktop.services.data_file import parse_data_file, record_problem
from desktop.services.records import (
    READ_ONLY_FIELDS,
    RecordMeta,
    create_record,
    find_record,
    update_record,
)
from desktop.services.schema import kind_spec
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.vcard import parse_vcards
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.blobs import BlobStore
from desktop.store.wire import parse_datetime
from desktop.tr import QT_TRANSLATE_NOOP

Locate = Callable[[UserError], ImportProblemError]


@dataclass(frozen=True)
class PendingItem:
    kind: str
    data: dict[str, Any]
    locate: Locate


@dataclass
class ImportBatch:
    source: Path
    items: list[PendingItem]
    problems: list[UserError]


@dataclass
class ImportReport:
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    # Records the file holds in an older state than this database: never overwritten.
    kept_newer: Counter[str] = field(default_factory=Counter)

    @property
    def changed(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


class _PreviewRollbackError(Exception):
    """Raised to roll the preview transaction back."""


def import_file(db: Database, scope: Scope, path: Path, *, dry_run: bool = False) -> ImportReport:
    batch = read_import_file(path)
    report = ImportReport()
    try:
        with db.write(scope.actor) as session:
            report = apply_import(session, scope, db.blobs, batch, write_blobs=not dry_run)
            if dry_run:
                raise _PreviewRollbackError
    except _PreviewRollbackError:
        pass
    return report


def read_import_file(path: Path) -> ImportBatch:
    text = _read_text(path)
    kind = _file_kind(path, text)
    items: list[PendingItem] = []
    if kind == "json":
        data_items, problems = parse_data_file(text)
        for item in data_items:
            items.append(PendingItem(item.kind, item.data, _record_locator(item.kind, item.number)))
    elif kind == "vcard":
        cards, problems = parse_vcards(text)
        for card in cards:
            items.append(PendingItem("contact", card.data, _card_locator(card.number, card.line)))
    else:
        rows, problems = parse_contacts_csv(text)
        for row in rows:
            items.append(PendingItem("contact", row.data, _line_locator(row.line)))
    return ImportBatch(path, items, problems)


def apply_import(
    session: Session, scope: Scope, blobs: BlobStore, batch: ImportBatch, *, write_blobs: bool
) -> ImportReport:
    problems = list(batch.problems)
    report = ImportReport()
    taxonomy = Taxonomy(session, scope.workspace_id)
    for item in batch.items:
        try:
            outcome = _apply_item(session, scope, taxonomy, blobs, item, write_blobs)
        except UserError as problem:
            problems.append(item.locate(problem))
            continue
        getattr(report, outcome)[item.kind] += 1
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
    if item.kind == "attachment":
        return _apply_attachment(session, scope, blobs, item.data, write_blobs)
    assert item.kind in RECORD_KINDS
    return _apply_record(session, scope, taxonomy, item.kind, item.data)


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
    session: Session, scope: Scope, taxonomy: Taxonomy, kind: str, data: dict[str, Any]
) -> str:
    record_id = str(data.get("id") or "").lower()
    existing = find_record(session, record_id) if record_id else None
    if existing is None:
        meta = RecordMeta(
            created_at=_optional_time(data, "created_at"),
            created_by=_optional_text(data, "created_by"),
            updated_at=_optional_time(data, "updated_at"),
            updated_by=_optional_text(data, "updated_by"),
            deleted_at=_optional_time(data, "deleted_at"),
        )
        create_record(session, scope, kind, data, taxonomy=taxonomy, meta=meta)
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
    if existing is not None:
        if existing.caption == caption:
            return "unchanged"
        existing.caption = caption
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
        return parse_datetime(str(value))
    except ValueError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\u201c{value}\u201d is not a valid time for {field}."),
            field=name,
            value=str(value),
        ) from exc


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path)
        ) from exc
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # spreadsheets saved by older Excel


def _file_kind(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".vcf", ".vcard"):
        return "vcard"
    if suffix in (".csv", ".txt"):
        return "csv"
    head = text.lstrip()[:20].upper()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith("BEGIN:VCARD"):
        return "vcard"
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a file that can be imported (use .json, .vcf or .csv)."
        ),
        file=path.name,
    )


def _record_locator(kind: str, number: int) -> Locate:
    label = kind_spec(kind).kind if kind in RECORD_KINDS else kind
    return lambda problem: record_problem(label, number, problem)


def _card_locator(number: int, line: int) -> Locate:
    return lambda problem: ImportProblemError(
        QT_TRANSLATE_NOOP("Errors", "Card {number} (line {line})"),
        problem,
        number=number,
        line=line,
    )


def _line_locator(line: int) -> Locate:
    return lambda problem: problem_at_line(line, problem)
