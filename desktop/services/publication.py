"""What a dossier says about its publisher: project name, imprint and logos.

These are workspace settings (synced with the workspace like its other settings),
set from the app's "Publication settings" dialog or `field-dossier workspace set`.
The project name is one text in every dossier language — a project is called what
it is called; the imprint lines may be one text or one per language (like the
title page texts in workspace.DEFAULT_SETTINGS).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PIL import Image, UnidentifiedImageError

from desktop.errors import ValidationError
from desktop.models import Workspace
from desktop.services.workspace import Scope, workspace_settings
from desktop.store import Database
from desktop.tr import QT_TRANSLATE_NOOP

# Text settings of the imprint, in the order the imprint prints them.
TEXT_KEYS: Final = (
    "project_name",
    "publisher",
    "contact",
    "editor",
    "version",
    "licence",
    "photo_credits",
)
PROGRAMME_LOGO: Final = "funding_logo_sha256"  # the programme's logo (INTERREG)
PARTNER_LOGOS: Final = "partner_logos"  # the partners' logos, in their order
MAX_TEXT: Final = 500
MAX_PARTNER_LOGOS: Final = 4
MAX_LOGO_PIXELS: Final = 40_000_000


@dataclass(frozen=True)
class Publication:
    """The publication settings as the dialog and `workspace show` present them."""

    texts: dict[str, str]
    programme_logo: str
    partner_logos: tuple[str, ...]


def project_name(settings: Mapping[str, Any]) -> str:
    """The project's name: the same in every language.

    Workspaces from before it was a setting of its own have a title per language;
    their project name is the title in the first language it was written in.
    """
    name = settings.get("project_name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    title = settings.get("title", "")
    if isinstance(title, dict):
        return str(next(iter(title.values()), "")).strip()
    return str(title).strip()


def read_publication(db: Database, scope: Scope) -> Publication:
    with db.read() as session:
        workspace = session.get(Workspace, scope.workspace_id)
        settings = workspace_settings(workspace) if workspace is not None else {}
    texts = {key: _one_text(settings.get(key, "")) for key in TEXT_KEYS}
    texts["project_name"] = project_name(settings)
    logos = settings.get(PARTNER_LOGOS) or []
    return Publication(texts, str(settings.get(PROGRAMME_LOGO) or ""), tuple(str(s) for s in logos))


def set_publication(
    db: Database,
    scope: Scope,
    *,
    texts: Mapping[str, str] | None = None,
    programme_logo: Path | None = None,
    partner_logos: Sequence[Path] | None = None,
) -> Publication:
    """Change the given settings in one transaction; everything else stays as it was.

    A logo must be an image Pillow can read; `partner_logos` replaces the list (an
    empty sequence removes them). Bad input raises ValidationError and changes nothing.
    """
    texts = dict(texts or {})
    for key, value in texts.items():
        if key not in TEXT_KEYS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no publication setting {field}."),
                field=key,
            )
        if len(value) > MAX_TEXT:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{field} is longer than {limit} characters."),
                field=key,
                limit=MAX_TEXT,
            )
    if partner_logos is not None and len(partner_logos) > MAX_PARTNER_LOGOS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A dossier cover holds at most {limit} partner logos."),
            limit=MAX_PARTNER_LOGOS,
        )
    for path in [*([programme_logo] if programme_logo else []), *(partner_logos or [])]:
        check_logo(path)
    # Files are copied in before the transaction: a blob nobody refers to is harmless.
    programme = db.blobs.put_file(programme_logo)[0] if programme_logo else None
    partners = [db.blobs.put_file(p)[0] for p in partner_logos] if partner_logos else None
    with db.write(scope.actor) as session:
        workspace = session.get(Workspace, scope.workspace_id)
        assert workspace is not None, "the current workspace always exists"
        settings = dict(workspace.settings or {})
        for key, value in texts.items():
            settings[key] = value.strip()
        if programme is not None:
            settings[PROGRAMME_LOGO] = programme
        if partner_logos is not None:
            settings[PARTNER_LOGOS] = partners or []
        workspace.settings = settings  # a new dict: the change is tracked and synced
    return read_publication(db, scope)


def check_logo(path: Path) -> None:
    """A readable raster image of sensible size, or a one-line ValidationError."""
    try:
        with Image.open(path) as image:
            width, height = image.size
            image.verify()
    except FileNotFoundError as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The logo file {file} does not exist."), file=str(path)
        ) from exc
    except (OSError, UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not an image a dossier can show (PNG or JPEG, please)."
            ),
            file=str(path),
        ) from exc
    if width * height > MAX_LOGO_PIXELS or min(width, height) < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{file} is not an image a dossier can show (PNG or JPEG, please)."
            ),
            file=str(path),
        )


def _one_text(value: Any) -> str:
    """A per-language setting shown as one text: its German, Dutch or first value."""
    if isinstance(value, dict):
        return str(value.get("de") or value.get("nl") or next(iter(value.values()), ""))
    return str(value)
