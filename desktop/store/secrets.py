"""Which OS keyring may hold a secret: one answer for sign-ins and data-folder keys.

Plaintext keyring backends (keyrings.alt) and the "fail"/"null" backends count as no
keyring at all: a secret there would lie on disk beside the data it protects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend


def keyring_available() -> bool:
    """Is there a keyring that keeps secrets safe (not a plaintext file, not "fail")?"""
    import keyring  # asked when a secret is about to be kept, not at the app's start

    return usable_backend(keyring.get_keyring())


def usable_backend(backend: KeyringBackend) -> bool:
    children = getattr(backend, "backends", None)
    if children is not None:  # the chainer: usable if one of its backends is
        return any(usable_backend(child) for child in children)
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:  # a backend that cannot even say its priority is not usable
        return False
