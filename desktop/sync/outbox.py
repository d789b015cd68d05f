"""The client side of pushing: freeze pending mutations into batches, record the answers.

A batch is frozen (state "frozen", a batch_id) in one transaction *before* it is sent,
and sent again unchanged after any failure, until an answer is recorded - so the
server's per-batch idempotency makes retries harmless. Freezing also stops later
edits from folding into these mutations: they become new mutations chained to them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import OutboxMutation, new_id
from desktop.sync.protocol import Mutation, MutationResult

BATCH_MUTATIONS = 500
# Well under the server's request limit, so one batch never needs to be split.
BATCH_BYTES = 4 * 1024 * 1024
UNACKNOWLEDGED = ("pending", "frozen")


def freeze_pending(session: Session, workspace_id: str) -> list[str]:
    """Put every pending mutation into new batches (in local order); returns their ids."""
    query = (
        select(OutboxMutation)
        .where(OutboxMutation.state == "pending", OutboxMutation.workspace_id == workspace_id)
        .order_by(OutboxMutation.seq)
    )
    return _into_batches(session.scalars(query))


def _into_batches(mutations: Iterable[OutboxMutation]) -> list[str]:
    batch_ids: list[str] = []
    count = size = 0
    for mutation in mutations:
        weight = len(json.dumps(mutation.changes, ensure_ascii=False)) + 300
        if not batch_ids or count >= BATCH_MUTATIONS or (count and size + weight > BATCH_BYTES):
            batch_ids.append(new_id())
            count = size = 0
        mutation.state = "frozen"
        mutation.batch_id = batch_ids[-1]
        count += 1
        size += weight
    return batch_ids


def frozen_batches(session: Session, workspace_id: str) -> list[str]:
    """Batches frozen earlier and not answered yet, oldest first."""
    query = (
        select(OutboxMutation.batch_id, func.min(OutboxMutation.seq).label("first"))
        .where(OutboxMutation.state == "frozen", OutboxMutation.workspace_id == workspace_id)
        .group_by(OutboxMutation.batch_id)
        .order_by("first")
    )
    return [batch_id for batch_id, _first in session.execute(query) if batch_id]


def batch_mutations(session: Session, batch_id: str) -> list[OutboxMutation]:
    query = (
        select(OutboxMutation)
        .where(OutboxMutation.batch_id == batch_id, OutboxMutation.state == "frozen")
        .order_by(OutboxMutation.seq)
    )
    return list(session.scalars(query))


def to_wire(mutation: OutboxMutation) -> Mutation:
    return Mutation(
        mutation_id=mutation.mutation_id,
        table=mutation.table_name,
        row_id=mutation.row_id,
        op=mutation.op,  # type: ignore[arg-type]
        base_version=mutation.base_version,
        base_mutation_id=mutation.base_mutation_id,
        changes=dict(mutation.changes),
        actor=mutation.actor,
        created_at=mutation.created_at,
    )


def is_replay(mutation: OutboxMutation) -> bool:
    return bool(mutation.result and mutation.result.get("replay"))


@dataclass
class BatchOutcome:
    """What the server said about one batch, counted for the sync summary."""

    acked: int = 0
    merged: int = 0
    conflicts: int = 0
    quarantined: int = 0
    deferred: int = 0
    # Fresh batches holding the deferred mutations (not to be sent again in this run).
    deferred_batches: list[str] = field(default_factory=list)


def record_results(
    session: Session, batch_id: str, results: Sequence[MutationResult]
) -> BatchOutcome:
    """Mark each mutation of the batch acknowledged, quarantined or deferred.

    Deferred mutations (their row is not on the server yet) move to a fresh batch, so
    they are sent again next time without touching the answered batch's identity.
    """
    by_id = {r.mutation_id: r for r in results}
    outcome = BatchOutcome()
    deferred: list[OutboxMutation] = []
    for mutation in batch_mutations(session, batch_id):
        result = by_id.get(mutation.mutation_id)
        if result is None:
            continue  # not answered: stays frozen, sent again with this batch
        mutation.result = result.model_dump(mode="json")
        if result.status == "deferred":
            deferred.append(mutation)
            outcome.deferred += 1
            continue
        mutation.state = "quarantined" if result.status == "quarantined" else "acked"
        outcome.acked += 1
        outcome.merged += result.status == "merged"
        outcome.conflicts += len(result.conflict_ids) if result.status == "conflict" else 0
        outcome.quarantined += result.status == "quarantined"
    if deferred:
        outcome.deferred_batches = _into_batches(deferred)
    return outcome


def split_batch(session: Session, batch_id: str) -> bool:
    """The server refused a batch as too large without storing anything: halve it.
    A single mutation that is too large is quarantined here, never sent again."""
    mutations = batch_mutations(session, batch_id)
    if len(mutations) <= 1:
        for mutation in mutations:
            mutation.state = "quarantined"
            mutation.result = {"status": "quarantined", "reason": "too_large", "replay": False}
        return False
    half = len(mutations) // 2
    for part in (mutations[:half], mutations[half:]):
        new_batch = new_id()
        for mutation in part:
            mutation.batch_id = new_batch
    return True


def prepare_replay(session: Session, workspace_id: str) -> int:
    """After a server restore: freeze every acknowledged mutation again, in order, to be
    pushed once more (the server dedupes what it still has and applies what it lost)."""
    query = (
        select(OutboxMutation)
        .where(OutboxMutation.state == "acked", OutboxMutation.workspace_id == workspace_id)
        .order_by(OutboxMutation.seq)
    )
    replay = [m for m in session.scalars(query) if _replayable(m)]
    for mutation in replay:
        mutation.result = {**(mutation.result or {}), "replay": True}
    _into_batches(replay)
    return len(replay)


def _replayable(mutation: OutboxMutation) -> bool:
    reason = (mutation.result or {}).get("reason")
    return reason != "superseded_by_server_workspace"


def unacknowledged_for(session: Session, row_ids: Sequence[str]) -> list[OutboxMutation]:
    """Local changes of these rows that the server has not taken yet, in local order
    (re-applied on top of rows from the server). Replays are not: the server had them."""
    found: list[OutboxMutation] = []
    ids = sorted(set(row_ids))
    for start in range(0, len(ids), 500):
        query = select(OutboxMutation).where(
            OutboxMutation.row_id.in_(ids[start : start + 500]),
            OutboxMutation.state.in_(UNACKNOWLEDGED),
        )
        found.extend(m for m in session.scalars(query) if not is_replay(m))
    return sorted(found, key=lambda m: m.seq)


def pending_resolutions(session: Session) -> set[str]:
    """Conflicts resolved here whose resolution has not reached the server yet."""
    query = select(OutboxMutation.row_id).where(
        OutboxMutation.op == "resolve", OutboxMutation.state.in_(UNACKNOWLEDGED)
    )
    return set(session.scalars(query))


def counts(session: Session, workspace_id: str) -> dict[str, int]:
    query = (
        select(OutboxMutation.state, func.count())
        .where(OutboxMutation.workspace_id == workspace_id)
        .group_by(OutboxMutation.state)
    )
    return {state: int(n) for state, n in session.execute(query)}
