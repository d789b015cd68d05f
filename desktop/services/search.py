"""Ranked full-text search over all record kinds, with highlighted snippets.

A query is matched in tiers (desktop/store/fts.py): words (whole, or their
beginnings) first, best first; then anywhere inside a word ("team" in "Wijkteam"),
newest first. The second tier is asked only for what the first left of the limit,
so a common word costs one query. Titles and snippets are made when first read:
a list shows a dozen hits at a time, not fifty.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from sqlalchemy import ColumnElement, literal_column, select
from sqlalchemy.orm import Session

from desktop.domain import RECORD_KINDS, kind_spec, spec_of
from desktop.models import SearchDoc, SyncedColumns
from desktop.services.listing import RecordFilter, conditions, tier_conditions, tier_join
from desktop.services.markup import first_line, to_plain
from desktop.store import Database
from desktop.store.fts import MatchTier, match_tiers, query_terms
from desktop.store.textfold import fold

_WORD = re.compile(r"\w+", re.UNICODE)


def _score(tier: MatchTier) -> ColumnElement[float]:
    # Titles weigh more than body text: a query that names an activity finds it first.
    if tier.ranked:
        return literal_column(f"bm25({tier.table}, 4.0, 1.0)")
    return literal_column(f"{tier.table}.rowid")  # its age, for ordering only


def _order(tier: MatchTier) -> ColumnElement[Any]:
    if tier.ranked:
        return _score(tier)
    # Newest first, as the plain rowid: FTS5 serves that order and stops at the limit
    # (an expression of the rowid would make SQLite collect every match first).
    return literal_column(f"{tier.table}.rowid").desc()


@dataclass(frozen=True)
class Highlighted:
    """Plain text with the character ranges that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    record_id: str
    kind: str
    score: float
    record: SyncedColumns
    tier: str = "word"  # "word" or "substring": how the query matched
    terms: tuple[str, ...] = ()  # the folded query words (for the snippet)

    @cached_property
    def title(self) -> str:
        return record_title(self.record)

    @cached_property
    def snippet(self) -> Highlighted:
        body = record_body(self.record)
        matched = _matches(body, self.terms) or not _matches(self.title, self.terms)
        return highlight(body if matched else self.title, list(self.terms))


