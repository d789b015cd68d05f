"""Signing in moves the local workspace into the server's workspace id.

The app works without an account: its first start makes a local workspace with a
random id. At the first sign-in that id becomes the server workspace's id - the
foreign keys cascade it into every record - and the outbox, conflicts and search
index follow, so everything captured before signing in is uploaded into the chosen
workspace. The local workspace row's own insert is superseded: the server made the
workspace (`create-workspace`) and must not get a second one.
"""

from __future__ import annotations

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from desktop.models import OutboxMutation, SearchDoc, SyncConflict
from desktop.services.workspace import current_workspace
from desktop.store.local_state import CURRENT_WORKSPACE, set_local

SUPERSEDED = {"status": "noop", "reason": "superseded_by_server_workspace"}


def rehome(session: Session, server_workspace_id: str) -> str | None:
    """Re-key the current local workspace to `server_workspace_id`; returns the old id."""
    workspace = current_workspace(session)
    old_id = workspace.id if workspace is not None else None
    if workspace is not None and old_id != server_workspace_id:
        session.flush()
        session.expunge_all()  # the rows below change under the ORM's feet
        # ON UPDATE CASCADE carries the new id into every record table.
        session.execute(
            text("UPDATE workspace SET id = :new, workspace_id = :new WHERE id = :old"),
            {"new": server_workspace_id, "old": old_id},
        )
        for model in (OutboxMutation, SyncConflict, SearchDoc):
            session.execute(
                update(model)
                .where(model.workspace_id == old_id)
                .values(workspace_id=server_workspace_id)
            )
        session.execute(
            update(OutboxMutation)
            .where(OutboxMutation.table_name == "workspace", OutboxMutation.row_id == old_id)
            .values(row_id=server_workspace_id)
        )
    _supersede_workspace_inserts(session)
    set_local(session, CURRENT_WORKSPACE, server_workspace_id)
    return old_id


def _supersede_workspace_inserts(session: Session) -> None:
    session.execute(
        update(OutboxMutation)
        .where(
            OutboxMutation.table_name == "workspace",
            OutboxMutation.op == "insert",
            OutboxMutation.state.in_(("pending", "frozen")),
        )
        .values(state="acked", result=SUPERSEDED)
    )
