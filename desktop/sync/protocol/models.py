"""Request and response bodies of the sync server's API (pydantic v2)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from desktop.sync.protocol.schema import (
    MAX_BATCH_MUTATIONS,
    PROTOCOL_VERSION,
    BoundedJSON,
    ConflictStatus,
    JSONValue,
    MutationOp,
    MutationStatus,
    ResolutionTake,
    Role,
    TokenText,
    Uuid,
    WireCount,
    WireText,
    WireTime,
)


class WireModel(BaseModel):
    # Unknown keys are ignored: a newer peer may send more than this version knows.
    model_config = ConfigDict(extra="ignore")


class ErrorBody(WireModel):
    error: str
    message: str
    retry_after: int | None = None


class Health(WireModel):
    status: Literal["ok"] = "ok"
    server_instance_id: str
    server_time: datetime
    protocol_version: int = PROTOCOL_VERSION


class LoginRequest(WireModel):
    username: WireText = Field(min_length=1, max_length=200)
    password: WireText = Field(min_length=1, max_length=1024)
    device_id: Uuid


class RefreshRequest(WireModel):
    refresh_token: TokenText = Field(min_length=10, max_length=200)
    device_id: Uuid


class LogoutRequest(WireModel):
    refresh_token: TokenText | None = Field(default=None, max_length=200)


class Membership(WireModel):
    workspace_id: str
    workspace_name: str
    role: Role


class AccountOut(WireModel):
    id: str
    username: str


class TokenPair(WireModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    refresh_expires_in: int


class LoginResponse(TokenPair):
    account: AccountOut
    memberships: list[Membership]
    server_instance_id: str
    server_time: datetime


class DeviceRegistration(WireModel):
    device_id: Uuid
    name: WireText = Field(default="", max_length=200)
    platform: WireText = Field(default="", max_length=100)


class DeviceOut(WireModel):
    device_id: str
    name: str
    platform: str
    registered_at: datetime
    # Signs bundle files (HMAC-SHA256); the client keeps it in the keyring.
    device_secret: str


class Mutation(WireModel):
    mutation_id: Uuid
    table: WireText = Field(max_length=32)
    row_id: WireText = Field(max_length=36)
    op: MutationOp
    base_version: WireCount
    base_mutation_id: WireText | None = Field(default=None, max_length=36)
    # Each value is checked against the table's field schema by the server (a bad value
    # quarantines this mutation only, never the whole batch).
    changes: dict[str, BoundedJSON] = Field(default_factory=dict)
    actor: WireText = Field(default="", max_length=200)
    created_at: WireTime
    # The values the author saw of the fields it changes (an edit, not an insert): the
    # base the server merges against, so an edit re-sent to a server restored from a
    # backup (which numbers versions anew) conflicts instead of overwriting. Absent
    # (older laptops, unknown values): the base version and the chain decide.
    base_values: dict[str, BoundedJSON] | None = None


class PushRequest(WireModel):
    device_id: Uuid
    batch_id: Uuid
    workspace_id: Uuid
    mutations: list[Mutation] = Field(max_length=MAX_BATCH_MUTATIONS)
    # Re-sent acknowledged mutations after a server restore (informational).
    replay: bool = False


class MutationResult(WireModel):
    mutation_id: str
    status: MutationStatus
    version: WireCount | None = None
    server_seq: WireCount | None = None
    change_id: str | None = None
    conflict_ids: list[str] = Field(default_factory=list)
    reason: str | None = None
    detail: str | None = None
    # True when this mutation had been received before (the stored result is repeated).
    duplicate: bool = False


class RowState(WireModel):
    """The server's current state of one row: meta columns plus every user field."""

    table: WireText
    row_id: WireText
    version: WireCount
    server_seq: WireCount
    change_id: str
    created_at: WireTime
    created_by: WireText
    updated_at: WireTime
    updated_by: WireText
    fields: dict[str, JSONValue]
    # Attachments: whether the server holds the verified blob (a row may come first).
    blob_available: bool | None = None


class ConflictInfo(WireModel):
    id: str
    table: str
    row_id: str
    field: str
    base_value: JSONValue = None
    server_value: JSONValue = None
    client_value: JSONValue = None
    server_author: str = ""
    server_device: str = ""
    client_author: str = ""
    client_device: str = ""
    created_at: WireTime
    status: ConflictStatus
    resolved_at: WireTime | None = None
    resolved_by: str = ""
    resolution: JSONValue = None


class Checkpoint(WireModel):
    """A change the client has seen: (seq, change_id) proves the server still knows it."""

    seq: WireCount
    change_id: str


class PushResponse(WireModel):
    server_instance_id: str
    server_time: datetime
    batch_id: str
    results: list[MutationResult]
    rows: list[RowState] = Field(default_factory=list)
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class SyncStatus(WireModel):
    server_instance_id: str
    server_time: datetime
    workspace_id: str
    high_water: int
    # False when the server no longer knows the client's checkpoint (restored backup).
    checkpoint_known: bool


class PullPage(WireModel):
    server_instance_id: str
    server_time: datetime
    workspace_id: str
    cursor_from: WireCount
    cursor: WireCount
    has_more: bool
    high_water: WireCount
    checkpoint: Checkpoint | None = None
    rows: list[RowState] = Field(default_factory=list)
    conflicts: list[ConflictInfo] = Field(default_factory=list)


class BlobUploadState(WireModel):
    sha256: str
    size: int
    received: int
    complete: bool


class ResolveRequest(WireModel):
    take: ResolutionTake
    value: BoundedJSON = None


class ResolveResponse(WireModel):
    server_instance_id: str
    server_time: datetime
    result: MutationResult
    conflict: ConflictInfo
    row: RowState | None = None


class ConflictList(WireModel):
    server_instance_id: str
    server_time: datetime
    conflicts: list[ConflictInfo]


class HistoryEntry(WireModel):
    version: int
    server_seq: int
    kind: str
    changed_fields: list[str]
    changes: dict[str, JSONValue]
    actor: str
    account: str
    device_id: str
    mutation_id: str | None = None
    client_time: datetime | None = None
    committed_at: datetime
    conflict_ids: list[str] = Field(default_factory=list)


class HistoryResponse(WireModel):
    server_instance_id: str
    server_time: datetime
    table: str
    row_id: str
    entries: list[HistoryEntry]
