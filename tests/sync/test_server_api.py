"""The server's HTTP API: auth, limits, errors, membership, push/pull rules, blobs, history."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from server import accounts
from server.logs import JsonFormatter
from server.models import Quarantine, RowVersion
from server.security.tokens import AccessClaims, issue_access_token
from server.settings import Settings, SettingsError
from tests.sync.apiclient import ApiUser, mutation, observation, signed_in
from tests.sync.world import SECRET, World

PUBLIC = {("GET", "/v1/health"), ("POST", "/v1/auth/login"), ("POST", "/v1/auth/refresh")}


def test_health_answers_without_a_token_and_names_the_instance(world: World) -> None:
    user = ApiUser(world, "nobody")
    body = user.http.get("/v1/health").json()
    assert body["status"] == "ok"
    assert body["server_instance_id"] == world.host.database.instance_id()


def test_the_openapi_schema_is_published_and_every_other_endpoint_needs_a_token(
    world: World,
) -> None:
    user = ApiUser(world, "nobody")
    schema = user.http.get("/openapi.json").json()
    assert "/v1/sync/push" in schema["paths"] and "/v1/sync/pull" in schema["paths"]
    workspace, sha = world.workspace_id, "0" * 64
    for path, methods in schema["paths"].items():
        for method in methods:
            if (method.upper(), path) in PUBLIC or path == "/v1/auth/logout":
                continue
            url = path.format(
                workspace_id=workspace, sha256=sha, conflict_id=uuid.uuid4(), row_id=uuid.uuid4()
            )
            response = user.http.request(method.upper(), url, json={})
            assert response.status_code == 401, (method, path, response.text)
            if method != "head":
                assert response.json()["error"] == "token_missing"


@pytest.mark.expected_warnings("login refused")
def test_a_wrong_password_is_refused(world: World) -> None:
    world.add_user("anna")
    response = ApiUser(world, "anna").login("not-the-password")
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_credentials"


@pytest.mark.expected_warnings("login refused")
def test_repeated_wrong_passwords_lock_the_account_even_for_the_right_one(world: World) -> None:
    world.add_user("anna")
    user = ApiUser(world, "anna")
    codes = [user.login("wrong-password").status_code for _ in range(5)]
    assert codes == [401, 401, 401, 401, 429]
    locked = user.login()
    assert locked.status_code == 429
    assert locked.json()["error"] == "login_throttled"
    assert int(locked.headers["Retry-After"]) > 0


@pytest.mark.expected_warnings("refresh refused")
def test_refresh_tokens_rotate_and_a_reused_one_ends_the_sign_in(world: World) -> None:
    user = signed_in(world, "anna")
    first = user.tokens["refresh_token"]
    rotated = user.http.post(
        "/v1/auth/refresh", json={"refresh_token": first, "device_id": user.device_id}
    )
    assert rotated.status_code == 200
    second = rotated.json()["refresh_token"]
    assert second != first
    replayed = user.http.post(
        "/v1/auth/refresh", json={"refresh_token": first, "device_id": user.device_id}
    )
    assert replayed.json()["error"] == "refresh_reused"
    after = user.http.post(
        "/v1/auth/refresh", json={"refresh_token": second, "device_id": user.device_id}
    )
    assert after.status_code == 401
    assert user.get("/v1/workspaces").json()["error"] == "token_revoked"


def test_logout_revokes_the_sign_in_at_once(world: World) -> None:
    user = signed_in(world, "anna")
    assert user.get("/v1/workspaces").status_code == 200
    response = user.http.post(
        "/v1/auth/logout", json={"refresh_token": user.tokens["refresh_token"]}
    )
    assert response.status_code == 204
    assert user.get("/v1/workspaces").json()["error"] == "token_revoked"


def test_an_expired_access_token_says_so(world: World) -> None:
    user = signed_in(world, "anna")
    claims = user.get("/v1/workspaces")
    assert claims.status_code == 200
    stale = issue_access_token(
        SECRET,
        AccessClaims("x", user.device_id, "y", datetime.now(UTC) - timedelta(seconds=1)),
    )
    response = user.http.get("/v1/workspaces", headers={"Authorization": f"Bearer {stale}"})
    assert response.json()["error"] == "token_expired"


def test_a_forged_token_is_refused(world: World) -> None:
    user = signed_in(world, "anna")
    forged = issue_access_token(
        "another-secret-" + "x" * 40,
        AccessClaims("x", user.device_id, "y", datetime.now(UTC) + timedelta(hours=1)),
    )
    response = user.http.get("/v1/workspaces", headers={"Authorization": f"Bearer {forged}"})
    assert response.json()["error"] == "token_invalid"


def test_a_request_larger_than_the_limit_is_refused(make_world: Callable[..., World]) -> None:
    world = make_world(max_request_bytes=64 * 1024)
    user = signed_in(world, "anna")
    big = [mutation("observation", str(uuid.uuid4()), {"text": "x" * 70_000}, op="insert")]
    response = user.push_raw(big)
    assert response.status_code == 413
    assert response.json()["error"] == "request_too_large"


def test_a_server_error_answers_without_a_stack_trace(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    def boom() -> None:
        raise RuntimeError("secret internals")

    world.host.app.add_api_route("/v1/boom", boom)
    with caplog.at_level(logging.CRITICAL, logger="server.api"):
        response = ApiUser(world, "nobody").http.get("/v1/boom")
    assert response.status_code == 500
    assert response.json()["error"] == "internal_error"
    assert "Traceback" not in response.text and "secret internals" not in response.text


def test_every_response_carries_server_time_and_instance(world: World) -> None:
    response = ApiUser(world, "nobody").http.get("/v1/health")
    assert response.headers["X-Server-Instance"] == world.host.database.instance_id()
    assert datetime.fromisoformat(response.headers["X-Server-Time"]).tzinfo is not None


def test_a_non_member_can_neither_read_nor_write_a_workspace(world: World) -> None:
    outsider = signed_in(world, "eve")
    world.admin(lambda s: accounts.remove_member(s, "eve", world.workspace_id))
    assert outsider.push_raw([]).json()["error"] == "not_member"
    response = outsider.get(
        "/v1/sync/pull", params={"workspace_id": world.workspace_id, "cursor": 0}
    )
    assert response.status_code == 403
    blob = outsider.http.head(
        f"/v1/workspaces/{world.workspace_id}/blobs/{'0' * 64}", headers=outsider.headers
    )
    assert blob.status_code == 403


def test_a_device_pushes_only_as_itself(world: World) -> None:
    user = signed_in(world, "anna")
    response = user.http.post(
        "/v1/sync/push",
        json={
            "device_id": str(uuid.uuid4()),
            "batch_id": str(uuid.uuid4()),
            "workspace_id": world.workspace_id,
            "mutations": [],
        },
        headers=user.headers,
    )
    assert response.json()["error"] == "wrong_device"


# -- push semantics (SQLite and PostgreSQL) ------------------------------------------------


def test_a_batch_sent_twice_is_applied_once_and_answered_alike(
    make_world: Callable[..., World], backend_url: str
) -> None:
    world = make_world(backend_url)
    user = signed_in(world, "anna")
    batch = str(uuid.uuid4())
    mutations = [mutation("observation", str(uuid.uuid4()), observation(), op="insert")]
    first = user.push(mutations, batch)
    water = user.pull()["high_water"]
    second = user.push(mutations, batch)
    assert [r.model_dump() for r in second.results] == [r.model_dump() for r in first.results]
    assert user.pull()["high_water"] == water


def test_a_mutation_sent_again_in_another_batch_is_not_applied_twice(
    make_world: Callable[..., World], backend_url: str
) -> None:
    world = make_world(backend_url)
    user = signed_in(world, "anna")
    insert = mutation("observation", str(uuid.uuid4()), observation(), op="insert")
    user.push([insert])
    again = user.push([insert])
    assert again.results[0].duplicate and again.results[0].status == "applied"
    with world.host.database.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(RowVersion)
            .where(RowVersion.mutation_id == insert["mutation_id"])
        )
    assert count == 1


def test_a_batch_id_reused_for_other_mutations_is_refused(world: World) -> None:
    user = signed_in(world, "anna")
    batch = str(uuid.uuid4())
    user.push([mutation("observation", str(uuid.uuid4()), observation(), op="insert")], batch)
    response = user.push_raw(
        [mutation("observation", str(uuid.uuid4()), observation(), op="insert")], batch
    )
    assert response.status_code == 409 and response.json()["error"] == "batch_reused"


def test_invalid_mutations_are_quarantined_with_a_reason_and_never_wedge_the_batch(
    world: World,
) -> None:
    user = signed_in(world, "anna")
    good = mutation("observation", str(uuid.uuid4()), observation(), op="insert")
    answer = user.push(
        [
            mutation("secret_table", str(uuid.uuid4()), {}, op="insert"),
            mutation("observation", str(uuid.uuid4()), {"text": 42}, op="insert"),
            mutation("observation", str(uuid.uuid4()), {"colour": "red"}, op="insert"),
            mutation("workspace", world.workspace_id, {"name": "Mine now"}, base_version=1),
            good,
        ]
    )
    statuses = [(r.status, r.reason) for r in answer.results]
    assert statuses == [
        ("quarantined", "unknown_table"),
        ("quarantined", "invalid_value"),
        ("quarantined", "unknown_field"),
        ("quarantined", "forbidden"),
        ("applied", None),
    ]
    with world.host.database.read() as session:
        reasons = sorted(q.reason for q in session.scalars(select(Quarantine)))
    assert reasons == ["forbidden", "invalid_value", "unknown_field", "unknown_table"]


def test_an_edit_of_a_row_the_server_does_not_have_waits_instead_of_failing(world: World) -> None:
    user = signed_in(world, "anna")
    row_id = str(uuid.uuid4())
    insert = mutation("observation", row_id, observation(), op="insert")
    edit = mutation(
        "observation", row_id, {"text": "später"}, base_mutation_id=insert["mutation_id"]
    )
    assert user.push([edit]).results[0].status == "deferred"
    user.push([insert])
    assert user.push([edit]).results[0].status == "applied"
    rows = {r["row_id"]: r for r in user.pull()["rows"]}
    assert rows[row_id]["fields"]["text"] == "später"


def test_the_same_tag_created_on_two_laptops_is_one_row_without_conflict(world: World) -> None:
    anna, bert = signed_in(world, "anna"), signed_in(world, "bert")
    tag_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "tag:wijk"))
    tag = {"kind": "tag", "name": "wijk", "labels": {}, "position": 0, "deleted_at": None}
    assert anna.push([mutation("term", tag_id, tag, op="insert")]).results[0].status == "applied"
    answer = bert.push([mutation("term", tag_id, tag, op="insert")])
    assert (answer.results[0].status, answer.conflicts) == ("noop", [])


def test_change_sequence_numbers_follow_commit_order_under_concurrent_pushes(
    make_world: Callable[..., World], backend_url: str
) -> None:
    """Pushers run in parallel while a reader follows the feed: it sees every row once,
    and the sequence numbers have no gaps (the push lock serialises each workspace)."""
    world = make_world(backend_url)
    users = [signed_in(world, f"user{n}") for n in range(4)]
    reader = signed_in(world, "reader")
    expected: set[str] = set()
    lock = threading.Lock()

    def push_many(user: ApiUser) -> None:
        for _ in range(5):
            batch = [
                mutation("observation", str(uuid.uuid4()), observation(), op="insert")
                for _ in range(4)
            ]
            with lock:
                expected.update(m["row_id"] for m in batch)
            user.push(batch)

    seen: set[str] = set()
    cursor = 0
    threads = [threading.Thread(target=push_many, args=(u,)) for u in users]
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads) or cursor < reader.pull(cursor)["high_water"]:
        page = reader.pull(cursor, limit=7)
        seen.update(r["row_id"] for r in page["rows"] if r["table"] == "observation")
        cursor = page["cursor"]
    for thread in threads:
        thread.join()
    assert seen == expected
    with world.host.database.read() as session:
        seqs = sorted(session.scalars(select(RowVersion.server_seq)))
    assert seqs == list(range(1, len(seqs) + 1))


# -- conflicts, history, blobs -------------------------------------------------------------


def _conflict(world: World) -> tuple[ApiUser, ApiUser, str, str]:
    anna, bert = signed_in(world, "anna"), signed_in(world, "bert")
    row_id = str(uuid.uuid4())
    contact = {"name": "Jan", "phone": "+49 1", "deleted_at": None}
    anna.push([mutation("contact", row_id, contact, op="insert")])
    anna.push([mutation("contact", row_id, {"phone": "+49 2"}, base_version=1)])
    answer = bert.push([mutation("contact", row_id, {"phone": "+31 3"}, base_version=1)])
    [conflict_id] = answer.results[0].conflict_ids
    return anna, bert, row_id, conflict_id


def test_a_conflict_is_listed_and_bumps_the_row_for_everyone(world: World) -> None:
    anna, _bert, row_id, conflict_id = _conflict(world)
    listed = anna.get(f"/v1/workspaces/{world.workspace_id}/conflicts").json()["conflicts"]
    assert [(c["id"], c["server_value"], c["client_value"]) for c in listed] == [
        (conflict_id, "+49 2", "+31 3")
    ]
    page = anna.pull(cursor=2)
    [row] = [r for r in page["rows"] if r["row_id"] == row_id]
    assert row["version"] == 3 and row["fields"]["phone"] == "+49 2"
    assert [c["id"] for c in page["conflicts"]] == [conflict_id]


def test_staff_resolve_only_conflicts_they_are_part_of(world: World) -> None:
    _anna, _bert, row_id, conflict_id = _conflict(world)
    carla = signed_in(world, "carla", "staff")
    url = f"/v1/workspaces/{world.workspace_id}/conflicts/{conflict_id}/resolve"
    refused = carla.post(url, json={"take": "client"})
    assert refused.status_code == 403
    dora = signed_in(world, "dora", "core")
    resolved = dora.post(url, json={"take": "client"})
    assert resolved.status_code == 200, resolved.text
    body = resolved.json()
    assert body["conflict"]["status"] == "resolved" and body["row"]["fields"]["phone"] == "+31 3"


def test_history_lists_every_version_with_who_where_when_and_which_fields(world: World) -> None:
    anna, bert, row_id, _conflict_id = _conflict(world)
    history = anna.get(f"/v1/workspaces/{world.workspace_id}/rows/{row_id}/history").json()
    entries = history["entries"]
    assert [(e["version"], e["kind"], e["account"]) for e in entries] == [
        (1, "insert", "anna"),
        (2, "update", "anna"),
        (3, "conflict", "bert"),
    ]
    assert entries[1]["changed_fields"] == ["phone"] and entries[1]["changes"] == {"phone": "+49 2"}
    assert entries[2]["device_id"] == bert.device_id and entries[2]["conflict_ids"]
    missing = anna.get(f"/v1/workspaces/{world.workspace_id}/rows/{uuid.uuid4()}/history")
    assert missing.status_code == 404


def test_a_file_uploads_in_chunks_resumes_and_is_verified(world: World) -> None:
    user = signed_in(world, "anna")
    data = bytes(range(256)) * 100
    sha = hashlib.sha256(data).hexdigest()
    url = f"/v1/workspaces/{world.workspace_id}/blobs/{sha}"
    head = user.http.head(url, headers=user.headers)
    assert (head.status_code, head.headers["Upload-Offset"]) == (404, "0")
    first = user.http.patch(
        url, params={"offset": 0, "size": len(data)}, content=data[:10_000], headers=user.headers
    )
    assert first.json() == {"sha256": sha, "size": len(data), "received": 10_000, "complete": False}
    assert user.http.head(url, headers=user.headers).headers["Upload-Offset"] == "10000"
    wrong = user.http.patch(
        url, params={"offset": 5, "size": len(data)}, content=data[5:], headers=user.headers
    )
    assert wrong.status_code == 409
    user.http.patch(
        url,
        params={"offset": 10_000, "size": len(data)},
        content=data[10_000:],
        headers=user.headers,
    ).raise_for_status()
    assert user.http.head(url, headers=user.headers).status_code == 200
    assert user.get(url).content == data


def test_a_file_whose_bytes_do_not_match_its_hash_never_counts(world: World) -> None:
    user = signed_in(world, "anna")
    data = b"echte Daten"
    sha = hashlib.sha256(b"andere Daten").hexdigest()
    url = f"/v1/workspaces/{world.workspace_id}/blobs/{sha}"
    response = user.http.patch(
        url, params={"offset": 0, "size": len(data)}, content=data, headers=user.headers
    )
    assert response.status_code == 422 and response.json()["error"] == "hash_mismatch"
    assert user.http.head(url, headers=user.headers).status_code == 404
    assert user.get(url).status_code == 404


# -- settings and logs -------------------------------------------------------------------


@pytest.mark.parametrize("secret", ["", "changethis", "short"])
def test_a_production_server_refuses_a_missing_placeholder_or_short_secret(secret: str) -> None:
    env = {"FIELD_DOSSIER_SECRET_KEY": secret} if secret else {}
    with pytest.raises(SettingsError, match="SECRET_KEY"):
        Settings.load({"database_url": "postgresql://fd@db.example/fd"}, env=env)


def test_settings_come_from_the_environment_and_options_win() -> None:
    env = {"FIELD_DOSSIER_SECRET_KEY": "k" * 40, "FIELD_DOSSIER_PULL_PAGE_DEFAULT": "50"}
    settings = Settings.load({"pull_page_default": 70}, env=env)
    assert settings.pull_page_default == 70 and "k" * 40 not in repr(settings)


def test_logs_are_one_json_object_per_line_with_the_extra_fields() -> None:
    record = logging.LogRecord("server.sync", logging.INFO, __file__, 1, "push", None, None)
    record.batch_id = "b-1"
    entry = json.loads(JsonFormatter().format(record))
    assert (entry["logger"], entry["msg"], entry["batch_id"]) == ("server.sync", "push", "b-1")
