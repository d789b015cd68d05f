"""`field-dossier [gui]`: start the desktop application."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.context import CliContext


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    gui = subparsers.add_parser("gui", parents=[common], help="start the desktop application")
    gui.set_defaults(handler=run_gui)


def run_gui(context: CliContext) -> int:
    from desktop.app import run

    return run(context.data_dir)
