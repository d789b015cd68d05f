"""A field added in a later version is an ordinary edit on rows stored before it.

The server keeps rows as JSON: a row stored before a version that added a field has no
key for it, while the laptops' copies got the field's default from their upgrade
(0008 gave every photo an empty credit). The first person to fill it in makes an edit,
never a conflict with "nothing".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.models import Attachment
from desktop.services.attachments import attach_file, change_credit
from desktop.services.records import create_record
from server.models import RowState, RowVersion
from tests.sync.world import World


def test_the_first_photo_credit_on_a_photo_from_before_credits_is_no_conflict(
    world: World, tmp_path: Path
) -> None:
    anna, bert = world.laptop("anna"), world.laptop("bert")
    with anna.db.write(anna.name) as session:
        record = create_record(session, anna.scope, "observation", {"text": "Stadtteilfest"}).id
    photo = tmp_path / "fest.jpg"
    photo.write_bytes(b"\xff\xd8 ein Foto")
    with anna.db.write(anna.name) as session:
        attachment = attach_file(session, anna.scope, anna.db.blobs, record, photo).id
    anna.sync()
    bert.sync()

    def as_before_credits(session: Any) -> None:
        for model in (RowState, RowVersion):
            for row in session.scalars(select(model).where(model.row_id == attachment)):
                row.fields = {k: v for k, v in row.fields.items() if k != "credit"}

    world.admin(as_before_credits)

    change_credit(bert.db, bert.scope, attachment, "Foto: Bert Brink")
    assert bert.sync().conflicts == 0
    anna.sync()
    for laptop in (anna, bert):
        with laptop.db.read() as session:
            shown = session.get(Attachment, attachment)
            assert shown is not None
            assert shown.credit == "Foto: Bert Brink", laptop
