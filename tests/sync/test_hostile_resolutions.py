"""A refused conflict resolution changes nothing (issue 9, findings 6 and 10).

Resolving a conflict by API writes the chosen value and closes the conflict in one
transaction; when the resolution is refused - the caller is no party to it, or the
value is one no store can hold - the record, its history and the conflict stay
exactly as they were.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from server.models import RowVersion
from tests.sync.apiclient import ApiUser, mutation, signed_in
from tests.sync.world import World


def _conflict(world: World) -> tuple[ApiUser, str, str]:
    """anna and bert both changed a contact's phone: one open conflict."""
    anna, bert = signed_in(world, "anna"), signed_in(world, "bert")
    row_id = str(uuid.uuid4())
    anna.push([mutation("contact", row_id, {"name": "Jan", "phone": "+49 1"}, op="insert")])
    anna.push([mutation("contact", row_id, {"phone": "+49 2"}, base_version=1)])
    answer = bert.push([mutation("contact", row_id, {"phone": "+31 3"}, base_version=1)])
    [conflict_id] = answer.results[0].conflict_ids
    return anna, row_id, conflict_id


def _record(world: World, user: ApiUser, row_id: str) -> dict[str, Any]:
    """What anyone can see of a record: its state, its history, its conflicts."""
    [row] = [r for r in user.pull()["rows"] if r["row_id"] == row_id]
    with world.host.database.read() as session:
        versions = session.query(RowVersion).filter(RowVersion.row_id == row_id).count()
    listed = user.get(f"/v1/workspaces/{world.workspace_id}/conflicts", params={"status": "all"})
    return {
        "version": row["version"],
        "fields": row["fields"],
        "updated_by": row["updated_by"],
        "versions": versions,
        "conflicts": [(c["id"], c["status"]) for c in listed.json()["conflicts"]],
    }


def _resolve_url(world: World, conflict_id: str) -> str:
    return f"/v1/workspaces/{world.workspace_id}/conflicts/{conflict_id}/resolve"


@pytest.mark.parametrize(
    "body",
    [{"take": "value", "value": "+1 555 0100"}, {"take": "client"}, {"take": "server"}],
    ids=["value", "client", "server"],
)
def test_a_staff_member_who_is_no_party_to_a_conflict_changes_nothing_by_resolving_it(
    world: World, body: dict[str, Any]
) -> None:
    anna, row_id, conflict_id = _conflict(world)
    before = _record(world, anna, row_id)
    mallory = signed_in(world, "mallory", "staff")
    refused = mallory.post(_resolve_url(world, conflict_id), json=body)
    assert refused.status_code == 403, refused.text
    assert refused.json()["error"] == "forbidden"
    assert _record(world, anna, row_id) == before
    assert before["conflicts"] == [(conflict_id, "open")]


@pytest.mark.parametrize(
    "value",
    ["+49\u00001", "x" * 65, 42, ["+49 4"], {"de": "+49 4"}],
    ids=["nul", "too-long", "number", "list", "object"],
)
def test_a_resolution_with_a_value_the_field_cannot_hold_is_refused_and_the_conflict_stays_open(
    world: World, value: Any
) -> None:
    anna, row_id, conflict_id = _conflict(world)
    before = _record(world, anna, row_id)
    refused = anna.post(_resolve_url(world, conflict_id), json={"take": "value", "value": value})
    assert refused.status_code == 422, refused.text
    answer = refused.json()
    assert answer["error"] == "invalid_value"
    assert "contact.phone" in answer["message"]
    assert _record(world, anna, row_id) == before


def test_a_valid_resolution_by_a_party_still_applies(world: World) -> None:
    anna, row_id, conflict_id = _conflict(world)
    resolved = anna.post(_resolve_url(world, conflict_id), json={"take": "value", "value": "+49 9"})
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["result"]["status"] == "applied"
    after = _record(world, anna, row_id)
    assert after["fields"]["phone"] == "+49 9" and after["conflicts"] == [(conflict_id, "resolved")]


def test_an_offline_resolution_with_an_invalid_value_leaves_the_conflict_open(
    world: World,
) -> None:
    """The laptop's path: a `resolve` mutation whose value the field cannot hold is
    quarantined like the edit that would carry it, and the conflict stays open."""
    anna, row_id, conflict_id = _conflict(world)
    before = _record(world, anna, row_id)
    resolve = mutation("sync_conflict", conflict_id, {"take": "value", "value": 42}, op="resolve")
    answer = anna.push([resolve])
    assert [(r.status, r.reason) for r in answer.results] == [("quarantined", "invalid_value")]
    assert _record(world, anna, row_id) == before
