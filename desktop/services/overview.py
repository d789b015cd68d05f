"""Counts and cross-kind lists for navigation, dashboard and status bar, computed in SQL."""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain import KINDS, kind_spec
from desktop.models import Activity, Observation, RecordLink, SyncConflict, SyncedColumns
from desktop.services.listing import RecordFilter, conditions
from desktop.services.search import record_title
from desktop.services.taxonomy import Taxonomy, display_name
from desktop.store import Database


@dataclass(frozen=True)
class ActivitySummary:
    id: str
    title: str
    activity_type_id: str | None
    starts_on: date
    ends_on: date | None
    host_municipality_id: str | None
    observation_count: int


def activity_summaries(session: Session, workspace_id: str) -> list[ActivitySummary]:
    """Live activities, newest first, each with its number of live observations.

    Counted per activity through the (activity_id, deleted_at) index alone: grouping
    every observation of the workspace instead read each row, 0.1 s at 100,000 (and the
    navigation is refreshed after every save). An activity's observations are in its
    workspace, so the count is the same.
    """
    observations = (
        select(func.count())
        .select_from(Observation)
        .where(Observation.activity_id == Activity.id, Observation.deleted_at.is_(None))
        .correlate(Activity)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Activity, observations)
        .where(Activity.workspace_id == workspace_id, Activity.deleted_at.is_(None))
        .order_by(Activity.starts_on.desc(), Activity.id.desc())
    )
    return [
        ActivitySummary(
            a.id,
            a.title,
            a.activity_type_id,
            a.starts_on,
            a.ends_on,
            a.host_municipality_id,
            int(count),
        )
        for a, count in rows
    ]


def kind_counts(
    session: Session, workspace_id: str, record_filter: RecordFilter | None = None
) -> dict[str, int]:
    found = {}
    for kind, spec in KINDS.items():
        model: Any = spec.model
        query = select(func.count()).select_from(model)
        query = query.where(*conditions(kind, workspace_id, record_filter or RecordFilter()))
        found[kind] = int(session.execute(query).scalar_one())
    return found


def counts_by_link(
    session: Session,
    workspace_id: str,
    kind: str,
    field: str,
    record_filter: RecordFilter | None = None,
) -> list[tuple[str, int]]:
    """How many live records of `kind` link each target through `field`, most first."""
    model: Any = kind_spec(kind).model
    ids = select(model.id).where(*conditions(kind, workspace_id, record_filter or RecordFilter()))
    rows = session.execute(
        select(RecordLink.target_id, func.count())
        .where(RecordLink.field == field, RecordLink.source_id.in_(ids))
        .group_by(RecordLink.target_id)
        .order_by(func.count().desc())
    ).all()
    return [(str(target), int(count)) for target, count in rows]


def observations_by_municipality(
    session: Session, workspace_id: str, record_filter: RecordFilter | None = None
) -> list[tuple[str, int]]:
    """Observations counted by the host municipality of their activity."""
    rows = session.execute(
        select(Activity.host_municipality_id, func.count())
        .select_from(Observation)
        .join(Activity, Activity.id == Observation.activity_id)
        .where(*conditions("observation", workspace_id, record_filter or RecordFilter()))
        .where(Activity.host_municipality_id.is_not(None))
        .group_by(Activity.host_municipality_id)
        .order_by(func.count().desc())
    ).all()
    return [(str(m), int(c)) for m, c in rows]


def observations_by_month(
    session: Session, workspace_id: str, record_filter: RecordFilter | None = None
) -> list[tuple[str, int]]:
    """Observations per month ("2009-03"), in calendar order."""
    month = func.strftime("%Y-%m", Observation.observed_on)
    rows = session.execute(
        select(month, func.count())
        .where(*conditions("observation", workspace_id, record_filter or RecordFilter()))
        .group_by(month)
        .order_by(month)
    ).all()
    return [(str(m), int(c)) for m, c in rows]


