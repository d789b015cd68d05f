"""Whatever one member pushes, the server keeps answering and every laptop keeps syncing.

Each test replays an attack an ordinary account could make (issue "No member, value or
fault can stop sync") against the real server in process, on SQLite and PostgreSQL,
and then checks what the other members see: the server answers promptly, the hostile
value is refused with a reason, and a fresh laptop syncs the whole workspace.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from desktop.cli import main as desktop_cli
from desktop.models import Observation, OutboxMutation, Term
from desktop.services.records import create_record
from desktop.sync.outbox import quarantined_mutations
from server.cli import main as server_cli
from server.models import RowState as ServerRowState
from server.models import Workspace as ServerWorkspace
from tests.sync.apiclient import ApiUser, mutation, observation, signed_in
from tests.sync.world import World

pytestmark = pytest.mark.timeout(120)


def _inserted_observation(user: ApiUser) -> str:
    row_id = str(uuid.uuid4())
    answer = user.push([mutation("observation", row_id, observation(), op="insert")])
    assert answer.results[0].status == "applied"
    return row_id


def _answers_within(seconds: float, action: Callable[[], Any]) -> Any:
    """Run `action` in a thread; fail (instead of hanging the suite) if it does not end."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = action()
        except BaseException as exc:  # handed to the test below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"no answer within {seconds} s: the server hangs"
    assert time.monotonic() - started < seconds
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_a_mutation_chained_to_itself_neither_hangs_the_server_nor_blocks_others(
    make_world: Callable[..., World], backend_url: str
) -> None:
    world = make_world(backend_url)
    mallory, anna = signed_in(world, "mallory"), signed_in(world, "anna")
    row_id = _inserted_observation(mallory)
    looped = mutation("observation", row_id, {"text": 42}, base_version=1)  # quarantined
    looped["base_mutation_id"] = looped["mutation_id"]
    follower = mutation(
        "observation", row_id, {"text": "weiter"}, base_version=1,
        base_mutation_id=looped["mutation_id"],
    )  # fmt: skip
    first = _answers_within(20, lambda: mallory.push([looped]))
    assert first.results[0].status == "quarantined"
    second = _answers_within(20, lambda: mallory.push([follower]))
    assert second.results[0].status in ("applied", "merged")
    # Everyone else is still served at once.
    assert _answers_within(20, anna.login).status_code == 200
    _answers_within(20, lambda: _inserted_observation(anna))


def test_a_chain_of_mutations_pointing_at_each_other_ends(
    make_world: Callable[..., World], backend_url: str
) -> None:
    world = make_world(backend_url)
    mallory = signed_in(world, "mallory")
    row_id = _inserted_observation(mallory)
    first = mutation("observation", row_id, {"text": "eins"}, base_version=1)
    second = mutation(
        "observation", row_id, {"text": "zwei"}, base_version=1,
        base_mutation_id=first["mutation_id"],
    )  # fmt: skip
    first["base_mutation_id"] = second["mutation_id"]  # a cycle of two applied mutations
    _answers_within(20, lambda: mallory.push([first, second]))
    third = mutation(
        "observation", row_id, {"text": "drei"}, base_version=1,
        base_mutation_id=second["mutation_id"],
    )  # fmt: skip
    answer = _answers_within(20, lambda: mallory.push([third]))
    assert answer.results[0].status in ("applied", "merged", "conflict")


# -- values no laptop could store ----------------------------------------------------------

UNSTORABLE: list[tuple[str, dict[str, Any]]] = [
    ("observation", {"deleted_at": "9999-12-31T23:59:59-05:00"}),
    ("observation", {"deleted_at": "0001-01-01T00:00:00+05:00"}),
    ("observation", {"observed_on": "9999-12-31"}),
    ("observation", {"text": "Gespräch\u0000mit Frau A."}),
    ("observation", {"tags": ["ok", "nicht\u0000ok"]}),
    ("observation", {"text": "x" * 2_000_000}),
    ("term", {"position": 2**63}),
    ("term", {"position": -(2**63) - 1}),
    ("term", {"labels": {"de": 5}}),
    ("term", {"labels": {"de": {"tief": "verschachtelt"}}}),
    ("term", {"labels": {"de": "gut\u0000"}}),
    ("attachment", {"size": 2**64}),
    ("attachment", {"sha256": "z" * 64}),
]


