"""The synced tables' field schema and the constants of the sync protocol.

What a mutation may change, and which JSON type each value has. Values travel as
JSON: dates as "YYYY-MM-DD", timestamps as ISO 8601 UTC, id lists and string lists as
arrays, `settings`/`labels` as objects. A test checks this schema against the
desktop's ORM models, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, StringConstraints

from desktop.sync.protocol import values
from desktop.sync.protocol.points import points_problem
from desktop.sync.protocol.values import MAX_LIST_ITEM_CHARS

JSONValue = Any
PROTOCOL_VERSION = 1
API_PREFIX = "/v1"

UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_RE = r"^[0-9a-f]{64}$"
_UUID = re.compile(UUID_RE)

Uuid = Annotated[str, StringConstraints(pattern=UUID_RE)]
Sha256 = Annotated[str, StringConstraints(pattern=SHA256_RE)]
# Refresh tokens are base64url (secrets.token_urlsafe).
TokenText = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$")]


def _storable_time(value: datetime) -> datetime:
    problem = values.timestamp_problem(value)
    if problem is not None:
        raise ValueError(f"the time {problem}")
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _storable_text(value: str) -> str:
    problem = values.text_problem(value)
    if problem is not None:
        raise ValueError(f"the text {problem}")
    return value


def _bounded_json(value: Any) -> Any:
    problem = values.nesting_problem(value, MAX_WIRE_DEPTH)
    if problem is not None:
        raise ValueError(f"the value {problem}")
    return value


# Envelope fields of the wire models: what every store can hold (see values.py).
WireTime = Annotated[datetime, AfterValidator(_storable_time)]
WireInt = Annotated[int, Field(ge=values.INT64_MIN, le=values.INT64_MAX)]
WireCount = Annotated[int, Field(ge=0, le=values.INT64_MAX)]
WireText = Annotated[str, AfterValidator(_storable_text)]
# A value inside a request (a mutation's changes, a resolution's value): any JSON, but
# nested at most MAX_WIRE_DEPTH deep - deeper than any field holds (its own bound is
# checked later, per mutation), shallow enough for every serialiser.
BoundedJSON = Annotated[Any, AfterValidator(_bounded_json)]
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
MAX_WIRE_DEPTH = 32
BLOB_CHUNK_BYTES = 4 * 1024 * 1024

# Headers on every server response (ARCHITECTURE.md "Sync" 5 and 9).
SERVER_TIME_HEADER = "X-Server-Time"
SERVER_INSTANCE_HEADER = "X-Server-Instance"
UPLOAD_OFFSET_HEADER = "Upload-Offset"


FieldKind = Literal[
    "text", "int", "bool", "date", "datetime", "object", "labels", "str_list", "sha256", "points"
]


@dataclass(frozen=True)
class FieldSpec:
    """The JSON type of one user field; `max_length` for text (None: `MAX_TEXT_CHARS`),
    for the labels of a label map, and for the items of a string list."""

    kind: FieldKind
    nullable: bool = False
    max_length: int | None = None

    def default(self) -> JSONValue:
        if self.nullable:
            return None
        defaults: dict[str, JSONValue] = {
            "text": "",
            "int": 0,
            "bool": False,
            "object": {},
            "labels": {},
            "str_list": [],
            "points": [],
        }
        return defaults.get(self.kind)


def _text(max_length: int | None = None, *, nullable: bool = False) -> FieldSpec:
    return FieldSpec("text", nullable=nullable, max_length=max_length)


_ID = _text(36, nullable=True)
_LIST = FieldSpec("str_list", max_length=MAX_LIST_ITEM_CHARS)
_DELETED = FieldSpec("datetime", nullable=True)

TABLE_FIELDS: Mapping[str, Mapping[str, FieldSpec]] = {
    "workspace": {"name": _text(200), "settings": FieldSpec("object"), DELETED_AT: _DELETED},
    "municipality": {"name": _text(200), "country": _text(2), DELETED_AT: _DELETED},
    "term": {
        "kind": _text(32),
        "name": _text(200),
        "labels": FieldSpec("labels", max_length=200),
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
        "contact_type": _text(16),
        "emails": FieldSpec("points"),
        "phones": FieldSpec("points"),
        "addresses": FieldSpec("points"),
        "languages": _LIST,
        "fields_of_action": _LIST,
        "activity_ids": _LIST,
        "met_at": _text(300),
        "notes": _text(),
        "consent_given": FieldSpec("bool"),
        "consent_date": FieldSpec("date", nullable=True),
        "consent_scope": _text(300),
        "consent_use": _text(16, nullable=True),
        "consent_until": FieldSpec("date", nullable=True),
        "consent_note": _text(),
        DELETED_AT: _DELETED,
    },
    "attachment": {
        "owner_id": _text(36),
        "sha256": FieldSpec("sha256"),
        "size": FieldSpec("int"),
        "mime": _text(100),
        "file_name": _text(300),
        "caption": _text(),
        "credit": _text(200),
        "position": FieldSpec("int"),
        DELETED_AT: _DELETED,
    },
}
SYNCED_TABLES = tuple(TABLE_FIELDS)


def field_problem(spec: FieldSpec, value: JSONValue) -> str | None:
    """Why `value` is not a valid wire value for `spec` (None if it is): a value the
    server accepts is one every laptop and both server databases can store."""
    if value is None:
        return None if spec.nullable else "must not be null"
    check = _CHECKS[spec.kind]
    return check(spec, value)


def row_problem(table: str, fields: Mapping[str, JSONValue]) -> str | None:
    """The first field of a row of `table` that no store could hold, with the reason."""
    spec = TABLE_FIELDS.get(table)
    if spec is None:
        return f"there is no synced table {table!r}"
    for name, value in fields.items():
        field = spec.get(name)
        if field is None:
            continue  # a field of a newer version: ignored, not stored
        problem = field_problem(field, value)
        if problem is not None:
            return f"{table}.{name} {problem}"
    return None


def _bool_problem(_spec: FieldSpec, value: JSONValue) -> str | None:
    return None if isinstance(value, bool) else "must be true or false"


_CHECKS: Mapping[FieldKind, Callable[[FieldSpec, JSONValue], str | None]] = {
    "text": lambda spec, value: values.text_problem(value, spec.max_length),
    "int": lambda _spec, value: values.int_problem(value),
    "bool": _bool_problem,
    "date": lambda _spec, value: values.date_problem(value),
    "datetime": lambda _spec, value: values.datetime_problem(value),
    "object": lambda _spec, value: values.object_problem(value),
    "labels": lambda spec, value: values.labels_problem(value, spec.max_length or 200),
    "str_list": lambda spec, value: values.str_list_problem(
        value, spec.max_length or values.MAX_LIST_ITEM_CHARS
    ),
    "sha256": lambda _spec, value: values.sha256_problem(value),
    "points": lambda _spec, value: points_problem(value),
}


def is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def same_value(field: str, left: JSONValue, right: JSONValue) -> bool:
    """Equality of two wire values of `field`; a tombstone is a fact, not a timestamp."""
    if field == DELETED_AT:
        return (left is None) == (right is None)
    return bool(left == right)
