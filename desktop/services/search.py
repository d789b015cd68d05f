"""Ranked full-text search over all record kinds, with highlighted snippets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, literal_column, select, text
from sqlalchemy.orm import Session

from desktop.models import RECORD_KINDS, SearchDoc, SyncedColumns
from desktop.services.listing import SEARCH_INDEX, RecordFilter, conditions
from desktop.services.markup import first_line, to_plain
from desktop.services.schema import kind_spec
from desktop.store.fts import match_expression, query_terms
from desktop.store.textfold import fold

# Titles weigh more than body text: a query that names an activity finds it first.
SCORE: ColumnElement[float] = literal_column("bm25(search_index, 4.0, 1.0)")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Highlighted:
    """Plain text with the character ranges that matched the query."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class SearchHit:
    record_id: str
    kind: str
    title: str
    snippet: Highlighted
    score: float
    record: SyncedColumns


def search(
    session: Session,
    workspace_id: str,
    query: str,
    *,
    kinds: Iterable[str] = RECORD_KINDS,
    record_filter: RecordFilter | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """The best `limit` hits for `query`, best first (bm25), across the given kinds."""
    expression = match_expression(query)
    if expression is None:
        return []
    terms = [fold(t) for t in query_terms(query)]
    kinds = tuple(kinds)
    if record_filter is None or record_filter == RecordFilter():
        found = _ranked_across_kinds(session, workspace_id, expression, kinds, limit)
    else:
        found = _ranked_per_kind(session, workspace_id, expression, kinds, record_filter, limit)
    hits = [_hit(record, score, terms) for record, score in found]
    hits.sort(key=lambda hit: hit.score)
    return hits[:limit]


def _ranked_across_kinds(
    session: Session, workspace_id: str, expression: str, kinds: tuple[str, ...], limit: int
) -> list[tuple[SyncedColumns, float]]:
    """One FTS query for all kinds (the unfiltered, as-you-type case).

    Trashed records are not in the index, so the ranking needs no record table;
    records are loaded only for the hits.
    """
    rows = session.execute(
        select(SearchDoc.record_id, SearchDoc.kind, SCORE.label("score"))
        .join(SEARCH_INDEX, text("search_index.rowid = search_doc.rowid"))
        .where(text("search_index MATCH :fts_query").bindparams(fts_query=expression))
        .where(SearchDoc.workspace_id == workspace_id, SearchDoc.kind.in_(kinds))
        .order_by(SCORE)
        .limit(limit)
    ).all()
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
    expression: str,
    kinds: tuple[str, ...],
    record_filter: RecordFilter,
    limit: int,
) -> list[tuple[SyncedColumns, float]]:
    """With filters, each kind's conditions apply in SQL before ranking."""
    found: list[tuple[SyncedColumns, float]] = []
    for kind in kinds:
        model = kind_spec(kind).model
        statement = (
            select(model, SCORE.label("score"))
            .join(SearchDoc, SearchDoc.record_id == model.id)
            .join(SEARCH_INDEX, text("search_index.rowid = search_doc.rowid"))
            .where(text("search_index MATCH :fts_query").bindparams(fts_query=expression))
            .where(*conditions(kind, workspace_id, record_filter))
            .order_by(SCORE)
            .limit(limit)
        )
        found.extend((record, float(score)) for record, score in session.execute(statement))
    return found


def record_title(record: SyncedColumns) -> str:
    title_field = type(record).__title_field__
    if title_field:
        return str(getattr(record, title_field) or "")
    return first_line(getattr(record, "text", "") or "", 80)


def record_body(record: SyncedColumns) -> str:
    model = type(record)
    parts = [
        to_plain(str(getattr(record, name) or ""))
        for name in model.__search_fields__
        if name not in (model.__title_field__, "author")
    ]
    return "\n".join(p for p in parts if p)


def highlight(text_value: str, terms: list[str], width: int = 180) -> Highlighted:
    """A window of `text_value` around the first match, with every match marked.

    Matching mirrors the index: a word matches when its folded form starts with a
    folded query term, so "Munster" marks "Münster" and "ijs" marks "IJssel".
    """
    flat = " ".join(text_value.split())
    spans = [
        (m.start(), m.end())
        for m in _WORD.finditer(flat)
        if any(fold(m.group()).startswith(term) for term in terms)
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


def _hit(record: SyncedColumns, score: float, terms: list[str]) -> SearchHit:
    body = record_body(record)
    title = record_title(record)
    snippet_source = body if _matches(body, terms) or not _matches(title, terms) else title
    return SearchHit(
        record_id=record.id,
        kind=record.__kind__,
        title=title,
        snippet=highlight(snippet_source, terms),
        score=score,
        record=record,
    )


def _matches(value: str, terms: list[str]) -> bool:
    return any(fold(word).startswith(term) for word in _WORD.findall(value) for term in terms)
