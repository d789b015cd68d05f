"""A bundle forwarded through the API: only into the workspace it was made for."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.models import Observation
from desktop.services.records import create_record
from desktop.sync.bundles import export_bundle, forward_bundle
from desktop.sync.errors import BundleError
from server.models import RowVersion
from tests.sync.world import World


def test_a_bundle_of_another_workspace_is_refused_and_nothing_is_imported(
    world: World, tmp_path: Path
) -> None:
    anna = world.laptop("anna")  # a member of the first workspace only
    other = world.create_workspace("Andere Stadt")
    world.add_user("carl", workspace=other)
    carl = world.laptop("carl")
    carl.sign_in("Andere Stadt")
    with carl.db.write("carl") as session:
        record = create_record(session, carl.scope, "observation", {"text": "Geheim"}).id
    bundle, answer = tmp_path / "carl.zip", tmp_path / "answer.zip"
    export_bundle(carl.db, bundle)

    with pytest.raises(BundleError) as refused:
        forward_bundle(anna.db, bundle, answer, client_factory=anna.client)
    assert "another computer or workspace" in refused.value.translated()
    assert not answer.exists()
    with world.host.database.read() as session:  # nothing of the bundle reached the server
        assert session.query(RowVersion).filter_by(row_id=record).count() == 0
    assert carl.sync().sent >= 1  # Carl's change still waits on his laptop, and goes now
    with carl.db.read() as session:
        assert session.get(Observation, record) is not None
