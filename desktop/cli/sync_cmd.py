"""Sync sub-commands: login, logout, sync, sync-status, conflicts, resolve, history, bundles.

Passwords are asked for on the terminal or read from stdin (`--password-stdin`), never
taken as an argument. The sign-in is kept in the OS keyring; with no usable keyring,
`--no-keyring` signs in for the current command only (`sync --password-stdin` then
signs in again for each run).
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import ValidationError
from desktop.models import MODEL_BY_TABLE, SyncConflict
from desktop.services.workspace import user_name
from desktop.store import Database
from desktop.store.wire import to_wire
from desktop.sync import account, state
from desktop.sync.account import current_account, sign_in, sign_out
from desktop.sync.blobs import download_missing
from desktop.sync.bundles import export_bundle, import_bundle
from desktop.sync.conflicts import mine_side, open_conflicts, resolve_conflict
from desktop.sync.engine import SyncSummary, run_sync
from desktop.sync.errors import (
    KeyringUnavailableError,
    NotSignedInError,
    SessionExpiredError,
    SignInNotKeptError,
)
from desktop.sync.history import record_history
from desktop.sync.outbox import counts
from desktop.tr import QT_TRANSLATE_NOOP


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    credentials = argparse.ArgumentParser(add_help=False)
    credentials.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    credentials.add_argument(
        "--no-keyring",
        action="store_true",
        help="keep the sign-in in memory for this command only (no keyring needed)",
    )

    login = subparsers.add_parser(
        "login", parents=[common, credentials], help="sign in to a sync server (--user NAME)"
    )
    login.add_argument("--server", required=True, help="the sync server's URL")
    login.add_argument("--workspace", help="workspace name (default: your only one)")
    login.set_defaults(handler=run_login)

    logout = subparsers.add_parser("logout", parents=[common], help="sign out")
    logout.set_defaults(handler=run_logout)

    sync = subparsers.add_parser(
        "sync", parents=[common, credentials], help="send and receive changes"
    )
    sync.add_argument(
        "--attachments", action="store_true", help="also download all missing attachment files"
    )
    sync.set_defaults(handler=run_sync_command)

    status = subparsers.add_parser(
        "sync-status", parents=[common], help="what is waiting to be synced (offline)"
    )
    status.set_defaults(handler=run_status)

    conflicts = subparsers.add_parser(
        "conflicts", parents=[common], help="list open conflicts (offline)"
    )
    conflicts.set_defaults(handler=run_conflicts)

    resolve = subparsers.add_parser(
        "resolve", parents=[common], help="resolve a conflict (offline; sent at the next sync)"
    )
    resolve.add_argument("conflict_id")
    resolve.add_argument(
        "--take", required=True, metavar="mine|theirs|VALUE-JSON", help="the value to keep"
    )
    resolve.set_defaults(handler=run_resolve)

    history = subparsers.add_parser(
        "history", parents=[common, credentials], help="every version of a record (online)"
    )
    history.add_argument("id")
    history.set_defaults(handler=run_history)

    export = subparsers.add_parser(
        "bundle-export", parents=[common], help="write a sync bundle for the server (USB stick)"
    )
    export.add_argument("file", type=Path)
    export.set_defaults(handler=run_bundle_export)

    importer = subparsers.add_parser(
        "bundle-import", parents=[common], help="read the server's answer bundle"
    )
    importer.add_argument("file", type=Path)
    importer.set_defaults(handler=run_bundle_import)


# -- signing in ------------------------------------------------------------------------


def run_login(context: CliContext) -> int:
    args = context.args
    username = getattr(args, "user", None)
    if not username:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say who signs in: --user NAME."))
    password = _password(args.password_stdin)
    try:
        info = sign_in(
            context.db,
            args.server,
            username,
            password,
            args.workspace,
            remember=not args.no_keyring,
        )
    except KeyringUnavailableError:
        print(
            "field-dossier: hint: use --no-keyring to sign in for this command only, then "
            "`sync --password-stdin` signs in again for each sync.",
            file=sys.stderr,
        )
        raise
    data = _account_dict(context.db)
    human = (
        f"Signed in to {info.server_url} as {info.username} ({info.workspace_name}, {info.role})"
    )
    if not info.remembered:
        human += "\nThe sign-in is kept in memory for this command only (no keyring)."
    context.emit(data, human)
    return 0


def run_logout(context: CliContext) -> int:
    sign_out(context.db)
    context.emit({"signed_in": False}, "Signed out. The data on this computer stays.")
    return 0


def _ensure_sign_in(context: CliContext) -> None:
    """With --password-stdin and no stored sign-in: sign in again for this run."""
    args = context.args
    if not getattr(args, "password_stdin", False):
        return
    try:
        account.require_sign_in(context.db)
        return
    except (NotSignedInError, SessionExpiredError, SignInNotKeptError):
        pass
    with context.db.read() as session:
        known = state.load_state(session)
    if not known.server_url or not known.username:
        raise NotSignedInError()
    remember = account.keyring_available() and not args.no_keyring
    sign_in(
        context.db,
        known.server_url,
        known.username,
        _password(True),
        known.workspace_id,
        remember=remember,
    )


def _password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no terminal to ask for the password: use --password-stdin."
            )
        )
    if not password:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The password is empty."))
    return password


# -- syncing ---------------------------------------------------------------------------


def run_sync_command(context: CliContext) -> int:
    context.scope  # noqa: B018 - a data dir that never started gets its workspace now
    _ensure_sign_in(context)
    summary = run_sync(context.db)
    fetched = download_missing(context.db) if context.args.attachments else None
    data = _summary_dict(summary)
    if fetched is not None:
        data["attachments_downloaded"] = fetched
    context.emit(data, _summary_text(summary, fetched))
    return 0


def _summary_dict(summary: SyncSummary) -> dict[str, Any]:
    return {
        "sent": summary.sent,
        "received": summary.received,
        "merged": summary.merged,
        "conflicts": summary.conflicts,
        "quarantined": summary.quarantined,
        "deferred": summary.deferred,
        "server_restored": summary.server_restored,
        "server_time": to_wire(summary.server_time),
        "finished_at": to_wire(summary.finished_at),
        "clock_skew_seconds": round(summary.clock_skew_seconds, 1),
    }


def _summary_text(summary: SyncSummary, fetched: int | None) -> str:
    lines = [
        f"Sent {summary.sent}, received {summary.received}, merged {summary.merged}, "
        f"conflicts {summary.conflicts}, quarantined {summary.quarantined}."
    ]
    if summary.deferred:
        lines.append(f"{summary.deferred} change(s) wait for their record on the server.")
    if summary.server_restored:
        lines.append("The server was restored from a backup: this computer re-sent its work.")
    if abs(summary.clock_skew_seconds) > 300:
        lines.append(
            f"This computer's clock is {abs(summary.clock_skew_seconds):.0f} s off the server's."
        )
    if fetched is not None:
        lines.append(f"Downloaded {fetched} attachment file(s).")
    return "\n".join(lines)


def run_status(context: CliContext) -> int:
    workspace_id = context.scope.workspace_id
    with context.db.read() as session:
        known = state.load_state(session)
        outbox = counts(session, workspace_id)
        conflicts = len(open_conflicts(session, workspace_id))
    info = current_account(context.db)
    data = {
        "account": _account_dict(context.db),
        "last_synced_at": to_wire(known.last_synced_at),
        "cursor": known.cursor,
        "waiting": outbox.get("pending", 0) + outbox.get("frozen", 0),
        "acknowledged": outbox.get("acked", 0),
        "quarantined": outbox.get("quarantined", 0),
        "open_conflicts": conflicts,
        "clock_skew_seconds": known.clock_skew_seconds,
    }
    who = (
        f"{info.username} on {info.server_url} ({info.workspace_name})" if info else "not signed in"
    )
    human = (
        f"Account: {who}\nLast sync: {data['last_synced_at'] or 'never'}\n"
        f"Waiting to be sent: {data['waiting']}, quarantined: {data['quarantined']}, "
        f"open conflicts: {conflicts}"
    )
    context.emit(data, human)
    return 0


def _account_dict(db: Database) -> dict[str, Any] | None:
    info = current_account(db)
    if info is None:
        return None
    return {
        "server_url": info.server_url,
        "username": info.username,
        "workspace_id": info.workspace_id,
        "workspace_name": info.workspace_name,
        "role": info.role,
        "device_id": info.device_id,
        "remembered": info.remembered,
        "last_synced_at": to_wire(info.last_synced_at),
    }


# -- conflicts and history -------------------------------------------------------------


def run_conflicts(context: CliContext) -> int:
    with context.db.read() as session:
        items = [
            _conflict_dict(session, c) for c in open_conflicts(session, context.scope.workspace_id)
        ]
    human = "\n".join(_conflict_text(item) for item in items) or "No open conflicts."
    context.emit(items, human)
    return 0


def _conflict_dict(session: Any, conflict: SyncConflict) -> dict[str, Any]:
    model: Any = MODEL_BY_TABLE.get(conflict.table_name)
    record = session.get(model, conflict.row_id) if model is not None else None
    title_field = getattr(model, "__title_field__", None)
    title = str(getattr(record, title_field) or "") if record is not None and title_field else ""
    return {
        "id": conflict.id,
        "kind": getattr(model, "__kind__", conflict.table_name),
        "record_id": conflict.row_id,
        "record_title": title,
        "field": conflict.field_name,
        "base_value": conflict.base_value,
        "server_value": conflict.server_value,
        "server_author": conflict.server_author,
        "client_value": conflict.client_value,
        "client_author": conflict.client_author,
        "mine": mine_side(session, conflict),
        "created_at": to_wire(conflict.created_at),
    }


def _conflict_text(item: dict[str, Any]) -> str:
    def marker(side: str) -> str:
        return "  <- yours" if item["mine"] == side else ""

    title = f" \u201c{item['record_title']}\u201d" if item["record_title"] else ""
    kept = json.dumps(item["server_value"], ensure_ascii=False)
    other = json.dumps(item["client_value"], ensure_ascii=False)
    return (
        f"{item['id']}  {item['kind']}{title} ({item['record_id']}): {item['field']}\n"
        f"    kept  ({item['server_author']}): {kept}{marker('server')}\n"
        f"    other ({item['client_author']}): {other}{marker('client')}"
    )


def run_resolve(context: CliContext) -> int:
    take = context.args.take
    choice: Any = take
    if take not in ("mine", "theirs"):
        try:
            choice = json.loads(take)
        except json.JSONDecodeError as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "--take is mine, theirs or a JSON value ({reason})."),
                reason=exc.msg,
            ) from exc
    actor = getattr(context.args, "user", None) or user_name(context.db)
    resolve_conflict(context.db, context.args.conflict_id.strip().lower(), choice, actor)
    context.emit(
        {"resolved": context.args.conflict_id},
        "Resolved here; the server learns of it at the next sync.",
    )
    return 0


def run_history(context: CliContext) -> int:
    _ensure_sign_in(context)
    entries = record_history(context.db, context.args.id)
    data = [entry.model_dump(mode="json") for entry in entries]
    human = "\n".join(
        f"v{e.version:<3} {e.committed_at:%Y-%m-%d %H:%M:%S} {e.kind:<10} by {e.actor or e.account}"
        f" ({e.account}, device {e.device_id[:8] or '-'})"
        f"{': ' + ', '.join(e.changed_fields) if e.changed_fields else ''}"
        f"{' conflict ' + ', '.join(e.conflict_ids) if e.conflict_ids else ''}"
        for e in entries
    )
    context.emit(data, human)
    return 0


# -- bundles ---------------------------------------------------------------------------


def run_bundle_export(context: CliContext) -> int:
    summary = export_bundle(context.db, context.args.file)
    context.emit(
        {
            "file": str(summary.path),
            "batches": summary.batches,
            "changes": summary.mutations,
            "files": summary.blobs,
        },
        f"Wrote {summary.path}: {summary.mutations} change(s) in {summary.batches} batch(es), "
        f"{summary.blobs} attachment file(s). Import it on the server with "
        "`field-dossier-server import-bundle`.",
    )
    return 0


def run_bundle_import(context: CliContext) -> int:
    summary = import_bundle(context.db, context.args.file)
    context.emit(
        {
            "acknowledged": summary.acknowledged,
            "received": summary.received,
            "conflicts": summary.conflicts,
            "quarantined": summary.quarantined,
            "server_restored": summary.server_restored,
        },
        f"Acknowledged {summary.acknowledged}, received {summary.received}, conflicts "
        f"{summary.conflicts}, quarantined {summary.quarantined}.",
    )
    return 0
