"""A server address as people type it: "sync.example.org" means https://sync.example.org."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from desktop.sync.errors import BadServerAddressError

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def complete_server_address(typed: str) -> str:
    """The address with its scheme (https:// unless http:// was typed), without a
    trailing slash; BadServerAddressError if it cannot be a server's address."""
    text = typed.strip()
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:/*$", text):
        raise BadServerAddressError(text)  # only a scheme ("https://")
    text = text.rstrip("/")
    if not _SCHEME.match(text):
        text = "https://" + text
    scheme, rest = text.split("://", 1)
    scheme = scheme.lower()
    if scheme not in ("https", "http"):
        raise BadServerAddressError(typed.strip())
    parts = urlsplit(f"{scheme}://{rest}")
    if not parts.hostname or any(c.isspace() for c in rest):
        raise BadServerAddressError(typed.strip())
    return f"{scheme}://{rest}"
