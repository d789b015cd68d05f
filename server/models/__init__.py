"""The server's own tables (SQLAlchemy 2 typed ORM); desktop models are never imported."""

from server.models.accounts import (
    Account,
    Device,
    LoginThrottle,
    Membership,
    RefreshToken,
    ServerMeta,
    TokenFamily,
    Workspace,
)
from server.models.base import Base, utcnow
from server.models.sync import (
    AppliedMutation,
    Blob,
    Conflict,
    PushBatch,
    Quarantine,
    RowState,
    RowVersion,
)

__all__ = [
    "Account",
    "AppliedMutation",
    "Base",
    "Blob",
    "Conflict",
    "Device",
    "LoginThrottle",
    "Membership",
    "PushBatch",
    "Quarantine",
    "RefreshToken",
    "RowState",
    "RowVersion",
    "ServerMeta",
    "TokenFamily",
    "Workspace",
    "utcnow",
]