def search(
    session: Session,
    workspace_id: str,
    query: str,
    *,
    kinds: Iterable[str] = RECORD_KINDS,
    record_filter: RecordFilter | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """The best `limit` hits for `query`: hits of whole words or word beginnings
    first (best first, bm25), then hits inside words (newest first)."""
    terms = [fold(t) for t in query_terms(query)]
    kinds = tuple(kinds)
    plain = record_filter is None or record_filter == RecordFilter()
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for tier in match_tiers(query):
        wanted = limit - len(hits)
        if wanted <= 0:
            break
        if plain:
            found = _ranked_across_kinds(session, workspace_id, tier, kinds, wanted, seen)
        else:
            assert record_filter is not None
            found = _ranked_per_kind(
                session, workspace_id, tier, kinds, record_filter, wanted, seen
            )
        # Best first (bm25: lower is better); or newest first (higher rowid).
        found.sort(key=lambda pair: pair[1] if tier.ranked else -pair[1])
        for record, score in found[:wanted]:
            # Inside-word hits are ordered by age, not scored: below every word hit.
            hits.append(_hit(record, score if tier.ranked else 0.0, terms, tier.name))
            seen.add(record.id)
    return hits


def _ranked_across_kinds(
    session: Session,
    workspace_id: str,
    tier: MatchTier,
    kinds: tuple[str, ...],
    limit: int,
    seen: set[str],
) -> list[tuple[SyncedColumns, float]]:
    """One FTS query for all kinds (the unfiltered, as-you-type case).

    Trashed records are not in the index, so the ranking needs no record table;
    records are loaded only for the hits.
    """
    score = _score(tier)
    statement = (
        select(SearchDoc.record_id, SearchDoc.kind, score.label("score"))
        .join(*tier_join(tier))
        .where(*tier_conditions(tier))
        .where(SearchDoc.workspace_id == workspace_id, SearchDoc.kind.in_(kinds))
        .order_by(_order(tier))
        .limit(limit)
    )
    if seen:
        statement = statement.where(SearchDoc.record_id.not_in(seen))
    rows = session.execute(statement).all()
    scores = {record_id: float(score) for record_id, _kind, score in rows}
    found: list[tuple[SyncedColumns, float]] = []
    for kind in {kind for _id, kind, _score in rows}:
        model: Any = kind_spec(kind).model
        ids = [record_id for record_id, row_kind, _score in rows if row_kind == kind]
        for record in session.scalars(select(model).where(model.id.in_(ids))):
            found.append((record, scores[record.id]))
    return found


def _ranked_per_kind(
    session: Session,
    workspace_id: str,
    tier: MatchTier,
    kinds: tuple[str, ...],
    record_filter: RecordFilter,
    limit: int,
    seen: set[str],
) -> list[tuple[SyncedColumns, float]]:
    """With filters, each kind's conditions apply in SQL before ranking."""
    score = _score(tier)
    found: list[tuple[SyncedColumns, float]] = []
    for kind in kinds:
        model: Any = kind_spec(kind).model
        statement = (
            select(model, score.label("score"))
            .join(SearchDoc, SearchDoc.record_id == model.id)
            .join(*tier_join(tier))
            .where(*tier_conditions(tier))
            .where(*conditions(kind, workspace_id, record_filter))
            .order_by(_order(tier))
            .limit(limit)
        )
        if seen:
            statement = statement.where(model.id.not_in(seen))
        found.extend((record, float(score)) for record, score in session.execute(statement))
    return found


@dataclass(frozen=True)
class TitledRecord:
    record_id: str
    title: str
    trashed: bool = False
    missing: bool = False


def titles_of(db: Database, ids: Iterable[str]) -> list[TitledRecord]:
    """What the records with these ids are called, in the given order."""
    from desktop.services.records import find_record

    found = []
    with db.read() as session:
        for record_id in ids:
            record = find_record(session, record_id)
            if record is None:
                found.append(TitledRecord(record_id, "", missing=True))
            else:
                trashed = record.deleted_at is not None
                found.append(TitledRecord(record_id, record_title(record), trashed))
    return found


def find_titled(
    db: Database, workspace_id: str, kind: str, text: str, limit: int = 100
) -> list[TitledRecord]:
    """Records of one kind to pick from: the best search hits, or the first of the list."""
    from desktop.services.listing import list_records

    with db.read() as session:
        if text.strip():
            records = [
                hit.record for hit in search(session, workspace_id, text, kinds=[kind], limit=limit)
            ]
        else:
            records = list_records(session, workspace_id, kind, limit=limit).rows
        return [TitledRecord(r.id, record_title(r)) for r in records]


def run_search(
    db: Database,
    workspace_id: str,
    query: str,
    *,
    kinds: Iterable[str] = RECORD_KINDS,
    record_filter: RecordFilter | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """`search` in a read of its own (for the UI's search-as-you-type)."""
    with db.read() as session:
        return search(
            session, workspace_id, query, kinds=kinds, record_filter=record_filter, limit=limit
        )


def record_title(record: SyncedColumns, limit: int | None = 80) -> str:
    """What a record is called: its title field, else the first line of its text
    (shortened to `limit`; None: the whole line, for callers that redact first)."""
    spec = spec_of(record)
    title_field = spec.title_field if spec is not None else None
    if title_field:
        return str(getattr(record, title_field) or "")
    source = spec.sort_source if spec is not None else None
    return first_line(str(getattr(record, source or "text", "") or ""), limit)


def record_body(record: SyncedColumns) -> str:
    spec = spec_of(record)
    if spec is None:
        return ""
    parts = [
        to_plain(str(getattr(record, name) or ""))
        for name in spec.search_fields
        if name not in (spec.title_field, "author")
    ]
    return "\n".join(p for p in parts if p)


def highlight(text_value: str, terms: list[str], width: int = 180) -> Highlighted:
    """A window of `text_value` around the first match, with every match marked.

    Matching mirrors the indexes: a word matches when its folded form contains a
    folded query term, so "Munster" marks "Münster", "ijs" marks "IJssel" and "cafe"
    marks "Elterncafés" (the whole word: that is what the reader looks for).
    """
    flat = " ".join(text_value.split())
    spans = [
        (m.start(), m.end())
        for m in _WORD.finditer(flat)
        if any(term in _folded(m.group()) for term in terms)
    ]
    if len(flat) <= width:
        return Highlighted(flat, tuple(spans))
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 3, len(flat) - width))
    if start > 0:
        start = flat.find(" ", start) + 1 or start
    end = min(len(flat), start + width)
    if end < len(flat):
        end = flat.rfind(" ", start, end) if flat.rfind(" ", start, end) > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(flat) else ""
    window = prefix + flat[start:end] + suffix
    shift = len(prefix) - start
    inside = tuple((a + shift, b + shift) for a, b in spans if a >= start and b <= end)
    return Highlighted(window, inside)


def _hit(record: SyncedColumns, score: float, terms: list[str], tier: str) -> SearchHit:
    return SearchHit(record.id, record.__kind__, score, record, tier, tuple(terms))


def _matches(value: str, terms: Iterable[str]) -> bool:
    return any(term in _folded(word) for word in _WORD.findall(value) for term in terms)


@lru_cache(maxsize=50_000)
def _folded(word: str) -> str:
    """`fold` of one word, remembered: fifty snippets repeat the same few thousand words."""
    return fold(word)
