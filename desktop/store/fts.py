"""The FTS5 full-text indexes over all record kinds: words, and substrings of words.

`search_index` holds folded text split into words; `search_trigram` the same text
folded completely (case, accents, ß) and split into trigrams, so that a query can
find the inside of a compound ("cafe" in "Elterncafés", "team" in "Wijkteam").
Both share the rowid of `search_doc`, which maps to the record. The store maintains
them (see derived.py) in the transaction that writes the record; tombstoned records
leave the indexes and return on restore.

`search_trigram` is contentless (the text is in `search_index` already): SQLite
3.40 can remove a row from it only by repeating the values it indexed, which
`_forget_trigrams` reads back from `search_index` and folds again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, text

from desktop.store.textfold import fold, fold_for_index

FTS_TABLE = "search_index"
CREATE_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
TRIGRAM_TABLE = "search_trigram"
CREATE_TRIGRAM_SQL = (
    f"CREATE VIRTUAL TABLE {TRIGRAM_TABLE} USING fts5("
    "title, body, tokenize = 'trigram', content = '')"
)
# A trigram index cannot look for fewer than three letters; such words of a query
# are matched as word prefixes instead.
SUBSTRING_MIN = 3
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class MatchTier:
    """One way of matching a query: in whole words (and word beginnings), or anywhere
    inside words.

    `table` is the FTS5 table `expression` is matched against; for substrings,
    `words` (if any) is what the query's short words must match in the word index.
    `ranked`: ordered by bm25; else newest first (the index's rowid order, which
    FTS5 serves without scoring every match of a common syllable).
    """

    name: str
    table: str
    expression: str
    words: str | None = None
    ranked: bool = True


def match_tiers(query: str) -> list[MatchTier]:
    """Words first (whole, or their beginning: search as you type), then inside words.

    The second tier finds everything the first found and more, so callers rank the
    hits of the first first and ask the second only for what is missing.
    """
    terms = query_terms(query)
    if not terms:
        return []
    tiers = [MatchTier("word", FTS_TABLE, " ".join(f'"{term}"*' for term in terms))]
    long_terms = [fold(term) for term in terms if len(fold(term)) >= SUBSTRING_MIN]
    short_terms = [term for term in terms if len(fold(term)) < SUBSTRING_MIN]
    if long_terms:
        tiers.append(
            MatchTier(
                "substring",
                TRIGRAM_TABLE,
                " ".join(f'"{term}"' for term in long_terms),
                " ".join(f'"{term}"*' for term in short_terms) or None,
                ranked=False,
            )
        )
    return tiers


@dataclass(frozen=True)
class SearchDocument:
    record_id: str
    kind: str
    workspace_id: str
    title: str
    body: str


def query_terms(query: str) -> list[str]:
    """The words of a user's query, folded the way the index is."""
    return _TOKEN.findall(fold_for_index(query))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every word must occur, each as a word prefix.

    Prefix matching makes search-as-you-type work ("ijs" finds "IJssel") and
    quoting each word keeps FTS5 operators typed by a user from being parsed.
    """
    terms = query_terms(query)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def upsert_documents(conn: Connection, documents: Iterable[SearchDocument]) -> None:
    """Index (or re-index) documents; batched, as a bulk import indexes thousands at once."""
    docs = list(documents)
    if not docs:
        return
    rowids = _rowids(conn, [doc.record_id for doc in docs])
    known = [rowids[doc.record_id] for doc in docs if doc.record_id in rowids]
    if known:
        _forget_trigrams(conn, known)
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), [{"r": r} for r in known])
    fresh = [doc for doc in docs if doc.record_id not in rowids]
    if fresh:
        conn.execute(
            text("INSERT INTO search_doc (record_id, kind, workspace_id) VALUES (:id, :kind, :ws)"),
            [{"id": d.record_id, "kind": d.kind, "ws": d.workspace_id} for d in fresh],
        )
        rowids.update(_rowids(conn, [doc.record_id for doc in fresh]))
    rows = [
        {"r": rowids[doc.record_id], "t": fold_for_index(doc.title), "b": fold_for_index(doc.body)}
        for doc in docs
    ]
    conn.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (:r, :t, :b)"), rows)
    _add_trigrams(conn, rows)


def _add_trigrams(conn: Connection, rows: list[dict[str, object]]) -> None:
    """Index rows of `search_index` (rowid r, title t, body b) by substring too."""
    conn.execute(
        text(f"INSERT INTO {TRIGRAM_TABLE} (rowid, title, body) VALUES (:r, :t, :b)"),
        [{"r": row["r"], "t": fold(str(row["t"])), "b": fold(str(row["b"]))} for row in rows],
    )


def _forget_trigrams(conn: Connection, rowids: list[int]) -> None:
    """Remove rows from the contentless trigram index: with exactly what it indexed
    (the word index's text, folded again: folding twice is folding once)."""
    stored: list[Any] = []
    for offset in range(0, len(rowids), 500):
        chunk = rowids[offset : offset + 500]
        stored.extend(
            conn.execute(
                text(f"SELECT rowid, title, body FROM {FTS_TABLE} WHERE rowid IN :ids").bindparams(
                    bindparam("ids", expanding=True)
                ),
                {"ids": chunk},
            )
        )
    if stored:
        conn.execute(
            text(
                f"INSERT INTO {TRIGRAM_TABLE} ({TRIGRAM_TABLE}, rowid, title, body) "
                "VALUES ('delete', :r, :t, :b)"
            ),
            [{"r": row.rowid, "t": fold(row.title), "b": fold(row.body)} for row in stored],
        )


def _rowids(conn: Connection, record_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for offset in range(0, len(record_ids), 500):  # SQLite's bound-parameter limit
        chunk = record_ids[offset : offset + 500]
        rows = conn.execute(
            text("SELECT record_id, rowid FROM search_doc WHERE record_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
        found.update({row.record_id: row.rowid for row in rows})
    return found


def remove_documents(conn: Connection, record_ids: Iterable[str]) -> None:
    for record_id in record_ids:
        rowid = conn.execute(
            text("SELECT rowid FROM search_doc WHERE record_id = :id"), {"id": record_id}
        ).scalar()
        if rowid is not None:
            _forget_trigrams(conn, [rowid])
            conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
            conn.execute(text("DELETE FROM search_doc WHERE rowid = :r"), {"r": rowid})
