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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop.cli.context import CliContext
from desktop.config import (
    PHOTOS_DOWNLOAD,
    PHOTOS_ON_DEMAND,
    SERVER_URL,
    WORKSPACE_NAME,
    Setting,
    Settings,
)
from desktop.errors import ValidationError
from desktop.services.attachments import DamagedAttachmentError, damaged_attachments
from desktop.services.workspace import user_name
from desktop.store import Database
from desktop.store.wire import to_wire
from desktop.sync import account, state
from desktop.sync.account import current_account, sign_in, sign_out
from desktop.sync.blobs import download_missing
from desktop.sync.bundles import export_bundle, import_bundle
from desktop.sync.conflicts import (
    ConflictView,
    load_open_conflicts,
    open_conflicts,
    resolve_conflict,
)
from desktop.sync.engine import SyncSummary, run_sync
from desktop.sync.errors import (
    KeyringUnavailableError,
    NotSignedInError,
    SessionExpiredError,
    SignInNotKeptError,
)
from desktop.sync.history import record_history
from desktop.sync.outbox import counts, quarantined_mutations
from desktop.sync.set_aside import count_set_aside, discard_set_aside, set_aside_rows
from desktop.tr import QT_TRANSLATE_NOOP

T = TypeVar("T")


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
    login.add_argument(
        "--server", help="the sync server's URL (default: the one your administrator set)"
    )
    login.add_argument(
        "--workspace", help="workspace name (default: your administrator's, else your only one)"
    )
    login.set_defaults(handler=run_login)

    logout = subparsers.add_parser("logout", parents=[common], help="sign out")
    logout.set_defaults(handler=run_logout)

    sync = subparsers.add_parser(
        "sync", parents=[common, credentials], help="send and receive changes"
    )
    sync.add_argument(
        "--attachments",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="download every missing photo and file after syncing (the default, unless the "
        "setting sync/photos is on_demand); --no-attachments leaves them on the server",
    )
    sync.set_defaults(handler=run_sync_command)

    status = subparsers.add_parser(
        "sync-status", parents=[common], help="what is waiting to be synced (offline)"
    )
    status.set_defaults(handler=run_status)

    problems = subparsers.add_parser(
        "sync-problems",
        parents=[common],
        help="changes the server refused and rows from it this computer set aside (offline)",
    )
    problems.add_argument(
        "--discard",
        metavar="ROW_ID",
        nargs="*",
        help="forget set-aside rows (all, or these); the server keeps them",
    )
    problems.set_defaults(handler=run_sync_problems)

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
    settings = Settings(context.data_dir)
    server = _administered(settings, SERVER_URL, args.server, "--server")
    workspace = _administered(settings, WORKSPACE_NAME, args.workspace, "--workspace")
    if not server:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say which server: --server URL."))
    password = _password(args.password_stdin)
    try:
        info = sign_in(
            context.db,
            server,
            username,
            password,
            workspace or None,
            remember=not args.no_keyring,
        )
    except KeyringUnavailableError:
        print(
            "field-dossier: hint: use --no-keyring to sign in for this command only, then "
            "`sync --password-stdin` signs in again for each sync.",
            file=sys.stderr,
        )
        raise
    settings.set(SERVER_URL, info.server_url)  # as the app's sign-in does
    settings.set(WORKSPACE_NAME, info.workspace_name)
    data = _account_dict(context.db)
    human = (
        f"Signed in to {info.server_url} as {info.username} ({info.workspace_name}, {info.role})"
    )
    if not info.remembered:
        human += "\nThe sign-in is kept in memory for this command only (no keyring)."
    context.emit(data, human)
    return 0


def _administered(settings: Settings, setting: Setting[str], given: str | None, option: str) -> str:
    """The value to use: the administrator's if they locked it (another one given is
    refused), else the one given, else the user's or the administrator's default."""
    if settings.is_locked(setting):
        fixed = settings.get(setting)
        if given and given.strip().rstrip("/") != fixed.rstrip("/"):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Your administrator set {option} on this computer to “{value}”; "
                    "leave {option} out.",
                ),
                option=option,
                value=fixed,
            )
        return fixed
    return (given or "").strip() or settings.get(setting)


def run_logout(context: CliContext) -> int:
    sign_out(context.db)
    context.emit({"signed_in": False}, "Signed out. The data on this computer stays.")
    return 0


def _ensure_sign_in(context: CliContext) -> str | None:
    """With --password-stdin and no stored sign-in: sign in again for this run.

    Returns the password read (None without --password-stdin), so that a sign-in the
    server no longer knows (ended, or lost in a server restore) is renewed with it."""
    args = context.args
    if not getattr(args, "password_stdin", False):
        return None
    password = _password(True)
    try:
        account.require_sign_in(context.db)
        return password
    except (NotSignedInError, SessionExpiredError, SignInNotKeptError):
        pass
    _sign_in_again(context, password)
    return password


def _sign_in_again(context: CliContext, password: str) -> None:
    with context.db.read() as session:
        known = state.load_state(session)
    if not known.server_url or not known.username:
        raise NotSignedInError()
    remember = account.keyring_available() and not context.args.no_keyring
    sign_in(
        context.db,
        known.server_url,
        known.username,
        password,
        known.workspace_id,
        remember=remember,
    )


