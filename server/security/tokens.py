"""Access tokens (short-lived, HMAC-signed, stateless) and refresh tokens (random, stored
hashed, rotated on every use).

An access token names the account, the device and the sign-in ("family"); logout and
refresh-token theft revoke the family, which every request checks, so a revoked
sign-in stops working at once rather than when its access token expires.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

TOKEN_PREFIX = "fd1"


class TokenError(Exception):
    """The token is malformed, forged or expired (`expired` tells which)."""

    def __init__(self, message: str, *, expired: bool = False) -> None:
        super().__init__(message)
        self.expired = expired


@dataclass(frozen=True)
class AccessClaims:
    account_id: str
    device_id: str
    family_id: str
    expires_at: datetime


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _signature(secret: str, body: str) -> str:
    return _b64(hmac.new(secret.encode(), body.encode("ascii"), hashlib.sha256).digest())


def issue_access_token(secret: str, claims: AccessClaims) -> str:
    payload = {
        "sub": claims.account_id,
        "dev": claims.device_id,
        "fam": claims.family_id,
        "exp": int(claims.expires_at.timestamp()),
    }
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    return f"{TOKEN_PREFIX}.{body}.{_signature(secret, body)}"


def read_access_token(secret: str, token: str, now: datetime) -> AccessClaims:
    if not token.isascii():  # ours are base64url; anything else is not one
        raise TokenError("malformed token")
    try:
        prefix, body, signature = token.split(".")
    except ValueError:
        raise TokenError("malformed token") from None
    if prefix != TOKEN_PREFIX or not hmac.compare_digest(signature, _signature(secret, body)):
        raise TokenError("invalid token")
    try:
        payload = json.loads(_unb64(body))
        claims = AccessClaims(
            account_id=str(payload["sub"]),
            device_id=str(payload["dev"]),
            family_id=str(payload["fam"]),
            expires_at=datetime.fromtimestamp(int(payload["exp"]), UTC),
        )
    except (ValueError, KeyError, TypeError):
        raise TokenError("malformed token") from None
    if claims.expires_at <= now:
        raise TokenError("token expired", expired=True)
    return claims


def new_refresh_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def device_secret(secret: str, account_id: str, device_id: str) -> str:
    """The key a device signs its bundles with: derived, so the server stores nothing."""
    message = f"bundle:{account_id}:{device_id}".encode()
    return _b64(hmac.new(secret.encode(), message, hashlib.sha256).digest())
