"""`field-dossier export`: write a Word or PDF dossier (registered in desktop/cli/__init__.py).

    field-dossier export --template core --format pdf --lang de --from 2009-01-01 \\
        --municipality Almelo --field Wohnen --out dossier.pdf

Names of municipalities, fields of action, activity types and tags are matched
as everywhere in the CLI (any language, case and accents ignored). Exit 1 with a
message and no file written on an empty selection or an unwritable path.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext
from desktop.export import ExportOptions, ExportResult, export_dossier
from desktop.export.options import FORMAT_NAMES, LANGUAGE_CODES, FormatName
from desktop.export.templates import templates
from desktop.services.codec import parse_date
from desktop.services.taxonomy import Taxonomy


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    export = subparsers.add_parser(
        "export",
        parents=[common],
        help="write a dossier (visit report, core-group dossier, adaptation manual)",
        description="Write a dossier as a Word (.docx) or PDF file.",
    )
    export.add_argument("--template", required=True, choices=list(templates()))
    export.add_argument("--format", choices=FORMAT_NAMES, help="default: from --out's extension")
    export.add_argument("--lang", required=True, choices=LANGUAGE_CODES, help="dossier language")
    export.add_argument("--activity", help="the activity of a visit report (id)")
    export.add_argument("--from", dest="date_from", help="period start (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", help="period end (YYYY-MM-DD)")
    for option, what in (
        ("--municipality", "host/partner municipality"),
        ("--field", "field of action"),
        ("--activity-type", "type of activity"),
        ("--tag", "tag"),
    ):
        export.add_argument(option, action="append", default=[], help=f"only this {what} (repeat)")
    export.add_argument("--no-photos", action="store_true", help="leave photos out")
    export.add_argument("--no-contacts", action="store_true", help="leave the contact index out")
    export.add_argument(
        "--pseudonymise",
        action="store_true",
        help="people as Person A, Person B, … (outside audiences)",
    )
    export.add_argument("--out", required=True, type=Path, help="the file to write")
    export.set_defaults(handler=run_export)


def run_export(context: CliContext) -> int:
    args = context.args
    options = _options(context)
    human_progress = not context.json and sys.stderr.isatty()
    result = export_dossier(
        context.db,
        context.scope,
        options,
        args.out,
        progress=_print_progress if human_progress else None,
    )
    if human_progress:
        sys.stderr.write("\r\033[K")
    context.emit(_summary(result, options), _human(result, options))
    return 0


def _options(context: CliContext) -> ExportOptions:
    args = context.args
    with context.db.read() as session:
        taxonomy = Taxonomy(session, context.scope.workspace_id)
        municipalities = tuple(
            taxonomy.resolve_municipality(name, field="municipality") for name in args.municipality
        )
        fields = _terms(taxonomy, "field_of_action", args.field, "field")
        types = _terms(taxonomy, "activity_type", args.activity_type, "activity-type")
        tags = _terms(taxonomy, "tag", args.tag, "tag")
    return ExportOptions(
        template=args.template,
        format=args.format or _format_of(args.out),
        language=args.lang,
        activity_id=args.activity,
        date_from=parse_date(args.date_from, "from") if args.date_from else None,
        date_to=parse_date(args.date_to, "to") if args.date_to else None,
        municipality_ids=municipalities,
        field_of_action_ids=fields,
        activity_type_ids=types,
        tag_ids=tags,
        include_photos=not args.no_photos,
        include_contacts=not args.no_contacts,
        pseudonymise=args.pseudonymise,
    )


def _terms(taxonomy: Taxonomy, kind: str, names: list[str], option: str) -> tuple[str, ...]:
    return tuple(taxonomy.resolve_term(kind, name, create=False, field=option) for name in names)


def _format_of(out: Path) -> FormatName:
    return "docx" if out.suffix.lower() == ".docx" else "pdf"


def _print_progress(done: int, total: int, message: str) -> None:
    sys.stderr.write(f"\r\033[K{done * 100 // max(total, 1):3d}% {message}")
    sys.stderr.flush()


def _summary(result: ExportResult, options: ExportOptions) -> dict[str, Any]:
    return {
        "file": str(result.path),
        "template": options.template,
        "format": options.format,
        "language": options.language,
        # null for Word files: Word lays out pages when it opens one (docs/export.md).
        "pages": result.pages if options.format == "pdf" else None,
        "records": result.records,
    }


def _human(result: ExportResult, options: ExportOptions) -> str:
    if options.format == "pdf":
        return f"Wrote {result.path}: {result.pages} page(s), {result.records} record(s)"
    return (
        f"Wrote {result.path}: {result.records} record(s); "
        "pages: counted by Word when it opens the file"
    )
