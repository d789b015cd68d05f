"""The invariants after a fault-free final round, read straight from the databases.

The server's database is read with its own models, each laptop's SQLite file with the
app's (after every CLI process has ended).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.models import MODEL_BY_TABLE, OutboxMutation, SyncConflict
from desktop.store import open_database
from desktop.store.wire import row_fields
from desktop.sync.conflicts import mine_side
from desktop.sync.protocol import DELETED_AT
from server.database import ServerDatabase
from server.models import AppliedMutation, Conflict, RowState, RowVersion

if TYPE_CHECKING:
    from tests.e2e.test_fault_suite import Log


def server_conflict_ids(database_url: str, workspace_id: str) -> list[str]:
    database = ServerDatabase(database_url)
    try:
        with database.read() as session:
            query = select(Conflict.id).where(Conflict.workspace_id == workspace_id)
            return sorted(session.scalars(query))
    finally:
        database.dispose()


def _fact(name: str, value: Any) -> str:
    if name == DELETED_AT:
        return "deleted" if value not in (None, "live") else "live"
    return json.dumps(value, sort_keys=True)


def check_converged(
    database_url: str,
    workspace_id: str,
    data_dirs: dict[str, Path],
    log: Log,
    server_blobs: Path,
) -> None:
    database = ServerDatabase(database_url)
    try:
        with database.read() as session:
            rows = {
                (r.table_name, r.row_id): (r.version, r.fields)
                for r in session.scalars(
                    select(RowState).where(RowState.workspace_id == workspace_id)
                )
            }
            conflicts = {
                (c.id, c.status)
                for c in session.scalars(
                    select(Conflict).where(Conflict.workspace_id == workspace_id)
                )
            }
            seen: dict[tuple[str, str, str], set[str]] = {}

            def remember(table: str, row_id: str, fields: dict[str, Any]) -> None:
                for name, value in fields.items():
                    seen.setdefault((table, row_id, name), set()).add(_fact(name, value))

            for (table, row_id), (_version, fields) in rows.items():
                remember(table, row_id, fields)
            for version in session.scalars(
                select(RowVersion).where(RowVersion.workspace_id == workspace_id)
            ):
                remember(version.table_name, version.row_id, version.fields)
            for conflict in session.scalars(select(Conflict)):
                for value in (conflict.server_value, conflict.client_value):
                    remember(conflict.table_name, conflict.row_id, {conflict.field_name: value})
            mutation_ids = list(
                session.scalars(
                    select(RowVersion.mutation_id).where(RowVersion.workspace_id == workspace_id)
                )
            )
            arrived = set(session.scalars(select(AppliedMutation.mutation_id)))
    finally:
        database.dispose()

    # Every value the test wrote is in the state, the history or a conflict - except one
    # its own author replaced in the same sitting before syncing (the outbox folds such
    # edits into one mutation, by design), which then is in no outbox either.
    outboxes = {user: _outbox_values(data_dir) for user, data_dir in data_dirs.items()}
    for (table, row_id, name), writes in log.values.items():
        found = seen.get((table, row_id, name), set())
        for index, (user, value) in enumerate(writes):
            if _fact(name, value) in found:
                continue
            replaced = any(later == user for later, _ in writes[index + 1 :])
            folded = _fact(name, value) not in outboxes[user].get((table, row_id, name), set())
            assert replaced and folded, f"lost: {table}.{name} = {value!r} of {row_id} by {user}"
    # ... and every value in any outbox reached the server.
    for user, values in outboxes.items():
        for key, facts in values.items():
            lost = facts - seen.get(key, set())
            assert not lost, f"lost: {key} = {sorted(lost)[:2]} from {user}'s outbox"
    # No duplicates: exactly the rows the laptops created (plus the hostile member's,
    # taxonomy defaults and attachments), each change recorded once.
    created = {(table, row_id) for row_id, table in log.created.items()}
    assert created <= set(rows), f"missing on the server: {sorted(created - set(rows))[:5]}"
    for table in ("observation", "contact"):
        extra = {key for key in rows if key[0] == table} - created
        assert all(rows[key][1].get("author") == "mallory" for key in extra), extra
    recorded = [m for m in mutation_ids if m]
    assert len(recorded) == len(set(recorded)), "a mutation was applied twice"

    server_photos = {
        fields.get("sha256") for (table, _id), (_v, fields) in rows.items() if table == "attachment"
    }
    for sha256, content in log.photos.items():
        assert sha256 in server_photos, f"photo {sha256[:12]} has no attachment row"
        stored = server_blobs / sha256[:2] / sha256
        assert stored.read_bytes() == content, f"server copy of photo {sha256[:12]} differs"

    for data_dir in data_dirs.values():
        _check_laptop(data_dir, rows, conflicts, arrived, log)


def _outbox_values(data_dir: Path) -> dict[tuple[str, str, str], set[str]]:
    db = open_database(data_dir)
    found: dict[tuple[str, str, str], set[str]] = {}
    try:
        with db.read() as session:
            query = select(OutboxMutation).where(
                OutboxMutation.table_name.in_(("observation", "contact")),
                OutboxMutation.state != "quarantined",
            )
            for mutation in session.scalars(query):
                for name, value in mutation.changes.items():
                    key = (mutation.table_name, mutation.row_id, name)
                    found.setdefault(key, set()).add(_fact(name, value))
    finally:
        db.dispose()
    return found


def _check_laptop(
    data_dir: Path,
    rows: dict[tuple[str, str], tuple[int, dict[str, Any]]],
    conflicts: set[tuple[str, str]],
    arrived: set[str],
    log: Log,
) -> None:
    db = open_database(data_dir)
    try:
        local: dict[tuple[str, str], tuple[int, dict[str, Any]]] = {}
        with db.read() as session:
            for table, model in MODEL_BY_TABLE.items():
                for row in session.scalars(select(model)):
                    local[(table, row.id)] = (row.version, row_fields(row))
            local_conflicts = {(c.id, c.status) for c in session.scalars(select(SyncConflict))}
            outbox = list(session.scalars(select(OutboxMutation)))
            # While a conflict is open, the laptop that wrote the later value keeps
            # showing it (keep_local_values, issue 13); every other field is the server's.
            # Of several open conflicts of one field, the newest holds what this laptop
            # wrote last: oldest first, so that it is the one left in the dict.
            open_ones = (
                select(SyncConflict)
                .where(SyncConflict.status == "open")
                .order_by(SyncConflict.created_at, SyncConflict.id)
            )
            kept = {
                (c.table_name, c.row_id, c.field_name): c.client_value
                for c in session.scalars(open_ones)
                if c.field_name != DELETED_AT and mine_side(session, c) == "client"
            }
        name = data_dir.name
        missing = set(rows) - set(local)
        extra = set(local) - set(rows)
        assert not missing, f"{name} lacks rows of the server: {sorted(missing)[:3]}"
        assert not extra, f"{name} has rows the server has not: {sorted(extra)[:3]}"
        expected = {}
        for key, (version, fields) in rows.items():
            shown = dict(fields)
            for (table, row_id, field), value in kept.items():
                if (table, row_id) == key and field in shown:
                    shown[field] = value
            expected[key] = (version, shown)
        differ = [key for key in rows if local[key] != expected[key]]
        assert not differ, f"{name} differs from the server: " + "; ".join(
            f"{key}: v{local[key][0]}/v{expected[key][0]} "
            + str(
                {
                    f: (v, expected[key][1].get(f))
                    for f, v in local[key][1].items()
                    if v != expected[key][1].get(f)
                }
            )
            for key in differ[:3]
        )
        assert local_conflicts == conflicts, f"{name}'s conflicts differ from the server's"
        for mutation in outbox:
            assert mutation.state in ("acked", "quarantined"), (name, mutation.state, mutation.op)
        for sha256, content in log.photos.items():
            assert db.blobs.path_for(sha256).read_bytes() == content, (
                f"{name}: photo {sha256[:12]} differs or is missing"
            )
    finally:
        db.dispose()
