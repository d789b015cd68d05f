"""Record lists sorted, filtered and paged in SQL (keyset paging: no OFFSET scans).

A page ends with a cursor (sort value, id) from which the next page continues; the
id breaks ties, so paging neither skips nor repeats rows however many share a date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    func,
    literal,
    or_,
    select,
    table,
    text,
    tuple_,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.models import (
    Activity,
    AdaptationNote,
    Contact,
    Observation,
    RecordLink,
    SearchDoc,
)
from desktop.services.schema import kind_spec
from desktop.store.fts import match_expression

SEARCH_INDEX = table("search_index")


@dataclass(frozen=True)
class RecordFilter:
    activity_id: str | None = None
    municipality_id: str | None = None
    field_of_action_id: str | None = None
    tag_id: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    element_kind: str | None = None
    status: str | None = None
    consent_given: bool | None = None
    trash: bool = False


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    # Continue after this (sort value, id); None when this was the last page.
    next_cursor: tuple[Any, str] | None


SORT_COLUMNS: dict[str, dict[str, InstrumentedAttribute[Any]]] = {
    "activity": {
        "date": Activity.starts_on,
        "title": Activity.sort_key,
        "place": Activity.place,
        "updated": Activity.updated_at,
    },
    "observation": {
        "date": Observation.observed_on,
        "text": Observation.sort_key,
        "author": Observation.author,
        "updated": Observation.updated_at,
    },
    "adaptation": {
        "element": AdaptationNote.sort_key,
        "kind": AdaptationNote.element_kind,
        "status": AdaptationNote.status,
        "updated": AdaptationNote.updated_at,
    },
    "contact": {
        "name": Contact.sort_key,
        "organisation": Contact.organisation,
        "updated": Contact.updated_at,
        "consent": Contact.consent_given,
    },
}
DEFAULT_SORT = {
    "activity": ("date", True),
    "observation": ("date", True),
    "adaptation": ("updated", True),
    "contact": ("name", False),
}


def list_records(
    session: Session,
    workspace_id: str,
    kind: str,
    record_filter: RecordFilter | None = None,
    *,
    sort: str | None = None,
    descending: bool | None = None,
    after: tuple[Any, str] | None = None,
    limit: int = 100,
) -> Page:
    model = kind_spec(kind).model
    default_key, default_descending = DEFAULT_SORT[kind]
    sort_column = SORT_COLUMNS[kind][sort or default_key]
    descending = default_descending if descending is None else descending
    id_column = model.id
    query = select(model).where(*conditions(kind, workspace_id, record_filter or RecordFilter()))
    if after is not None:
        key = tuple_(sort_column, id_column)
        bound = tuple_(literal(after[0], type_=sort_column.type), after[1])
        query = query.where(key < bound if descending else key > bound)
    ordering = (sort_column.desc(), id_column.desc()) if descending else (sort_column, id_column)
    rows = list(session.scalars(query.order_by(*ordering).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    cursor = (getattr(rows[-1], sort_column.key), rows[-1].id) if more else None
    return Page(rows, cursor)


def count_records(
    session: Session, workspace_id: str, kind: str, record_filter: RecordFilter | None = None
) -> int:
    model = kind_spec(kind).model
    query = select(func.count()).select_from(model)
    query = query.where(*conditions(kind, workspace_id, record_filter or RecordFilter()))
    return int(session.execute(query).scalar_one())


def conditions(kind: str, workspace_id: str, f: RecordFilter) -> list[ColumnElement[bool]]:
    """SQL conditions for a filter on records of one kind."""
    model: Any = kind_spec(kind).model
    where: list[ColumnElement[bool]] = [model.workspace_id == workspace_id]
    where.append(model.deleted_at.is_not(None) if f.trash else model.deleted_at.is_(None))
    if f.activity_id:
        where.append(_activity_condition(kind, model, f.activity_id))
    if f.municipality_id:
        where.append(_municipality_condition(kind, model, f.municipality_id))
    if f.field_of_action_id:
        where.append(model.id.in_(_linked("fields_of_action", f.field_of_action_id)))
    if f.tag_id:
        where.append(model.id.in_(_linked("tags", f.tag_id)))
    where.extend(_date_conditions(kind, model, f.date_from, f.date_to))
    if f.text:
        expression = match_expression(f.text)
        if expression is not None:
            where.append(model.id.in_(matching_ids(expression)))
    if f.element_kind and kind == "adaptation":
        where.append(AdaptationNote.element_kind == f.element_kind)
    if f.status and kind == "adaptation":
        where.append(AdaptationNote.status == f.status)
    if f.consent_given is not None and kind == "contact":
        where.append(Contact.consent_given.is_(f.consent_given))
    return where


def matching_ids(expression: str) -> Select[Any]:
    return (
        select(SearchDoc.record_id)
        .join(SEARCH_INDEX, text("search_index.rowid = search_doc.rowid"))
        .where(text("search_index MATCH :fts_query").bindparams(fts_query=expression))
    )


def _linked(field: str, target_id: str) -> Select[Any]:
    return select(RecordLink.source_id).where(
        RecordLink.field == field, RecordLink.target_id == target_id
    )


def _activity_condition(kind: str, model: Any, activity_id: str) -> ColumnElement[bool]:
    if kind == "activity":
        return model.id == activity_id  # type: ignore[no-any-return]
    if kind == "contact":
        return model.id.in_(_linked("activity_ids", activity_id))  # type: ignore[no-any-return]
    return model.activity_id == activity_id  # type: ignore[no-any-return]


def _municipality_condition(kind: str, model: Any, municipality_id: str) -> ColumnElement[bool]:
    if kind == "activity":
        return Activity.host_municipality_id == municipality_id
    if kind == "observation":
        hosted = select(Activity.id).where(Activity.host_municipality_id == municipality_id)
        return Observation.activity_id.in_(hosted)
    if kind == "adaptation":
        return or_(
            AdaptationNote.from_municipality_id == municipality_id,
            AdaptationNote.to_municipality_id == municipality_id,
        )
    return Contact.municipality_id == municipality_id


def _date_conditions(
    kind: str, model: Any, date_from: date | None, date_to: date | None
) -> Sequence[ColumnElement[bool]]:
    if date_from is None and date_to is None:
        return []
    if kind == "activity":
        # An activity is in the period if it overlaps it.
        found = []
        if date_to is not None:
            found.append(Activity.starts_on <= date_to)
        if date_from is not None:
            found.append(func.coalesce(Activity.ends_on, Activity.starts_on) >= date_from)
        return [and_(*found)]
    if kind == "observation":
        column: Any = Observation.observed_on
        low, high = date_from, date_to
    else:
        column = model.created_at
        low = datetime.combine(date_from, time.min).astimezone() if date_from else None
        high = datetime.combine(date_to, time.max).astimezone() if date_to else None
    found = []
    if low is not None:
        found.append(column >= low)
    if high is not None:
        found.append(column <= high)
    return found
