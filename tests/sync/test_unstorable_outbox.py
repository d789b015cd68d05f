"""A value no store can hold, sitting in a laptop's own outbox, never stops its sync.

Such a value cannot be typed in today (every entry point checks it), but an outbox
written by an older version, or a data dir restored from an old backup, can hold one.
The rest of that edit still reaches everyone; the refused value is listed with its
reason; and rows from the server still apply on top of the laptop's pending edits.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.models import Observation, OutboxMutation, Term
from desktop.services.records import create_record
from desktop.sync.outbox import quarantined_mutations
from tests.sync.world import Laptop, World


def _observation(laptop: Laptop, record_id: str) -> Observation:
    with laptop.db.read() as session:
        found = session.get(Observation, record_id)
        assert found is not None
        return found


def test_the_good_fields_of_an_edit_go_and_the_unstorable_one_is_set_apart(
    world: World,
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    with anna.db.write("anna") as session:
        record = create_record(session, anna.scope, "observation", {"text": "Anfang"}).id
    anna.sync()
    # An older version's outbox: the date written straight into the row, beside a text
    # edit in the same sitting (the outbox folds both into one change).
    with anna.db.write("anna") as session:
        observation = session.get(Observation, record)
        assert observation is not None
        observation.observed_on = date(9999, 12, 31)
    with anna.db.write("anna") as session:
        observation = session.get(Observation, record)
        assert observation is not None
        observation.text = "weiter"
    summary = anna.sync()
    assert summary.quarantined == 0  # refused here, before sending: nothing to the server
    bert.sync()
    assert _observation(bert, record).text == "weiter"
    with anna.db.read() as session:
        refused = quarantined_mutations(session, anna.scope.workspace_id)
    assert [m.changes for m in refused] == [{"observed_on": "9999-12-31"}]
    assert "observed_on" in (refused[0].result or {})["detail"]
    assert anna.sync().sent == 0


@pytest.mark.expected_warnings("cannot re-apply term.position")
def test_rows_from_the_server_apply_over_a_pending_unstorable_value(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    anna.sync()
    bert.sync()
    with anna.db.read() as session:
        term_id = session.scalars(select(Term.id).order_by(Term.id)).first()
    assert term_id is not None
    # Anna's pending edit holds a position no store can hold (planted in the outbox).
    with anna.db.write("anna") as session:
        term = session.get(Term, term_id)
        assert term is not None
        term.position = 7
    with anna.db.write("anna", apply_remote=True) as session:
        session.execute(
            update(OutboxMutation)
            .where(OutboxMutation.row_id == term_id, OutboxMutation.state == "pending")
            .values(changes={"position": 2**63})
        )
    # Bert changes the same entry: Anna's sync brings his row, her edit on top.
    with bert.db.write("bert") as session:
        term = session.get(Term, term_id)
        assert term is not None
        term.labels = {"de": "von Bert"}
    bert.sync()
    anna.sync()
    anna.sync()
    with anna.db.read() as session:
        term = session.get(Term, term_id)
        assert term is not None and term.labels == {"de": "von Bert"}
        waiting: Any = session.scalars(
            select(OutboxMutation).where(OutboxMutation.state.in_(("pending", "frozen")))
        ).all()
    assert waiting == []