def recent_records(session: Session, workspace_id: str, limit: int = 200) -> list[SyncedColumns]:
    """The most recently edited live records of every kind, newest first."""
    return _merged(session, workspace_id, limit, trash=False)


def trashed_records(session: Session, workspace_id: str, limit: int = 1000) -> list[SyncedColumns]:
    """Records in the trash, most recently deleted first."""
    return _merged(session, workspace_id, limit, trash=True)


def _merged(session: Session, workspace_id: str, limit: int, *, trash: bool) -> list[SyncedColumns]:
    streams = []
    for kind, spec in KINDS.items():
        model: Any = spec.model
        column = model.deleted_at if trash else model.updated_at
        rows = session.scalars(
            select(model)
            .where(*conditions(kind, workspace_id, RecordFilter(trash=trash)))
            .order_by(column.desc())
            .limit(limit)
        )
        streams.append(list(rows))

    def stamp(record: SyncedColumns) -> Any:
        return record.deleted_at if trash else record.updated_at

    return list(heapq.merge(*streams, key=stamp, reverse=True))[:limit]


# -- what the window shows, one read each ---------------------------------------------------


@dataclass(frozen=True)
class RecordSummary:
    record_id: str
    kind: str
    title: str
    when: datetime  # edited, or deleted (the trash)
    by: str


def summarise(db: Database, workspace_id: str, *, trash: bool) -> list[RecordSummary]:
    """The recently edited records, or the trash, as the lists show them."""
    with db.read() as session:
        records = (
            trashed_records(session, workspace_id)
            if trash
            else recent_records(session, workspace_id)
        )
        return [
            RecordSummary(
                r.id,
                r.__kind__,
                record_title(r),
                (r.deleted_at or r.updated_at) if trash else r.updated_at,
                r.updated_by,
            )
            for r in records
        ]


@dataclass(frozen=True)
class NavigationFigures:
    counts: dict[str, int]  # live records by kind (within the filter)
    trash: int
    activities: list[ActivitySummary]
    activity_types: dict[str, str]  # term id -> name in the interface language
    open_conflicts: int


def navigation_figures(
    db: Database, workspace_id: str, record_filter: RecordFilter, language: str
) -> NavigationFigures:
    with db.read() as session:
        counts = kind_counts(session, workspace_id, record_filter)
        trash = sum(kind_counts(session, workspace_id, RecordFilter(trash=True)).values())
        activities = activity_summaries(session, workspace_id)
        taxonomy = Taxonomy(session, workspace_id)
        types = {t.id: display_name(t, language) for t in taxonomy.terms.values()}
        conflicts = int(
            session.scalar(
                select(func.count())
                .select_from(SyncConflict)
                .where(SyncConflict.workspace_id == workspace_id, SyncConflict.status == "open")
            )
            or 0
        )
    return NavigationFigures(counts, trash, activities, types, conflicts)


@dataclass(frozen=True)
class DashboardFigures:
    by_kind: dict[str, int]
    by_field: list[tuple[str, int]]  # label in the interface language, count
    by_municipality: list[tuple[str, int]]
    by_month: list[tuple[str, int]]  # "2009-03", count


def dashboard_figures(
    db: Database, workspace_id: str, activity_id: str | None, language: str
) -> DashboardFigures:
    record_filter = RecordFilter(activity_id=activity_id)
    with db.read() as session:
        taxonomy = Taxonomy(session, workspace_id)
        fields = counts_by_link(
            session, workspace_id, "observation", "fields_of_action", record_filter
        )
        municipalities = observations_by_municipality(session, workspace_id, record_filter)
        return DashboardFigures(
            by_kind=kind_counts(session, workspace_id, record_filter),
            by_field=[(taxonomy.term_label(t, language), n) for t, n in fields],
            by_municipality=[(taxonomy.municipality_name(m), n) for m, n in municipalities],
            by_month=observations_by_month(session, workspace_id, record_filter),
        )


def live_activities(db: Database, workspace_id: str) -> list[ActivitySummary]:
    with db.read() as session:
        return activity_summaries(session, workspace_id)
