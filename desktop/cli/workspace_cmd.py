"""`field-dossier workspace show|set`: the publication settings dossiers print.

    field-dossier workspace set --project-name "Migrationsleitbild Münster – Almelo" \
        --publisher "Stadt Münster · Gemeente Almelo" --editor "…" --version 1.1 \
        --logo programme=interreg.png --logo partner=muenster.png --logo partner=almelo.png
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import ValidationError
from desktop.services.publication import (
    TEXT_KEYS,
    Publication,
    read_publication,
    set_publication,
)
from desktop.tr import QT_TRANSLATE_NOOP

LOGO_ROLES = ("programme", "partner")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    workspace = subparsers.add_parser(
        "workspace",
        parents=[common],
        help="show or set what dossiers say about the publisher (imprint, logos)",
    )
    workspace.add_argument("action", choices=("show", "set"))
    for key in TEXT_KEYS:
        workspace.add_argument(f"--{key.replace('_', '-')}", dest=key, metavar="TEXT")
    workspace.add_argument(
        "--logo",
        action="append",
        default=[],
        metavar="ROLE=FILE",
        help="programme=FILE (the programme's logo) or partner=FILE (repeat for each "
        "partner, in order; replaces the partners' logos)",
    )
    workspace.add_argument(
        "--no-partner-logos", action="store_true", help="remove the partners' logos"
    )
    workspace.set_defaults(handler=run_workspace)


def run_workspace(context: CliContext) -> int:
    args = context.args
    if args.action == "set":
        texts = {key: getattr(args, key) for key in TEXT_KEYS if getattr(args, key) is not None}
        programme, partners = _logos(args.logo)
        if args.no_partner_logos:
            partners = []
        publication = set_publication(
            context.db,
            context.scope,
            texts=texts,
            programme_logo=programme,
            partner_logos=partners,
        )
    else:
        publication = read_publication(context.db, context.scope)
    context.emit(_as_dict(publication), _as_text(publication))
    return 0


def _logos(values: list[str]) -> tuple[Path | None, list[Path] | None]:
    programme: Path | None = None
    partners: list[Path] = []
    for value in values:
        role, sep, file = value.partition("=")
        if not sep or role not in LOGO_ROLES or not file:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Give a logo as programme=FILE or partner=FILE, not {value}."
                ),
                value=value,
            )
        if role == "programme":
            programme = Path(file)
        else:
            partners.append(Path(file))
    return programme, partners or None


def _as_dict(publication: Publication) -> dict[str, Any]:
    return {
        **publication.texts,
        "programme_logo": publication.programme_logo or None,
        "partner_logos": list(publication.partner_logos),
    }


def _as_text(publication: Publication) -> str:
    lines = [f"{key}: {value}" for key, value in publication.texts.items()]
    lines.append(f"programme logo: {'yes' if publication.programme_logo else 'none'}")
    lines.append(f"partner logos: {len(publication.partner_logos)}")
    return "\n".join(lines)
