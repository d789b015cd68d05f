"""Expected failures a user can act on, with messages that Qt can translate.

A `UserError` carries its message as an *untranslated* source string with named
`{placeholders}`; the UI translates it (context "Errors") and formats it *after*
translating, so translators see and keep the placeholders. Raise sites mark their
strings with `QT_TRANSLATE_NOOP("Errors", ...)` so `pyside6-lupdate` extracts them.
Anything that is not a `UserError` is a bug and goes to the crash handler.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.tr import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "Errors"


class Phrase(str):
    """A part of a message that is itself translatable (context "Errors"), such as the
    plain-words cause of a failure (desktop/services/os_errors.py): translated together
    with the message it goes into, so no English text ends up inside a German one."""

    __slots__ = ()


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
        return self.message.format(**_printable(self.params))

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        """The message in the interface language; `labels` name fields for people
        ("consent_date" -> "Consent date"), where the public field name would not do."""
        template = QCoreApplication.translate(ERROR_CONTEXT, self.message)
        params = _printable(
            {
                key: QCoreApplication.translate(ERROR_CONTEXT, value)
                if isinstance(value, Phrase)
                else value
                for key, value in self.params.items()
            }
        )
        if labels and params.get("field") in labels:
            params["field"] = labels[str(params["field"])]
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the message: fall back to the source text.
            return self.english()


# Line breaks and other control characters, and lone surrogates: a value quoted in a
# message (a column name from a file, say) must not break it into several lines.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _printable(params: Mapping[str, Any]) -> dict[str, Any]:
    return {
        key: _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], value)
        if isinstance(value, str)
        else value
        for key, value in params.items()
    }


class ValidationError(UserError):
    """A value that a record cannot take (required field empty, bad date, bad e-mail...)."""


class NotFoundError(UserError):
    """A record, term or file that does not exist."""


class StorageError(UserError):
    """The environment failed: disk full, database locked, file not writable."""


# At most this many problems of one file are listed, then how many more there are.
MAX_LISTED = 50


class MoreProblemsError(UserError):
    def __init__(self, count: int) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "… and {count} more."), count=count)


class ImportRejectedError(UserError):
    """A file that cannot be imported; lists its problems (at most 50 and a count),
    nothing was written."""

    def __init__(self, message: str, problems: Sequence[UserError], /, **params: Any) -> None:
        self.problems = list(problems)
        super().__init__(message, **params)

    def listed(self) -> list[UserError]:
        problems = getattr(self, "problems", [])
        if len(problems) <= MAX_LISTED:
            return list(problems)
        return [*problems[:MAX_LISTED], MoreProblemsError(len(problems) - MAX_LISTED)]

    def english(self) -> str:
        lines = [super().english()]
        lines.extend(f"  {problem.english()}" for problem in self.listed())
        return "\n".join(lines)

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        lines = [super().translated(labels)]
        lines.extend(f"  {problem.translated()}" for problem in self.listed())
        return "\n".join(lines)


class ImportProblemError(UserError):
    """One problem in an import file: where it is ("Line 12") and what is wrong."""

    def __init__(self, where: str, inner: UserError, /, **where_params: Any) -> None:
        self.where = where
        self.where_params = where_params
        self.inner = inner
        super().__init__(where, field=inner.field)

    def english(self) -> str:
        return f"{self.where.format(**_printable(self.where_params))}: {self.inner.english()}"

    def translated(self, labels: Mapping[str, str] | None = None) -> str:
        where = QCoreApplication.translate(ERROR_CONTEXT, self.where)
        try:
            where = where.format(**_printable(self.where_params))
        except (KeyError, IndexError, ValueError):
            where = self.where.format(**_printable(self.where_params))
        return f"{where}: {self.inner.translated(labels)}"


def problem_at_line(line: int, problem: UserError) -> ImportProblemError:
    return ImportProblemError(QT_TRANSLATE_NOOP("Errors", "Line {line}"), problem, line=line)
