"""The current workspace of this data dir, who is writing, and workspace settings."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import StorageError
from desktop.models import Workspace, new_id
from desktop.services.os_errors import os_reason
from desktop.services.taxonomy import Taxonomy
from desktop.store import Database
from desktop.store.local_state import (
    CURRENT_WORKSPACE,
    DEVICE_ID,
    USER_NAME,
    get_local,
    set_local,
)
from desktop.tr import QT_TRANSLATE_NOOP

DEFAULT_WORKSPACE_NAME = "Field Dossier"

# Dossier title page and funding notice; per language where the text is prose.
DEFAULT_SETTINGS: dict[str, Any] = {
    # The project's name: one name in every dossier language (publication.py).
    "project_name": "Migrationsleitbild Münster – Almelo",
    "subtitle": {
        "de": "Dokumentation der Übertragungs- und Anpassungsarbeit",
        "nl": "Documentatie van het overdrachts- en aanpassingswerk",
        "en": "Documentation of the transfer and adaptation work",
    },
    "organisation": {
        "de": "Stadt Münster · Gemeente Almelo",
        "nl": "Stadt Münster · Gemeente Almelo",
        "en": "City of Münster · Municipality of Almelo",
    },
    "funding_notice": {
        "de": "Dieses Projekt wird im Rahmen des INTERREG IV A-Programms Deutschland-Nederland "
        "mit Mitteln des Europäischen Fonds für regionale Entwicklung (EFRE) kofinanziert.",
        "nl": "Dit project wordt in het kader van het INTERREG IV A-programma Deutschland-"
        "Nederland medegefinancierd door het Europees Fonds voor Regionale Ontwikkeling (EFRO).",
        "en": "This project is co-financed by the European Regional Development Fund (ERDF) "
        "within the INTERREG IV A programme Deutschland-Nederland.",
    },
    # Beside the EU emblem on the cover, in the programme's languages (one per line),
    # and the fund: the wording the INTERREG Deutschland-Nederland programme prescribes
    # for every publication, whatever language the dossier is in.
    "eu_label": ["Europäische Union", "Europese Unie"],
    "fund_line": "Europäischer Fonds für regionale Entwicklung (EFRE) · "
    "Europees Fonds voor Regionale Ontwikkeling (EFRO)",
    # The programme's logo (blob sha256) on the cover; empty = none.
    "funding_logo_sha256": "",
    # The partners' logos (blob sha256s) on the cover, in order.
    "partner_logos": [],
    # The imprint (publication.py): one text, or one per language.
    "publisher": {
        "de": "Stadt Münster, Amt für Migration und interkulturelle Angelegenheiten · "
        "Gemeente Almelo, afdeling Samenleving",
        "nl": "Stadt Münster, Amt für Migration und interkulturelle Angelegenheiten · "
        "Gemeente Almelo, afdeling Samenleving",
        "en": "City of Münster, Office for Migration and Intercultural Affairs · "
        "Municipality of Almelo, Department of Society",
    },
    "contact": "",
    "editor": "",
    "version": "1.0",
    "licence": "CC BY 4.0",
    "photo_credits": "",
}


@dataclass(frozen=True)
class Scope:
    """Which workspace a user action works in, and who acts."""

    workspace_id: str
    actor: str


def user_name(db: Database) -> str:
    """The name stamped on this laptop's edits (set at first run or sign-in)."""
    with db.read() as session:
        stored = get_local(session, USER_NAME)
    if stored:
        return stored
    try:
        return getpass.getuser()
    except OSError:
        return "user"


def stored_user_name(db: Database) -> str:
    """The name the user gave, or "" if they never did (then edits carry the login)."""
    with db.read() as session:
        return get_local(session, USER_NAME) or ""


def set_user_name(db: Database, name: str) -> None:
    """The name stamped on this laptop's edits from now on."""
    with db.write(name) as session:
        set_local(session, USER_NAME, name)


