"""One push batch = one server transaction, answered once per (device_id, batch_id).

The caller opens the transaction with the workspace's push lock held (see
`ServerDatabase.write`); this module never commits. A batch that comes again (the
client did not get the answer) gets the stored results back, and each mutation is
also deduplicated on its own, so no retry ever applies anything twice.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import (
    CONFLICT_TABLE,
    ConflictInfo,
    Mutation,
    MutationResult,
    PushRequest,
    RowState,
)
from server.models import Blob, Conflict, PushBatch, utcnow
from server.models import RowState as RowStateRow
from server.sync.caller import Caller
from server.sync.convert import conflict_to_wire, row_to_wire
from server.sync.ledger import Ledger


class BatchReusedError(Exception):
    """The same (device_id, batch_id) came with different mutations: a client bug."""


@dataclass(frozen=True)
class PushOutcome:
    results: list[MutationResult]
    rows: list[RowState]
    conflicts: list[ConflictInfo]


def request_digest(request: PushRequest) -> str:
    payload = request.model_dump(mode="json", exclude={"replay"})
    for mutation in payload["mutations"]:
        # Absent base values hash as before they existed: a batch frozen by an older
        # version and sent again after the update is still the same batch.
        if mutation.get("base_values") is None:
            mutation.pop("base_values", None)
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # A lone surrogate (quarantined later as invalid) must not stop the hash: such text
    # is hashed as its raw code units; valid text hashes as before.
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def push_batch(
    session: Session, caller: Caller, request: PushRequest, now: datetime | None = None
) -> PushOutcome:
    now = now or utcnow()
    digest = request_digest(request)
    stored = session.get(PushBatch, (request.device_id, request.batch_id))
    if stored is not None:
        if stored.request_hash != digest:
            raise BatchReusedError(request.batch_id)
        results = [MutationResult.model_validate(r) for r in stored.results]
        return outcome(session, request.workspace_id, request.mutations, results)
    ledger = Ledger(session, caller, request.workspace_id, request.batch_id, now)
    ledger.prefetch(request.mutations)
    results = [ledger.apply(m) for m in request.mutations]
    ledger.finish()
    session.add(
        PushBatch(
            device_id=request.device_id,
            batch_id=request.batch_id,
            workspace_id=request.workspace_id,
            account_id=caller.account_id,
            request_hash=digest,
            results=[r.model_dump(mode="json") for r in results],
            received_at=now,
        )
    )
    session.flush()
    return outcome(session, request.workspace_id, request.mutations, results)


def outcome(
    session: Session,
    workspace_id: str,
    mutations: Sequence[Mutation],
    results: Sequence[MutationResult],
) -> PushOutcome:
    """The results plus what the client needs to match the server afterwards: the rows
    whose state is not simply "base + the client's changes", and the conflicts."""
    conflict_ids = sorted(
        {cid for r in results for cid in r.conflict_ids}
        # A resolution's conflict comes back whatever happened (refused: still open).
        | {m.row_id for m in mutations if m.op == "resolve"}
    )
    conflicts = _conflicts(session, conflict_ids)
    keys: set[tuple[str, str]] = set()
    for mutation, result in zip(mutations, results, strict=True):
        if mutation.op == "resolve" or mutation.table == CONFLICT_TABLE:
            continue
        if result.status not in ("applied", "deferred"):
            keys.add((mutation.table, mutation.row_id))
    keys.update((c.table_name, c.row_id) for c in conflicts)
    rows = rows_by_key(session, workspace_id, keys)
    return PushOutcome(
        results=list(results), rows=rows, conflicts=[conflict_to_wire(c) for c in conflicts]
    )


def _conflicts(session: Session, ids: list[str]) -> list[Conflict]:
    found: list[Conflict] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.extend(session.scalars(select(Conflict).where(Conflict.id.in_(chunk))))
    return found


def rows_by_key(session: Session, workspace_id: str, keys: set[tuple[str, str]]) -> list[RowState]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in sorted(keys):
        by_table.setdefault(table, []).append(row_id)
    rows: list[RowStateRow] = []
    for table, row_ids in by_table.items():
        for start in range(0, len(row_ids), 500):
            query = select(RowStateRow).where(
                RowStateRow.workspace_id == workspace_id,
                RowStateRow.table_name == table,
                RowStateRow.row_id.in_(row_ids[start : start + 500]),
            )
            rows.extend(session.scalars(query))
    return with_blob_flags(session, workspace_id, rows)


def with_blob_flags(
    session: Session, workspace_id: str, rows: Sequence[RowStateRow]
) -> list[RowState]:
    """Wire rows; attachments say whether their verified file is on the server."""
    hashes = sorted(
        {str(r.fields.get("sha256")) for r in rows if r.table_name == "attachment"} - {"None"}
    )
    complete: set[str] = set()
    for start in range(0, len(hashes), 500):
        query = select(Blob.sha256).where(
            Blob.workspace_id == workspace_id,
            Blob.complete.is_(True),
            Blob.sha256.in_(hashes[start : start + 500]),
        )
        complete.update(session.scalars(query))
    return [
        row_to_wire(r, r.fields.get("sha256") in complete if r.table_name == "attachment" else None)
        for r in rows
    ]
