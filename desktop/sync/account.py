"""Signing in and out (who this data dir is signed in as: `account_info`, re-exported).

Plain functions of the database, safe on a worker thread (each opens its own sessions).
Secrets go to the keyring (or, by choice, this process's memory); everything else -
server URL, user, workspace - to `local_state`.
"""

from __future__ import annotations

import logging
import platform

from desktop.services.workspace import device_id, open_scope, renew_device_id
from desktop.store import Database
from desktop.store.local_state import USER_NAME, set_local
from desktop.store.secrets import keyring_available
from desktop.sync import credentials, state
from desktop.sync.account_info import AccountInfo, current_account
from desktop.sync.api import Api, ClientFactory, DeviceTakenError, open_client
from desktop.sync.errors import (
    ChooseWorkspaceError,
    KeyringUnavailableError,
    NotAMemberError,
    NotSignedInError,
    NoWorkspaceError,
    ServerProtocolError,
    SessionExpiredError,
    SignInNotKeptError,
    SyncError,
    WorkspaceMismatchError,
)
from desktop.sync.protocol import DeviceRegistration, LoginResponse, Membership
from desktop.sync.rehome import rehome

log = logging.getLogger("desktop.sync")

__all__ = [
    "AccountInfo",
    "SignIn",
    "current_account",
    "keyring_available",
    "sign_in",
    "sign_out",
]


class SignIn:
    """A token source for `Api`: cached access token, renewed with the refresh token."""

    def __init__(self, server_url: str, username: str, device: str, *, remember: bool) -> None:
        self.server_url = server_url
        self.username = username
        self.device_id = device
        self.remember = remember
        self.key = credentials.account_key(server_url, username, device)

    def access_token(self, api: Api) -> str:
        return credentials.cached_access_token(self.key) or self.renew(api)

    def renew(self, api: Api, *, stale: str | None = None) -> str:
        with credentials.renewal_lock(self.key):
            cached = credentials.cached_access_token(self.key)
            if cached is not None and cached != stale:
                return cached  # another thread renewed it meanwhile
            refresh_token = credentials.load_secret(self.key)
            if refresh_token is None:
                raise SessionExpiredError()
            pair = api.refresh(refresh_token, self.device_id)
            credentials.store_secret(self.key, pair.refresh_token, remember=self.remember)
            credentials.cache_access_token(self.key, pair.access_token, pair.expires_in)
            return pair.access_token

    def has_refresh_token(self) -> bool:
        return credentials.load_secret(self.key) is not None


def normalise_url(server_url: str) -> str:
    return server_url.strip().rstrip("/")


def sign_in(
    db: Database,
    server_url: str,
    username: str,
    password: str,
    workspace: str | None = None,
    *,
    remember: bool = True,
    client_factory: ClientFactory | None = None,
) -> AccountInfo:
    """Sign in, bind this data dir to the workspace, register the device, keep the token.

    `workspace` is a name or id; None = the user's only workspace. With `remember`
    the refresh token goes to the keyring (KeyringUnavailableError if there is none);
    without, it is kept in memory for this process only.
    """
    server_url = normalise_url(server_url)
    if remember and not keyring_available():
        raise KeyringUnavailableError()
    open_scope(db, username)  # a first start makes the local workspace now
    with db.read() as session:
        known = state.load_state(session)
    with open_client(server_url, client_factory) as http:
        api = Api(server_url, http)
        api.username = username
        login, chosen, signin = _log_in(api, db, username, password, workspace, known, remember)
        _end_previous_sign_in(api, signin)
        credentials.store_secret(signin.key, login.refresh_token, remember=remember)
    with db.write("sync", apply_remote=True) as session:
        rehome(session, chosen.workspace_id)
        state.save(
            session,
            SERVER_URL=server_url,
            USERNAME=signin.username,
            ACCOUNT_ID=login.account.id,
            WORKSPACE_ID=chosen.workspace_id,
            WORKSPACE_NAME=chosen.workspace_name,
            ROLE=chosen.role,
            SIGNED_IN=True,
            REMEMBER=remember,
            BOUND_WORKSPACE=chosen.workspace_id,
        )
        set_local(session, USER_NAME, signin.username)
    log.info("signed in to %s as %s (%s)", server_url, signin.username, chosen.workspace_name)
    info = current_account(db)
    assert info is not None
    return info


