"""Answers are bounded in bytes, not only in rows (issue 9, finding 8).

Twelve rows of 25 MB once made one 300 MB pull page and 1.65 GB of server memory.
Text is bounded now (200,000 characters), and a pull page stops growing once its rows
and their conflicts pass `pull_page_max_bytes` (4 MiB) - always at least one row, so
the cursor still walks every row exactly once. Requests are bounded too: a push larger
than `max_request_bytes` is refused with 413 before it is read, whether it declares its
length or streams it in chunks.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.sync.apiclient import ApiUser, mutation, observation, signed_in
from tests.sync.world import World

PAGE_LIMIT = 4 * 1024 * 1024
BIG_TEXT = "ä" * 150_000  # 300 kB of JSON per row
ENVELOPE = 16 * 1024  # the page's own fields besides rows and conflicts


def _big_rows(user: ApiUser, count: int) -> set[str]:
    ids = [str(uuid.uuid4()) for _ in range(count)]
    for start in range(0, count, 10):
        user.push(
            [
                mutation("observation", row_id, observation(f"{row_id} {BIG_TEXT}"), op="insert")
                for row_id in ids[start : start + 10]
            ]
        )
    return set(ids)


def _pages(user: ApiUser) -> Iterator[tuple[int, dict[str, object]]]:
    cursor = 0
    while True:
        response = user.http.get(
            "/v1/sync/pull",
            params={"workspace_id": user.world.workspace_id, "cursor": cursor, "limit": 500},
            headers=user.headers,
        )
        assert response.status_code == 200, response.text
        page = response.json()
        yield len(response.content), page
        assert page["cursor"] > cursor or not page["rows"]
        cursor = int(page["cursor"])  # type: ignore[call-overload]
        if not page["has_more"]:
            return


def test_a_pull_page_stops_at_4_mib_and_the_cursor_still_reaches_every_row(
    world: World,
) -> None:
    anna = signed_in(world, "anna")
    expected = _big_rows(anna, 30)  # 9 MB in all
    seen: list[str] = []
    sizes = []
    for size, page in _pages(anna):
        sizes.append(size)
        assert size <= PAGE_LIMIT + ENVELOPE
        seen.extend(r["row_id"] for r in page["rows"] if r["table"] == "observation")  # type: ignore[attr-defined]
    assert len(sizes) >= 3
    assert sorted(seen) == sorted(expected)  # every row once, none skipped


def test_a_row_larger_than_a_page_still_comes_alone_and_moves_the_cursor(
    make_world: Callable[..., World],
) -> None:
    world = make_world(pull_page_max_bytes=64 * 1024)
    anna = signed_in(world, "anna")
    expected = _big_rows(anna, 3)
    pages = [page for _size, page in _pages(anna)]
    big = [
        [r["row_id"] for r in page["rows"] if r["table"] == "observation"]  # type: ignore[attr-defined]
        for page in pages
    ]
    assert sorted(row for rows in big for row in rows) == sorted(expected)
    assert all(len(rows) <= 1 for rows in big)
    assert [page["has_more"] for page in pages][-1] is False


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_push_larger_than_the_request_limit_is_refused_with_413_and_stores_nothing(
    make_world: Callable[..., World], chunked: bool
) -> None:
    world = make_world(max_request_bytes=64 * 1024)
    anna = signed_in(world, "anna")
    row_id = str(uuid.uuid4())
    body = (
        f'{{"device_id":"{anna.device_id}","batch_id":"{uuid.uuid4()}",'
        f'"workspace_id":"{world.workspace_id}","mutations":[{{"mutation_id":"{uuid.uuid4()}",'
        f'"table":"observation","row_id":"{row_id}","op":"insert","base_version":0,'
        f'"created_at":"2009-03-12T10:00:00Z","changes":{{"text":"{"x" * 200_000}"}}}}]}}'
    ).encode()

    headers = {**anna.headers, "Content-Type": "application/json"}
    if chunked:
        status, answer = world.portal.call(_stream_to_app, world, headers, body)
    else:
        response = anna.http.post("/v1/sync/push", content=body, headers=headers)
        status, answer = response.status_code, response.json()
    assert status == 413, answer
    assert answer["error"] == "request_too_large"
    assert row_id not in {r["row_id"] for r in anna.pull()["rows"]}


async def _stream_to_app(world: World, headers: dict[str, str], body: bytes) -> tuple[int, Any]:
    """POST /v1/sync/push in 16 kB chunks without a Content-Length (as a proxy may)."""
    chunks = [body[start : start + 16 * 1024] for start in range(0, len(body), 16 * 1024)]
    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
        "scheme": "http", "path": "/v1/sync/push", "raw_path": b"/v1/sync/push",
        "query_string": b"", "root_path": "", "client": ("127.0.0.1", 1), "server": ("t", 80),
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        + [(b"transfer-encoding", b"chunked")],
    }  # fmt: skip
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if chunks:
            return {"type": "http.request", "body": chunks.pop(0), "more_body": bool(chunks)}
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await world.host.app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    content = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, json.loads(content)