def _valid_insert(table: str, row_id: str) -> dict[str, Any]:
    if table == "observation":
        return observation()
    if table == "term":
        return {"kind": "tag", "name": f"tag-{row_id[:8]}", "labels": {}, "position": 0}
    return {
        "owner_id": str(uuid.uuid4()),
        "sha256": "0" * 64,
        "size": 1,
        "mime": "image/png",
        "file_name": "a.png",
        "caption": "",
        "position": 0,
        "deleted_at": None,
    }


@pytest.mark.parametrize(("table", "changes"), UNSTORABLE, ids=lambda v: str(v)[:40])
def test_a_value_no_store_can_hold_is_quarantined_as_insert_and_as_update(
    world: World, table: str, changes: dict[str, Any]
) -> None:
    mallory = signed_in(world, "mallory")
    created, edited = str(uuid.uuid4()), str(uuid.uuid4())
    mallory.push([mutation(table, edited, _valid_insert(table, edited), op="insert")])
    answer = mallory.push(
        [
            mutation(table, created, {**_valid_insert(table, created), **changes}, op="insert"),
            mutation(table, edited, changes, base_version=1),
        ]
    )
    assert [(r.status, r.reason) for r in answer.results] == [
        ("quarantined", "invalid_value"),
        ("quarantined", "invalid_value"),
    ]
    assert answer.results[0].detail  # a reason the laptop can show
    rows = {r["row_id"]: r for r in mallory.pull()["rows"]}
    assert created not in rows
    assert all(rows[edited]["fields"].get(name) != value for name, value in changes.items())


@pytest.mark.parametrize(
    "changes",
    [
        {"text": "Gespräch\u0000mit Frau A."},
        {"deleted_at": "9999-12-31T23:59:59-05:00"},
    ],
    ids=["nul", "year-10000"],
)
def test_on_postgresql_an_unstorable_value_is_quarantined_not_a_server_error(
    make_world: Callable[..., World], pg_database: Callable[[], str], changes: dict[str, Any]
) -> None:
    world = make_world(pg_database())
    mallory = signed_in(world, "mallory")
    row_id = _inserted_observation(mallory)
    response = mallory.push_raw([mutation("observation", row_id, changes, base_version=1)])
    assert response.status_code == 200, response.text
    assert response.json()["results"][0]["status"] == "quarantined"


def test_a_hostile_members_values_never_stop_another_laptop_from_syncing(world: World) -> None:
    mallory = signed_in(world, "mallory")
    edited = _inserted_observation(mallory)
    term_id = str(uuid.uuid4())
    mallory.push(
        [
            mutation("term", term_id, _valid_insert("term", term_id), op="insert"),
            mutation("observation", edited, {"deleted_at": "9999-12-31T23:59:59-05:00"},
                     base_version=1),
            mutation("term", term_id, {"labels": {"de": 5}, "position": 2**63}, base_version=1),
        ]
    )  # fmt: skip
    anna = world.laptop("anna")
    with anna.db.write("anna") as session:
        create_record(session, anna.scope, "observation", {"text": "Annas Notiz"})
    summary = anna.sync()
    assert summary.received >= 2
    with anna.db.read() as session:
        texts = {o.text for o in session.query(Observation)}
    assert "Annas Notiz" in texts and "Beobachtung" in texts
    assert anna.sync().sent == 0  # nothing left waiting, nothing refused


# -- rows stored before values were checked ------------------------------------------------


