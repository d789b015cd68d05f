"""`import-bundle`: a laptop's bundle through the same push handler, and the answer back.

The bundle is verified first (the device's HMAC over a manifest that lists every
file's SHA-256; the device must be registered and its account a member). Then its
attachment files are stored (hash-checked), its batches pushed one transaction each
exactly as over HTTP - a batch seen before gets its stored answer, so importing a
bundle twice is harmless - and a response bundle is written with the answers and the
pull pages since the laptop's cursor (from 0 if this server no longer knows what the
laptop saw, e.g. after a restore).
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
    read_bundle,
    write_bundle,
)
from server.accounts import role_in
from server.database import ServerDatabase
from server.models import Account, Device, utcnow
from server.security.tokens import device_secret
from server.settings import Settings
from server.sync.blobs import BlobHashMismatchError, BlobStorage, store_whole
from server.sync.caller import Caller
from server.sync.pull import checkpoint_known, high_water, pull_page
from server.sync.push import BatchReusedError, push_batch

PAGE_SIZE = 1000


class BundleRejectedError(Exception):
    """The bundle is not acceptable; nothing was imported."""


def import_bundle(database: ServerDatabase, settings: Settings, source: Path, target: Path) -> str:
    callers: dict[str, Caller] = {}

    def secret_for(manifest: BundleManifest) -> str | None:
        caller = _caller(database, manifest)
        if caller is None:
            return None
        callers[manifest.device_id] = caller
        return device_secret(settings.secret_key, caller.account_id, caller.device_id)

    try:
        manifest, files = read_bundle(source, secret_for)
    except BundleFormatError as exc:
        raise BundleRejectedError(f"{source}: {exc}") from None
    if manifest.kind != "request":
        raise BundleRejectedError(f"{source} is a response bundle, not a laptop's bundle")
    caller = callers[manifest.device_id]
    workspace_id = manifest.workspace_id
    blobs = _store_blobs(database, BlobStorage(settings.blob_dir), caller, workspace_id, files)
    pushes = [
        _push(database, caller, manifest, files[name])
        for name in sorted(n for n in files if n.startswith("batches/"))
    ]
    body, cursor = _answer(database, manifest, pushes)
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
    files: dict[str, bytes],
) -> int:
    stored = 0
    for name, data in files.items():
        if not name.startswith("blobs/"):
            continue
        try:
            with database.write() as session:
                store_whole(session, storage, caller, workspace_id, name[6:], data)
        except BlobHashMismatchError:
            raise BundleRejectedError(f"{name} does not match its SHA-256") from None
        stored += 1
    return stored


def _push(
    database: ServerDatabase, caller: Caller, manifest: BundleManifest, raw: bytes
) -> PushResponse:
    try:
        request = PushRequest.model_validate_json(raw)
    except ValidationError as exc:
        raise BundleRejectedError(f"a batch cannot be read: {exc}") from None
    if request.device_id != manifest.device_id or request.workspace_id != manifest.workspace_id:
        raise BundleRejectedError("a batch of another device or workspace")
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
    database: ServerDatabase, manifest: BundleManifest, pushes: list[PushResponse]
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
                session, workspace_id, cursor, PAGE_SIZE
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