def device_id(db: Database) -> str:
    with db.read() as session:
        stored = get_local(session, DEVICE_ID)
    if stored:
        return stored
    with db.write("system") as session:
        stored = get_local(session, DEVICE_ID)
        if not stored:
            stored = new_id()
            set_local(session, DEVICE_ID, stored)
    return stored


def renew_device_id(db: Database) -> str:
    """Give this data dir a fresh device id (its old one belongs to another account)."""
    with db.write("system") as session:
        fresh = new_id()
        set_local(session, DEVICE_ID, fresh)
    return fresh


def current_workspace(session: Session) -> Workspace | None:
    workspace_id = get_local(session, CURRENT_WORKSPACE)
    if workspace_id:
        return session.get(Workspace, workspace_id)
    return session.scalars(select(Workspace).order_by(Workspace.created_at).limit(1)).first()


def open_scope(db: Database, actor: str | None = None) -> Scope:
    """The scope for this data dir's current workspace, creating and seeding it if new.

    A first start needs no account: the workspace is local until sign-in, when the
    sync engine re-homes it into the workspace chosen on the server.
    """
    actor = actor or user_name(db)
    with db.read() as session:
        workspace = current_workspace(session)
        if workspace is not None:
            return Scope(workspace.id, actor)
    with db.write(actor) as session:
        workspace = current_workspace(session)
        if workspace is None:
            workspace = Workspace(id=new_id(), name=DEFAULT_WORKSPACE_NAME, settings={})
            workspace.workspace_id = workspace.id
            session.add(workspace)
            session.flush()
            Taxonomy(session, workspace.id).seed_defaults()
        set_local(session, CURRENT_WORKSPACE, workspace.id)
        return Scope(workspace.id, actor)


def workspace_settings(workspace: Workspace) -> dict[str, Any]:
    """The workspace's settings over the defaults (a missing key means the default)."""
    stored = workspace.settings or {}
    merged = dict(DEFAULT_SETTINGS)
    merged.update(stored)
    if "project_name" not in stored and isinstance(stored.get("title"), dict | str):
        # Before the project name was one setting, it was a title per language: the
        # project is called what it was first called.
        title = stored["title"]
        first = next(iter(title.values()), "") if isinstance(title, dict) else title
        merged["project_name"] = str(first).strip() or merged["project_name"]
    return merged


def localized(settings: dict[str, Any], key: str, language: str) -> str:
    value = settings.get(key, "")
    if isinstance(value, dict):
        return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
    return str(value)


# Texts of the dossier's title page a user edits in Settings → Dossiers, per language.
TITLE_PAGE_TEXTS = ("title", "subtitle", "organisation", "funding_notice")
# The language a new dossier is written in; "" follows the interface language.
DOSSIER_LANGUAGE = "dossier_language"
FUNDING_LOGO = "funding_logo_sha256"


def load_workspace_settings(db: Database, scope: Scope) -> dict[str, Any]:
    """The current workspace's settings over the defaults."""
    with db.read() as session:
        workspace = session.get(Workspace, scope.workspace_id)
        return workspace_settings(workspace) if workspace is not None else dict(DEFAULT_SETTINGS)


def update_workspace_settings(db: Database, scope: Scope, changes: dict[str, Any]) -> bool:
    """Store `changes` in the workspace's settings (synced like any edit); False if
    nothing changed. A text per language replaces only the languages given."""
    with db.write(scope.actor) as session:
        workspace = session.get(Workspace, scope.workspace_id)
        if workspace is None:
            return False
        current = dict(workspace.settings or {})
        merged = dict(current)
        for key, value in changes.items():
            if isinstance(value, dict):
                before = merged.get(key, DEFAULT_SETTINGS.get(key, {}))
                merged[key] = {**(before if isinstance(before, dict) else {}), **value}
            else:
                merged[key] = value
        if merged == current:
            return False
        workspace.settings = merged
        return True


def store_logo(db: Database, source: Path) -> str:
    """Copy an image into the data folder's file store; its sha256."""
    try:
        sha256, _size = db.blobs.put_file(source)
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} could not be copied: {reason}"),
            path=str(source),
            reason=os_reason(exc),
        ) from exc
    return sha256
