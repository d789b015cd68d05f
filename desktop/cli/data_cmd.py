"""Data sub-commands: demo, export-data, import, backup, restore, taxonomy."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import MAX_LISTED, MoreProblemsError, StorageError, ValidationError
from desktop.models import TERM_KINDS
from desktop.services.attachments import DamagedAttachmentError, damaged_attachments
from desktop.services.backup import create_backup, restore_backup
from desktop.services.contacts_out import ContactFormat, write_contacts
from desktop.services.data_file import export_data, write_json_atomically
from desktop.services.export_register import ExportedFile, exports, register_export
from desktop.services.importing import ImportReport, import_file, import_sentence
from desktop.services.taxonomy import LANGUAGES, Taxonomy
from desktop.store import open_database
from desktop.store.locks import APP_LOCK, DataDirLock
from desktop.tr import QT_TRANSLATE_NOOP

RECORD_SECTIONS = ("activities", "observations", "adaptations", "contacts")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    demo = subparsers.add_parser("demo", parents=[common], help="fill in a sample workspace")
    demo.set_defaults(handler=run_demo)

    export = subparsers.add_parser(
        "export-data", parents=[common], help="write all data to a JSON file"
    )
    export.add_argument("file", type=Path)
    export.add_argument(
        "--no-files", action="store_true", help="leave attachment contents out of the file"
    )
    export.set_defaults(handler=run_export_data)

    register_cmd = subparsers.add_parser(
        "exports", parents=[common], help="list the dossiers and data files that left, newest first"
    )
    register_cmd.add_argument(
        "--containing", metavar="ID", help="only files that held this record or contact"
    )
    register_cmd.set_defaults(handler=run_exports)

    importer = subparsers.add_parser(
        "import", parents=[common], help="import a JSON data file, vCards (.vcf) or a CSV"
    )
    importer.add_argument("file", type=Path)
    importer.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    importer.add_argument(
        "--encoding", help="the file's character encoding when it is unclear (cp1252, mac_roman…)"
    )
    importer.add_argument(
        "--consent-column",
        action="append",
        default=[],
        metavar="COLUMN",
        help="take consent from this CSV column (repeat for the consent date, scope, note)",
    )
    importer.set_defaults(handler=run_import)

    contacts_out = subparsers.add_parser(
        "export-contacts",
        parents=[common],
        help="write contacts with consent to a vCard 4.0 (.vcf) or CSV file",
    )
    contacts_out.add_argument("file", type=Path)
    contacts_out.add_argument("--format", choices=("vcard", "csv"), help="default: by extension")
    contacts_out.add_argument(
        "--id", action="append", dest="ids", metavar="ID", help="only this contact (repeatable)"
    )
    contacts_out.set_defaults(handler=run_export_contacts)

    backup = subparsers.add_parser("backup", parents=[common], help="back up the data dir")
    backup.add_argument("file", type=Path)
    backup.set_defaults(handler=run_backup)

    restore = subparsers.add_parser(
        "restore", parents=[common], help="restore a backup (the current data is backed up first)"
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(handler=run_restore)

    taxonomy = subparsers.add_parser(
        "taxonomy", parents=[common], help="list or add taxonomy entries and municipalities"
    )
    taxonomy.add_argument("action", choices=("list", "add"), nargs="?", default="list")
    taxonomy.add_argument("kind", nargs="?", choices=(*TERM_KINDS, "municipality"))
    taxonomy.add_argument("name", nargs="?")
    taxonomy.add_argument("--country", default="", help="for municipalities: DE, NL, ...")
    for language in LANGUAGES:
        taxonomy.add_argument(f"--{language}", help=f"the name in language '{language}'")
    taxonomy.set_defaults(handler=run_taxonomy)


def run_demo(context: CliContext) -> int:
    from desktop.services.demo import load_demo  # imports Pillow and the sample texts

    created = load_demo(context.db, context.scope)
    summary = {
        kind: created.get(kind, 0)
        for kind in ("activity", "observation", "adaptation", "contact", "attachment")
    }
    names = {
        "activity": "activities",
        "observation": "observations",
        "adaptation": "adaptation notes",
        "contact": "contacts",
        "attachment": "photos",
    }
    if any(summary.values()):
        added = ", ".join(f"{count} {names[kind]}" for kind, count in summary.items())
        human = f"Demo workspace ready in {context.data_dir}: added {added}."
    else:
        human = f"The demo workspace in {context.data_dir} is complete already; nothing added."
    context.emit({"created": summary, "data_dir": str(context.data_dir)}, human)
    return 0


def run_export_data(context: CliContext) -> int:
    with context.db.read() as session:
        document = export_data(
            session, context.scope, context.db.blobs, include_files=not context.args.no_files
        )
        for attachment in damaged_attachments(session, context.scope.workspace_id):
            context.warn(DamagedAttachmentError(attachment))
    write_json_atomically(document, context.args.file)
    try:
        register_export(
            context.db,
            context.scope,
            ExportedFile.of(context.args.file, context.args.file),
            what="data",
            format="json",
            record_ids=[r["id"] for section in RECORD_SECTIONS for r in document[section]],
            contact_ids=[c["id"] for c in document["contacts"]],
        )
    except BaseException:
        context.args.file.unlink(missing_ok=True)  # never a file the register does not know
        raise
    counts = {section: len(document[section]) for section in (*RECORD_SECTIONS, "attachments")}
    human = f"Wrote {context.args.file}: " + ", ".join(f"{n} {s}" for s, n in counts.items())
    context.emit({"file": str(context.args.file), "counts": counts}, human)
    return 0


def run_import(context: CliContext) -> int:
    args = context.args
    report = import_file(
        context.db,
        context.scope,
        args.file,
        dry_run=args.dry_run,
        encoding=args.encoding,
        consent_columns=tuple(args.consent_column),
    )
    data = _report_dict(report, args.dry_run)
    if report.contacts is not None:
        notices = report.contacts.notices
        for notice in notices[:MAX_LISTED]:
            context.warn(notice)
        if len(notices) > MAX_LISTED:
            context.warn(MoreProblemsError(len(notices) - MAX_LISTED))
    context.emit(data, import_sentence(report, args.file.name, dry_run=args.dry_run))
    return 0


def run_export_contacts(context: CliContext) -> int:
    args = context.args
    fmt: ContactFormat = args.format or ("csv" if args.file.suffix.lower() == ".csv" else "vcard")
    result = write_contacts(context.db, context.scope, args.file, fmt, ids=args.ids)
    human = f"Wrote {result.written} contact(s) to {result.path}"
    if result.left_out:
        human += f"; left out {result.left_out} without consent"
    human += ". The file holds personal data: keep it safe."
    context.emit(
        {"file": str(result.path), "written": result.written, "left_out": result.left_out}, human
    )
    return 0


def run_backup(context: CliContext) -> int:
    info = create_backup(context.data_dir, context.args.file)
    context.emit(
        {"file": str(info.path), "attachments": info.blobs, "schema": info.schema_revision},
        f"Backed up {context.data_dir} to {info.path} ({info.blobs} attachment file(s))",
    )
    return 0


def run_restore(context: CliContext) -> int:
    with DataDirLock(context.data_dir, APP_LOCK) as app_lock:
        # The app keeps the database open; replacing the file under it would lose its
        # next edits into a file nobody reads.
        if not app_lock.acquire():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Field Dossier is open with this data folder. Close it (or use "
                    "File → Restore from backup… there); nothing was changed.",
                )
            )
        safety = restore_backup(context.data_dir, context.args.file)
        open_database(context.data_dir).dispose()  # migrates the restored database if older
    context.emit(
        {"restored": str(context.args.file), "previous_state": str(safety)},
        f"Restored {context.args.file}. The previous state was saved to {safety}",
    )
    return 0


def run_taxonomy(context: CliContext) -> int:
    args = context.args
    if args.action == "add":
        return _add_taxonomy_entry(context)
    with context.db.read() as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        kinds = [args.kind] if args.kind else [*TERM_KINDS, "municipality"]
        data: dict[str, list[dict[str, Any]]] = {}
        for kind in kinds:
            if kind == "municipality":
                data[kind] = [
                    {"id": m.id, "name": m.name, "country": m.country}
                    for m in taxonomy.live_municipalities()
                ]
            else:
                data[kind] = [
                    {"id": t.id, "name": t.name, "labels": t.labels}
                    for t in taxonomy.terms_of(kind)
                ]
    human = "\n".join(
        f"{kind}:\n" + "\n".join(f"  {entry['name']}" for entry in entries)
        for kind, entries in data.items()
    )
    context.emit(data, human)
    return 0


def _add_taxonomy_entry(context: CliContext) -> int:
    args = context.args
    if not args.kind or not args.name or not args.name.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say what to add: taxonomy add KIND NAME.")
        )
    with context.db.write(context.scope.actor) as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        if args.kind == "municipality":
            municipality = taxonomy.add_municipality(args.name.strip(), args.country.upper()[:2])
            data: dict[str, Any] = {"id": municipality.id, "name": municipality.name}
        else:
            labels = {lang: getattr(args, lang) for lang in LANGUAGES if getattr(args, lang)}
            term = taxonomy.add_term(args.kind, " ".join(args.name.split()), labels)
            data = {"id": term.id, "name": term.name, "labels": term.labels}
    context.emit(data, f"Added {args.kind} {data['name']}")
    return 0


def _report_dict(report: ImportReport, dry_run: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "dry_run": dry_run,
        "created": dict(report.created),
        "updated": dict(report.updated),
        "unchanged": dict(report.unchanged),
        "kept_newer": dict(report.kept_newer),
    }
    if report.contacts is not None:
        data["contacts"] = {
            "changes": [{"name": c.name, "fields": list(c.fields)} for c in report.contact_changes],
            "notices": [n.english() for n in report.contacts.notices],
            "unknown_columns": report.contacts.unknown_columns,
            "encoding": report.contacts.encoding,
        }
    return data


def run_exports(context: CliContext) -> int:
    with context.db.read() as session:
        found = exports(session, context.scope.workspace_id, containing=context.args.containing)
    data = [
        {
            "id": e.id,
            "exported_at": e.exported_at.isoformat(),
            "by": e.actor,
            "what": e.what,
            "template": e.template,
            "language": e.language,
            "format": e.format,
            "file": e.file_name,
            "sha256": e.sha256,
            "size": e.size,
            "records": e.records,
            "contacts": e.contact_ids,
        }
        for e in found
    ]
    human = "\n".join(
        f"{e.exported_at:%Y-%m-%d %H:%M}  {e.what:<7} {e.template or '-':<12} "
        f"{e.language or '-':<2} {e.format:<4} {e.records:>6} records  {e.file_name}  by {e.actor}"
        for e in found
    )
    context.emit(data, human or "Nothing has been exported from this workspace yet.")
    return 0
