"""Applying mutations to row states inside one push transaction (the caller holds the lock).

Each mutation is merged against its base (see `merge.py`), and every change - an
applied edit, a conflict, a resolution - becomes a new row version with the next
change sequence number of the workspace. Every received mutation is recorded once in
`applied_mutation` with its result, so a retry gets the same answer and nothing twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.sync.protocol import (
    TABLE_FIELDS,
    Mutation,
    MutationResult,
    field_problem,
    same_value,
)
from desktop.sync.protocol.values import storable_copy
from server.models import AppliedMutation, Conflict, Quarantine, RowState, RowVersion, Workspace
from server.sync.caller import Caller
from server.sync.merge import FieldConflict, MergeResult, merge_fields
from server.sync.records import KnownMutation, chunks, mutation_row, version_row
from server.sync.taxonomy_names import NAMED_BY_ID, without_same_name
from server.sync.validate import Problem, mutation_problem

RowKey = tuple[str, str]
# A laptop chains one offline edit per autosave; 10,000 unsynced edits of one record
# is far beyond any real session, and bounds the walk for a hostile one.
_MAX_CHAIN = 10_000
NOT_YOURS = (
    "only core group members and administrators resolve conflicts on records they "
    "did not create and are not a party to"
)


def _seen_values(m: Mutation) -> dict[str, Any]:
    """The base values the client sent for the fields it changes, where valid.

    They are what its author saw, whatever the server's version numbers say (a server
    restored from a backup gives them out again for other changes). A value no field
    can hold is ignored - the version base decides that field - as it would otherwise
    reach a stored conflict."""
    spec = TABLE_FIELDS.get(m.table, {})
    return {
        name: value
        for name, value in (m.base_values or {}).items()
        if name in m.changes and name in spec and field_problem(spec[name], value) is None
    }


def _with_later_fields(
    table: str, current: dict[str, Any], base: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The row and its base with every field a later version added: a row stored
    before has no key for it, and holds the field's default (as each laptop's upgrade
    gave its copy). Without this, the first value anyone sets is a conflict with
    "nothing"."""
    missing = {
        name: spec.default() for name, spec in TABLE_FIELDS[table].items() if name not in current
    }
    if not missing:
        return current, base
    return {**missing, **current}, {**missing, **base}


