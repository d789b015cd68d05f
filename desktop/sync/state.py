"""What this data dir remembers about syncing, in the `local_state` table (never secrets).

Keys are namespaced "sync.*". The cursor, checkpoint and server identity always change
in the same transaction as the rows they describe.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.models import LocalState
from desktop.store.local_state import set_local
from desktop.store.wire import parse_datetime, to_wire

if TYPE_CHECKING:
    from desktop.sync.protocol import Checkpoint

SERVER_URL = "sync.server_url"
USERNAME = "sync.username"
ACCOUNT_ID = "sync.account_id"
WORKSPACE_ID = "sync.workspace_id"
WORKSPACE_NAME = "sync.workspace_name"
ROLE = "sync.role"
SIGNED_IN = "sync.signed_in"
REMEMBER = "sync.remember"
# Set at the first sign-in and never cleared: the data dir belongs to this workspace.
BOUND_WORKSPACE = "sync.bound_workspace_id"
INSTANCE_ID = "sync.server_instance_id"
CURSOR = "sync.cursor"
CHECKPOINT_SEQ = "sync.checkpoint_seq"
CHECKPOINT_CHANGE = "sync.checkpoint_change_id"
# Incremented when the server turned out to be restored: (epoch, cursor) never decreases.
EPOCH = "sync.epoch"
# "1" while a re-pull from 0 after a server restore is not finished.
FULL_RESYNC = "sync.full_resync"
LAST_SYNCED_AT = "sync.last_synced_at"
CLOCK_SKEW = "sync.clock_skew_seconds"

ACCOUNT_KEYS = (USERNAME, ACCOUNT_ID, ROLE, SIGNED_IN, REMEMBER)


@dataclass(frozen=True)
class SyncState:
    server_url: str
    username: str
    account_id: str
    workspace_id: str
    workspace_name: str
    role: str
    signed_in: bool
    remember: bool
    bound_workspace_id: str
    instance_id: str
    cursor: int
    checkpoint_seq: str  # "" until a change was seen
    checkpoint_change_id: str
    epoch: int
    full_resync: bool
    last_synced_at: datetime | None
    clock_skew_seconds: float

    @property
    def checkpoint(self) -> Checkpoint | None:
        if not (self.checkpoint_seq and self.checkpoint_change_id):
            return None
        # The wire models (pydantic) load where a checkpoint is used (a sync, a bundle),
        # not where the app's start asks whether it is signed in.
        from desktop.sync.protocol import Checkpoint

        return Checkpoint(seq=int(self.checkpoint_seq), change_id=self.checkpoint_change_id)


def load_state(session: Session) -> SyncState:
    query = select(LocalState.key, LocalState.value).where(LocalState.key.like("sync.%"))
    values = {key: value for key, value in session.execute(query)}

    def text(key: str) -> str:
        return values.get(key) or ""

    synced = text(LAST_SYNCED_AT)
    return SyncState(
        server_url=text(SERVER_URL),
        username=text(USERNAME),
        account_id=text(ACCOUNT_ID),
        workspace_id=text(WORKSPACE_ID),
        workspace_name=text(WORKSPACE_NAME),
        role=text(ROLE),
        signed_in=text(SIGNED_IN) == "1",
        remember=text(REMEMBER) != "0",
        bound_workspace_id=text(BOUND_WORKSPACE),
        instance_id=text(INSTANCE_ID),
        cursor=int(text(CURSOR) or 0),
        checkpoint_seq=text(CHECKPOINT_SEQ),
        checkpoint_change_id=text(CHECKPOINT_CHANGE),
        epoch=int(text(EPOCH) or 0),
        full_resync=text(FULL_RESYNC) == "1",
        last_synced_at=parse_datetime(synced) if synced else None,
        clock_skew_seconds=float(text(CLOCK_SKEW) or 0),
    )


def save(session: Session, **values: object) -> None:
    """Store values by key constant name, e.g. save(session, CURSOR=12)."""
    for name, value in values.items():
        key = globals()[name]
        if isinstance(value, datetime):
            value = to_wire(value)
        elif isinstance(value, bool):
            value = "1" if value else "0"
        set_local(session, key, "" if value is None else str(value))


def save_checkpoint(session: Session, checkpoint: Checkpoint | None) -> None:
    if checkpoint is None:
        save(session, CHECKPOINT_SEQ="", CHECKPOINT_CHANGE="")
    else:
        save(session, CHECKPOINT_SEQ=checkpoint.seq, CHECKPOINT_CHANGE=checkpoint.change_id)


def advance_checkpoint(session: Session, checkpoint: Checkpoint | None) -> None:
    """Remember the newest change seen (never an older one)."""
    if checkpoint is None:
        return
    current = load_state(session).checkpoint
    if current is None or checkpoint.seq > current.seq:
        save_checkpoint(session, checkpoint)


def forget_account(session: Session) -> None:
    session.execute(delete(LocalState).where(LocalState.key.in_(ACCOUNT_KEYS)))
