"""Record sub-commands: add, update, delete, restore, show, list, search, attach."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext, read_json_stdin
from desktop.domain import RECORD_KINDS, kind_spec
from desktop.errors import ImportRejectedError, UserError, ValidationError
from desktop.models import SyncedColumns
from desktop.services.attachments import attach_file, ensure_thumbnail
from desktop.services.codec import parse_date
from desktop.services.data_file import record_problem
from desktop.services.listing import RecordFilter, list_records
from desktop.services.records import (
    create_record,
    delete_record,
    get_record,
    restore_record,
    update_record,
)
from desktop.services.search import record_title, search
from desktop.services.serialize import attachment_to_public, attachments_of, to_public
from desktop.services.taxonomy import Taxonomy
from desktop.tr import QT_TRANSLATE_NOOP


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    add = subparsers.add_parser(
        "add", parents=[common], help="add records: a JSON object or array on stdin"
    )
    add.add_argument("kind", choices=RECORD_KINDS)
    add.set_defaults(handler=run_add)

    update = subparsers.add_parser(
        "update", parents=[common], help="change fields of a record: a JSON object on stdin"
    )
    update.add_argument("id")
    update.set_defaults(handler=run_update)

    for name, handler, text in (
        ("delete", run_delete, "move a record to the trash"),
        ("restore-record", run_restore, "bring a record back from the trash"),
        ("show", run_show, "show one record"),
    ):
        command = subparsers.add_parser(name, parents=[common], help=text)
        command.add_argument("id")
        command.set_defaults(handler=handler)

    listing = subparsers.add_parser("list", parents=[common], help="list records of one kind")
    listing.add_argument("kind", choices=RECORD_KINDS)
    listing.add_argument("--search", help="only records containing these words (ranked)")
    listing.add_argument("--activity", help="only records of this activity (id)")
    listing.add_argument("--field", help="only records with this field of action (name)")
    listing.add_argument("--tag", help="only records with this tag (name)")
    listing.add_argument("--municipality", help="only records of this municipality (name)")
    listing.add_argument("--from", dest="date_from", help="from this date (YYYY-MM-DD)")
    listing.add_argument("--to", dest="date_to", help="up to this date (YYYY-MM-DD)")
    listing.add_argument("--trash", action="store_true", help="list the trash instead")
    listing.add_argument("--limit", type=int, default=100, help="at most N records (default 100)")
    listing.set_defaults(handler=run_list)

    finder = subparsers.add_parser("search", parents=[common], help="search all records")
    finder.add_argument("text")
    finder.add_argument("--limit", type=int, default=20)
    finder.set_defaults(handler=run_search)

    attach = subparsers.add_parser("attach", parents=[common], help="attach a file to a record")
    attach.add_argument("id")
    attach.add_argument("file", type=Path)
    attach.add_argument("--caption", default="")
    attach.set_defaults(handler=run_attach)


def run_add(context: CliContext) -> int:
    payload = read_json_stdin()
    items = payload if isinstance(payload, list) else [payload]
    kind = context.args.kind
    created: list[dict[str, Any]] = []
    problems: list[UserError] = []
    with context.db.write(context.scope.actor) as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        for number, item in enumerate(items, 1):
            try:
                if not isinstance(item, dict):
                    raise _not_an_object()
                record = create_record(session, context.scope, kind, item, taxonomy=taxonomy)
                created.append(to_public(record, taxonomy))
            except UserError as problem:
                if not isinstance(payload, list):
                    raise
                problems.append(record_problem(kind, number, problem))
        if problems:  # all or nothing: leaving the block by raising rolls back
            raise ImportRejectedError(
                QT_TRANSLATE_NOOP("Errors", "Nothing was added. Problems found:"), problems
            )
    # Printed only after the commit: what is printed exists.
    context.emit(created if isinstance(payload, list) else created[0])
    return 0


def _not_an_object() -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "A record must be a JSON object."))


def run_update(context: CliContext) -> int:
    patch = read_json_stdin()
    if not isinstance(patch, dict):
        raise _not_an_object()
    with context.db.write(context.scope.actor) as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        record = update_record(session, context.scope, context.args.id, patch, taxonomy=taxonomy)
        data = to_public(record, taxonomy)
    context.emit(data)
    return 0


def run_delete(context: CliContext) -> int:
    with context.db.write(context.scope.actor) as session:
        record = delete_record(session, context.scope, context.args.id)
        data = to_public(record, Taxonomy(session, context.scope.workspace_id))
    context.emit(data, f"Moved to the trash: {record.__kind__} {record.id}")
    return 0


def run_restore(context: CliContext) -> int:
    with context.db.write(context.scope.actor) as session:
        record = restore_record(session, context.scope, context.args.id)
        data = to_public(record, Taxonomy(session, context.scope.workspace_id))
    context.emit(data, f"Restored: {record.__kind__} {record.id}")
    return 0


def run_show(context: CliContext) -> int:
    with context.db.read() as session:
        record = get_record(session, context.scope, context.args.id)
        data = to_public(
            record,
            Taxonomy(session, context.scope.workspace_id),
            attachments_of(session, record.id),
        )
    context.emit(data, _human_record(data))
    return 0


def run_list(context: CliContext) -> int:
    args = context.args
    if args.search and args.trash:
        # The search index holds live records only; an empty answer would mislead.
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The trash cannot be searched. List it without --search, or restore the "
                "record first.",
            )
        )
    with context.db.read() as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        record_filter = RecordFilter(
            activity_id=args.activity,
            field_of_action_id=_term(taxonomy, "field_of_action", args.field, "--field"),
            tag_id=_term(taxonomy, "tag", args.tag, "--tag"),
            municipality_id=(
                taxonomy.resolve_municipality(args.municipality, field="--municipality")
                if args.municipality
                else None
            ),
            date_from=parse_date(args.date_from, "--from"),
            date_to=parse_date(args.date_to, "--to"),
            trash=args.trash,
        )
        limit = max(1, args.limit)
        if args.search:
            hits = search(
                session,
                context.scope.workspace_id,
                args.search,
                kinds=[args.kind],
                record_filter=record_filter,
                limit=limit,
            )
            records = [hit.record for hit in hits]
        else:
            records = list_records(
                session, context.scope.workspace_id, args.kind, record_filter, limit=limit
            ).rows
        data = [to_public(record, taxonomy) for record in records]
        human = "\n".join(_human_line(record) for record in records) or "(none)"
    context.emit(data, human)
    return 0


def run_search(context: CliContext) -> int:
    with context.db.read() as session:
        hits = search(
            session, context.scope.workspace_id, context.args.text, limit=context.args.limit
        )
        data = [
            {
                "id": hit.record_id,
                "kind": hit.kind,
                "title": hit.title,
                "snippet": hit.snippet.text,
                "highlights": [list(span) for span in hit.snippet.spans],
                "score": hit.score,
            }
            for hit in hits
        ]
    human = "\n".join(
        f"{item['id']}  {item['kind']:<11} {item['title']}\n    {_marked(item)}" for item in data
    )
    context.emit(data, human or "(no hits)")
    return 0


def run_attach(context: CliContext) -> int:
    with context.db.write(context.scope.actor) as session:
        attachment = attach_file(
            session,
            context.scope,
            context.db.blobs,
            context.args.id,
            context.args.file.expanduser(),
            context.args.caption,
        )
        data = attachment_to_public(attachment)
    ensure_thumbnail(context.db.blobs, context.data_dir, attachment.sha256)
    context.emit(
        data, f"Attached {attachment.file_name} ({attachment.size} bytes): {attachment.id}"
    )
    return 0


def _term(taxonomy: Taxonomy, kind: str, name: str | None, option: str) -> str | None:
    if not name:
        return None
    return taxonomy.resolve_term(kind, name, create=False, field=option)


def _human_line(record: SyncedColumns) -> str:
    spec = kind_spec(record.__kind__)
    day = None if spec.period.timestamp else getattr(record, spec.period.start)
    when = day.isoformat() if day is not None else ""
    trashed = "  [trash]" if record.deleted_at is not None else ""
    return f"{record.id}  {when:<10}  {record_title(record)}{trashed}"


def _human_record(data: dict[str, Any]) -> str:
    width = max(len(key) for key in data)
    lines = []
    for key, value in data.items():
        if isinstance(value, list):
            value = ", ".join(
                v.get("file_name", str(v)) if isinstance(v, dict) else str(v) for v in value
            )
        lines.append(f"{key:<{width}}  {'' if value is None else value}")
    return "\n".join(lines)


def _marked(item: dict[str, Any]) -> str:
    text = str(item["snippet"])
    for start, end in reversed(item["highlights"]):
        text = f"{text[:start]}[{text[start:end]}]{text[end:]}"
    return text
