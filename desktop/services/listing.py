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

from desktop.domain import KINDS, KindSpec, kind_spec
from desktop.models import Activity, RecordLink, SearchDoc
from desktop.services.taxonomy import Taxonomy
from desktop.store import Database
from desktop.store.fts import FTS_TABLE, MatchTier, match_tiers

SEARCH_INDEX = table(FTS_TABLE)


@dataclass
class ListLookups:
    """Names shown in lists (terms, municipalities, activity titles), loaded once."""

    taxonomy: Taxonomy
    activity_titles: dict[str, str]
    language: str

    def term(self, term_id: str | None) -> str:
        return self.taxonomy.term_label(term_id, self.language) if term_id else ""

    def terms(self, term_ids: list[str]) -> str:
        return ", ".join(self.term(t) for t in term_ids)

    def municipality(self, municipality_id: str | None) -> str:
        return self.taxonomy.municipality_name(municipality_id) if municipality_id else ""


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
    spec = kind_spec(kind)
    model: Any = spec.model
    default_key, default_descending = spec.default_sort
    sort_column: InstrumentedAttribute[Any] = getattr(model, spec.sort_columns[sort or default_key])
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


def load_lookups(session: Session, workspace_id: str, language: str) -> ListLookups:
    titles = dict(
        session.execute(
            select(Activity.id, Activity.title).where(Activity.workspace_id == workspace_id)
        ).all()
    )
    return ListLookups(Taxonomy(session, workspace_id), titles, language)


def fetch_page(
    db: Database,
    workspace_id: str,
    kind: str,
    record_filter: RecordFilter,
    *,
    sort: str | None,
    descending: bool | None,
    after: tuple[Any, str] | None,
    limit: int,
    language: str,
) -> tuple[Page, ListLookups]:
    """One page of a list, with the names its cells show (one read, for the UI)."""
    with db.read() as session:
        lookups = load_lookups(session, workspace_id, language)
        page = list_records(
            session,
            workspace_id,
            kind,
            record_filter,
            sort=sort,
            descending=descending,
            after=after,
            limit=limit,
        )
    return page, lookups


def fetch_record(
    db: Database, workspace_id: str, record_id: str, language: str
) -> tuple[Any | None, ListLookups]:
    """One record (None if gone) with the names its list row shows."""
    with db.read() as session:
        lookups = load_lookups(session, workspace_id, language)
        record = next(
            (
                found
                for spec in KINDS.values()
                if (found := session.get(spec.model, record_id)) is not None
                and getattr(found, "workspace_id", None) == workspace_id
            ),
            None,
        )
    return record, lookups


def count_records(
    session: Session, workspace_id: str, kind: str, record_filter: RecordFilter | None = None
) -> int:
    model = kind_spec(kind).model
    query = select(func.count()).select_from(model)
    query = query.where(*conditions(kind, workspace_id, record_filter or RecordFilter()))
    return int(session.execute(query).scalar_one())


def conditions(kind: str, workspace_id: str, f: RecordFilter) -> list[ColumnElement[bool]]:
    """SQL conditions for a filter on records of one kind (as its spec relates them)."""
    spec = kind_spec(kind)
    model: Any = spec.model
    where: list[ColumnElement[bool]] = [model.workspace_id == workspace_id]
    where.append(model.deleted_at.is_not(None) if f.trash else model.deleted_at.is_(None))
    if f.activity_id:
        where.append(_activity_condition(spec, f.activity_id))
    if f.municipality_id:
        where.append(_municipality_condition(spec, f.municipality_id))
    if f.field_of_action_id:
        where.append(model.id.in_(_linked("fields_of_action", f.field_of_action_id)))
    if f.tag_id:
        where.append(model.id.in_(_linked("tags", f.tag_id)))
    where.extend(_date_conditions(spec, f.date_from, f.date_to))
    if f.text:
        tiers = match_tiers(f.text)
        if tiers:  # the loosest: a filter keeps every record a search would find
            where.append(model.id.in_(matching_ids(tiers[-1])))
    # Facets of one kind's own fields: they narrow that kind and leave others alone.
    for column, value in (
        ("element_kind", f.element_kind),
        ("status", f.status),
        ("consent_given", f.consent_given),
    ):
        if value is not None and value != "" and hasattr(model, column):
            where.append(getattr(model, column) == value)
    return where


def matching_ids(tier: MatchTier) -> Select[Any]:
    return select(SearchDoc.record_id).join(*tier_join(tier)).where(*tier_conditions(tier))


def tier_join(tier: MatchTier) -> tuple[Any, Any]:
    """The FTS5 table of a tier, joined to `search_doc` by rowid."""
    return table(tier.table), text(f"{tier.table}.rowid = search_doc.rowid")


def tier_conditions(tier: MatchTier) -> list[Any]:
    """What a row must match in a tier (each word, in the tier's index)."""
    where: list[Any] = [
        text(f"{tier.table} MATCH :{tier.name}_query").bindparams(
            **{f"{tier.name}_query": tier.expression}
        )
    ]
    if tier.words:  # the query's short words, as word beginnings
        where.append(
            text(
                f"search_doc.rowid IN (SELECT rowid FROM {FTS_TABLE} "
                f"WHERE {FTS_TABLE} MATCH :{tier.name}_words)"
            ).bindparams(**{f"{tier.name}_words": tier.words})
        )
    return where


def _linked(field: str, target_id: str) -> Select[Any]:
    return select(RecordLink.source_id).where(
        RecordLink.field == field, RecordLink.target_id == target_id
    )


def _activity_condition(spec: KindSpec, activity_id: str) -> ColumnElement[bool]:
    model: Any = spec.model
    if spec.activity_field == "id":
        return model.id == activity_id  # type: ignore[no-any-return]
    field = spec.field_of_column(spec.activity_field)
    if field is not None and field.is_list:
        return model.id.in_(_linked(spec.activity_field, activity_id))  # type: ignore[no-any-return]
    return getattr(model, spec.activity_field) == activity_id  # type: ignore[no-any-return]


def _municipality_condition(spec: KindSpec, municipality_id: str) -> ColumnElement[bool]:
    model: Any = spec.model
    if spec.municipality_fields:
        return or_(*(getattr(model, c) == municipality_id for c in spec.municipality_fields))
    # No municipality of its own: the one that hosted its activity.
    hosted = select(Activity.id).where(Activity.host_municipality_id == municipality_id)
    return getattr(model, spec.activity_field).in_(hosted)  # type: ignore[no-any-return]


def _date_conditions(
    spec: KindSpec, date_from: date | None, date_to: date | None
) -> Sequence[ColumnElement[bool]]:
    if date_from is None and date_to is None:
        return []
    model: Any = spec.model
    start: Any = getattr(model, spec.period.start)
    if spec.period.end is not None:
        # A span is in the period if it overlaps it (no end: it lasts one day).
        end = func.coalesce(getattr(model, spec.period.end), start)
        found = []
        if date_to is not None:
            found.append(start <= date_to)
        if date_from is not None:
            found.append(end >= date_from)
        return [and_(*found)]
    low: Any = date_from
    high: Any = date_to
    if spec.period.timestamp:
        low = datetime.combine(date_from, time.min).astimezone() if date_from else None
        high = datetime.combine(date_to, time.max).astimezone() if date_to else None
    found = []
    if low is not None:
        found.append(start >= low)
    if high is not None:
        found.append(start <= high)
    return found
