"""Secrets: refresh tokens and device secrets in the OS keyring, never in a file.

With no usable keyring the caller may choose to keep them in this process's memory
only (`remember=False`): the sign-in then ends with the program. Plaintext keyring
backends (keyrings.alt) are refused as if there were none. Access tokens are never
stored anywhere but memory.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

import keyring
import keyring.errors

from desktop.store.secrets import keyring_available
from desktop.sync.errors import KeyringUnavailableError

log = logging.getLogger("desktop.sync")

SERVICE = "field-dossier"
_lock = threading.Lock()
_memory: dict[str, str] = {}
_access: dict[str, tuple[str, float]] = {}
# Renew access tokens a little before the server would refuse them.
_ACCESS_MARGIN_SECONDS = 30


def account_key(server_url: str, username: str, device_id: str) -> str:
    """The keyring user name of a sign-in. The device (data dir) is part of it: tokens
    are bound to a device, and tests and benchmarks run several laptops on one machine."""
    return f"{server_url}|{username}|{device_id}"


def device_key(server_url: str, username: str, device_id: str) -> str:
    return f"{server_url}|{username}|{device_id}|device-secret"


def store_secret(key: str, secret: str, *, remember: bool) -> None:
    if not remember:
        with _lock:
            _memory[key] = secret
        return
    if not keyring_available():
        raise KeyringUnavailableError()
    try:
        keyring.set_password(SERVICE, key, secret)
    except keyring.errors.KeyringError as exc:
        log.warning("the keyring refused to store a secret: %s", exc)
        raise KeyringUnavailableError() from exc
    with _lock:
        _memory.pop(key, None)


def load_secret(key: str) -> str | None:
    with _lock:
        if key in _memory:
            return _memory[key]
    if not keyring_available():
        return None
    try:
        return keyring.get_password(SERVICE, key)
    except keyring.errors.KeyringError as exc:
        log.warning("the keyring could not be read: %s", exc)
        return None


def delete_secret(key: str) -> None:
    with _lock:
        _memory.pop(key, None)
        _access.pop(key, None)
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, key)
    except keyring.errors.PasswordDeleteError:
        pass  # nothing stored: nothing to forget
    except keyring.errors.KeyringError as exc:
        log.warning("the keyring could not delete a secret: %s", exc)


@dataclass(frozen=True)
class AccessToken:
    token: str
    expires_at: float  # time.monotonic()


def cache_access_token(key: str, token: str, expires_in: int) -> None:
    with _lock:
        _access[key] = (token, time.monotonic() + max(0, expires_in - _ACCESS_MARGIN_SECONDS))


def cached_access_token(key: str) -> str | None:
    with _lock:
        found = _access.get(key)
    if found is None or found[1] <= time.monotonic():
        return None
    return found[0]


_renewing: dict[str, threading.Lock] = {}


def renewal_lock(key: str) -> threading.Lock:
    """One renewal per sign-in at a time: a refresh token presented twice (two threads
    renewing at once) would make the server end the sign-in as stolen."""
    with _lock:
        return _renewing.setdefault(key, threading.Lock())


def forget_access_tokens() -> None:
    """Drop every access token held in memory (a restarted program has none)."""
    with _lock:
        _access.clear()
