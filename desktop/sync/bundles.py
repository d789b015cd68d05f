"""Sync without a network: bundle files carried on a USB stick (ARCHITECTURE "Sync" 7).

`export_bundle` writes what `run_sync` would push - the frozen batches and the
attachment files they name - into a zip with a manifest signed with this device's
secret (HMAC-SHA256, the key the server gave at device registration). The server
imports it through the same push handler (`field-dossier-server import-bundle`) and
writes a response bundle: the answer to each batch plus the pull pages since this
laptop's cursor. `import_bundle` applies that answer exactly as an online sync would.

Importing either bundle twice, or answers in another order, is harmless: batches are
idempotent on the server, and on the laptop answers only touch mutations still
frozen, rows only move forward, and the cursor only moves without gaps.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from desktop.models import new_id, utcnow
from desktop.services.os_errors import os_reason
from desktop.services.workspace import device_id
from desktop.store import Database
from desktop.sync import credentials, state
from desktop.sync.account import require_sign_in
from desktop.sync.api import Api, ClientFactory, open_client
from desktop.sync.blobs import hashes_to_upload
from desktop.sync.errors import BundleError, NotSignedInError
from desktop.sync.ingest import apply_page, enter_resync, record_push_answer
from desktop.sync.outbox import batch_mutations, freeze_pending, frozen_batches, is_replay, to_wire
from desktop.sync.protocol import (
    RESPONSE_FILE,
    BundleFormatError,
    BundleManifest,
    PushRequest,
    ResponseBundleBody,
    open_bundle,
    write_bundle,
)


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    batches: int
    mutations: int
    blobs: int


@dataclass(frozen=True)
class ImportSummary:
    acknowledged: int
    received: int
    conflicts: int
    quarantined: int
    server_restored: bool


def export_bundle(db: Database, path: Path) -> ExportSummary:
    known, device, secret = _bundle_identity(db, path)
    with db.write("sync", apply_remote=True) as session:
        freeze_pending(session, known.workspace_id)
    files: dict[str, bytes | Path] = {}
    count = 0
    with db.read() as session:
        for index, batch_id in enumerate(frozen_batches(session, known.workspace_id), 1):
            frozen = batch_mutations(session, batch_id)
            request = PushRequest(
                device_id=device,
                batch_id=batch_id,
                workspace_id=known.workspace_id,
                mutations=[to_wire(m) for m in frozen],
                replay=any(is_replay(m) for m in frozen),
            )
            files[f"batches/{index:06d}.json"] = request.model_dump_json().encode()
            count += len(request.mutations)
            for sha256 in hashes_to_upload(request.mutations):
                if db.blobs.has(sha256):
                    files[f"blobs/{sha256}"] = db.blobs.path_for(sha256)
    manifest = BundleManifest(
        kind="request",
        bundle_id=new_id(),
        device_id=device,
        workspace_id=known.workspace_id,
        username=known.username,
        created_at=utcnow(),
        cursor=known.cursor,
        epoch=known.epoch,
        checkpoint=known.checkpoint,
        server_instance_id=known.instance_id or None,
    )
    try:
        write_bundle(path, manifest, files, secret)
    except OSError as exc:
        raise BundleError(str(path), os_reason(exc)) from exc
    batches = sum(name.startswith("batches/") for name in files)
    blobs = sum(name.startswith("blobs/") for name in files)
    return ExportSummary(path, batches, count, blobs)


def import_bundle(db: Database, path: Path) -> ImportSummary:
    known, device, secret = _bundle_identity(db, path)
    try:
        with open_bundle(path, lambda _manifest: secret) as bundle:
            manifest, answer = bundle.manifest, bundle.documents.get(RESPONSE_FILE)
    except BundleFormatError as exc:
        raise BundleError(str(path), str(exc)) from exc
    if manifest.kind != "response" or answer is None:
        raise BundleError(str(path), "it is not an answer from the server")
    if manifest.device_id != device or manifest.workspace_id != known.workspace_id:
        raise BundleError(str(path), "it was made for another computer or workspace")
    try:
        body = ResponseBundleBody.model_validate_json(answer)
    except ValidationError as exc:
        raise BundleError(str(path), "its answer cannot be read") from exc
    acknowledged = received = quarantined = 0
    conflicts: set[str] = set()
    with db.write("sync", apply_remote=True) as session:
        current = state.load_state(session)
        # An answer to a bundle made before this laptop last saw the server restored:
        # its pages use the old numbering. Only its push answers are still of use.
        stale = body.epoch != current.epoch
        instance = manifest.server_instance_id or ""
        restored = not stale and (
            not body.checkpoint_known
            or (bool(current.instance_id) and bool(instance) and instance != current.instance_id)
        )
        if restored:
            enter_resync(session, known.workspace_id, current)
        if instance and not stale:
            state.save(session, INSTANCE_ID=instance)
        for push in body.pushes:
            outcome = record_push_answer(session, known.workspace_id, push, current=not stale)
            acknowledged += outcome.acked
            quarantined += outcome.quarantined
            conflicts.update(c for r in push.results for c in r.conflict_ids)
        for page in [] if stale else body.pages:
            page_outcome = apply_page(session, known.workspace_id, page)
            received += page_outcome.received
            conflicts.update(page_outcome.new_conflicts)
        state.save(session, LAST_SYNCED_AT=utcnow())
    return ImportSummary(acknowledged, received, len(conflicts), quarantined, restored)


def _bundle_identity(db: Database, path: Path) -> tuple[state.SyncState, str, str]:
    with db.read() as session:
        known = state.load_state(session)
    if not known.bound_workspace_id or not known.server_url or not known.username:
        raise NotSignedInError()
    device = device_id(db)
    secret = credentials.load_secret(
        credentials.device_key(known.server_url, known.username, device)
    )
    if secret is None:
        raise BundleError(str(path), "this computer has no bundle key: sign in once while online")
    return known, device, secret


def forward_bundle(
    db: Database, source: Path, target: Path, *, client_factory: ClientFactory | None = None
) -> None:
    """A colleague's bundle, forwarded to the server from this (connected) laptop; its
    answer is written to `target` for the colleague to import. The bundle's signature
    is its author's: this laptop can neither change it nor learn more than the answer."""
    known, signin = require_sign_in(db)
    try:
        bundle = source.read_bytes()
    except OSError as exc:
        raise BundleError(str(source), os_reason(exc)) from exc
    with open_client(known.server_url, client_factory) as http:
        api = Api(known.server_url, http, signin)
        api.username, api.workspace_name = known.username, known.workspace_name
        answer = api.forward_bundle(known.workspace_id, bundle)
    if isinstance(answer, str):
        raise BundleError(str(source), answer)
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.write_bytes(answer)
        partial.replace(target)  # never half an answer under its name
    except OSError as exc:
        raise BundleError(str(target), os_reason(exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
