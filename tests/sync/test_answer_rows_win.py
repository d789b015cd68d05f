"""A push answer's rows are the server's word, even at a version this laptop has.

While a local edit waits, rows read from the server carry it on top (local edits stay
on top). If the server then takes the edit as "nothing changed" (the person typed and
took it back, or a copy of the row is given back after a restore), the value shown on
the laptop is still the waiting edit's - at the version number the server holds. The
answer's row must replace it; a later pull would skip that version as already seen,
and the laptop would show a value the server does not have, for good.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from desktop.models import Observation
from tests.sync.world import Laptop, World, add_observation, edit_record


def text_of(laptop: Laptop, record_id: str) -> str:
    with laptop.db.read() as session:
        found = session.get(Observation, record_id)
        assert found is not None
        return found.text


def while_pulling(laptop: Laptop, typing: Callable[[], None]) -> None:
    """Run `typing` once, as the person types while the laptop reads the change feed."""
    send = laptop.transport.handle_request
    done: list[bool] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if "/pull" in request.url.path and not done:
            done.append(True)
            typing()
        return send(request)

    laptop.transport.handle_request = handle  # type: ignore[method-assign]


def test_an_edit_taken_back_while_syncing_shows_the_newer_value_of_a_colleague(
    world: World,
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    record = add_observation(anna, {"text": "Anfang"})
    anna.sync()
    bert.sync()
    edit_record(bert, record, {"text": "Berts Fassung"})
    bert.sync()

    # Anna types over the text while her laptop syncs, then takes it back: she did not
    # change it after all.
    def typing() -> None:
        edit_record(anna, record, {"text": "Anfang und mehr"})
        edit_record(anna, record, {"text": "Anfang"})

    while_pulling(anna, typing)
    anna.sync()
    anna.sync()  # sends her (unchanged) text: the server keeps Bert's

    assert text_of(anna, record) == "Berts Fassung"
    assert text_of(bert, record) == "Berts Fassung"
    anna.sync()
    assert text_of(anna, record) == "Berts Fassung"
