"""Every status code a route answers with, declared for the OpenAPI schema.

Errors all have the body `{"error": code, "message": text}` (`ErrorBody`); the routes
list which codes they may send, so `/openapi.json` documents them and the schemathesis
suite (tests/sync/test_openapi_fuzz.py) can hold the server to it. The table in
docs/server.md says what each code means per route.
"""

from __future__ import annotations

from typing import Any

from desktop.sync.protocol import ErrorBody

_MEANING = {
    400: "The body cannot be read as JSON (UTF-8)",
    401: "No valid access token (missing, malformed, expired or of an ended sign-in)",
    403: "Signed in, but not allowed (not a member, another device's request, ...)",
    404: "No such thing in this workspace",
    409: "In conflict with what the server holds (see the error code)",
    413: "The request (or a file) is larger than the server accepts",
    422: "The request does not match its schema, or a value is out of bounds",
    429: "Too many failed sign-ins: wait `retry_after` seconds",
    503: "The database is unavailable; try again later",
}

Responses = dict[int | str, dict[str, Any]]


def errors(*codes: int) -> Responses:
    """OpenAPI `responses` for these error codes (each with the ErrorBody schema)."""
    return {code: {"model": ErrorBody, "description": _MEANING[code]} for code in codes}


# Every request can find the database down; every request body can be too large.
ANY = (503,)
WITH_BODY = (400, 413, 422, 503)
# Routes of one workspace: no token (401), no member (403), a bad parameter (422).
MEMBER = (401, 403, 422, 503)