class Ledger:
    """The state of one push transaction: prefetched rows, new versions, known mutations."""

    def __init__(
        self, session: Session, caller: Caller, workspace_id: str, batch_id: str, now: datetime
    ) -> None:
        workspace = session.get(Workspace, workspace_id)
        if workspace is None:
            raise LookupError(workspace_id)
        self.session = session
        self.caller = caller
        self.workspace = workspace
        self.batch_id = batch_id
        self.now = now
        self._rows: dict[RowKey, RowState | None] = {}
        self._known: dict[str, KnownMutation | None] = {}
        # Append-only rows, inserted in bulk at the end of the batch (see `finish`).
        self._version_rows: list[dict[str, Any]] = []
        self._mutation_rows: list[dict[str, Any]] = []
        self._new_versions: dict[tuple[str, str, int], dict[str, Any]] = {}
        self.touched_conflicts: dict[str, Conflict] = {}

    # -- lookups ---------------------------------------------------------------------

    def prefetch(self, mutations: Sequence[Mutation]) -> None:
        """Load the rows and earlier mutations a batch refers to, in a few queries."""
        ws = self.workspace.id
        ids = [m.mutation_id for m in mutations] + [
            m.base_mutation_id for m in mutations if m.base_mutation_id
        ]
        for chunk in chunks(sorted(set(ids))):
            self._known.update(dict.fromkeys(chunk))  # None: looked up, not there
            known_query = select(AppliedMutation).where(
                AppliedMutation.workspace_id == ws, AppliedMutation.mutation_id.in_(chunk)
            )
            for known in self.session.scalars(known_query):
                self._known[known.mutation_id] = KnownMutation.of(known)
        by_table: dict[str, set[str]] = {}
        for m in mutations:
            by_table.setdefault(m.table, set()).add(m.row_id)
        for table, row_ids in by_table.items():
            for chunk in chunks(sorted(row_ids)):
                self._rows.update({(table, row_id): None for row_id in chunk})
                query = select(RowState).where(
                    RowState.workspace_id == ws,
                    RowState.table_name == table,
                    RowState.row_id.in_(chunk),
                )
                for row in self.session.scalars(query):
                    self._rows[(table, row.row_id)] = row

    def row(self, key: RowKey) -> RowState | None:
        if key not in self._rows:
            with self.session.no_autoflush:
                self._rows[key] = self.session.get(RowState, (self.workspace.id, *key))
        return self._rows[key]

    def known_mutation(self, mutation_id: str) -> KnownMutation | None:
        if mutation_id not in self._known:
            with self.session.no_autoflush:
                found = self.session.get(AppliedMutation, (self.workspace.id, mutation_id))
            self._known[mutation_id] = KnownMutation.of(found) if found is not None else None
        return self._known[mutation_id]

    def finish(self) -> None:
        """Write the batch's new versions and mutation records (one executemany each)."""
        self.session.flush()
        if self._version_rows:
            self.session.execute(insert(RowVersion), self._version_rows)
        if self._mutation_rows:
            self.session.execute(insert(AppliedMutation), self._mutation_rows)
        self._version_rows, self._mutation_rows = [], []

    def next_seq(self) -> int:
        self.workspace.last_seq += 1
        return self.workspace.last_seq

    # -- one mutation ----------------------------------------------------------------

    def apply(self, mutation: Mutation) -> MutationResult:
        known = self.known_mutation(mutation.mutation_id)
        if known is not None:
            return MutationResult.model_validate({**known.result, "duplicate": True})
        problem = mutation_problem(mutation, self.caller, self.workspace.id)
        if problem is not None:
            result = self._quarantine(mutation, problem)
        elif mutation.op == "resolve":
            result = self._resolve(mutation)
        else:
            result = self._change_row(mutation)
        if result.status != "deferred":
            self._remember(mutation, result)
        return result

    def _change_row(self, m: Mutation) -> MutationResult:
        state = self.row((m.table, m.row_id))
        if state is None:
            if m.op == "insert":
                return self._create(m)
            if self._creation_refused(m):
                return self._quarantine(m, Problem("unknown_row", "its creation was refused"))
            # Not here (yet): after a restore, or bundles imported out of order. Nothing
            # is recorded, so the client sends it again and it applies once the row exists.
            return MutationResult(
                mutation_id=m.mutation_id, status="deferred", reason="unknown_row"
            )
        if m.table == "workspace" and m.op == "insert":
            return self._unchanged(m, state, reason="workspace_exists")
        current, base = _with_later_fields(m.table, state.fields, self._base(state, m))
        changes = m.changes
        if m.op == "insert" and m.table in NAMED_BY_ID:
            changes = without_same_name(current, changes)
        merge = merge_fields(base, current, changes, concurrent_insert=m.op == "insert")
        if not merge.applied and not merge.conflicts:
            return self._unchanged(m, state)
        conflicts = self._new_version(state, m, merge)
        if conflicts:
            status = "conflict"
        else:
            view = {**base, **changes}
            spec = TABLE_FIELDS[m.table]
            unseen = any(not same_value(f, state.fields.get(f), view.get(f)) for f in spec)
            status = "merged" if unseen else "applied"
        return self._result(m, status, state, [c.id for c in conflicts])

    def _create(self, m: Mutation) -> MutationResult:
        spec = TABLE_FIELDS[m.table]
        values = {name: field.default() for name, field in spec.items()}
        values.update(m.changes)
        seq, change_id = self.next_seq(), str(uuid.uuid4())
        writer = self._writer(1)
        state = RowState(
            workspace_id=self.workspace.id,
            table_name=m.table,
            row_id=m.row_id,
            version=1,
            server_seq=seq,
            change_id=change_id,
            fields=values,
            field_writers={name: writer for name in values},
            created_at=m.created_at,
            created_by=m.actor,
            created_account_id=self.caller.account_id,
            updated_at=m.created_at,
            updated_by=m.actor,
        )
        self.session.add(state)
        self._rows[(m.table, m.row_id)] = state
        self._add_version(state, m, "insert", sorted(values), [])
        return self._result(m, "applied", state, [])

    def _base(self, state: RowState, m: Mutation) -> dict[str, Any]:
        """What the client saw when it made `m`: its base version plus its unacknowledged
        predecessors' changes (the chain of `base_mutation_id`)."""
        if m.op == "insert":
            return self._snapshot(state, 1)
        if m.base_version <= 0:
            snapshot: dict[str, Any] = {}
        elif m.base_version >= state.version:
            # Newer than the server knows: a restored server. Take the current state.
            snapshot = dict(state.fields)
        else:
            snapshot = self._snapshot(state, m.base_version)
        for changes in reversed(self._chain(m)):
            snapshot.update(changes)
        snapshot.update(_seen_values(m))
        return snapshot

    def _chain(self, m: Mutation) -> list[dict[str, Any]]:
        """The changes of `m`'s unacknowledged predecessors, newest first.

        The walk ends whatever a client sends: every step counts toward the limit
        (quarantined ones too), a mutation seen before ends it (a cycle), and so does a
        predecessor of another row (its changes are no part of this row's base)."""
        chain: list[dict[str, Any]] = []
        seen = {m.mutation_id}
        predecessor_id = m.base_mutation_id
        for _step in range(_MAX_CHAIN):
            if not predecessor_id or predecessor_id in seen:
                break
            seen.add(predecessor_id)
            predecessor = self.known_mutation(predecessor_id)
            if predecessor is None or predecessor.row_key != (m.table, m.row_id):
                break
            if predecessor.status != "quarantined":
                version = predecessor.result.get("version")
                if m.base_version > 0 and version is not None and version <= m.base_version:
                    break  # its effect is part of the base version already
                chain.append(dict(predecessor.changes))
            predecessor_id = predecessor.base_mutation_id
        return chain

    def _snapshot(self, state: RowState, version: int) -> dict[str, Any]:
        if version == state.version:
            return dict(state.fields)
        key = (state.table_name, state.row_id, version)
        if key in self._new_versions:
            return dict(self._new_versions[key])
        with self.session.no_autoflush:
            found = self.session.get(
                RowVersion, (self.workspace.id, state.table_name, state.row_id, version)
            )
        return dict(found.fields) if found is not None else dict(state.fields)

    def _new_version(self, state: RowState, m: Mutation, merge: MergeResult) -> list[Conflict]:
        version = state.version + 1
        conflicts = [self._conflict(state, m, c, version) for c in merge.conflicts]
        writers = dict(state.field_writers)
        for name in merge.applied:
            writers[name] = self._writer(version)
        state.fields = merge.values
        state.field_writers = writers
        if merge.applied:
            state.updated_at, state.updated_by = m.created_at, m.actor
        kind = "conflict" if conflicts else m.op
        self._bump(state, m, kind, sorted(merge.applied), [c.id for c in conflicts])
        for conflict in conflicts:
            conflict.updated_seq = state.server_seq
        return conflicts

    def _conflict(
        self, state: RowState, m: Mutation, values: FieldConflict, version: int
    ) -> Conflict:
        name = values.field
        writer = state.field_writers.get(name) or [state.version, state.updated_by, "", ""]
        conflict = Conflict(
            id=str(uuid.uuid4()),
            workspace_id=self.workspace.id,
            table_name=state.table_name,
            row_id=state.row_id,
            field_name=name,
            base_value=values.base,
            server_value=values.server,
            client_value=values.client,
            server_author=str(writer[1]),
            server_account_id=str(writer[2]),
            server_device=str(writer[3]),
            client_author=self.caller.username,
            client_account_id=self.caller.account_id,
            client_device=self.caller.device_id,
            mutation_id=m.mutation_id,
            created_version=version,
            created_at=self.now,
            updated_seq=0,
            status="open",
        )
        self.session.add(conflict)
        self.touched_conflicts[conflict.id] = conflict
        return conflict

    def _bump(
        self, state: RowState, m: Mutation, kind: str, changed: list[str], conflict_ids: list[str]
    ) -> None:
        state.version += 1
        state.server_seq = self.next_seq()
        state.change_id = str(uuid.uuid4())
        self._add_version(state, m, kind, changed, conflict_ids)

    def _add_version(
        self,
        state: RowState,
        m: Mutation,
        kind: str,
        changed: list[str],
        conflict_ids: list[str],
    ) -> None:
        snapshot = dict(state.fields)
        self._new_versions[(state.table_name, state.row_id, state.version)] = snapshot
        self._version_rows.append(
            version_row(state, m, self.caller, kind, changed, conflict_ids, self.now)
        )

    # -- conflict resolutions ----------------------------------------------------------

    def _resolve(self, m: Mutation) -> MutationResult:
        conflict = self.session.get(Conflict, m.row_id)
        if conflict is None or conflict.workspace_id != self.workspace.id:
            # A conflict this server does not know (e.g. lost in a restore): nothing to do.
            return MutationResult(
                mutation_id=m.mutation_id, status="noop", reason="unknown_conflict"
            )
        self.touched_conflicts[conflict.id] = conflict
        if conflict.status == "resolved":
            return MutationResult(
                mutation_id=m.mutation_id,
                status="noop",
                reason="already_resolved",
                conflict_ids=[conflict.id],
            )
        problem = self.resolution_problem(conflict, m.changes.get("take"), m.changes.get("value"))
        if problem is not None:
            return self._quarantine(m, problem)
        state = self.row((conflict.table_name, conflict.row_id))
        conflict.status = "resolved"
        conflict.resolved_at = self.now
        conflict.resolved_by = m.actor or self.caller.username
        conflict.resolution = {
            "take": m.changes.get("take"),
            "value": m.changes.get("value"),
            "account": self.caller.username,
        }
        if state is None:
            conflict.updated_seq = self.next_seq()
            return MutationResult(mutation_id=m.mutation_id, status="applied")
        self._bump(state, m, "resolution", [], [conflict.id])
        conflict.updated_seq = state.server_seq
        return self._result(m, "applied", state, [conflict.id])

    def resolution_problem(self, conflict: Conflict, take: Any, value: Any) -> Problem | None:
        """Why the caller may not resolve `conflict` so (None: they may). A value of
        their own must be one the conflict's field can hold."""
        if not self._may_resolve(conflict, self.row((conflict.table_name, conflict.row_id))):
            return Problem("forbidden", NOT_YOURS)
        if take != "value":
            return None
        spec = TABLE_FIELDS.get(conflict.table_name, {}).get(conflict.field_name)
        if spec is None:
            return Problem("unknown_field", f"{conflict.table_name}.{conflict.field_name}")
        problem = field_problem(spec, value)
        if problem is not None:
            where = f"{conflict.table_name}.{conflict.field_name}"
            return Problem("invalid_value", f"{where} {problem}")
        return None

    def _may_resolve(self, conflict: Conflict, state: RowState | None) -> bool:
        parties = {conflict.client_account_id, conflict.server_account_id}
        if state is not None:
            parties.add(state.created_account_id)
        return self.caller.is_reviewer or self.caller.account_id in parties

    # -- bookkeeping ---------------------------------------------------------------------

    def _quarantine(self, m: Mutation, problem: Problem) -> MutationResult:
        self.session.add(
            Quarantine(
                id=str(uuid.uuid4()),
                workspace_id=self.workspace.id,
                table_name=m.table,
                row_id=m.row_id,
                device_id=self.caller.device_id,
                account_id=self.caller.account_id,
                batch_id=self.batch_id,
                mutation_id=m.mutation_id,
                reason=problem.reason,
                detail=problem.detail,
                payload=storable_copy(m.model_dump(mode="json")),
                created_at=self.now,
            )
        )
        return MutationResult(
            mutation_id=m.mutation_id,
            status="quarantined",
            reason=problem.reason,
            detail=problem.detail,
        )

    def _creation_refused(self, m: Mutation) -> bool:
        query = select(Quarantine.id).where(
            Quarantine.workspace_id == self.workspace.id,
            Quarantine.table_name == m.table,
            Quarantine.row_id == m.row_id,
        )
        return self.session.scalars(query.limit(1)).first() is not None

    def _unchanged(self, m: Mutation, state: RowState, reason: str | None = None) -> MutationResult:
        result = self._result(m, "noop", state, [])
        result.reason = reason
        return result

    def _result(
        self, m: Mutation, status: Any, state: RowState, conflict_ids: list[str]
    ) -> MutationResult:
        return MutationResult(
            mutation_id=m.mutation_id,
            status=status,
            version=state.version,
            server_seq=state.server_seq,
            change_id=state.change_id,
            conflict_ids=conflict_ids,
        )

    def _writer(self, version: int) -> list[Any]:
        return [version, self.caller.username, self.caller.account_id, self.caller.device_id]

    def _remember(self, m: Mutation, result: MutationResult) -> None:
        row = mutation_row(self.workspace.id, m, result, self.caller, self.batch_id, self.now)
        self._mutation_rows.append(row)
        self._known[m.mutation_id] = KnownMutation(
            result.status, row["result"], row["changes"], m.base_mutation_id, (m.table, m.row_id)
        )
