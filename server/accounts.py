"""Accounts, workspaces and memberships (used by the CLI and the tests), and sign-in flows."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import ROLES, TABLE_FIELDS, Membership, TokenPair
from desktop.sync.protocol.values import text_problem
from server.models import (
    Account,
    Device,
    RefreshToken,
    RowState,
    RowVersion,
    TokenFamily,
    Workspace,
    utcnow,
)
from server.models import Membership as MembershipRow
from server.security.passwords import hash_password, needs_rehash, verify_password
from server.security.throttle import ThrottleKeys, locked_for, record_failure, record_success
from server.security.tokens import (
    AccessClaims,
    TokenError,
    issue_access_token,
    new_refresh_token,
    read_access_token,
    token_hash,
)
from server.settings import Settings
from server.usernames import username_key


class AdminError(ValueError):
    """An administrative command that cannot be done (unknown user, duplicate name...)."""


class AuthError(Exception):
    """A refused sign-in or token; `code` goes into the error body."""

    def __init__(self, code: str, message: str, *, status: int = 401, retry_after: int = 0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status
        self.retry_after = retry_after


# -- administration ------------------------------------------------------------------


def create_workspace(session: Session, name: str) -> Workspace:
    name = " ".join(name.split())
    if not name:
        raise AdminError("a workspace needs a name")
    if find_workspace(session, name) is not None:
        raise AdminError(f"a workspace named {name!r} exists already")
    now = utcnow()
    workspace = Workspace(id=str(uuid.uuid4()), name=name, created_at=now, last_seq=1)
    session.add(workspace)
    fields = {key: spec.default() for key, spec in TABLE_FIELDS["workspace"].items()}
    fields["name"] = name
    change_id = str(uuid.uuid4())
    session.add(
        RowState(
            workspace_id=workspace.id,
            table_name="workspace",
            row_id=workspace.id,
            version=1,
            server_seq=1,
            change_id=change_id,
            fields=fields,
            field_writers={},
            created_at=now,
            created_by="server",
            created_account_id="",
            updated_at=now,
            updated_by="server",
        )
    )
    session.add(
        RowVersion(
            workspace_id=workspace.id,
            table_name="workspace",
            row_id=workspace.id,
            version=1,
            server_seq=1,
            change_id=change_id,
            kind="insert",
            fields=fields,
            changed_fields=sorted(fields),
            conflict_ids=[],
            actor="server",
            account_username="",
            device_id="",
            mutation_id=None,
            client_time=None,
            committed_at=now,
        )
    )
    return workspace


def find_workspace(session: Session, name_or_id: str) -> Workspace | None:
    by_id = session.get(Workspace, name_or_id.strip())
    if by_id is not None:
        return by_id
    # Folded in Python, as user names are (a server has a handful of workspaces).
    wanted = username_key(name_or_id)
    for workspace in session.scalars(select(Workspace).order_by(Workspace.created_at)):
        if username_key(workspace.name) == wanted:
            return workspace
    return None


def find_account(session: Session, username: str) -> Account | None:
    query = select(Account).where(Account.username_key == username_key(username))
    return session.scalars(query).first()


def create_user(session: Session, username: str, password: str) -> Account:
    username = unicodedata.normalize("NFC", username.strip())
    if not username or len(username) > 200 or "|" in username or text_problem(username):
        raise AdminError("a user name is 1-200 characters of text and has no '|'")
    if len(password) < 8:
        raise AdminError("a password needs at least 8 characters")
    if find_account(session, username) is not None:
        raise AdminError(f"the user {username!r} exists already")
    account = Account(
        id=str(uuid.uuid4()),
        username=username,
        username_key=username_key(username),
        password_hash=hash_password(password),
    )
    session.add(account)
    return account


def set_password(session: Session, username: str, password: str) -> None:
    account = _account(session, username)
    if len(password) < 8:
        raise AdminError("a password needs at least 8 characters")
    account.password_hash = hash_password(password)
    revoke_all(session, account.id, "password_changed")


def add_member(session: Session, username: str, workspace: str, role: str) -> MembershipRow:
    if role not in ROLES:
        raise AdminError(f"the role must be one of {', '.join(ROLES)}")
    account = _account(session, username)
    found = _workspace(session, workspace)
    membership = session.get(MembershipRow, (account.id, found.id))
    if membership is None:
        membership = MembershipRow(account_id=account.id, workspace_id=found.id, role=role)
        session.add(membership)
    membership.role = role
    return membership


def remove_member(session: Session, username: str, workspace: str) -> None:
    account = _account(session, username)
    found = _workspace(session, workspace)
    membership = session.get(MembershipRow, (account.id, found.id))
    if membership is None:
        raise AdminError(f"{account.username} is not a member of {found.name}")
    session.delete(membership)


def memberships(session: Session, account_id: str) -> list[Membership]:
    query = (
        select(MembershipRow, Workspace)
        .join(Workspace, Workspace.id == MembershipRow.workspace_id)
        .where(MembershipRow.account_id == account_id)
        .order_by(Workspace.name)
    )
    return [
        Membership(workspace_id=w.id, workspace_name=w.name, role=m.role)  # type: ignore[arg-type]
        for m, w in session.execute(query)
    ]


def role_in(session: Session, account_id: str, workspace_id: str) -> str | None:
    membership = session.get(MembershipRow, (account_id, workspace_id))
    return membership.role if membership is not None else None


def _account(session: Session, username: str) -> Account:
    account = find_account(session, username)
    if account is None:
        raise AdminError(f"there is no user {username!r}")
    return account


def _workspace(session: Session, name_or_id: str) -> Workspace:
    found = find_workspace(session, name_or_id)
    if found is None:
        raise AdminError(f"there is no workspace {name_or_id!r}")
    return found


# -- signing in ----------------------------------------------------------------------


@dataclass(frozen=True)
class LoginOutcome:
    account: Account | None
    tokens: TokenPair | None
    locked_seconds: int = 0


def login(
    session: Session,
    settings: Settings,
    username: str,
    password: str,
    device_id: str,
    address: str,
    now: datetime,
) -> LoginOutcome:
    """Check a password under throttling; failures are recorded in this transaction,
    so the caller commits before it reports them."""
    keys = ThrottleKeys.for_login(settings, username, address)
    wait = locked_for(session, keys, now)
    if wait:
        return LoginOutcome(None, None, wait)
    account = find_account(session, username)
    valid = verify_password(account.password_hash if account else None, password)
    if account is None or not valid or account.disabled:
        locked = record_failure(session, settings, keys, now)
        return LoginOutcome(None, None, locked)
    record_success(session, keys)
    if needs_rehash(account.password_hash):
        account.password_hash = hash_password(password)
    family = TokenFamily(id=str(uuid.uuid4()), account_id=account.id, device_id=device_id)
    session.add(family)
    session.flush()  # no relationship() orders the inserts: the family must exist first
    return LoginOutcome(account, _issue(session, settings, account.id, device_id, family.id, now))


def refresh(
    session: Session, settings: Settings, refresh_token: str, device_id: str, now: datetime
) -> tuple[Account, TokenPair]:
    """Rotate: the presented token is used up and a new one issued in its family.
    A token presented twice means it was copied: the whole sign-in is revoked."""
    stored = session.get(RefreshToken, token_hash(refresh_token), with_for_update=True)
    if stored is None:
        raise AuthError("refresh_invalid", "unknown refresh token")
    family = session.get(TokenFamily, stored.family_id, with_for_update=True)
    if family is None or family.revoked_at is not None:
        raise AuthError("refresh_revoked", "this sign-in was ended")
    if stored.used_at is not None:
        family.revoked_at, family.revoked_reason = now, "refresh_token_reused"
        raise AuthError("refresh_reused", "refresh token used twice; signed out for safety")
    if stored.expires_at <= now:
        raise AuthError("refresh_expired", "the sign-in has expired")
    if family.device_id != device_id:
        raise AuthError("refresh_invalid", "refresh token of another device")
    account = session.get(Account, family.account_id)
    if account is None or account.disabled:
        raise AuthError("account_disabled", "the account is disabled")
    stored.used_at = now
    return account, _issue(session, settings, account.id, device_id, family.id, now)


def logout(session: Session, family_id: str, now: datetime) -> None:
    family = session.get(TokenFamily, family_id)
    if family is not None and family.revoked_at is None:
        family.revoked_at, family.revoked_reason = now, "logout"


def family_of_refresh_token(session: Session, refresh_token: str) -> str | None:
    stored = session.get(RefreshToken, token_hash(refresh_token))
    return stored.family_id if stored is not None else None


def revoke_all(session: Session, account_id: str, reason: str) -> None:
    now = utcnow()
    query = select(TokenFamily).where(
        TokenFamily.account_id == account_id, TokenFamily.revoked_at.is_(None)
    )
    for family in session.scalars(query):
        family.revoked_at, family.revoked_reason = now, reason


def authenticate(
    session: Session, settings: Settings, token: str, now: datetime
) -> tuple[Account, AccessClaims]:
    try:
        claims = read_access_token(settings.secret_key, token, now)
    except TokenError as exc:
        code = "token_expired" if exc.expired else "token_invalid"
        raise AuthError(code, str(exc)) from None
    family = session.get(TokenFamily, claims.family_id)
    if family is None or family.revoked_at is not None:
        raise AuthError("token_revoked", "this sign-in was ended")
    account = session.get(Account, claims.account_id)
    if account is None or account.disabled:
        raise AuthError("account_disabled", "the account is disabled")
    return account, claims


class DeviceTakenError(Exception):
    """The device id was registered by another account first."""


def register_device(
    session: Session, account_id: str, device_id: str, name: str, platform: str, now: datetime
) -> Device:
    """Register (or refresh) `device_id` for `account_id`.

    A device id belongs to the account that registered it first: its bundles are
    checked with that account's key, so another account taking it over would have the
    owner's bundles refused. The other account's laptop makes a fresh id instead."""
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        device = Device(id=device_id, account_id=account_id, registered_at=now)
        session.add(device)
    elif device.account_id != account_id:
        raise DeviceTakenError(device_id)
    device.name = name
    device.platform = platform
    device.last_seen_at = now
    return device


def _issue(
    session: Session,
    settings: Settings,
    account_id: str,
    device_id: str,
    family_id: str,
    now: datetime,
) -> TokenPair:
    refresh_token = new_refresh_token()
    refresh_lifetime = timedelta(days=settings.refresh_token_days)
    session.add(
        RefreshToken(
            token_hash=token_hash(refresh_token),
            family_id=family_id,
            created_at=now,
            expires_at=now + refresh_lifetime,
        )
    )
    access = issue_access_token(
        settings.secret_key,
        AccessClaims(
            account_id=account_id,
            device_id=device_id,
            family_id=family_id,
            expires_at=now + timedelta(seconds=settings.access_token_seconds),
        ),
    )
    return TokenPair(
        access_token=access,
        refresh_token=refresh_token,
        expires_in=settings.access_token_seconds,
        refresh_expires_in=int(refresh_lifetime.total_seconds()),
    )
