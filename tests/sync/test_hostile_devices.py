"""A device id belongs to the account that registered it first (issue 9, finding 12).

Another account registering the same id gets 409; it cannot push or sign bundles as
that device, so the owner's USB bundles keep being accepted. A laptop whose device id
is taken (a copied data folder, say) makes a fresh one for itself and signs in.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.records import create_record
from desktop.services.workspace import DEVICE_ID, device_id, set_local
from desktop.sync.bundles import export_bundle
from server.bundles import import_bundle as server_import
from server.models import Device
from tests.sync.apiclient import ApiUser, mutation, observation
from tests.sync.world import World


def _owner_of(world: World, device: str) -> str:
    def find(session: object) -> str:
        found = session.get(Device, device)  # type: ignore[attr-defined]
        assert found is not None
        return str(found.account_id)

    return str(world.admin(find))


def test_a_device_id_registered_by_another_account_is_refused_with_409(world: World) -> None:
    world.add_user("anna")
    world.add_user("mallory")
    anna = ApiUser(world, "anna")
    assert anna.login().status_code == 200
    owner = _owner_of(world, anna.device_id)
    mallory = ApiUser(world, "mallory", device_id=anna.device_id)
    assert mallory.login(register=False).status_code == 200
    taken = mallory.post("/v1/devices", json={"device_id": anna.device_id})
    assert taken.status_code == 409, taken.text
    assert taken.json()["error"] == "device_taken"
    assert _owner_of(world, anna.device_id) == owner
    # Signed in with anna's device id, mallory cannot push as that device either.
    pushed = mallory.push_raw([mutation("observation", anna.device_id, observation(), op="insert")])
    assert pushed.status_code == 403 and pushed.json()["error"] == "device_not_yours"
    # anna re-registering her own device is fine.
    assert anna.post("/v1/devices", json={"device_id": anna.device_id}).status_code == 200


def test_the_owners_bundles_are_still_accepted_after_another_account_tried_her_device_id(
    world: World, tmp_path: Path
) -> None:
    anna = world.laptop("anna")
    with anna.db.write("anna") as session:
        create_record(session, anna.scope, "observation", {"text": "auf dem Stick"})
    export_bundle(anna.db, tmp_path / "to-server.zip")
    world.add_user("mallory")
    mallory = ApiUser(world, "mallory", device_id=device_id(anna.db))
    assert mallory.login(register=False).status_code == 200
    mallory.post("/v1/devices", json={"device_id": device_id(anna.db)})
    message = server_import(
        world.host.database, world.settings, tmp_path / "to-server.zip", tmp_path / "answer.zip"
    )
    assert "from anna" in message


@pytest.mark.expected_warnings("belongs to another account; making a new one")
def test_a_laptop_whose_device_id_is_taken_makes_a_fresh_one_and_signs_in(world: World) -> None:
    anna = world.laptop("anna")
    taken = device_id(anna.db)
    bert = world.laptop("bert", signed_in=False)
    with bert.db.write("system") as session:  # e.g. a data folder copied from anna's laptop
        set_local(session, DEVICE_ID, taken)
    info = bert.sign_in()
    assert info.device_id != taken and device_id(bert.db) == info.device_id
    assert _owner_of(world, taken) != _owner_of(world, info.device_id)
    with bert.db.write("bert") as session:
        create_record(session, bert.scope, "observation", {"text": "Berts Notiz"})
    assert bert.sync().sent >= 1
    assert anna.sync().received >= 1  # anna's own sign-in keeps working
