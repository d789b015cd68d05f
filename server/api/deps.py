"""FastAPI dependencies as `Annotated` aliases: settings, database, the signed-in caller."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from desktop.sync.protocol import UUID_RE
from desktop.sync.protocol.values import INT64_MAX
from server.accounts import AuthError, authenticate, role_in
from server.api.errors import ApiError
from server.database import ServerDatabase
from server.models import utcnow
from server.settings import Settings
from server.sync.blobs import BlobStorage
from server.sync.caller import Caller

_bearer = HTTPBearer(auto_error=False, description="access token from /v1/auth/login")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_database(request: Request) -> ServerDatabase:
    database: ServerDatabase = request.app.state.database
    return database


def get_storage(request: Request) -> BlobStorage:
    storage: BlobStorage = request.app.state.storage
    return storage


SettingsDep = Annotated[Settings, Depends(get_settings)]
DatabaseDep = Annotated[ServerDatabase, Depends(get_database)]
StorageDep = Annotated[BlobStorage, Depends(get_storage)]


@dataclass(frozen=True)
class Signed:
    """A valid access token: whose, from which device, which sign-in."""

    account_id: str
    username: str
    device_id: str
    family_id: str


BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_signed(
    credentials: BearerDep,
    database: DatabaseDep,
    settings: SettingsDep,
) -> Signed:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "token_missing", "sign in first (Authorization: Bearer ...)")
    with database.read() as session:
        try:
            account, claims = authenticate(session, settings, credentials.credentials, utcnow())
        except AuthError as exc:
            raise ApiError(exc.status, exc.code, exc.message) from None
        return Signed(account.id, account.username, claims.device_id, claims.family_id)


SignedDep = Annotated[Signed, Depends(get_signed)]


def member(database: ServerDatabase, signed: Signed, workspace_id: str) -> Caller:
    """The caller in `workspace_id`, or 403: every read and write is limited to members."""
    with database.read() as session:
        role = role_in(session, signed.account_id, workspace_id)
    if role is None:
        raise ApiError(403, "not_member", "you are not a member of this workspace")
    return Caller(signed.account_id, signed.username, signed.device_id, role)


# Ids in paths and queries are UUIDs: anything else is refused before it reaches SQL.
WorkspacePath = Annotated[str, Path(pattern=UUID_RE)]
IdPath = Annotated[str, Path(pattern=UUID_RE)]
WorkspaceQuery = Annotated[str, Query(pattern=UUID_RE)]
# Cursors and sequence numbers are signed 64-bit in every store.
SeqQuery = Annotated[int, Query(ge=0, le=INT64_MAX)]


def get_workspace_caller(
    workspace_id: WorkspacePath, signed: SignedDep, database: DatabaseDep
) -> Caller:
    return member(database, signed, workspace_id)


WorkspaceCallerDep = Annotated[Caller, Depends(get_workspace_caller)]
