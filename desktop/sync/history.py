"""A record's version history: from the server when online (the laptop keeps only the
latest version), else this laptop's own changes; older values restored as a new edit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.errors import UserError, ValidationError
from desktop.models import MODEL_BY_TABLE, Activity, OutboxMutation
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import device_id
from desktop.store import Database
from desktop.store.wire import from_wire, to_wire, user_fields
from desktop.sync.account import require_sign_in
from desktop.sync.api import Api, ClientFactory, open_client
from desktop.sync.errors import UnknownRecordError
from desktop.sync.protocol import HistoryEntry, same_value
from desktop.sync.state import load_state
from desktop.tr import QT_TRANSLATE_NOOP


def local_table_of(db: Database, record_id: str) -> str | None:
    with db.read() as session:
        for table, model in MODEL_BY_TABLE.items():
            found: Any = session.get(model, record_id)
            if found is not None:
                return table
    return None


def record_history(
    db: Database, record_id: str, *, client_factory: ClientFactory | None = None
) -> list[HistoryEntry]:
    """Every version of the record: who, from which device, when, which fields."""
    record_id = record_id.strip().lower()
    known, signin = require_sign_in(db)
    table = local_table_of(db, record_id)
    with open_client(known.server_url, client_factory) as http:
        api = Api(known.server_url, http, signin)
        api.username, api.workspace_name = known.username, known.workspace_name
        response = api.history(known.workspace_id, record_id, table)
    if response is None:
        raise UnknownRecordError(record_id)
    return response.entries


@dataclass(frozen=True)
class VersionView:
    """One version of a record as the History tab lists it."""

    version: int | None  # None: a change of this computer the server has not taken yet
    kind: str  # "insert", "update", "delete", "restore", "conflict", "resolution"
    who: str
    device: str  # the device id ("" if unknown)
    when: datetime
    values: dict[str, Any]  # column -> value as on the wire, of the fields it changed


@dataclass(frozen=True)
class RecordHistory:
    table: str
    record_id: str
    versions: list[VersionView]  # oldest first
    # Why only this computer's changes are shown (offline, not signed in); None: the server's.
    offline_because: UserError | None = None
    names: dict[str, str] = field(default_factory=dict)  # ids of terms/places -> names

    def snapshot(self, index: int) -> dict[str, Any]:
        """Every field as it was after version `index` (the first version holds all)."""
        values: dict[str, Any] = {}
        for version in self.versions[: index + 1]:
            values.update(version.values)
        return values


def load_history(
    db: Database, record_id: str, *, client_factory: ClientFactory | None = None
) -> RecordHistory:
    """From the server when it answers; else what this laptop has seen: its own changes."""
    record_id = record_id.strip().lower()
    table = local_table_of(db, record_id) or ""
    try:
        entries = record_history(db, record_id, client_factory=client_factory)
    except UserError as error:
        return _local_history(db, table, record_id, error)
    versions = [
        VersionView(
            version=e.version,
            kind=e.kind,
            who=e.actor or e.account,
            device=e.device_id,
            when=e.committed_at,
            values={f: e.changes[f] for f in e.changed_fields if f in e.changes},
        )
        for e in entries
    ]
    return RecordHistory(
        table, record_id, versions, None, _names_of(db, table, record_id, versions)
    )


def _local_history(db: Database, table: str, record_id: str, why: UserError) -> RecordHistory:
    with db.read() as session:
        query = (
            select(OutboxMutation)
            .where(OutboxMutation.row_id == record_id, OutboxMutation.state != "quarantined")
            .order_by(OutboxMutation.seq)
        )
        mutations = list(session.scalars(query))
    versions = [
        VersionView(None, m.op, m.actor, device_id(db), m.created_at, dict(m.changes))
        for m in mutations
        if m.table_name == table
    ]
    return RecordHistory(table, record_id, versions, why, _names_of(db, table, record_id, versions))


def _names_of(
    db: Database, table: str, record_id: str, versions: list[VersionView]
) -> dict[str, str]:
    model: Any = MODEL_BY_TABLE.get(table)
    with db.read() as session:
        row = session.get(model, record_id) if model is not None else None
        workspace_id = getattr(row, "workspace_id", "") or load_state(session).bound_workspace_id
        if not workspace_id:
            return {}
        taxonomy = Taxonomy(session, workspace_id)
        found: dict[str, str] = {}
        for version in versions:
            for value in version.values.values():
                for item in value if isinstance(value, list) else [value]:
                    if not isinstance(item, str):
                        continue
                    if item in taxonomy.terms:
                        found[item] = taxonomy.term_name(item)
                    elif item in taxonomy.municipalities:
                        found[item] = taxonomy.municipality_name(item)
                    elif len(item) == 36 and (activity := session.get(Activity, item)):
                        found[item] = activity.title  # a record named by its id
        return found


def restore_values(
    db: Database, actor: str, table: str, record_id: str, values: dict[str, Any]
) -> int:
    """Write older values back as a new, ordinary edit (it syncs like any other).
    Returns how many fields changed."""
    model: Any = MODEL_BY_TABLE.get(table)
    if model is None:
        raise UnknownRecordError(record_id)
    fields = set(user_fields(model))
    with db.write(actor) as session:
        row = session.get(model, record_id)
        if row is None:
            raise UnknownRecordError(record_id)
        changed = 0
        for name, value in values.items():
            if name not in fields or same_value(name, to_wire(getattr(row, name)), value):
                continue
            try:
                setattr(row, name, from_wire(model, name, value))
            except (ValueError, KeyError) as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "\u201c{value}\u201d is not a valid value for {field}."
                    ),
                    field=name,
                    value=str(value),
                ) from exc
            changed += 1
        return changed
