"""Expected failures a user can act on, with messages that Qt can translate.

A `UserError` carries its message as an *untranslated* source string with named
`{placeholders}`; the UI translates it (context "Errors") and formats it *after*
translating, so translators see and keep the placeholders. Raise sites mark their
strings with `QT_TRANSLATE_NOOP("Errors", ...)` so `pyside6-lupdate` extracts them.
Anything that is not a `UserError` is a bug and goes to the crash handler.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.tr import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "Errors"


class UserError(Exception):
    """Something the user (or the environment) got wrong; never a bug."""

    def __init__(self, message: str, /, *, field: str | None = None, **params: Any) -> None:
        self.message = message
        self.field = field
        if field is not None:
            params.setdefault("field", field)
        self.params = params
        super().__init__(message)

    def __str__(self) -> str:
        return self.english()

    def english(self) -> str:
        return self.message.format(**self.params)

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        """The message in the interface language; `labels` name fields for people
        ("consent_date" -> "Consent date"), where the public field name would not do."""
        template = QCoreApplication.translate(ERROR_CONTEXT, self.message)
        params = dict(self.params)
        if labels and params.get("field") in labels:
            params["field"] = labels[str(params["field"])]
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to the source text.
            return self.english()


class ValidationError(UserError):
    """A value that a record cannot take (required field empty, bad date, bad e-mail...)."""


class NotFoundError(UserError):
    """A record, term or file that does not exist."""


class StorageError(UserError):
    """The environment failed: disk full, database locked, file not writable."""


class ImportRejectedError(UserError):
    """A file that cannot be imported; lists every problem found, nothing was written."""

    def __init__(self, message: str, problems: Sequence[UserError], /, **params: Any) -> None:
        self.problems = list(problems)
        super().__init__(message, **params)

    def english(self) -> str:
        lines = [super().english()]
        lines.extend(f"  {problem.english()}" for problem in getattr(self, "problems", []))
        return "\n".join(lines)

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        lines = [super().translated(labels)]
        lines.extend(f"  {problem.translated()}" for problem in self.problems)
        return "\n".join(lines)


class ImportProblemError(UserError):
    """One problem in an import file: where it is ("Line 12") and what is wrong."""

    def __init__(self, where: str, inner: UserError, /, **where_params: Any) -> None:
        self.where = where
        self.where_params = where_params
        self.inner = inner
        super().__init__(where, field=inner.field)

    def english(self) -> str:
        return f"{self.where.format(**self.where_params)}: {self.inner.english()}"

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        where = QCoreApplication.translate(ERROR_CONTEXT, self.where)
        try:
            where = where.format(**self.where_params)
        except (KeyError, IndexError, ValueError):
            where = self.where.format(**self.where_params)
        return f"{where}: {self.inner.translated(labels)}"


def problem_at_line(line: int, problem: UserError) -> ImportProblemError:
    return ImportProblemError(QT_TRANSLATE_NOOP("Errors", "Line {line}"), problem, line=line)
