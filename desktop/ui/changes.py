"""One signal after every write: which kinds of rows and which records changed.

Like Anki's `OpChanges`: whoever writes (an editor, the trash, an import, a sync, a
conflict resolution) announces what it changed, and every view decides for itself
what to reload. Nobody calls another view's refresh method.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from PySide6.QtCore import QObject, Signal

# Kinds of change besides the record kinds of desktop.domain:
TERMS: Final = "term"  # taxonomy terms or municipalities (names in lists and pickers)
ATTACHMENTS: Final = "attachment"
CONFLICTS: Final = "conflict"
EVERYTHING: Final = "*"  # an import, a sync, a restore: anything may have changed


class ChangeBus(QObject):
    records_changed = Signal(frozenset, frozenset)  # kinds, record ids (empty: unknown)

    def announce(self, kinds: Iterable[str], ids: Iterable[str] = ()) -> None:
        self.records_changed.emit(frozenset(kinds), frozenset(ids))


def touches(kinds: frozenset[str], *wanted: str) -> bool:
    """Whether a change of `kinds` may concern a view that shows `wanted` kinds."""
    return EVERYTHING in kinds or bool(kinds.intersection(wanted))
