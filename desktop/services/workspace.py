"""The current workspace of this data dir, who is writing, and workspace settings."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import LocalState, Workspace, new_id
from desktop.services.taxonomy import Taxonomy
from desktop.store import Database

CURRENT_WORKSPACE = "current_workspace_id"
DEVICE_ID = "device_id"
USER_NAME = "user_name"
DEFAULT_WORKSPACE_NAME = "Field Dossier"

# Dossier title page and funding notice; per language where the text is prose.
DEFAULT_SETTINGS: dict[str, Any] = {
    "title": {
        "de": "Migrationsleitbild Münster – Almelo",
        "nl": "Migratievisie Münster – Almelo",
        "en": "Migration guideline Münster – Almelo",
    },
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
    # Path of a logo image (blob sha256) for the title page; empty = none.
    "funding_logo_sha256": "",
}


@dataclass(frozen=True)
class Scope:
    """Which workspace a user action works in, and who acts."""

    workspace_id: str
    actor: str


def get_local(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None else None


def set_local(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value


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
    merged = dict(DEFAULT_SETTINGS)
    merged.update(workspace.settings or {})
    return merged


def localized(settings: dict[str, Any], key: str, language: str) -> str:
    value = settings.get(key, "")
    if isinstance(value, dict):
        return str(value.get(language) or value.get("en") or next(iter(value.values()), ""))
    return str(value)
