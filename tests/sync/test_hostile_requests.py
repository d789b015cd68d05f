"""Malformed requests get a 4xx with the usual error body, never a 500 (issue 9, finding 11).

Each request below once made the server answer 500 with a traceback in its log: a
non-ASCII bearer token, a lone surrogate, JSON nested 400 deep, integers beyond 64
bits, a year-9999 time with a negative offset, NUL characters that PostgreSQL refuses.
Every one is now refused at the door - on SQLite and PostgreSQL - with
`{"error": code, "message": text}`, and the server logs no unhandled error.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tests.sync.apiclient import ApiUser, mutation, observation, signed_in
from tests.sync.world import World

NESTED_400 = "[" * 400 + "]" * 400


def _refused(response: httpx.Response, status: int | tuple[int, ...]) -> dict[str, Any]:
    expected = status if isinstance(status, tuple) else (status,)
    assert response.status_code in expected, (response.status_code, response.text[:300])
    body: dict[str, Any] = response.json()
    assert set(body) >= {"error", "message"} and "Traceback" not in response.text
    return body


def _push_text(user: ApiUser, world: World, changes_json: str, **envelope: str) -> httpx.Response:
    """A push whose body is written by hand (JSON that json.dumps would not produce)."""
    fields = {
        "mutation_id": str(uuid.uuid4()),
        "table": "observation",
        "row_id": str(uuid.uuid4()),
        "op": "insert",
        "created_at": "2009-03-12T10:00:00Z",
        **envelope,
    }
    quoted = ",".join(f'"{k}":"{v}"' for k, v in fields.items())
    body = (
        f'{{"device_id":"{user.device_id}","batch_id":"{uuid.uuid4()}",'
        f'"workspace_id":"{world.workspace_id}","mutations":[{{{quoted},'
        f'"base_version":0,"changes":{changes_json}}}]}}'
    )
    headers = {**user.headers, "Content-Type": "application/json"}
    return user.http.post("/v1/sync/push", content=body.encode("ascii"), headers=headers)


@pytest.fixture
def hostile(
    make_world: Callable[..., World], backend_url: str, caplog: pytest.LogCaptureFixture
) -> tuple[World, ApiUser]:
    world = make_world(backend_url)
    caplog.set_level(logging.ERROR, logger="server.api")
    return world, signed_in(world, "mallory")


@pytest.fixture(autouse=True)
def _no_unhandled_errors(caplog: pytest.LogCaptureFixture) -> Any:
    yield
    assert not [r for r in caplog.records if r.name == "server.api" and r.exc_info]


def test_a_bearer_token_with_non_ascii_bytes_is_a_401(hostile: tuple[World, ApiUser]) -> None:
    world, mallory = hostile
    for token in (b"fd1.\xc3\xa4\xc3\xb6.x", b"\xff\xfe", "fd1.é.ß".encode("latin-1")):
        response = mallory.http.get("/v1/workspaces", headers={"Authorization": b"Bearer " + token})
        assert _refused(response, 401)["error"] == "token_invalid"


def test_a_lone_surrogate_in_a_value_is_quarantined_and_in_the_envelope_is_a_422(
    hostile: tuple[World, ApiUser],
) -> None:
    world, mallory = hostile
    answer = _push_text(mallory, world, '{"text":"Gespr\\ud800ch","observed_on":"2009-03-12"}')
    assert answer.status_code == 200, answer.text
    [result] = answer.json()["results"]
    assert (result["status"], result["reason"]) == ("quarantined", "invalid_value")
    _refused(_push_text(mallory, world, "{}", actor="\\udc00"), 422)
    login = mallory.http.post(
        "/v1/auth/login",
        content=b'{"username":"\\ud800","password":"xxxxxxxx","device_id":"%s"}'
        % str(uuid.uuid4()).encode(),
        headers={"Content-Type": "application/json"},
    )
    _refused(login, 422)


def test_json_nested_400_deep_is_a_422(hostile: tuple[World, ApiUser]) -> None:
    world, mallory = hostile
    body = _refused(_push_text(mallory, world, f'{{"text":{NESTED_400}}}'), 422)
    assert "nested deeper" in body["message"]
    resolve = mallory.http.post(
        f"/v1/workspaces/{world.workspace_id}/conflicts/{uuid.uuid4()}/resolve",
        content=f'{{"take":"value","value":{NESTED_400}}}'.encode(),
        headers={**mallory.headers, "Content-Type": "application/json"},
    )
    _refused(resolve, 422)
    deep_object = '{"a":' * 400 + "1" + "}" * 400
    _refused(_push_text(mallory, world, f'{{"text":{deep_object}}}'), 422)


@pytest.mark.parametrize("number", [2**63, 2**64, 10**30])
def test_integers_beyond_64_bits_in_cursor_seq_and_base_version_are_a_422(
    hostile: tuple[World, ApiUser], number: int
) -> None:
    world, mallory = hostile
    ws = world.workspace_id
    pull = mallory.get("/v1/sync/pull", params={"workspace_id": ws, "cursor": number})
    _refused(pull, 422)
    status = mallory.get(
        "/v1/sync/status", params={"workspace_id": ws, "seq": number, "change_id": "x"}
    )
    _refused(status, 422)
    edit = mutation("observation", str(uuid.uuid4()), {"text": "x"}, base_version=number)
    _refused(mallory.push_raw([edit]), 422)
    upload = mallory.http.patch(
        f"/v1/workspaces/{ws}/blobs/{'0' * 64}",
        params={"offset": number, "size": 10},
        content=b"x",
        headers=mallory.headers,
    )
    _refused(upload, 422)


def test_a_year_9999_time_with_a_negative_offset_is_a_422(
    hostile: tuple[World, ApiUser],
) -> None:
    world, mallory = hostile
    insert = mutation("observation", str(uuid.uuid4()), observation(), op="insert")
    insert["created_at"] = "9999-12-31T23:00:00-05:00"
    assert "9998" in _refused(mallory.push_raw([insert]), 422)["message"]


def test_nul_characters_and_ids_that_are_no_uuids_are_refused_before_the_database(
    hostile: tuple[World, ApiUser],
) -> None:
    world, mallory = hostile
    ws = world.workspace_id
    login = {"username": "mal\x00lory", "password": "x" * 10, "device_id": mallory.device_id}
    _refused(mallory.http.post("/v1/auth/login", json=login), 422)
    device = {"device_id": mallory.device_id, "name": "Laptop\x00"}
    _refused(mallory.post("/v1/devices", json=device), 422)
    refresh = {"refresh_token": "\x00" * 20, "device_id": mallory.device_id}
    _refused(mallory.http.post("/v1/auth/refresh", json=refresh), 422)
    for path in (
        f"/v1/workspaces/{ws}/rows/%00/history",
        f"/v1/workspaces/{ws}/rows/{uuid.uuid4()}/history?table=obs%00",
        "/v1/workspaces/a%00b/conflicts",
        "/v1/sync/pull?workspace_id=a%00b",
    ):
        _refused(mallory.get(path), 422)
    resolve = f"/v1/workspaces/{ws}/conflicts/%00/resolve"
    _refused(mallory.post(resolve, json={"take": "server"}), 422)


def test_a_base_version_beyond_32_bits_is_kept_like_any_other(
    hostile: tuple[World, ApiUser],
) -> None:
    """Found by the schemathesis suite: a 32-bit column refused it on PostgreSQL."""
    world, mallory = hostile
    row_id = str(uuid.uuid4())
    mallory.push([mutation("observation", row_id, observation(), op="insert")])
    answer = mallory.push_raw([mutation("observation", row_id, {"text": "x"}, base_version=2**40)])
    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] in ("applied", "merged")
