"""The sync wire format: one definition for the client, the server and bundle files.

Pydantic v2 models of every request and response body (`models`), the field schema
of each synced table (`schema`) and the bundle file format (`bundle`). Nothing here
imports Qt or the desktop store: the server imports this package as its only piece
of `desktop`.

The names below load on first use (PEP 562): importing `desktop.sync.protocol.points`
or `.values` (the limits the desktop's codec checks every edit against) must not load
pydantic and every wire model with them, nor must the app's start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.sync.protocol.bundle import (
        BUNDLE_FORMAT,
        BUNDLE_FORMAT_VERSION,
        MANIFEST_FILE,
        MAX_BUNDLE_BYTES,
        RESPONSE_FILE,
        SIGNATURE_FILE,
        BundleFormatError,
        BundleManifest,
        ResponseBundleBody,
        entry_name_problem,
        manifest_bytes,
        sign_manifest,
        write_bundle,
    )
    from desktop.sync.protocol.bundle_reader import VerifiedBundle, open_bundle
    from desktop.sync.protocol.models import (
        AccountOut,
        BlobUploadState,
        Checkpoint,
        ConflictInfo,
        ConflictList,
        DeviceOut,
        DeviceRegistration,
        ErrorBody,
        Health,
        HistoryEntry,
        HistoryResponse,
        LoginRequest,
        LoginResponse,
        LogoutRequest,
        Membership,
        Mutation,
        MutationResult,
        PullPage,
        PushRequest,
        PushResponse,
        RefreshRequest,
        ResolveRequest,
        ResolveResponse,
        RowState,
        SyncStatus,
        TokenPair,
        WireModel,
    )
    from desktop.sync.protocol.schema import (
        API_PREFIX,
        BLOB_CHUNK_BYTES,
        CONFLICT_TABLE,
        DELETED_AT,
        MAX_BATCH_MUTATIONS,
        MAX_PULL_LIMIT,
        PROTOCOL_VERSION,
        ROLES,
        SERVER_INSTANCE_HEADER,
        SERVER_TIME_HEADER,
        SHA256_RE,
        SYNCED_TABLES,
        TABLE_FIELDS,
        UPLOAD_OFFSET_HEADER,
        UUID_RE,
        ConflictStatus,
        FieldKind,
        FieldSpec,
        JSONValue,
        MutationOp,
        MutationStatus,
        ResolutionTake,
        Role,
        Sha256,
        Uuid,
        field_problem,
        is_uuid,
        row_problem,
        same_value,
    )

# Where the names of __all__ live, searched in this order on first use.
_SUBMODULES = ("schema", "models", "bundle", "bundle_reader")

__all__ = [
    "API_PREFIX",
    "AccountOut",
    "BLOB_CHUNK_BYTES",
    "BUNDLE_FORMAT",
    "BUNDLE_FORMAT_VERSION",
    "BlobUploadState",
    "BundleFormatError",
    "BundleManifest",
    "CONFLICT_TABLE",
    "Checkpoint",
    "ConflictInfo",
    "ConflictList",
    "ConflictStatus",
    "DELETED_AT",
    "DeviceOut",
    "DeviceRegistration",
    "ErrorBody",
    "FieldKind",
    "FieldSpec",
    "Health",
    "HistoryEntry",
    "HistoryResponse",
    "JSONValue",
    "LoginRequest",
    "LoginResponse",
    "LogoutRequest",
    "MANIFEST_FILE",
    "MAX_BATCH_MUTATIONS",
    "MAX_BUNDLE_BYTES",
    "MAX_PULL_LIMIT",
    "Membership",
    "Mutation",
    "MutationOp",
    "MutationResult",
    "MutationStatus",
    "PROTOCOL_VERSION",
    "PullPage",
    "PushRequest",
    "PushResponse",
    "RESPONSE_FILE",
    "ROLES",
    "RefreshRequest",
    "ResolutionTake",
    "ResolveRequest",
    "ResolveResponse",
    "ResponseBundleBody",
    "Role",
    "RowState",
    "SERVER_INSTANCE_HEADER",
    "SERVER_TIME_HEADER",
    "SHA256_RE",
    "SIGNATURE_FILE",
    "SYNCED_TABLES",
    "Sha256",
    "SyncStatus",
    "TABLE_FIELDS",
    "TokenPair",
    "UPLOAD_OFFSET_HEADER",
    "UUID_RE",
    "Uuid",
    "VerifiedBundle",
    "WireModel",
    "entry_name_problem",
    "field_problem",
    "is_uuid",
    "manifest_bytes",
    "open_bundle",
    "row_problem",
    "same_value",
    "sign_manifest",
    "write_bundle",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        for submodule in _SUBMODULES:
            module = importlib.import_module(f"{__name__}.{submodule}")
            if hasattr(module, name):
                value = getattr(module, name)
                globals()[name] = value  # once: later lookups do not come here
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
