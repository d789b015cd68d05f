"""Rows of the append-only ledger tables, built as dicts for bulk inserts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.sync.protocol import Mutation, MutationResult
from desktop.sync.protocol.values import storable_copy
from server.models import AppliedMutation, RowState
from server.sync.caller import Caller

CHUNK = 500


@dataclass(frozen=True)
class KnownMutation:
    """What a later mutation needs of an earlier one (its chain and its answer)."""

    status: str
    result: dict[str, Any]
    changes: dict[str, Any]
    base_mutation_id: str | None
    row_key: tuple[str, str]  # (table, row_id) of the row it changed

    @classmethod
    def of(cls, row: AppliedMutation) -> KnownMutation:
        return cls(
            row.status, row.result, row.changes, row.base_mutation_id, (row.table_name, row.row_id)
        )


def version_row(
    state: RowState,
    m: Mutation,
    caller: Caller,
    kind: str,
    changed: list[str],
    conflict_ids: list[str],
    now: datetime,
) -> dict[str, Any]:
    """A `row_version` row: the snapshot after the change, and who, where, when, what."""
    return {
        "workspace_id": state.workspace_id,
        "table_name": state.table_name,
        "row_id": state.row_id,
        "version": state.version,
        "server_seq": state.server_seq,
        "change_id": state.change_id,
        "kind": kind,
        "fields": dict(state.fields),
        "changed_fields": changed,
        "conflict_ids": conflict_ids,
        "actor": m.actor,
        "account_username": caller.username,
        "device_id": caller.device_id,
        "mutation_id": m.mutation_id,
        "client_time": m.created_at,
        "committed_at": now,
    }


def mutation_row(
    workspace_id: str,
    m: Mutation,
    result: MutationResult,
    caller: Caller,
    batch_id: str,
    now: datetime,
) -> dict[str, Any]:
    """An `applied_mutation` row: the mutation as received, and the answer given."""
    return {
        "workspace_id": workspace_id,
        "mutation_id": m.mutation_id,
        "device_id": caller.device_id,
        "account_id": caller.account_id,
        "batch_id": batch_id,
        "table_name": m.table,
        "row_id": m.row_id,
        "op": m.op,
        "base_version": m.base_version,
        "base_mutation_id": m.base_mutation_id,
        # A refused mutation's values may be unstorable (a NUL on PostgreSQL): kept escaped.
        "changes": storable_copy(dict(m.changes)) if result.status == "quarantined" else m.changes,
        "actor": m.actor,
        "client_time": m.created_at,
        "received_at": now,
        "status": result.status,
        "result": result.model_dump(mode="json", exclude={"duplicate"}),
    }


def chunks(items: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch
