"""After a server restore, a laptop gives back the rows the server lost that it alone has."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Observation
from desktop.services.records import create_record, update_record
from server.models import RowState
from tests.sync.world import World


@pytest.mark.expected_warnings("restored or replaced")
def test_a_row_whose_creator_is_gone_comes_back_from_another_laptop(world: World) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    anna.sync()
    bert.sync()
    world.snapshot_server()
    with anna.db.write("anna") as session:
        record = create_record(session, anna.scope, "observation", {"text": "nach der Sicherung"})
    anna.sync()
    bert.sync()
    with bert.db.write("bert") as session:
        update_record(session, bert.scope, record.id, {"gender_remark": "von Bert"})
    bert.sync()
    # The server is restored; Anna's laptop is gone for good.
    world.restore_server(new_instance_id="00000000-0000-4000-8000-0000000000aa")
    anna.close()
    assert bert.sync().server_restored
    bert.sync()  # sends what the re-read showed the server lacks
    carl = world.laptop("carl")
    carl.sync()
    with carl.db.read() as session:
        observation = session.get(Observation, record.id)
        assert observation is not None
        assert (observation.text, observation.gender_remark) == ("nach der Sicherung", "von Bert")
    bert.sync()  # his edit, deferred while the row was missing, changes nothing now
    assert bert.sync().sent == 0
    with world.host.database.read() as session:
        ids = session.scalars(select(RowState.row_id).where(RowState.row_id == record.id)).all()
    assert ids == [record.id]
