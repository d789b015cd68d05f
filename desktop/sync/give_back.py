"""After a server restore: give the server back the rows it lost that only this laptop has.

A restored server re-learns what each laptop re-sends from its outbox. A row another
laptop created after the backup comes back only when that laptop re-sends its insert -
never, if that laptop is gone (replaced, reinstalled). So when the full re-read after a
restore is finished, every local row the server did not send (its version is still 0:
versions were reset when the restore was noticed) and that no local change of this
laptop will create is sent as an insert with the values this laptop holds. If its
creator does come back later, its own insert then merges as a concurrent insert:
equal values change nothing, other values become conflicts - nothing is overwritten.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import SYNCED_MODELS, OutboxMutation, SetAsideRow, new_id, utcnow
from desktop.store.tracking import next_seq
from desktop.store.wire import to_wire, user_fields

GIVE_BACK_ACTOR = "sync"


def give_back_lost_rows(session: Session, workspace_id: str) -> int:
    """Queue an insert for each row the server lost; returns how many."""
    creating = set(
        session.scalars(
            select(OutboxMutation.row_id).where(
                OutboxMutation.op == "insert",
                OutboxMutation.state.in_(("pending", "frozen")),
            )
        )
    )
    set_aside = set(session.scalars(select(SetAsideRow.row_id)))
    queued = 0
    now = utcnow()
    for model in SYNCED_MODELS:
        query = select(model).where(model.version == 0)
        for row in session.scalars(query):
            if getattr(row, "workspace_id", row.id) != workspace_id:
                continue
            if row.id in creating or row.id in set_aside:
                continue
            session.add(
                OutboxMutation(
                    seq=next_seq(session),
                    mutation_id=new_id(),
                    workspace_id=workspace_id,
                    table_name=model.__tablename__,
                    row_id=row.id,
                    op="insert",
                    base_version=0,
                    base_mutation_id=None,
                    changes={name: to_wire(getattr(row, name)) for name in user_fields(model)},
                    actor=row.updated_by or GIVE_BACK_ACTOR,
                    created_at=now,
                    state="pending",
                )
            )
            queued += 1
    return queued
