"""`field-dossier check-installation`: verify a roll-out (see desktop/installation.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.context import CliContext


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    check = subparsers.add_parser(
        "check-installation",
        parents=[common],
        help="check the installed files and show the settings and where they come from",
    )
    check.add_argument(
        "--gui",
        action="store_true",
        help="also build the main window (offscreen with QT_QPA_PLATFORM=offscreen)",
    )
    check.set_defaults(handler=run_check)


def run_check(context: CliContext) -> int:
    from desktop.installation import check_installation, human_text

    report = check_installation(context.data_dir)
    if context.args.gui:
        from desktop.ui.installation_check import check_window

        check_window(context.data_dir, report)
    context.emit({**report.facts, "problems": report.problems}, human_text(report))
    if report.problems:
        print(f"field-dossier: {len(report.problems)} problem(s) found", file=sys.stderr)
        return 1
    return 0
