"""Who this data dir is signed in as, read from `local_state` alone.

Apart from `desktop.sync.account` (signing in and out) so that the app's status bar can
say "Not signed in" at start without loading the network stack (httpx, the keyring,
the wire models).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.services.workspace import device_id
from desktop.store import Database
from desktop.sync import state


@dataclass(frozen=True)
class AccountInfo:
    """Who this data dir is signed in as (no secrets)."""

    server_url: str
    username: str
    workspace_id: str
    workspace_name: str
    role: str
    device_id: str
    # True: the sign-in is in the keyring; False: in this process's memory only.
    remembered: bool
    last_synced_at: datetime | None


def current_account(db: Database) -> AccountInfo | None:
    with db.read() as session:
        known = state.load_state(session)
    if not known.signed_in:
        return None
    return AccountInfo(
        server_url=known.server_url,
        username=known.username,
        workspace_id=known.workspace_id,
        workspace_name=known.workspace_name,
        role=known.role,
        device_id=device_id(db),
        remembered=known.remember,
        last_synced_at=known.last_synced_at,
    )
