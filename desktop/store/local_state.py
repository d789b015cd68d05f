"""Small key/value facts about this installation, in the `local_state` table.

The keys of the store and services layers are here; the sync engine keeps its own
"sync.*" keys (desktop/sync/state.py). Never secrets: those live in the OS keyring.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy.orm import Session

from desktop.models import LocalState

CURRENT_WORKSPACE: Final = "current_workspace_id"
DEVICE_ID: Final = "device_id"
USER_NAME: Final = "user_name"


def get_local(session: Session, key: str) -> str | None:
    row = session.get(LocalState, key)
    return row.value if row is not None else None


def set_local(session: Session, key: str, value: str) -> None:
    row = session.get(LocalState, key)
    if row is None:
        session.add(LocalState(key=key, value=value))
    else:
        row.value = value
