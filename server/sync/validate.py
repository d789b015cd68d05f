"""Is a mutation acceptable? Invalid or unauthorised ones are quarantined with a reason."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.sync.protocol import (
    CONFLICT_TABLE,
    TABLE_FIELDS,
    Mutation,
    field_problem,
    is_uuid,
)
from server.sync.caller import Caller

RESOLUTION_TAKES = ("server", "client", "value")


@dataclass(frozen=True)
class Problem:
    reason: str  # a stable code: unknown_table, invalid_value, forbidden, ...
    detail: str


def mutation_problem(mutation: Mutation, caller: Caller, workspace_id: str) -> Problem | None:
    if mutation.op == "resolve" or mutation.table == CONFLICT_TABLE:
        return _resolution_problem(mutation)
    fields = TABLE_FIELDS.get(mutation.table)
    if fields is None:
        return Problem("unknown_table", f"there is no synced table {mutation.table!r}")
    if not is_uuid(mutation.row_id):
        return Problem("invalid_id", f"{mutation.row_id!r} is not a UUID")
    for name, value in mutation.changes.items():
        spec = fields.get(name)
        if spec is None:
            return Problem("unknown_field", f"{mutation.table} has no field {name[:64]!r}")
        problem = field_problem(spec, value)
        if problem is not None:
            return Problem("invalid_value", f"{mutation.table}.{name} {problem}")
    if mutation.table == "workspace":
        if mutation.row_id != workspace_id:
            return Problem("wrong_workspace", "a workspace row of another workspace")
        if mutation.op != "insert" and not caller.is_admin:
            return Problem("forbidden", "only administrators change workspace settings")
    return None


def _resolution_problem(mutation: Mutation) -> Problem | None:
    if mutation.op != "resolve" or mutation.table != CONFLICT_TABLE:
        return Problem("invalid_op", f"{mutation.op!r} on {mutation.table!r}")
    take = mutation.changes.get("take")
    if take not in RESOLUTION_TAKES:
        return Problem("invalid_value", "a resolution takes server, client or value")
    return None
