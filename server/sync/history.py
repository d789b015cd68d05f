"""The version history of a row: every version, who made it, from which device, when."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.sync.protocol import HistoryEntry
from server.models import RowVersion


def find_table(session: Session, workspace_id: str, row_id: str) -> str | None:
    query = select(RowVersion.table_name).where(
        RowVersion.workspace_id == workspace_id, RowVersion.row_id == row_id
    )
    return session.scalars(query.limit(1)).first()


def row_history(session: Session, workspace_id: str, table: str, row_id: str) -> list[HistoryEntry]:
    query = (
        select(RowVersion)
        .where(
            RowVersion.workspace_id == workspace_id,
            RowVersion.table_name == table,
            RowVersion.row_id == row_id,
        )
        .order_by(RowVersion.version)
    )
    return [
        HistoryEntry(
            version=v.version,
            server_seq=v.server_seq,
            kind=v.kind,
            changed_fields=list(v.changed_fields),
            changes={name: v.fields.get(name) for name in v.changed_fields},
            actor=v.actor,
            account=v.account_username,
            device_id=v.device_id,
            mutation_id=v.mutation_id,
            client_time=v.client_time,
            committed_at=v.committed_at,
            conflict_ids=list(v.conflict_ids),
        )
        for v in session.scalars(query)
    ]
