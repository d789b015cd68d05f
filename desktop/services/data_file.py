"""The JSON data file of `export-data` / `import` (see docs/data-format.md)."""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.domain import KINDS, RECORD_KINDS
from desktop.errors import ImportProblemError, StorageError, UserError, ValidationError
from desktop.models import Attachment, Workspace, utcnow
from desktop.services.os_errors import os_reason
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store.blobs import BlobStore, is_sha256
from desktop.store.wire import to_wire
from desktop.sync.protocol.values import nesting_problem
from desktop.tr import QT_TRANSLATE_NOOP

FORMAT = "field-dossier-data"
FORMAT_VERSION = 1
# Deeper than any record (workspace settings are at most 8 deep); a file nested deeper
# is refused whole, before anything walks it recursively.
MAX_FILE_DEPTH = 32


@dataclass(frozen=True)
class DataItem:
    """One object of an import file, in the order it must be applied."""

    kind: str  # workspace | municipality | term | activity | ... | attachment
    data: dict[str, Any]
    number: int  # 1-based position within its section


def export_data(
    session: Session, scope: Scope, blobs: BlobStore, *, include_files: bool = True
) -> dict[str, Any]:
    """Everything in the workspace, trashed records included, as one JSON object."""
    workspace = session.get(Workspace, scope.workspace_id)
    assert workspace is not None
    taxonomy = Taxonomy(session, scope.workspace_id)
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": to_wire(utcnow()),
        "workspace": {"name": workspace.name, "settings": workspace.settings},
        "municipalities": [
            {"id": m.id, "name": m.name, "country": m.country, "deleted_at": to_wire(m.deleted_at)}
            for m in sorted(taxonomy.municipalities.values(), key=lambda m: m.name)
        ],
        "terms": [
            {
                "id": t.id,
                "kind": t.kind,
                "name": t.name,
                "labels": t.labels,
                "position": t.position,
                "deleted_at": to_wire(t.deleted_at),
            }
            for t in sorted(taxonomy.terms.values(), key=lambda t: (t.kind, t.position, t.name))
        ],
    }
    for spec in KINDS.values():
        model: Any = spec.model
        rows = session.scalars(
            select(model)
            .where(model.workspace_id == scope.workspace_id)
            .order_by(model.created_at, model.id)
        )
        document[spec.section] = [to_public(row, taxonomy) for row in rows]
    attachments = session.scalars(
        select(Attachment)
        .where(Attachment.workspace_id == scope.workspace_id)
        .order_by(Attachment.created_at, Attachment.id)
    )
    # A damaged digest (a row synced before digests were checked) names no file and
    # could not be imported again: such rows stay out (`damaged_attachments`).
    document["attachments"] = [
        _attachment(a, blobs, include_files) for a in attachments if is_sha256(a.sha256)
    ]
    return document


def write_json_atomically(document: dict[str, Any], target: Path) -> None:
    """Write to a temporary file next to `target` and rename: never a partial file."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(document, handle, ensure_ascii=False, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _unwritable(target, exc) from exc


def parse_data_file(text: str) -> tuple[list[DataItem], list[UserError]]:
    """The items of a data file, in application order, or the problems that stop it."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        inner = ValidationError(
            QT_TRANSLATE_NOOP("Errors", "this is not valid JSON ({reason})."), reason=exc.msg
        )
        return [], [
            ImportProblemError(
                QT_TRANSLATE_NOOP("Errors", "Line {line}, column {column}"),
                inner,
                line=exc.lineno,
                column=exc.colno,
            )
        ]
    except ValueError:  # a number of more than 4300 digits: Python refuses to read it
        return [], [
            ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has a number too long to read."))
        ]
    except RecursionError:
        return [], [_too_deep()]
    if nesting_problem(document, MAX_FILE_DEPTH) is not None:
        return [], [_too_deep()]
    if isinstance(document, list):
        return _loose_records(document)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return [], [
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "This is not a Field Dossier data file (no \u201cformat\u201d field)."
                )
            )
        ]
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        return [], [
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data file has format version {version}; this version of the app "
                    "reads up to {supported}.",
                ),
                version=str(version),
                supported=FORMAT_VERSION,
            )
        ]
    return _sections(document)


def _sections(document: dict[str, Any]) -> tuple[list[DataItem], list[UserError]]:
    items: list[DataItem] = []
    problems: list[UserError] = []
    if isinstance(document.get("workspace"), dict):
        items.append(DataItem("workspace", document["workspace"], 1))
    order = [
        ("municipality", "municipalities"),
        ("term", "terms"),
        *((kind, spec.section) for kind, spec in KINDS.items()),
        ("attachment", "attachments"),
    ]
    for kind, section in order:
        entries = document.get(section, [])
        if not isinstance(entries, list):
            problems.append(
                ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "\u201c{section}\u201d must be a list."),
                    section=section,
                )
            )
            continue
        for number, entry in enumerate(entries, 1):
            if isinstance(entry, dict):
                items.append(DataItem(kind, entry, number))
            else:
                problems.append(record_problem(kind, number, _not_an_object()))
    return items, problems


def _loose_records(entries: list[Any]) -> tuple[list[DataItem], list[UserError]]:
    """A bare JSON array of records, each naming its "kind"."""
    items: list[DataItem] = []
    problems: list[UserError] = []
    for number, entry in enumerate(entries, 1):
        kind = entry.get("kind") if isinstance(entry, dict) else None
        if kind not in RECORD_KINDS:
            problems.append(
                record_problem(
                    "record",
                    number,
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "each record needs a \u201ckind\u201d: one of {kinds}."
                        ),
                        kinds=", ".join(RECORD_KINDS),
                    ),
                )
            )
            continue
        assert isinstance(entry, dict)
        items.append(DataItem(str(kind), entry, number))
    order = {kind: position for position, kind in enumerate(RECORD_KINDS)}
    items.sort(key=lambda item: order[item.kind])  # stable: referenced kinds come first
    return items, problems


def record_problem(kind: str, number: int, problem: UserError) -> ImportProblemError:
    return ImportProblemError(
        QT_TRANSLATE_NOOP("Errors", "Record {number} ({kind})"), problem, number=number, kind=kind
    )


def _too_deep() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The file nests lists and objects deeper than {depth} levels."),
        depth=MAX_FILE_DEPTH,
    )


def _not_an_object() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "A record must be a JSON object."))


def _attachment(attachment: Attachment, blobs: BlobStore, include_files: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": attachment.id,
        "owner_id": attachment.owner_id,
        "file_name": attachment.file_name,
        "caption": attachment.caption,
        "credit": attachment.credit,
        "mime": attachment.mime,
        "size": attachment.size,
        "sha256": attachment.sha256,
        "position": attachment.position,
        "created_at": to_wire(attachment.created_at),
        "created_by": attachment.created_by,
        "deleted_at": to_wire(attachment.deleted_at),
    }
    if include_files and blobs.has(attachment.sha256):
        content = blobs.path_for(attachment.sha256).read_bytes()
        data["content_base64"] = base64.b64encode(content).decode("ascii")
    return data


def _unwritable(target: Path, exc: OSError) -> StorageError:
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}"),
        path=str(target),
        reason=os_reason(exc),
    )
