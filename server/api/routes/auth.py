"""Sign-in: login (access + refresh token), refresh (rotation), logout (revocation)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response

from desktop.sync.protocol import (
    AccountOut,
    LoginRequest,
    LoginResponse,
    LogoutRequest,
    RefreshRequest,
)
from desktop.sync.protocol import TokenPair as TokenPairOut
from server import accounts
from server.api.deps import BearerDep, DatabaseDep, SettingsDep, get_signed
from server.api.errors import ApiError
from server.api.responses import WITH_BODY, errors
from server.models import utcnow

router = APIRouter(prefix="/auth", tags=["auth"])
log = logging.getLogger("server.auth")


@router.post("/login", response_model=LoginResponse, responses=errors(401, 429, *WITH_BODY))
def login(
    body: LoginRequest, request: Request, database: DatabaseDep, settings: SettingsDep
) -> LoginResponse:
    now = utcnow()
    address = request.client.host if request.client else "unknown"
    with database.write() as session:
        outcome = accounts.login(
            session, settings, body.username, body.password, body.device_id, address, now
        )
        if outcome.account is not None and outcome.tokens is not None:
            memberships = accounts.memberships(session, outcome.account.id)
            account_id, username = outcome.account.id, outcome.account.username
    # Failures are committed above (the throttle must remember them) and reported here.
    if outcome.tokens is None:
        log.warning("login refused", extra={"username": body.username, "client": address})
        if outcome.locked_seconds:
            raise ApiError(
                429,
                "login_throttled",
                "too many failed sign-ins; try again later",
                retry_after=outcome.locked_seconds,
            )
        raise ApiError(401, "invalid_credentials", "wrong user name or password")
    log.info("login", extra={"username": username, "device_id": body.device_id})
    return LoginResponse(
        **outcome.tokens.model_dump(),
        account=AccountOut(id=account_id, username=username),
        memberships=memberships,
        server_instance_id=database.instance_id(),
        server_time=now,
    )


@router.post("/refresh", response_model=TokenPairOut, responses=errors(401, *WITH_BODY))
def refresh(body: RefreshRequest, database: DatabaseDep, settings: SettingsDep) -> TokenPairOut:
    error: accounts.AuthError | None = None
    with database.write() as session:
        try:
            _account, tokens = accounts.refresh(
                session, settings, body.refresh_token, body.device_id, utcnow()
            )
        except accounts.AuthError as exc:
            error = exc  # commit first: a reused token revokes its whole sign-in
    if error is not None:
        log.warning("refresh refused: %s", error.code, extra={"device_id": body.device_id})
        raise ApiError(error.status, error.code, error.message)
    return tokens


@router.post("/logout", status_code=204, responses=errors(401, *WITH_BODY))
def logout(
    body: LogoutRequest, credentials: BearerDep, database: DatabaseDep, settings: SettingsDep
) -> Response:
    """Ends the sign-in of the given refresh token, or of the bearer token's sign-in."""
    family_id: str | None = None
    if body.refresh_token:
        with database.read() as session:
            family_id = accounts.family_of_refresh_token(session, body.refresh_token)
    if family_id is None and credentials is not None:
        family_id = get_signed(credentials, database, settings).family_id
    if family_id is None:
        raise ApiError(401, "token_missing", "give the refresh token or sign in")
    with database.write() as session:
        accounts.logout(session, family_id, utcnow())
    return Response(status_code=204)
