"""One spelling of a user name for lookups: "Änne", "ÄNNE" and "änne" are one account.

SQLite's lower() folds ASCII only, so on a trial server "Änne" could not sign in as
"änne", and "ÄNNE" could be created beside "Änne"; PostgreSQL's lower() folds more but
not like Python ("STRASSE" vs "straße"). Folding happens here instead, the same on
every database: Unicode NFC, then full case folding, then NFC again (case folding may
decompose). The folded key is stored in `account.username_key` under a unique index.
"""

from __future__ import annotations

import unicodedata


def username_key(username: str) -> str:
    """The folded form of a user name: what lookups and uniqueness compare."""
    composed = unicodedata.normalize("NFC", username.strip())
    return unicodedata.normalize("NFC", composed.casefold())