def _log_in(
    api: Api,
    db: Database,
    username: str,
    password: str,
    workspace: str | None,
    known: state.SyncState,
    remember: bool,
) -> tuple[LoginResponse, Membership, SignIn]:
    """Log in and register this data dir's device. A device id another account
    registered first (a copied data folder) is replaced by a fresh one, once."""
    device = device_id(db)
    for attempt in (1, 2):
        login = api.login(username, password, device)
        try:
            chosen = choose_workspace(login.memberships, workspace, login.account.username)
            if known.bound_workspace_id and known.bound_workspace_id != chosen.workspace_id:
                raise WorkspaceMismatchError(
                    known.workspace_name or known.bound_workspace_id, chosen.workspace_name
                )
        except SyncError:
            api.logout(login.refresh_token)  # this sign-in is of no use: end it at once
            raise
        signin = SignIn(api.base_url, login.account.username, device, remember=remember)
        credentials.cache_access_token(signin.key, login.access_token, login.expires_in)
        api.tokens = signin
        try:
            register_device(api, signin)
        except DeviceTakenError:
            api.tokens = None
            api.logout(login.refresh_token)
            if attempt == 2:
                raise ServerProtocolError(api.base_url, "a fresh device id is taken") from None
            log.warning("device id %s belongs to another account; making a new one", device)
            device = renew_device_id(db)
            continue
        return login, chosen, signin
    raise AssertionError("unreachable")


def register_device(api: Api, signin: SignIn) -> None:
    """Tell the server about this data dir; keep the key it signs bundles with.
    DeviceTakenError if another account registered this device id first."""
    registered = api.register_device(
        DeviceRegistration(
            device_id=signin.device_id,
            name=platform.node()[:200],
            platform=platform.platform()[:100],
        )
    )
    key = credentials.device_key(signin.server_url, signin.username, signin.device_id)
    credentials.store_secret(key, registered.device_secret, remember=signin.remember)


def choose_workspace(
    memberships: list[Membership], wanted: str | None, username: str
) -> Membership:
    if not memberships:
        raise NoWorkspaceError(username)
    if wanted:
        for membership in memberships:
            if wanted.strip().lower() in (
                membership.workspace_id,
                membership.workspace_name.strip().lower(),
            ):
                return membership
        raise NotAMemberError(username, wanted)
    if len(memberships) > 1:
        raise ChooseWorkspaceError(username, ", ".join(m.workspace_name for m in memberships))
    return memberships[0]


def _end_previous_sign_in(api: Api, signin: SignIn) -> None:
    """A new sign-in replaces the stored one; end the old one on the server too."""
    previous = credentials.load_secret(signin.key)
    if previous is None:
        return
    try:
        api.logout(previous)
    except SyncError as exc:
        log.info("the previous sign-in could not be ended: %s", exc)


def sign_out(db: Database, *, client_factory: ClientFactory | None = None) -> None:
    """Forget the sign-in (also offline); the data dir stays bound to its workspace."""
    with db.read() as session:
        known = state.load_state(session)
    if known.server_url and known.username:
        signin = SignIn(known.server_url, known.username, device_id(db), remember=known.remember)
        refresh_token = credentials.load_secret(signin.key)
        if refresh_token is not None:
            try:
                with open_client(known.server_url, client_factory) as http:
                    Api(known.server_url, http).logout(refresh_token)
            except SyncError as exc:
                log.info("signed out locally; the server was not told: %s", exc)
        credentials.delete_secret(signin.key)
        credentials.delete_secret(
            credentials.device_key(known.server_url, known.username, signin.device_id)
        )
    with db.write("sync", apply_remote=True) as session:
        state.save(session, SIGNED_IN=False)


def require_sign_in(db: Database) -> tuple[state.SyncState, SignIn]:
    """The stored sign-in of this data dir (NotSignedInError / SessionExpiredError)."""
    with db.read() as session:
        known = state.load_state(session)
    if not known.signed_in or not known.server_url:
        raise NotSignedInError()
    signin = SignIn(known.server_url, known.username, device_id(db), remember=known.remember)
    if credentials.cached_access_token(signin.key) is None and not signin.has_refresh_token():
        raise SessionExpiredError() if known.remember else SignInNotKeptError()
    return known, signin
