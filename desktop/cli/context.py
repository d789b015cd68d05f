"""What every sub-command needs: the data dir, the open database, the workspace scope."""

from __future__ import annotations

import argparse
import json
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.paths import resolve_data_dir
from desktop.services.workspace import Scope, open_scope
from desktop.store import Database, open_database


class CliContext:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.data_dir: Path = resolve_data_dir(getattr(args, "data_dir", None))
        self.json: bool = bool(getattr(args, "json", False))
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self.data_dir)
        return self._db

    @cached_property
    def scope(self) -> Scope:
        return open_scope(self.db, getattr(self.args, "user", None))

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    def warn(self, problem: UserError) -> None:
        """One line on stderr about something left out; the command goes on."""
        sys.stderr.write(f"field-dossier: {problem.translated()}\n")

    def emit(self, data: Any, human: str | None = None) -> None:
        """Print `data` as JSON with --json, else the human-readable text."""
        if self.json or human is None:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(human if human.endswith("\n") else human + "\n")


def read_json_stdin() -> Any:
    """The JSON document on standard input (a UserError if it is not JSON)."""
    from desktop.errors import ImportProblemError, ValidationError
    from desktop.tr import QT_TRANSLATE_NOOP

    text = sys.stdin.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblemError(
            QT_TRANSLATE_NOOP("Errors", "Line {line}, column {column}"),
            ValidationError(
                QT_TRANSLATE_NOOP("Errors", "this is not valid JSON ({reason})."), reason=exc.msg
            ),
            line=exc.lineno,
            column=exc.colno,
        ) from exc
