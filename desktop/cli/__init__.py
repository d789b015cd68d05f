"""`field-dossier`: the GUI by default, and headless sub-commands for scripts and admins.

Exit codes: 0 success, 1 a user error (one-line message on stderr, then details if
any), 2 wrong usage. Every sub-command accepts `--json` and `--data-dir`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop import __version__
from desktop.cli import data_cmd, export_cmd, gui_cmd, records_cmd, sync_cmd
from desktop.cli.context import CliContext
from desktop.errors import ImportRejectedError, UserError

# Each module contributes sub-commands through `register(subparsers, common)`.
COMMAND_MODULES: list[ModuleType] = [gui_cmd, records_cmd, data_cmd, sync_cmd, export_cmd]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="data directory (default: $FIELD_DOSSIER_DATA_DIR or the user data dir)",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="machine-readable output"
    )
    common.add_argument(
        "--user", default=argparse.SUPPRESS, help="name stamped on the changes made"
    )
    parser = argparse.ArgumentParser(
        prog="field-dossier",
        description="Field Dossier: document cross-border exchange work, offline first.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "gui"
        args.handler = gui_cmd.run_gui
    if args.command != "gui":  # the GUI logs to a file in the data dir (desktop/logs.py)
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    context = CliContext(args)
    translators = _translators_for_cli(args.command)
    try:
        return int(args.handler(context) or 0)
    except ImportRejectedError as error:
        lines = error.translated().split("\n")
        print(f"field-dossier: {lines[0]}", file=sys.stderr)
        for line in lines[1:]:
            print(line, file=sys.stderr)
        return 1
    except UserError as error:
        print(f"field-dossier: {error.translated()}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`| head`): not an error; silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    finally:
        context.close()
        del translators


def _translators_for_cli(command: str) -> object:
    """Messages in the session's language; the GUI installs its own translators."""
    if command == "gui":
        return None
    from PySide6.QtCore import QCoreApplication

    from desktop.i18n import install_translators, language_from_environment

    language = language_from_environment()
    if language == "en":
        return None
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    return (app, install_translators(app, language))
