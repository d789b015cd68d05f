"""`run_sync`: push the outbox, then pull the change feed (ARCHITECTURE.md "Sync").

1. Ask the server who it is and whether it still knows the last change this laptop
   saw. If not (restored from a backup, or another server), freeze every
   acknowledged mutation again to be re-pushed, and re-pull from 0.
2. Push: freeze pending mutations into batches, then send every frozen batch (older
   ones first, unchanged) - attachment files before the rows that name them - and
   record each answer together with the rows and conflicts it returns.
3. Pull: page by page; each page, its conflicts and the new cursor are written in one
   transaction, local unacknowledged edits re-applied on top.

Safe offline (ServerUnreachableError before anything changes), cancellable between
steps (SyncCancelledError; the next run continues), and never overlapping: a second
call while one runs in this process raises SyncInProgressError at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from desktop.models import utcnow
from desktop.services.workspace import renew_device_id
from desktop.store import Database
from desktop.store.locks import SYNC_LOCK, DataDirLock
from desktop.sync import state
from desktop.sync.account import register_device, require_sign_in
from desktop.sync.api import (
    Api,
    ClientFactory,
    DeviceNotRegisteredError,
    DeviceTakenError,
    PayloadTooLargeError,
    open_client,
)
from desktop.sync.blobs import hashes_to_upload, upload_blobs
from desktop.sync.errors import (
    ServerProtocolError,
    SessionExpiredError,
    SyncCancelledError,
    SyncInProgressError,
)
from desktop.sync.ingest import apply_page, enter_resync, record_push_answer
from desktop.sync.outbox import (
    batch_mutations,
    freeze_pending,
    frozen_batches,
    is_replay,
    split_batch,
    to_wire,
)
from desktop.sync.protocol import PushRequest, PushResponse, SyncStatus

log = logging.getLogger("desktop.sync")

PULL_PAGE = 500
SKEW_WARNING_SECONDS = 300
_LOCK = threading.Lock()


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "connect", "upload", "push", "pull" or "done"
    done: int
    total: int


@dataclass(frozen=True)
class SyncSummary:
    sent: int
    received: int
    merged: int
    conflicts: int
    quarantined: int
    server_time: datetime | None
    finished_at: datetime
    deferred: int = 0
    server_restored: bool = False
    clock_skew_seconds: float = 0.0
    # Rows from the server this laptop could not store (see set_aside.py).
    set_aside: int = 0


ProgressCallback = Callable[[SyncProgress], None]


def run_sync(
    db: Database,
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    client_factory: ClientFactory | None = None,
) -> SyncSummary:
    if not _LOCK.acquire(blocking=False):
        raise SyncInProgressError()
    # The file lock keeps a second process (the command line beside the app) from
    # syncing the same data dir at once, and a restore from swapping the file mid-sync.
    across_processes = DataDirLock(db.data_dir, SYNC_LOCK)
    try:
        if not across_processes.acquire():
            raise SyncInProgressError()
        return _Run(db, progress, cancelled).run(client_factory)
    finally:
        across_processes.release()
        _LOCK.release()


@dataclass
class _Counts:
    sent: int = 0
    received: int = 0
    merged: int = 0
    quarantined: int = 0
    deferred: int = 0
    set_aside: int = 0
    conflict_ids: set[str] = field(default_factory=set)


class _Run:
    def __init__(
        self,
        db: Database,
        progress: ProgressCallback | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.db = db
        self.progress = progress
        self.cancelled = cancelled
        self.counts = _Counts()
        self.server_time: datetime | None = None
        self.restored = False
        self.pushed = False  # any batch sent: its changes come back with the next pull
        self.skew = 0.0

    def run(self, client_factory: ClientFactory | None) -> SyncSummary:
        known, signin = require_sign_in(self.db)
        self.signin = signin
        self.workspace_id = known.workspace_id
        self.device_id = signin.device_id
        with open_client(known.server_url, client_factory) as http:
            api = Api(known.server_url, http, signin)
            api.username, api.workspace_name = known.username, known.workspace_name
            self._report("connect", 0, 1)
            status = api.status(known.workspace_id, known.checkpoint)
            self._check_identity(known, status)
            self._check()
            self._push(api)
            self._check()
            if self._anything_to_pull(status):
                self._pull(api)
        finished = utcnow()
        with self.db.write("sync", apply_remote=True) as session:
            state.save(session, LAST_SYNCED_AT=finished, CLOCK_SKEW=round(self.skew, 1))
        self._report("done", 1, 1)
        return SyncSummary(
            sent=self.counts.sent,
            received=self.counts.received,
            merged=self.counts.merged,
            conflicts=len(self.counts.conflict_ids),
            quarantined=self.counts.quarantined,
            server_time=self.server_time,
            finished_at=finished,
            deferred=self.counts.deferred,
            server_restored=self.restored,
            clock_skew_seconds=self.skew,
            set_aside=self.counts.set_aside,
        )

    # -- identity --------------------------------------------------------------------

    def _check_identity(self, known: state.SyncState, status: SyncStatus) -> None:
        self._note_time(status.server_time)
        changed = bool(known.instance_id) and status.server_instance_id != known.instance_id
        with self.db.write("sync", apply_remote=True) as session:
            if changed or not status.checkpoint_known:
                self.restored = True
                enter_resync(session, self.workspace_id, known)
            state.save(session, INSTANCE_ID=status.server_instance_id)

    def _anything_to_pull(self, status: SyncStatus) -> bool:
        """A sync that sent nothing, on a server that knows our checkpoint and has no
        change past our cursor, skips the pull: "nothing new" is then one request."""
        if self.pushed or self.restored:
            return True
        with self.db.read() as session:
            return state.load_state(session).cursor < status.high_water

    # -- push ------------------------------------------------------------------------

    def _push(self, api: Api) -> None:
        with self.db.write("sync", apply_remote=True) as session:
            freeze_pending(session, self.workspace_id)
        attempted: set[str] = set()
        while True:
            with self.db.read() as session:
                waiting = frozen_batches(session, self.workspace_id)
            todo = [b for b in waiting if b not in attempted]
            if not todo:
                return
            self._check()
            self._report("push", len(attempted), len(attempted) + len(todo))
            attempted.add(todo[0])
            attempted.update(self._push_batch(api, todo[0]))

    def _push_batch(self, api: Api, batch_id: str) -> set[str]:
        """Send one frozen batch and record the answer; returns batch ids not to retry now."""
        with self.db.read() as session:
            frozen = batch_mutations(session, batch_id)
            mutations = [to_wire(m) for m in frozen]
            replay = any(is_replay(m) for m in frozen)
        if not mutations:
            return set()
        self.pushed = True
        hashes = hashes_to_upload(mutations)
        if hashes:
            self._report("upload", 0, len(hashes))
            upload_blobs(api, self.db, self.workspace_id, hashes, self.cancelled)
        request = PushRequest(
            device_id=self.device_id,
            batch_id=batch_id,
            workspace_id=self.workspace_id,
            mutations=mutations,
            replay=replay,
        )
        try:
            try:
                response = api.push(request)
            except DeviceNotRegisteredError:
                self._register_again(api)
                response = api.push(request)
        except PayloadTooLargeError:
            with self.db.write("sync", apply_remote=True) as session:
                split_batch(session, batch_id)
            return set()
        _check_answer(api.base_url, request, response)
        self._note_time(response.server_time)
        return self._record(response)

    def _register_again(self, api: Api) -> None:
        """The server forgot this device (restored from an older copy). If another
        account has taken its id since, this data dir gets a fresh one, and the user
        signs in again with it (the sign-in belongs to the old id)."""
        try:
            register_device(api, self.signin)
        except DeviceTakenError:
            renew_device_id(self.db)
            raise SessionExpiredError() from None

    def _record(self, response: PushResponse) -> set[str]:
        with self.db.write("sync", apply_remote=True) as session:
            outcome = record_push_answer(session, self.workspace_id, response)
        self.counts.sent += outcome.acked
        self.counts.merged += outcome.merged
        self.counts.quarantined += outcome.quarantined
        self.counts.deferred += outcome.deferred
        self.counts.set_aside += outcome.set_aside
        self.counts.conflict_ids.update(
            cid for r in response.results if r.status == "conflict" for cid in r.conflict_ids
        )
        # Deferred mutations went to fresh batches: they wait for the next sync.
        return set(outcome.deferred_batches)

    # -- pull ------------------------------------------------------------------------

    def _pull(self, api: Api) -> None:
        while True:
            self._check()
            with self.db.read() as session:
                before = state.load_state(session)
            page = api.pull(self.workspace_id, before.cursor, PULL_PAGE)
            if page.cursor_from != before.cursor or page.cursor < before.cursor:
                raise ServerProtocolError(api.base_url, "a pull page for another cursor")
            if page.server_instance_id != before.instance_id:
                log.warning("the server changed identity during the sync; next sync re-reads")
                return
            self._note_time(page.server_time)
            with self.db.write("sync", apply_remote=True) as session:
                if state.load_state(session).cursor != before.cursor:
                    return  # another process moved on meanwhile: this page is stale
                outcome = apply_page(session, self.workspace_id, page)
            self.counts.received += outcome.received
            self.counts.set_aside += outcome.set_aside
            self.counts.conflict_ids.update(outcome.new_conflicts)
            self._report("pull", page.cursor, max(page.high_water, page.cursor))
            if not page.has_more:
                return

    # -- helpers ---------------------------------------------------------------------

    def _check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise SyncCancelledError()

    def _report(self, phase: str, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(SyncProgress(phase, done, total))

    def _note_time(self, server_time: datetime) -> None:
        self.server_time = server_time
        self.skew = (server_time - utcnow()).total_seconds()
        if abs(self.skew) > SKEW_WARNING_SECONDS:
            log.warning("this computer's clock is %.0f s off the server's", -self.skew)


def _check_answer(url: str, request: PushRequest, response: PushResponse) -> None:
    sent = {m.mutation_id for m in request.mutations}
    answered = {r.mutation_id for r in response.results}
    if response.batch_id != request.batch_id or not answered <= sent:
        raise ServerProtocolError(url, "an answer to another batch")
