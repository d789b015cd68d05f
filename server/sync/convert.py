"""Server rows -> wire models."""

from __future__ import annotations

from desktop.sync.protocol import ConflictInfo, RowState
from server.models import Conflict
from server.models import RowState as RowStateRow


def row_to_wire(row: RowStateRow, blob_available: bool | None = None) -> RowState:
    return RowState(
        table=row.table_name,
        row_id=row.row_id,
        version=row.version,
        server_seq=row.server_seq,
        change_id=row.change_id,
        created_at=row.created_at,
        created_by=row.created_by,
        updated_at=row.updated_at,
        updated_by=row.updated_by,
        fields=dict(row.fields),
        blob_available=blob_available,
    )


def conflict_to_wire(conflict: Conflict) -> ConflictInfo:
    return ConflictInfo(
        id=conflict.id,
        table=conflict.table_name,
        row_id=conflict.row_id,
        field=conflict.field_name,
        base_value=conflict.base_value,
        server_value=conflict.server_value,
        client_value=conflict.client_value,
        server_author=conflict.server_author,
        server_device=conflict.server_device,
        client_author=conflict.client_author,
        client_device=conflict.client_device,
        created_at=conflict.created_at,
        status="resolved" if conflict.status == "resolved" else "open",
        resolved_at=conflict.resolved_at,
        resolved_by=conflict.resolved_by,
        resolution=conflict.resolution,
    )
