"""Rows this laptop cannot store: set aside with the reason, never a sync that stops.

A row whose fields break the wire schema (protocol/values.py) - from a server that
stored it before it checked values, or from a buggy or hostile one - would otherwise
fail every sync on the same page, forever. Instead it is kept in `sync_set_aside`,
the rest of the page applies and the cursor moves on. When a storable version of the
row arrives (an administrator repaired it with `field-dossier-server invalid-rows
--repair`), it is applied and its entry goes away.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.models import SetAsideRow, utcnow
from desktop.sync.protocol import RowState, row_problem
from desktop.sync.protocol.values import storable_copy, text_problem

log = logging.getLogger("desktop.sync")


@dataclass(frozen=True)
class RefusedRow:
    table: str
    row_id: str
    version: int
    reason: str
    payload: Any


def split_storable(rows: Sequence[RowState]) -> tuple[list[RowState], list[RefusedRow]]:
    """The rows every field of which this laptop can store, and the others."""
    good: list[RowState] = []
    refused: list[RefusedRow] = []
    for row in rows:
        problem = row_problem(row.table, row.fields)
        if problem is None:
            good.append(row)
        else:
            refused.append(refused_row(row.table, row.row_id, row.version, problem, row))
    return good, refused


def parse_rows(raw_rows: Iterable[Any]) -> tuple[list[RowState], list[RefusedRow]]:
    """Wire rows from raw JSON one by one, so one malformed row spoils nothing else."""
    rows: list[RowState] = []
    refused: list[RefusedRow] = []
    for raw in raw_rows:
        try:
            rows.append(RowState.model_validate(raw))
        except ValidationError as exc:
            item = raw if isinstance(raw, dict) else {}
            reason = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]
            )
            refused.append(
                refused_row(item.get("table"), item.get("row_id"), 0, reason, raw, raw=True)
            )
    return rows, refused


def refused_row(
    table: object, row_id: object, version: int, reason: str, row: Any, *, raw: bool = False
) -> RefusedRow:
    payload = row if raw else row.model_dump(mode="json")
    return RefusedRow(
        table=_label(table),
        row_id=_label(row_id),
        version=version,
        reason=reason,
        payload=storable_copy(payload),
    )


def _label(value: object) -> str:
    """A table name or row id as received, made safe to store and show."""
    text = value if isinstance(value, str) else repr(value)
    if text_problem(text, 64) is not None:
        text = text[:64].encode("ascii", "backslashreplace").decode("ascii")[:64]
    return text


def set_aside(session: Session, workspace_id: str, refused: Sequence[RefusedRow]) -> int:
    """Keep each refused row (the newest version of each wins); returns how many."""
    for item in refused:
        entry = session.get(SetAsideRow, (item.table, item.row_id))
        if entry is None:
            entry = SetAsideRow(table_name=item.table, row_id=item.row_id)
            session.add(entry)
        elif entry.version > item.version:
            continue
        entry.workspace_id = workspace_id
        entry.version = item.version
        entry.reason = item.reason
        entry.payload = item.payload
        entry.seen_at = utcnow()
        log.warning(
            "set aside %s %s (version %d): %s", item.table, item.row_id, item.version, item.reason
        )
    return len(refused)


def forget_stored(session: Session, rows: Sequence[RowState]) -> None:
    """Rows that applied now: an earlier set-aside version of them is resolved."""
    by_table: dict[str, list[str]] = {}
    for row in rows:
        by_table.setdefault(row.table, []).append(row.row_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), 500):
            session.execute(
                delete(SetAsideRow).where(
                    SetAsideRow.table_name == table,
                    SetAsideRow.row_id.in_(ids[start : start + 500]),
                )
            )


def set_aside_rows(session: Session, workspace_id: str) -> list[SetAsideRow]:
    query = (
        select(SetAsideRow)
        .where(SetAsideRow.workspace_id == workspace_id)
        .order_by(SetAsideRow.seen_at, SetAsideRow.table_name, SetAsideRow.row_id)
    )
    return list(session.scalars(query))


def count_set_aside(session: Session, workspace_id: str) -> int:
    query = select(func.count()).where(SetAsideRow.workspace_id == workspace_id)
    return int(session.scalar(query.select_from(SetAsideRow)) or 0)


def discard_set_aside(session: Session, workspace_id: str, row_ids: Sequence[str] = ()) -> int:
    """Drop set-aside copies (all, or those of `row_ids`); the server keeps the row."""
    query = delete(SetAsideRow).where(SetAsideRow.workspace_id == workspace_id)
    if row_ids:
        query = query.where(SetAsideRow.row_id.in_(list(row_ids)))
    return int(session.execute(query).rowcount or 0)  # type: ignore[attr-defined]
