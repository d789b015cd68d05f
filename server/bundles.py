"""`import-bundle`: a laptop's bundle through the same push handler, and the answer back.

The bundle is verified first: the device's HMAC over a manifest that lists every
file's SHA-256 and size (the device must be registered and its account a member; see
`desktop.sync.protocol.bundle_reader` for the order of checks). Then its attachment
files - verified in a scratch directory - move into place and its batches are pushed
one transaction each exactly as over HTTP: a batch seen before gets its stored answer,
so importing a bundle twice is harmless. A response bundle is written with the
answers and the pull pages since the laptop's cursor (from 0 if this server no longer
knows what the laptop saw, e.g. after a restore).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from pydantic import ValidationError

from desktop.sync.protocol import (
    RESPONSE_FILE,
    BundleFormatError,
    BundleManifest,
    Checkpoint,
    PullPage,
    PushRequest,
    PushResponse,
    ResponseBundleBody,
    open_bundle,
    write_bundle,
)
from server.accounts import role_in
from server.database import ServerDatabase
from server.models import Account, Device, PushBatch, utcnow
from server.security.tokens import device_secret
from server.settings import Settings
from server.sync.blobs import BlobStorage, store_verified
from server.sync.caller import Caller
from server.sync.pull import checkpoint_known, high_water, pull_page
from server.sync.push import BatchReusedError, push_batch, request_digest

PAGE_SIZE = 1000


class BundleRejectedError(Exception):
    """The bundle is not acceptable; nothing was imported."""


class BundleRepeatedError(BundleRejectedError):
    """The bundle (one of its batches) was imported before."""


def import_bundle(
    database: ServerDatabase,
    settings: Settings,
    source: Path,
    target: Path,
    *,
    workspace_id: str | None = None,
) -> str:
    """Import a laptop's bundle and write the answer bundle to `target`. With
    `workspace_id` (a bundle forwarded through the API by a member of that workspace),
    a bundle of another workspace is refused before its signature is even checked."""
    callers: dict[str, Caller] = {}

    def secret_for(manifest: BundleManifest) -> str | None:
        if workspace_id is not None and manifest.workspace_id != workspace_id:
            raise BundleFormatError("it was made for another computer or workspace")
        caller = _caller(database, manifest)
        if caller is None:
            return None
        callers[manifest.device_id] = caller
        return device_secret(settings.secret_key, caller.account_id, caller.device_id)

    storage = BlobStorage(settings.blob_dir)
    try:
        with open_bundle(source, secret_for, storage.scratch_dir()) as bundle:
            manifest = bundle.manifest
            if manifest.kind != "request":
                raise BundleRejectedError(f"{source} is a response bundle, not a laptop's bundle")
            caller = callers[manifest.device_id]
            workspace_id = manifest.workspace_id
            # Everything is checked before anything is stored: a refused bundle leaves
            # the server as it was.
            requests = [
                _batch(manifest, name, bundle.documents[name]) for name in sorted(bundle.documents)
            ]
            _refuse_reused_batches(database, requests)
            blobs = _store_blobs(database, storage, caller, workspace_id, bundle.blobs)
            pushes = [_push(database, caller, request) for request in requests]
    except BundleFormatError as exc:
        raise BundleRejectedError(f"{source}: {exc}") from None
    body, cursor = _answer(database, manifest, pushes, settings.pull_page_max_bytes)
    instance = database.instance_id()
    answer = BundleManifest(
        kind="response",
        bundle_id=str(uuid.uuid4()),
        device_id=manifest.device_id,
        workspace_id=workspace_id,
        username=caller.username,
        created_at=utcnow(),
        cursor=cursor,
        server_instance_id=instance,
    )
    secret = device_secret(settings.secret_key, caller.account_id, caller.device_id)
    write_bundle(target, answer, {RESPONSE_FILE: body.model_dump_json().encode()}, secret)
    mutations = sum(len(p.results) for p in pushes)
    rows = sum(len(page.rows) for page in body.pages)
    return (
        f"Imported {len(pushes)} batch(es) with {mutations} change(s) and {blobs} file(s) "
        f"from {caller.username}; wrote {target} with {rows} row(s) for the way back"
    )


def _caller(database: ServerDatabase, manifest: BundleManifest) -> Caller | None:
    with database.read() as session:
        device = session.get(Device, manifest.device_id)
        if device is None:
            return None
        account = session.get(Account, device.account_id)
        if account is None or account.disabled:
            return None
        role = role_in(session, account.id, manifest.workspace_id)
        if role is None:
            return None
        return Caller(account.id, account.username, device.id, role)


def _store_blobs(
    database: ServerDatabase,
    storage: BlobStorage,
    caller: Caller,
    workspace_id: str,
    verified: dict[str, Path],
) -> int:
    """Move the bundle's verified attachment files into place, one transaction each."""
    for sha256, path in sorted(verified.items()):
        with database.write() as session:
            store_verified(session, storage, caller, workspace_id, sha256, path)
    return len(verified)


