"""The FTS5 full-text index over all record kinds.

`search_index` holds folded text; its rowid is `search_doc.rowid`, which maps to the
record. The index is maintained by the store (see derived.py) in the transaction
that writes the record; tombstoned records leave the index and return on restore.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, text

from desktop.store.textfold import fold_for_index

FTS_TABLE = "search_index"
CREATE_FTS_SQL = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
    "title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


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
        conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), [{"r": r} for r in known])
    fresh = [doc for doc in docs if doc.record_id not in rowids]
    if fresh:
        conn.execute(
            text("INSERT INTO search_doc (record_id, kind, workspace_id) VALUES (:id, :kind, :ws)"),
            [{"id": d.record_id, "kind": d.kind, "ws": d.workspace_id} for d in fresh],
        )
        rowids.update(_rowids(conn, [doc.record_id for doc in fresh]))
    conn.execute(
        text(f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (:r, :t, :b)"),
        [
            {
                "r": rowids[doc.record_id],
                "t": fold_for_index(doc.title),
                "b": fold_for_index(doc.body),
            }
            for doc in docs
        ],
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
            conn.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :r"), {"r": rowid})
            conn.execute(text("DELETE FROM search_doc WHERE rowid = :r"), {"r": rowid})
