"""Taking in what the server says - a push answer, a pull page, a changed identity.

Shared by the online engine and bundle files, so both apply the server's word the same
way; each function works inside the caller's write session (`apply_remote=True`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from desktop.models import SYNCED_MODELS, SyncConflict
from desktop.sync import state
from desktop.sync.apply import apply_conflicts, apply_rows, set_versions
from desktop.sync.conflicts import keep_local_values
from desktop.sync.give_back import give_back_lost_rows
from desktop.sync.outbox import BatchOutcome, batch_mutations, prepare_replay, record_results
from desktop.sync.protocol import Checkpoint, PullPage, PushResponse

log = logging.getLogger("desktop.sync")


@dataclass
class PageOutcome:
    received: int = 0
    set_aside: int = 0
    new_conflicts: set[str] = field(default_factory=set)
    moved_cursor: bool = False


def record_push_answer(
    session: Session, workspace_id: str, response: PushResponse, *, current: bool = True
) -> BatchOutcome:
    """Acknowledge the batch's mutations and make the rows match the server's.

    An answer that is not `current` (a bundle answered before this laptop saw the server
    restored) only acknowledges: its versions, rows and conflicts use the numbering of
    a server that is gone, and the full re-read brings the restored server's."""
    rows_of = {
        m.mutation_id: (m.table_name, m.row_id) for m in batch_mutations(session, response.batch_id)
    }
    applied = {
        rows_of[r.mutation_id][1]: (rows_of[r.mutation_id][0], r.version)
        for r in response.results
        if r.status == "applied" and r.version is not None and r.mutation_id in rows_of
    }
    outcome = record_results(session, response.batch_id, response.results)
    if not current:
        return outcome
    set_versions(session, applied)
    outcome.set_aside = apply_rows(session, workspace_id, response.rows, answer=True).set_aside
    apply_conflicts(session, workspace_id, response.conflicts)
    keep_local_values(session, workspace_id)
    state.advance_checkpoint(session, newest_change(response))
    return outcome


def apply_page(session: Session, workspace_id: str, page: PullPage) -> PageOutcome:
    """Apply one pull page and move the cursor - unless the page does not start at or
    before this laptop's cursor (it would leave a gap): then only its rows are used."""
    known = state.load_state(session)
    outcome = PageOutcome()
    applied = apply_rows(session, workspace_id, page.rows, force=known.full_resync)
    outcome.received, outcome.set_aside = applied.written, applied.set_aside
    outcome.new_conflicts = apply_conflicts(session, workspace_id, page.conflicts)
    keep_local_values(session, workspace_id)
    if page.cursor_from <= known.cursor < page.cursor:
        state.save(session, CURSOR=page.cursor)
        state.advance_checkpoint(session, page.checkpoint)
        outcome.moved_cursor = True
        if known.full_resync and not page.has_more:
            state.save(session, FULL_RESYNC=False)
            given = give_back_lost_rows(session, workspace_id)
            if given:
                log.info("giving the restored server back %d row(s) it lost", given)
    return outcome


def enter_resync(session: Session, workspace_id: str, known: state.SyncState) -> int:
    """The server was restored (or replaced): re-push everything it acknowledged and
    read everything again. Returns how many mutations will be sent again."""
    replayed = prepare_replay(session, workspace_id)
    # The server's version numbers restart from its backup: forget ours, so every row
    # it sends counts as newer, and rows it lost look never synced.
    for model in SYNCED_MODELS:
        session.execute(update(model).values(version=0))
    # Local conflicts are copies of the server's: the re-pull brings the ones it still has.
    session.execute(delete(SyncConflict).where(SyncConflict.workspace_id == workspace_id))
    state.save(session, CURSOR=0, EPOCH=known.epoch + 1, FULL_RESYNC=True)
    state.save_checkpoint(session, None)
    log.warning(
        "the sync server was restored or replaced: re-sending %d change(s), reading all",
        replayed,
    )
    return replayed


def newest_change(response: PushResponse) -> Checkpoint | None:
    best: Checkpoint | None = None
    for result in response.results:
        if result.server_seq is None or result.change_id is None:
            continue
        if best is None or result.server_seq > best.seq:
            best = Checkpoint(seq=result.server_seq, change_id=result.change_id)
    return best
