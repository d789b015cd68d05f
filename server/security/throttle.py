"""Login throttling against password guessing, shared by all instances (it is in the DB).

Failures count per account name and per client address within a window; reaching the
limit locks the key for a while, doubling with each lockout up to a maximum. A locked
key is refused before the password is even checked, so guessing cannot go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from server.models import LoginThrottle
from server.settings import Settings
from server.usernames import username_key


@dataclass(frozen=True)
class ThrottleKeys:
    keys: tuple[tuple[str, int], ...]  # (key, failure limit)

    @classmethod
    def for_login(cls, settings: Settings, username: str, address: str) -> ThrottleKeys:
        return cls(
            (
                (f"user:{username_key(username)[:240]}", settings.login_failures_per_user),
                (f"addr:{address}", settings.login_failures_per_address),
            )
        )


def locked_for(session: Session, keys: ThrottleKeys, now: datetime) -> int:
    """Seconds until a login may be tried again (0 = now)."""
    wait = 0
    for key, _limit in keys.keys:
        row = session.get(LoginThrottle, key)
        if row is not None and row.locked_until is not None and row.locked_until > now:
            wait = max(wait, int((row.locked_until - now).total_seconds()) + 1)
    return wait


def record_failure(session: Session, settings: Settings, keys: ThrottleKeys, now: datetime) -> int:
    """Count a failed login; returns the seconds of lockout it caused (0 = none)."""
    window = timedelta(seconds=settings.login_window_seconds)
    locked = 0
    for key, limit in keys.keys:
        row = session.get(LoginThrottle, key, with_for_update=True)
        if row is None:
            row = LoginThrottle(key=key, failures=0, lockouts=0, window_started_at=now)
            session.add(row)
        if now - row.window_started_at > window:
            row.failures, row.window_started_at = 0, now
        row.failures += 1
        if row.failures >= limit:
            seconds = min(
                settings.login_lockout_seconds * 2**row.lockouts,
                settings.login_lockout_max_seconds,
            )
            row.locked_until = now + timedelta(seconds=seconds)
            row.lockouts += 1
            row.failures = 0
            locked = max(locked, seconds)
    return locked


def record_success(session: Session, keys: ThrottleKeys) -> None:
    """A correct password clears the account's count (not the address's)."""
    key = keys.keys[0][0]
    row = session.get(LoginThrottle, key)
    if row is not None:
        row.failures = 0
        row.lockouts = 0
        row.locked_until = None
