"""The synced tables' field schema and the constants of the sync protocol.

What a mutation may change, and which JSON type each value has. Values travel as
JSON: dates as "YYYY-MM-DD", timestamps as ISO 8601 UTC, id lists and string lists as
arrays, `settings`/`labels` as objects. A test checks this schema against the
desktop's ORM models, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import StringConstraints

JSONValue = Any
PROTOCOL_VERSION = 1
API_PREFIX = "/v1"

UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_RE = r"^[0-9a-f]{64}$"
_UUID = re.compile(UUID_RE)

Uuid = Annotated[str, StringConstraints(pattern=UUID_RE)]
Sha256 = Annotated[str, StringConstraints(pattern=SHA256_RE)]
Role = Literal["staff", "core", "admin"]
ROLES: tuple[Role, ...] = ("staff", "core", "admin")
MutationOp = Literal["insert", "update", "delete", "restore", "resolve"]
# applied: every change taken and the server had nothing else (client row == server row);
# merged: taken, and the server row also holds other people's changes;
# conflict: at least one field kept the server's value, see conflict_ids;
# noop: nothing to change (identical edit, or already done);
# quarantined: invalid or not allowed; kept on the server with `reason`, never applied;
# deferred: the row is not on the server (yet): nothing recorded, send it again later.
MutationStatus = Literal["applied", "merged", "conflict", "noop", "quarantined", "deferred"]
ConflictStatus = Literal["open", "resolved"]
ResolutionTake = Literal["server", "client", "value"]

# The pseudo-table of conflict resolutions in the outbox ("resolve" mutations).
CONFLICT_TABLE = "sync_conflict"
DELETED_AT = "deleted_at"
MAX_BATCH_MUTATIONS = 2000
MAX_PULL_LIMIT = 2000
BLOB_CHUNK_BYTES = 4 * 1024 * 1024

# Headers on every server response (ARCHITECTURE.md "Sync" 5 and 9).
SERVER_TIME_HEADER = "X-Server-Time"
SERVER_INSTANCE_HEADER = "X-Server-Instance"
UPLOAD_OFFSET_HEADER = "Upload-Offset"


FieldKind = Literal["text", "int", "bool", "date", "datetime", "object", "str_list"]


@dataclass(frozen=True)
class FieldSpec:
    """The JSON type of one user field; `max_length` for text, None = unlimited."""

    kind: FieldKind
    nullable: bool = False
    max_length: int | None = None

    def default(self) -> JSONValue:
        if self.nullable:
            return None
        return {"text": "", "int": 0, "bool": False, "object": {}, "str_list": []}.get(self.kind)


def _text(max_length: int | None = None, *, nullable: bool = False) -> FieldSpec:
    return FieldSpec("text", nullable=nullable, max_length=max_length)


_ID = _text(36, nullable=True)
_LIST = FieldSpec("str_list")
_DELETED = FieldSpec("datetime", nullable=True)

TABLE_FIELDS: Mapping[str, Mapping[str, FieldSpec]] = {
    "workspace": {"name": _text(200), "settings": FieldSpec("object"), DELETED_AT: _DELETED},
    "municipality": {"name": _text(200), "country": _text(2), DELETED_AT: _DELETED},
    "term": {
        "kind": _text(32),
        "name": _text(200),
        "labels": FieldSpec("object"),
        "position": FieldSpec("int"),
        DELETED_AT: _DELETED,
    },
    "activity": {
        "title": _text(300),
        "activity_type_id": _ID,
        "starts_on": FieldSpec("date"),
        "ends_on": FieldSpec("date", nullable=True),
        "host_municipality_id": _ID,
        "place": _text(300),
        "participants": _text(),
        "description": _text(),
        "fields_of_action": _LIST,
        DELETED_AT: _DELETED,
    },
    "observation": {
        "activity_id": _ID,
        "text": _text(),
        "observed_on": FieldSpec("date"),
        "author": _text(200),
        "district_id": _ID,
        "fields_of_action": _LIST,
        "target_groups": _LIST,
        "tags": _LIST,
        "gender_remark": _text(),
        DELETED_AT: _DELETED,
    },
    "adaptation_note": {
        "activity_id": _ID,
        "element_kind": _text(16),
        "element": _text(300),
        "from_municipality_id": _ID,
        "to_municipality_id": _ID,
        "origin_description": _text(),
        "adaptation": _text(),
        "rationale": _text(),
        "framework_factors": _LIST,
        "status": _text(16),
        "effects": _text(),
        "observation_ids": _LIST,
        "fields_of_action": _LIST,
        "principles": _LIST,
        "tags": _LIST,
        DELETED_AT: _DELETED,
    },
    "contact": {
        "name": _text(200),
        "organisation": _text(300),
        "role": _text(200),
        "municipality_id": _ID,
        "country": _text(2),
        "email": _text(254),
        "phone": _text(64),
        "languages": _LIST,
        "fields_of_action": _LIST,
        "activity_ids": _LIST,
        "met_at": _text(300),
        "notes": _text(),
        "consent_given": FieldSpec("bool"),
        "consent_date": FieldSpec("date", nullable=True),
        "consent_scope": _text(300),
        "consent_note": _text(),
        DELETED_AT: _DELETED,
    },
    "attachment": {
        "owner_id": _text(36),
        "sha256": _text(64),
        "size": FieldSpec("int"),
        "mime": _text(100),
        "file_name": _text(300),
        "caption": _text(),
        "position": FieldSpec("int"),
        DELETED_AT: _DELETED,
    },
}
SYNCED_TABLES = tuple(TABLE_FIELDS)


def field_problem(spec: FieldSpec, value: JSONValue) -> str | None:
    """Why `value` is not a valid wire value for `spec` (None if it is)."""
    if value is None:
        return None if spec.nullable else "must not be null"
    if spec.kind == "text":
        if not isinstance(value, str):
            return "must be a string"
        if spec.max_length is not None and len(value) > spec.max_length:
            return f"is longer than {spec.max_length} characters"
        return None
    if spec.kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return None if ok else "must be an integer"
    if spec.kind == "bool":
        return None if isinstance(value, bool) else "must be true or false"
    if spec.kind == "object":
        return None if isinstance(value, dict) else "must be an object"
    if spec.kind == "str_list":
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return None if ok else "must be a list of strings"
    return _temporal_problem(spec.kind, value)


def _temporal_problem(kind: FieldKind, value: JSONValue) -> str | None:
    if not isinstance(value, str):
        return "must be a string"
    try:
        if kind == "date":
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return f"is not a valid {kind}"
    return None


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def same_value(field: str, left: JSONValue, right: JSONValue) -> bool:
    """Equality of two wire values of `field`; a tombstone is a fact, not a timestamp."""
    if field == DELETED_AT:
        return (left is None) == (right is None)
    return bool(left == right)
