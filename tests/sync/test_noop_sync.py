"""A sync with nothing to do asks the server once, and still sees the next change."""

from __future__ import annotations

import httpx

from desktop.models import Observation
from desktop.services.records import create_record
from tests.sync.world import Laptop, World


def _counting(laptop: Laptop, paths: list[str]) -> None:
    def client(base_url: str) -> httpx.Client:
        return httpx.Client(
            base_url=base_url,
            transport=laptop.transport,
            event_hooks={"request": [lambda request: paths.append(request.url.path)]},
        )

    laptop.client = client  # type: ignore[method-assign]


def _add(laptop: Laptop, text: str) -> str:
    with laptop.db.write(laptop.name) as session:
        return create_record(session, laptop.scope, "observation", {"text": text}).id


def test_nothing_new_is_one_request_and_a_later_change_still_arrives(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    _add(anna, "Erste Beobachtung")
    anna.sync()
    bert.sync()
    paths: list[str] = []
    _counting(bert, paths)

    summary = bert.sync()
    assert summary.received == 0
    sync_calls = [p for p in paths if "/sync/" in p]
    assert sync_calls == ["/v1/sync/status"], paths  # no pull when the cursor is current

    paths.clear()
    record = _add(anna, "Zweite Beobachtung")
    anna.sync()
    summary = bert.sync()
    assert summary.received >= 1 and any(p.endswith("/sync/pull") for p in paths)
    with bert.db.read() as session:
        assert session.get(Observation, record) is not None

    # A sync that pushed reads its own changes back (versions, merges), as before.
    paths.clear()
    _add(bert, "Dritte Beobachtung")
    bert.sync()
    assert any(p.endswith("/sync/pull") for p in paths)