def _plant_unstorable_row(world: World, table: str, fields: dict[str, Any]) -> str:
    """A row as a server without checks at the door would have stored it."""
    row_id = str(uuid.uuid4())

    def plant(session: Any) -> None:
        workspace = session.get(ServerWorkspace, world.workspace_id)
        workspace.last_seq += 1
        now = datetime.now(UTC)
        session.add(
            ServerRowState(
                workspace_id=world.workspace_id, table_name=table, row_id=row_id, version=1,
                server_seq=workspace.last_seq, change_id=str(uuid.uuid4()), fields=fields,
                field_writers={}, created_at=now, created_by="mallory",
                created_account_id="", updated_at=now, updated_by="mallory",
            )
        )  # fmt: skip

    world.admin(plant)
    return row_id


@pytest.mark.expected_warnings("^set aside ")
def test_a_row_no_laptop_can_store_is_set_aside_and_the_rest_syncs_on(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    anna = world.laptop("anna")
    with anna.db.write("anna") as session:
        create_record(session, anna.scope, "observation", {"text": "vorher"})
    anna.sync()
    bad_term = _plant_unstorable_row(
        world, "term", {"kind": "tag", "name": "kaputt", "labels": {"de": 5}, "position": 2**63}
    )
    bad_obs = _plant_unstorable_row(
        world, "observation", {**observation("Zukunft"), "deleted_at": "9999-12-31T23:59:59-05:00"}
    )
    good = _inserted_observation(signed_in(world, "bert"))

    summary = anna.sync()
    assert summary.set_aside == 2
    with anna.db.read() as session:
        assert session.get(Observation, good) is not None
        assert session.get(Observation, bad_obs) is None
        assert session.get(Term, bad_term) is None
    assert anna.sync().set_aside == 0  # the cursor moved on: nothing is stuck
    newcomer = world.laptop("carla")
    assert newcomer.sync().set_aside == 2

    # The laptop's user sees why, offline.
    monkeypatch.setenv("LANGUAGE", "en")
    capsys.readouterr()
    assert desktop_cli(["--data-dir", str(anna.data_dir), "sync-problems"]) == 0
    listed = capsys.readouterr().out
    assert bad_term in listed and "must be a string" in listed and "9998" in listed

    # The administrator repairs both on the server; every laptop gets storable rows.
    url = world.settings.database_url
    assert server_cli(["--database-url", url, "invalid-rows"]) == 0
    assert bad_obs in capsys.readouterr().out
    assert server_cli(["--database-url", url, "invalid-rows", "--repair"]) == 0
    capsys.readouterr()
    assert anna.sync().set_aside == 0
    with anna.db.read() as session:
        repaired = session.get(Observation, bad_obs)
        assert repaired is not None and repaired.deleted_at is None
        assert repaired.text == "Zukunft"
        term = session.get(Term, bad_term)
        assert term is not None and term.labels == {} and term.position == 0
    assert desktop_cli(["--data-dir", str(anna.data_dir), "sync-problems"]) == 0
    assert "No sync problems" in capsys.readouterr().out
    assert server_cli(["--database-url", url, "invalid-rows"]) == 0
    assert "No invalid rows" in capsys.readouterr().out


def test_a_local_change_the_server_would_refuse_outright_never_blocks_the_queue(
    world: World,
) -> None:
    anna = world.laptop("anna")
    ids = []
    for text in ("erste", "zweite", "dritte"):
        with anna.db.write("anna") as session:
            ids.append(create_record(session, anna.scope, "observation", {"text": text}).id)
    with anna.db.write("anna") as session:  # e.g. written by an older version of the app
        session.execute(
            update(OutboxMutation)
            .where(OutboxMutation.row_id == ids[1])
            .values(actor="Anna\x00" + "x" * 300)
        )
    anna.sync()
    bert = world.laptop("bert")
    bert.sync()
    with bert.db.read() as session:
        texts = {o.text for o in session.query(Observation)}
    assert {"erste", "dritte"} <= texts and "zweite" not in texts
    with anna.db.read() as session:
        refused = quarantined_mutations(session, anna.scope.workspace_id)
    assert [(m.row_id, m.result["reason"]) for m in refused if m.result] == [
        (ids[1], "invalid_locally")
    ]