def _signed_in_for(context: CliContext, action: Callable[[], T]) -> T:
    """Run `action`; if the server ended the stored sign-in meanwhile and the password
    was given (--password-stdin), sign in with it once and run `action` again."""
    password = _ensure_sign_in(context)
    try:
        return action()
    except SessionExpiredError:
        if password is None:
            raise
    _sign_in_again(context, password)
    return action()


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
    summary = _signed_in_for(context, lambda: run_sync(context.db))
    wanted = context.args.attachments
    if wanted is None:
        wanted = Settings(context.data_dir).get(PHOTOS_DOWNLOAD) != PHOTOS_ON_DEMAND
    fetched = download_missing(context.db) if wanted else None
    data = _summary_dict(summary)
    if fetched is not None:
        data["attachments_downloaded"] = fetched
        data["attachments_damaged"] = _warn_damaged_attachments(context)
    context.emit(data, _summary_text(summary, fetched))
    return 0


def _warn_damaged_attachments(context: CliContext) -> list[str]:
    """Attachments whose digest names no file: one line each; the rest went on."""
    with context.db.read() as session:
        damaged = damaged_attachments(session, context.scope.workspace_id)
        for attachment in damaged:
            context.warn(DamagedAttachmentError(attachment))
        return [a.id for a in damaged]


def _summary_dict(summary: SyncSummary) -> dict[str, Any]:
    return {
        "sent": summary.sent,
        "received": summary.received,
        "merged": summary.merged,
        "conflicts": summary.conflicts,
        "quarantined": summary.quarantined,
        "deferred": summary.deferred,
        "set_aside": summary.set_aside,
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
    if summary.set_aside:
        lines.append(
            f"{summary.set_aside} record(s) from the server could not be stored here and were "
            "set aside: see `field-dossier sync-problems`."
        )
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
        set_aside = count_set_aside(session, workspace_id)
    info = current_account(context.db)
    data = {
        "account": _account_dict(context.db),
        "last_synced_at": to_wire(known.last_synced_at),
        "cursor": known.cursor,
        "waiting": outbox.get("pending", 0) + outbox.get("frozen", 0),
        "acknowledged": outbox.get("acked", 0),
        "quarantined": outbox.get("quarantined", 0),
        "set_aside": set_aside,
        "open_conflicts": conflicts,
        "clock_skew_seconds": known.clock_skew_seconds,
    }
    who = (
        f"{info.username} on {info.server_url} ({info.workspace_name})" if info else "not signed in"
    )
    human = (
        f"Account: {who}\nLast sync: {data['last_synced_at'] or 'never'}\n"
        f"Waiting to be sent: {data['waiting']}, quarantined: {data['quarantined']}, "
        f"set aside: {set_aside}, open conflicts: {conflicts}"
    )
    context.emit(data, human)
    return 0


def run_sync_problems(context: CliContext) -> int:
    workspace_id = context.scope.workspace_id
    if context.args.discard is not None:
        with context.db.write(context.scope.actor) as session:
            removed = discard_set_aside(session, workspace_id, context.args.discard)
        context.emit({"discarded": removed}, f"Forgot {removed} set-aside record(s).")
        return 0
    with context.db.read() as session:
        refused = [
            {
                "mutation_id": m.mutation_id,
                "table": m.table_name,
                "row_id": m.row_id,
                "op": m.op,
                "reason": (m.result or {}).get("reason"),
                "detail": (m.result or {}).get("detail"),
            }
            for m in quarantined_mutations(session, workspace_id)
        ]
        aside = [
            {
                "table": row.table_name,
                "row_id": row.row_id,
                "version": row.version,
                "reason": row.reason,
                "seen_at": to_wire(row.seen_at),
            }
            for row in set_aside_rows(session, workspace_id)
        ]
    lines = [
        f"Refused by the server: {r['table']} {r['row_id']} ({r['op']}): "
        f"{r['detail'] or r['reason']}"
        for r in refused
    ] + [
        f"Set aside here: {a['table']} {a['row_id']} (version {a['version']}): {a['reason']}"
        for a in aside
    ]
    context.emit({"refused": refused, "set_aside": aside}, "\n".join(lines) or "No sync problems.")
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
    views = load_open_conflicts(context.db, context.scope.workspace_id)
    items = [_conflict_dict(view) for view in views]
    human = "\n".join(_conflict_text(item) for item in items) or "No open conflicts."
    context.emit(items, human)
    return 0


def _conflict_dict(view: ConflictView) -> dict[str, Any]:
    return {
        "id": view.id,
        "kind": view.kind,
        "record_id": view.record_id,
        "record_title": view.record_title,
        "field": view.field,
        "base_value": view.base_value,
        "server_value": view.server_value,
        "server_author": view.server_author,
        "client_value": view.client_value,
        "client_author": view.client_author,
        "mine": view.mine,
        "created_at": to_wire(view.created_at),
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
    entries = _signed_in_for(context, lambda: record_history(context.db, context.args.id))
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
