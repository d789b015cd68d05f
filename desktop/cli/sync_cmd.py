"""`field-dossier` sub-commands for the sync issue (registered in desktop/cli/__init__.py)."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's sub-commands (none yet)."""
