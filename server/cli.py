"""`field-dossier-server`: run the sync server and administer it.

    field-dossier-server [--database-url URL] COMMAND ...

The database URL comes from `--database-url`, else FIELD_DOSSIER_DATABASE_URL, else an
SQLite file in the current directory (for trials: the secret key is then made on first
start and kept beside it, see server/trial_secret.py). Every command first migrates the
database to the newest schema. Exit codes: 0 success, 1 error, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import getpass
import os
import secrets
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from server import accounts
from server.database import INSTANCE_KEY, ServerDatabase
from server.migrate import MigrationRefusedError, upgrade
from server.models import Quarantine, ServerMeta
from server.settings import DEFAULT_DATABASE_URL, ENV_PREFIX, Settings, SettingsError

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="field-dossier-server", description="Field Dossier sync server."
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(ENV_PREFIX + "DATABASE_URL") or DEFAULT_DATABASE_URL,
        help="sqlite:///FILE or postgresql://USER@HOST/DB (default: $FIELD_DOSSIER_DATABASE_URL "
        "or an SQLite file in the current directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="run the HTTP server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--blob-dir", type=Path, help="where attachment files are kept")
    serve.add_argument("--log-format", choices=("json", "text"), default="json")
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--proxy-headers", action="store_true", help="trust X-Forwarded-For from the proxy"
    )
    serve.set_defaults(handler=run_serve)

    commands.add_parser("migrate", help="upgrade the database schema").set_defaults(
        handler=run_migrate
    )
    commands.add_parser("secret", help="print a new random secret key").set_defaults(
        handler=run_secret
    )

    workspace = commands.add_parser("create-workspace", help="create a workspace")
    workspace.add_argument("name")
    workspace.set_defaults(handler=run_create_workspace)

    for name, handler, text in (
        ("create-user", run_create_user, "create an account"),
        ("set-password", run_set_password, "set an account's password (ends its sign-ins)"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("username")
        command.add_argument(
            "--password-stdin", action="store_true", help="read the password from stdin"
        )
        command.set_defaults(handler=handler)

    add = commands.add_parser("add-member", help="give a user a role in a workspace")
    add.add_argument("username")
    add.add_argument("workspace")
    add.add_argument("--role", choices=("staff", "core", "admin"), default="staff")
    add.set_defaults(handler=run_add_member)

    remove = commands.add_parser("remove-member", help="take a user out of a workspace")
    remove.add_argument("username")
    remove.add_argument("workspace")
    remove.set_defaults(handler=run_remove_member)

    commands.add_parser(
        "rotate-instance-id", help="after restoring a backup: make laptops re-send their work"
    ).set_defaults(handler=run_rotate_instance)

    quarantine = commands.add_parser(
        "quarantine", help="list (or remove the records of) refused mutations"
    )
    quarantine.add_argument("--workspace", help="only this workspace (name or id)")
    quarantine.add_argument(
        "--remove", metavar="ID", action="append", default=[], help="remove this record"
    )
    quarantine.add_argument("--remove-all", action="store_true", help="remove every listed record")
    quarantine.set_defaults(handler=run_quarantine)

    invalid = commands.add_parser(
        "invalid-rows",
        help="list rows no laptop can store (stored before values were checked)",
    )
    invalid.add_argument("--workspace", help="only this workspace (name or id)")
    invalid.add_argument(
        "--repair",
        action="store_true",
        help="give each a new version with the invalid fields emptied (old values stay in "
        "the history)",
    )
    invalid.set_defaults(handler=run_invalid_rows)

    bundle = commands.add_parser(
        "import-bundle", help="import a laptop's sync bundle and write the answer bundle"
    )
    bundle.add_argument("file", type=Path)
    bundle.add_argument("--out", type=Path, required=True, help="the response bundle to write")
    bundle.add_argument("--blob-dir", type=Path, help="where attachment files are kept")
    bundle.set_defaults(handler=run_import_bundle)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Handler = args.handler
    try:
        if args.command != "secret":
            upgrade(args.database_url)
        return handler(args)
    except (CliError, accounts.AdminError, SettingsError, MigrationRefusedError) as exc:
        print(f"field-dossier-server: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace) -> Settings:
    return Settings.load(
        {"database_url": args.database_url, "blob_dir": getattr(args, "blob_dir", None)}
    )


def _admin(args: argparse.Namespace, action: Callable[[Any], str]) -> int:
    database = ServerDatabase(args.database_url)
    try:
        with database.write() as session:
            message = action(session)
    finally:
        database.dispose()
    print(message)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app
    from server.logs import configure_logging

    configure_logging(args.log_format, args.log_level)  # first: a trial's new key is logged
    settings = _settings(args)
    app = create_app(settings)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_config=None,
        access_log=False,
        proxy_headers=args.proxy_headers,
        server_header=False,
    )
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    print("The database schema is up to date.")
    return 0


def run_secret(_args: argparse.Namespace) -> int:
    print(secrets.token_urlsafe(48))
    return 0


def run_create_workspace(args: argparse.Namespace) -> int:
    def create(session: Any) -> str:
        workspace = accounts.create_workspace(session, args.name)
        return f"Created workspace {workspace.name} ({workspace.id})"

    return _admin(args, create)


def run_create_user(args: argparse.Namespace) -> int:
    password = _password(args.password_stdin, confirm=True)
    return _admin(
        args,
        lambda s: f"Created user {accounts.create_user(s, args.username, password).username}",
    )


def run_set_password(args: argparse.Namespace) -> int:
    password = _password(args.password_stdin, confirm=True)

    def change(session: Any) -> str:
        accounts.set_password(session, args.username, password)
        return f"Changed the password of {args.username}; its sign-ins were ended"

    return _admin(args, change)


def run_add_member(args: argparse.Namespace) -> int:
    def add(session: Any) -> str:
        accounts.add_member(session, args.username, args.workspace, args.role)
        return f"{args.username} is {args.role} in {args.workspace}"

    return _admin(args, add)


def run_remove_member(args: argparse.Namespace) -> int:
    def remove(session: Any) -> str:
        accounts.remove_member(session, args.username, args.workspace)
        return f"{args.username} is no longer a member of {args.workspace}"

    return _admin(args, remove)


def run_rotate_instance(args: argparse.Namespace) -> int:
    import uuid

    def rotate(session: Any) -> str:
        meta = session.get(ServerMeta, INSTANCE_KEY)
        meta.value = str(uuid.uuid4())
        return f"New server instance id {meta.value}: laptops re-send and re-read everything"

    return _admin(args, rotate)


def run_quarantine(args: argparse.Namespace) -> int:
    from server.sync.repair import remove_quarantined

    def listing(session: Any) -> str:
        workspace_id = _workspace_id(session, args.workspace)
        if args.remove or args.remove_all:
            removed = remove_quarantined(
                session, args.remove, workspace_id, everything=args.remove_all
            )
            return f"Removed {removed} quarantine record(s)."
        query = select(Quarantine).order_by(Quarantine.created_at)
        if workspace_id is not None:
            query = query.where(Quarantine.workspace_id == workspace_id)
        lines = [
            f"{q.id} {q.created_at:%Y-%m-%d %H:%M} {q.reason:16} {q.table_name}/{q.row_id} "
            f"mutation {q.mutation_id} device {q.device_id}: {q.detail}"
            for q in session.scalars(query)
        ]
        return "\n".join(lines) or "No quarantined mutations."

    return _admin(args, listing)


def run_invalid_rows(args: argparse.Namespace) -> int:
    from server.models import utcnow
    from server.sync.repair import find_invalid_rows, repair_row

    database = ServerDatabase(args.database_url)
    try:
        with database.read() as session:
            found = list(find_invalid_rows(session, _workspace_id(session, args.workspace)))
        for row in found:
            problems = "; ".join(f"{name} {reason}" for name, reason in row.problems.items())
            print(f"{row.workspace_id} {row.table}/{row.row_id} version {row.version}: {problems}")
            if args.repair:
                with database.write(lock_workspace=row.workspace_id) as session:
                    repair_row(session, row, utcnow())
    finally:
        database.dispose()
    if not found:
        print("No invalid rows.")
    elif args.repair:
        print(f"Repaired {len(found)} row(s); laptops receive them at their next sync.")
    return 0


def _workspace_id(session: Any, name_or_id: str | None) -> str | None:
    if not name_or_id:
        return None
    found = accounts.find_workspace(session, name_or_id)
    if found is None:
        raise CliError(f"there is no workspace {name_or_id!r}")
    return str(found.id)


def run_import_bundle(args: argparse.Namespace) -> int:
    from server.bundles import BundleRejectedError, import_bundle

    settings = _settings(args)
    database = ServerDatabase(settings.database_url)
    try:
        summary = import_bundle(database, settings, args.file, args.out)
    except BundleRejectedError as exc:
        raise CliError(str(exc)) from None
    finally:
        database.dispose()
    print(summary)
    return 0


def _password(from_stdin: bool, *, confirm: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("no terminal to ask for the password: use --password-stdin")
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Password (again): ") != password:
        raise CliError("the two passwords differ")
    return password
