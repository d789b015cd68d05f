"""The per-field three-way merge of one mutation into the server's row (ARCHITECTURE "Sync" 3).

A pure function of plain dicts, so it is tested on its own with Hypothesis:

- a field only the client changed (server value == base value) takes the client's value;
- a field whose client value equals the server value changes nothing (identical edits);
- a field both changed differently keeps the server's value and yields a conflict that
  holds base, server and client value (nothing is lost, a person decides) - except a
  contact's e-mails, phones and addresses, merged entry by entry (protocol/points.py);
- `deleted_at` compares as a fact (deleted or not), not as a timestamp;
- deleting a row someone else edited since the base applies the tombstone and yields a
  restorable conflict; editing a row someone else deleted applies the edits to the
  tombstoned row and yields a conflict that offers to restore it.

`concurrent_insert`: the client created a row that already exists (the same tag typed
on two laptops, the seeded defaults of every laptop). Its base is the row's first
version: a value equal to the server's or to the original insert changes nothing; any
other value is a conflict, since no one has seen anyone else's value yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.sync.protocol import DELETED_AT, same_value
from desktop.sync.protocol.points import (
    DERIVED_FIELDS,
    POINT_FIELDS,
    merge_points,
    primary_value,
)

_MISSING: Any = object()


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    server: Any
    client: Any


@dataclass(frozen=True)
class MergeResult:
    """`values`: the row's fields after the merge; `applied`: fields the client changed."""

    values: dict[str, Any]
    applied: dict[str, Any] = field(default_factory=dict)
    conflicts: list[FieldConflict] = field(default_factory=list)


def merge_fields(
    base: Mapping[str, Any],
    current: Mapping[str, Any],
    changes: Mapping[str, Any],
    *,
    concurrent_insert: bool = False,
) -> MergeResult:
    applied: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, client in changes.items():
        if DERIVED_FIELDS.get(name) in changes:
            continue  # follows its list, below
        server = current.get(name)
        original = base.get(name, _MISSING)
        if same_value(name, client, server):
            continue  # identical edit, or nothing changed
        if original is not _MISSING and same_value(name, client, original):
            continue  # only the server side changed this field: its value stands
        if (
            not concurrent_insert
            and original is not _MISSING
            and same_value(name, server, original)
        ):
            applied[name] = client
            if name == DELETED_AT and client is not None and _edited_since(base, current):
                conflicts.append(FieldConflict(name, original, server, client))
            continue
        if name in POINT_FIELDS and original is not _MISSING and not concurrent_insert:
            # A contact's e-mails, phones, addresses merge entry by entry.
            merged = merge_points(original, server, client)
            if merged is not None:
                if merged != server:
                    applied[name] = merged
                continue
        conflicts.append(
            FieldConflict(name, None if original is _MISSING else original, server, client)
        )
    for single, listed in DERIVED_FIELDS.items():
        if listed in changes:
            wanted = primary_value(applied.get(listed, current.get(listed)))
            if wanted != current.get(single):
                applied[single] = wanted
    if DELETED_AT not in changes:  # a client that deletes or restores has decided already
        conflicts.extend(_edit_of_deleted_row(base, current, applied, conflicts))
    return MergeResult(values={**current, **applied}, applied=applied, conflicts=conflicts)


def _edited_since(base: Mapping[str, Any], current: Mapping[str, Any]) -> bool:
    """Did someone change a field (other than the tombstone) since the base version?"""
    return any(
        name != DELETED_AT and not same_value(name, value, base.get(name, _MISSING))
        for name, value in current.items()
    )


def _edit_of_deleted_row(
    base: Mapping[str, Any],
    current: Mapping[str, Any],
    applied: Mapping[str, Any],
    conflicts: list[FieldConflict],
) -> list[FieldConflict]:
    """An edit that arrives after someone else deleted the row: offer to restore it."""
    if current.get(DELETED_AT) is None or base.get(DELETED_AT) is not None:
        return []  # the row is live, or the client edited a row it knew was deleted
    if not applied and not conflicts:
        return []
    return [FieldConflict(DELETED_AT, None, current.get(DELETED_AT), None)]
