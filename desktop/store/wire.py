"""Row values <-> JSON-safe values, for the outbox, sync and export-data files."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import ColumnProperty

from desktop.models import SYNC_META_COLUMNS, SyncedColumns

JSONValue = Any


def to_wire(value: object) -> JSONValue:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def parse_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def from_wire(model: type[SyncedColumns], field: str, value: JSONValue) -> object:
    """Convert a wire value to the Python type of `model.field`; raises ValueError if it can't."""
    if value is None:
        return None
    column = inspect(model).columns[field]
    # A TypeDecorator (UTCDateTime) names no Python type itself; its implementation does.
    python_type = getattr(column.type, "impl_instance", column.type).python_type
    if python_type is datetime:
        return parse_datetime(str(value))
    if python_type is date:
        return date.fromisoformat(str(value))
    if python_type is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{field}: expected true or false")
        return value
    if python_type is int and not isinstance(value, int):
        raise ValueError(f"{field}: expected an integer")
    return value


def user_fields(model: type[SyncedColumns]) -> Iterator[str]:
    """The columns that carry user data: what a mutation may change (incl. `deleted_at`)."""
    for prop in inspect(model).column_attrs:
        assert isinstance(prop, ColumnProperty)
        column = prop.columns[0]
        if prop.key in SYNC_META_COLUMNS or column.info.get("derived"):
            continue
        yield prop.key


def row_fields(row: SyncedColumns) -> dict[str, JSONValue]:
    """All user fields of a row, JSON-safe."""
    return {name: to_wire(getattr(row, name)) for name in user_fields(type(row))}
