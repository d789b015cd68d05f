"""What the status bar and the sync log say: honest figures, read from the store.

"Signed in" alone is not "syncing": after a restart without a usable keyring the
sign-in is gone although the data dir still names the account, and every background
sync would fail silently. `can_sync` tells the two apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from desktop.models import MODEL_BY_TABLE, OutboxMutation
from desktop.services.search import record_title
from desktop.services.workspace import device_id
from desktop.store import Database
from desktop.sync import credentials, state
from desktop.sync.blobs import missing_blobs
from desktop.sync.outbox import UNACKNOWLEDGED
from desktop.sync.protocol import CONFLICT_TABLE


@dataclass(frozen=True)
class SyncOverview:
    signed_in: bool  # this data dir names an account
    can_sync: bool  # and its sign-in is usable (in the keyring, or kept by this process)
    server_url: str
    username: str
    last_synced_at: datetime | None
    unsent: int  # local changes the server has not acknowledged yet
    photos_waiting: int  # photos and files of records whose content is not on this computer
    refused: int  # changes the server refused (the sync log says why)


@dataclass(frozen=True)
class RefusedChange:
    table: str
    record_id: str
    record_title: str
    reason: str  # the server's code ("forbidden", "invalid_value"…)
    detail: str
    created_at: datetime


def sync_overview(db: Database) -> SyncOverview:
    with db.read() as session:
        known = state.load_state(session)
        unsent = session.scalar(
            select(func.count())
            .select_from(OutboxMutation)
            .where(OutboxMutation.state.in_(UNACKNOWLEDGED))
        )
        refused = session.scalar(
            select(func.count())
            .select_from(OutboxMutation)
            .where(OutboxMutation.state == "quarantined")
        )
        waiting = len(missing_blobs(session, db))
    signed_in = bool(known.signed_in and known.server_url)
    return SyncOverview(
        signed_in=signed_in,
        can_sync=signed_in and _sign_in_usable(db, known),
        server_url=known.server_url,
        username=known.username,
        last_synced_at=known.last_synced_at,
        unsent=int(unsent or 0),
        photos_waiting=waiting,
        refused=int(refused or 0),
    )


def _sign_in_usable(db: Database, known: state.SyncState) -> bool:
    key = credentials.account_key(known.server_url, known.username, device_id(db))
    if credentials.cached_access_token(key) is not None:
        return True
    try:
        return credentials.load_secret(key) is not None
    except Exception:  # a keyring that fails to answer: no usable sign-in either
        return False


def refused_changes(db: Database, limit: int = 200) -> list[RefusedChange]:
    """The changes the server refused, newest first, with its reasons."""
    with db.read() as session:
        query = (
            select(OutboxMutation)
            .where(OutboxMutation.state == "quarantined")
            .order_by(OutboxMutation.seq.desc())
            .limit(limit)
        )
        found: list[RefusedChange] = []
        for mutation in session.scalars(query):
            result: dict[str, Any] = dict(mutation.result or {})
            model: Any = MODEL_BY_TABLE.get(mutation.table_name)
            record = session.get(model, mutation.row_id) if model is not None else None
            found.append(
                RefusedChange(
                    table=mutation.table_name,
                    record_id=mutation.row_id,
                    record_title=(
                        record_title(record, None)
                        if record is not None and mutation.table_name != CONFLICT_TABLE
                        else ""
                    ),
                    reason=str(result.get("reason") or ""),
                    detail=str(result.get("detail") or ""),
                    created_at=mutation.created_at,
                )
            )
        return found
