"""`field-dossier`: the GUI by default, and headless sub-commands for scripts and admins.

Exit codes: 0 success, 1 a user error (one-line message on stderr, then details if
any), 2 wrong usage. Every sub-command accepts `--json` and `--data-dir`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import TYPE_CHECKING

from desktop import __version__

if TYPE_CHECKING:
    from desktop.cli.context import CliContext

# Each module contributes sub-commands through `register(subparsers, common)`. They are
# imported only to run a sub-command, so that starting the GUI stays quick.
COMMAND_MODULES = (
    "gui_cmd",
    "records_cmd",
    "data_cmd",
    "sync_cmd",
    "export_cmd",
    "check_cmd",
    "encryption_cmd",
    "workspace_cmd",
)
GUI_OPTIONS_WITH_VALUE = ("--data-dir", "--user")


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
    for name in COMMAND_MODULES:
        module: ModuleType = importlib.import_module(f"desktop.cli.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    data_dir = _gui_data_dir(arguments)
    if data_dir is not None:
        return _start_gui(data_dir)
    from desktop.cli.context import CliContext
    from desktop.errors import ImportRejectedError, UserError

    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from desktop.cli.gui_cmd import run_gui

        args.command = "gui"
        args.handler = run_gui
    if args.command != "gui":  # the GUI logs to a file in the data dir (desktop/logs.py)
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    context = CliContext(args)
    translators = _translators_for_cli(args.command, context)
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


def _gui_data_dir(arguments: list[str]) -> str | None:
    """For `field-dossier [--data-dir D] [gui]`: the data dir option ("" if none).

    None for anything else, which goes through the full argument parser.
    """
    data_dir = ""
    rest = list(arguments)
    while rest:
        head = rest.pop(0)
        if head in GUI_OPTIONS_WITH_VALUE and rest:
            value = rest.pop(0)
            if head == "--data-dir":
                data_dir = value
        elif head.startswith("--data-dir="):
            data_dir = head.split("=", 1)[1]
        elif head == "gui" and not rest:
            return data_dir
        else:
            return None
    return data_dir


def _start_gui(data_dir: str) -> int:
    from desktop.app import run
    from desktop.paths import resolve_data_dir

    return run(resolve_data_dir(data_dir or None))


def _translators_for_cli(command: str, context: CliContext) -> object:
    """Messages in the app's language (the user's or administrator's choice, else the
    session's); the GUI installs its own translators."""
    if command == "gui" or getattr(context.args, "gui", False):  # the app installs its own
        return None
    from PySide6.QtCore import QCoreApplication

    from desktop.config import LANGUAGE, Settings
    from desktop.i18n import install_translators, language_from_environment

    language = Settings(context.data_dir).get(LANGUAGE) or language_from_environment()
    if language == "en":
        return None
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    return (app, install_translators(app, language))
