"""A record's version history, read from the server (the laptop keeps only the latest)."""

from __future__ import annotations

from typing import Any

from desktop.models import MODEL_BY_TABLE
from desktop.store import Database
from desktop.sync.account import require_sign_in
from desktop.sync.api import Api, ClientFactory, open_client
from desktop.sync.errors import UnknownRecordError
from desktop.sync.protocol import HistoryEntry


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