def _batch(manifest: BundleManifest, name: str, raw: bytes) -> PushRequest:
    try:
        request = PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise BundleRejectedError(f"{name} cannot be read ({where}: {first['msg']})") from None
    if request.device_id != manifest.device_id or request.workspace_id != manifest.workspace_id:
        raise BundleRejectedError(f"{name} is a batch of another device or workspace")
    return request


def _refuse_reused_batches(database: ServerDatabase, requests: list[PushRequest]) -> None:
    """A batch id this device used before for other mutations (or twice in the bundle)."""
    digests: dict[str, str] = {}
    with database.read() as session:
        for request in requests:
            digest = request_digest(request)
            stored = session.get(PushBatch, (request.device_id, request.batch_id))
            earlier = digests.setdefault(request.batch_id, digest)
            if earlier != digest or (stored is not None and stored.request_hash != digest):
                raise BundleRepeatedError(f"batch {request.batch_id} was used before")


def _push(database: ServerDatabase, caller: Caller, request: PushRequest) -> PushResponse:
    try:
        with database.write(lock_workspace=request.workspace_id) as session:
            outcome = push_batch(session, caller, request, utcnow())
    except BatchReusedError:
        raise BundleRejectedError(f"batch {request.batch_id} was used before") from None
    return PushResponse(
        server_instance_id=database.instance_id(),
        server_time=utcnow(),
        batch_id=request.batch_id,
        results=outcome.results,
        rows=outcome.rows,
        conflicts=outcome.conflicts,
    )


def _answer(
    database: ServerDatabase, manifest: BundleManifest, pushes: list[PushResponse], page_bytes: int
) -> tuple[ResponseBundleBody, int]:
    workspace_id = manifest.workspace_id
    instance = database.instance_id()
    with database.read() as session:
        known = checkpoint_known(session, workspace_id, manifest.checkpoint) and (
            manifest.server_instance_id in (None, instance)
        )
        cursor = manifest.cursor if known else 0
        pages: list[PullPage] = []
        water = high_water(session, workspace_id)
        while True:
            rows, conflicts, new_cursor, has_more = pull_page(
                session, workspace_id, cursor, PAGE_SIZE, page_bytes
            )
            last = rows[-1] if rows else None
            pages.append(
                PullPage(
                    server_instance_id=instance,
                    server_time=utcnow(),
                    workspace_id=workspace_id,
                    cursor_from=cursor,
                    cursor=new_cursor,
                    has_more=has_more,
                    high_water=water,
                    checkpoint=(
                        Checkpoint(seq=last.server_seq, change_id=last.change_id) if last else None
                    ),
                    rows=rows,
                    conflicts=conflicts,
                )
            )
            cursor = new_cursor
            if not has_more:
                break
    body = ResponseBundleBody(
        request_bundle_id=manifest.bundle_id,
        checkpoint_known=known,
        epoch=manifest.epoch,
        pushes=pushes,
        pages=pages,
    )
    return body, cursor
