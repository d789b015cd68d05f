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
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from desktop.models import OutboxMutation, new_id
from desktop.models.local import BASE_VALUES, base_values_of, with_base_values
from desktop.store.tracking import next_seq
from desktop.sync.protocol import TABLE_FIELDS, Mutation, MutationResult, field_problem

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
        if not _sendable(mutation) or not _split_off_refused(mutation):
            continue
        weight = len(json.dumps(mutation.changes, ensure_ascii=False)) + 300
        if not batch_ids or count >= BATCH_MUTATIONS or (count and size + weight > BATCH_BYTES):
            batch_ids.append(new_id())
            count = size = 0
        mutation.state = "frozen"
        mutation.batch_id = batch_ids[-1]
        count += 1
        size += weight
    return batch_ids


def _sendable(mutation: OutboxMutation) -> bool:
    """A mutation the server's request schema would refuse (and with it the whole batch,
    again at every retry) is refused here instead, with the reason, and never sent."""
    try:
        to_wire(mutation)
    except ValidationError as exc:
        mutation.state = "quarantined"
        mutation.result = {
            "status": "quarantined",
            "reason": "invalid_locally",
            "detail": "; ".join(str(e["msg"]) for e in exc.errors()[:3]),
            "replay": False,
        }
        return False
    return True


def _split_off_refused(mutation: OutboxMutation) -> bool:
    """Values the server would refuse (a field no store can hold them in - written by an
    older version, or restored from an old backup of this data dir) go into their own
    quarantined entry, with the reason, instead of taking the edit's other fields with
    them. Returns False when nothing is left to send."""
    fields = TABLE_FIELDS.get(mutation.table_name)
    if fields is None or mutation.op == "resolve":
        return True
    refused: dict[str, Any] = {}
    reasons: list[str] = []
    for name, value in mutation.changes.items():
        spec = fields.get(name)
        problem = field_problem(spec, value) if spec is not None else None
        if problem is not None:
            refused[name] = value
            reasons.append(f"{mutation.table_name}.{name} {problem}")
    if not refused:
        return True
    result = {"status": "quarantined", "reason": "invalid_locally",
              "detail": "; ".join(reasons[:3]), "replay": False}  # fmt: skip
    if len(refused) == len(mutation.changes):
        mutation.state, mutation.result = "quarantined", result
        return False
    session = object_session(mutation)
    assert session is not None
    session.add(
        OutboxMutation(
            seq=next_seq(session),
            mutation_id=new_id(),
            workspace_id=mutation.workspace_id,
            table_name=mutation.table_name,
            row_id=mutation.row_id,
            # A new row goes with those fields at their defaults; the refused values are
            # kept here as a change of it.
            op="update" if mutation.op == "insert" else mutation.op,
            base_version=mutation.base_version,
            base_mutation_id=None,
            changes=refused,
            actor=mutation.actor,
            created_at=mutation.created_at,
            state="quarantined",
            result=result,
        )
    )
    mutation.changes = {k: v for k, v in mutation.changes.items() if k not in refused}
    base = {k: v for k, v in base_values_of(mutation).items() if k not in refused}
    mutation.result = with_base_values(
        {k: v for k, v in (mutation.result or {}).items() if k != BASE_VALUES}, base
    )
    return True


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
    base = base_values_of(mutation)
    seen = {k: v for k, v in base.items() if k in mutation.changes}
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
        base_values=seen if seen and mutation.op != "insert" else None,
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
    # Rows of the answer this laptop could not store (see set_aside.py).
    set_aside: int = 0
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
        mutation.result = with_base_values(result.model_dump(mode="json"), base_values_of(mutation))
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


def quarantined_mutations(session: Session, workspace_id: str) -> list[OutboxMutation]:
    """Local changes the server refused (kept, with its reason in `result`)."""
    query = (
        select(OutboxMutation)
        .where(OutboxMutation.state == "quarantined", OutboxMutation.workspace_id == workspace_id)
        .order_by(OutboxMutation.seq)
    )
    return list(session.scalars(query))
