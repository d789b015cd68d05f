"""Derived indexes kept in step with every flush: `record_link` and the FTS5 index.

Both are functions of the rows alone, so they are rebuilt per written row (local
edits and rows applied from a pull alike) in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, event, select, text
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from desktop.domain import KINDS, link_fields, spec_of
from desktop.models import Attachment, Municipality, SyncedColumns, Term
from desktop.store import fts
from desktop.store.tracking import touched_rows

# Every record kind is searchable; taxonomy rows are found through their records.


def install_derived_indexes(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _after_flush)


def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    rows = touched_rows(session)
    if not rows:
        return
    conn = session.connection()
    rebuild_links(conn, rows)
    records = [r for r in rows if spec_of(r) is not None]
    reindex(conn, records)
    # Records whose indexed text includes a renamed term or an edited caption. New
    # terms count too: a pull may bring a term after the records that use it.
    # (Records written in this same flush are indexed already.)
    renamed = [r.id for r in rows if isinstance(r, Term | Municipality)]
    owners = {r.owner_id for r in rows if isinstance(r, Attachment)}
    stale = (_sources_linking(conn, renamed) | owners) - {r.id for r in records}
    if stale:
        reindex_ids(session, conn, stale)


def rebuild_links(conn: Connection, rows: Sequence[SyncedColumns]) -> None:
    ids = [row.id for row in rows if link_fields(type(row))]
    if not ids:
        return
    conn.execute(
        text("DELETE FROM record_link WHERE source_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": ids},
    )
    links = [
        {"s": row.id, "f": field, "t": target}
        for row in rows
        for field in link_fields(type(row))
        for target in _as_list(getattr(row, field))
    ]
    if links:
        conn.execute(
            text(
                "INSERT OR IGNORE INTO record_link (source_id, field, target_id) "
                "VALUES (:s, :f, :t)"
            ),
            links,
        )


def reindex(conn: Connection, records: Sequence[SyncedColumns]) -> None:
    if not records:
        return
    live = [r for r in records if r.deleted_at is None]
    fts.remove_documents(conn, [r.id for r in records if r.deleted_at is not None])
    labels = _labels_for(conn, _term_ids(live))
    captions = _captions_for(conn, [r.id for r in live])
    fts.upsert_documents(conn, (_document(r, labels, captions.get(r.id, "")) for r in live))


def reindex_ids(session: Session, conn: Connection, record_ids: Iterable[str]) -> None:
    """Reindex records by id (after a term rename or a caption edit)."""
    by_kind: dict[str, list[str]] = {}
    for record_id, kind in conn.execute(
        text("SELECT record_id, kind FROM search_doc WHERE record_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": list(record_ids)},
    ):
        by_kind.setdefault(kind, []).append(record_id)
    for kind, ids in by_kind.items():
        model: Any = KINDS[kind].model
        with session.no_autoflush:
            records = list(session.scalars(select(model).where(model.id.in_(ids))))
        reindex(conn, records)


def _document(row: SyncedColumns, labels: dict[str, str], captions: str) -> fts.SearchDocument:
    spec = spec_of(row)
    assert spec is not None, "only record kinds are indexed"
    title_field = spec.title_field
    title = str(getattr(row, title_field) or "") if title_field else ""
    parts = [str(getattr(row, f) or "") for f in spec.search_fields if f != title_field]
    parts.extend(labels.get(term_id, "") for term_id in _term_ids([row]))
    parts.append(captions)
    return fts.SearchDocument(
        record_id=row.id,
        kind=spec.kind,
        workspace_id=getattr(row, "workspace_id", ""),
        title=title,
        body="\n".join(p for p in parts if p),
    )


def _term_ids(rows: Sequence[SyncedColumns]) -> list[str]:
    ids: list[str] = []
    for row in rows:
        for field, target in link_fields(type(row)).items():
            if target in ("term", "municipality"):
                ids.extend(_as_list(getattr(row, field)))
    return ids


def _labels_for(conn: Connection, ids: list[str]) -> dict[str, str]:
    """All names of the given terms and municipalities, in every language, one string each."""
    if not ids:
        return {}
    unique = sorted(set(ids))
    found: dict[str, str] = {}
    for row in conn.execute(
        text("SELECT id, name, labels FROM term WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": unique},
    ):
        found[row.id] = " ".join([row.name, *_label_values(row.labels)])
    for row in conn.execute(
        text("SELECT id, name FROM municipality WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": unique},
    ):
        found[row.id] = row.name
    return found


def _label_values(raw: Any) -> list[str]:
    import json

    labels = json.loads(raw) if isinstance(raw, str) else raw
    return [str(v) for v in (labels or {}).values()]


def _captions_for(conn: Connection, owner_ids: list[str]) -> dict[str, str]:
    if not owner_ids:
        return {}
    rows = conn.execute(
        text(
            "SELECT owner_id, caption, file_name FROM attachment "
            "WHERE owner_id IN :ids AND deleted_at IS NULL"
        ).bindparams(bindparam("ids", expanding=True)),
        {"ids": owner_ids},
    )
    captions: dict[str, list[str]] = {}
    for row in rows:
        captions.setdefault(row.owner_id, []).extend([row.caption, row.file_name])
    return {owner: " ".join(p for p in parts if p) for owner, parts in captions.items()}


def _sources_linking(conn: Connection, target_ids: list[str]) -> set[str]:
    if not target_ids:
        return set()
    rows = conn.execute(
        text("SELECT DISTINCT source_id FROM record_link WHERE target_id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": target_ids},
    )
    return {row.source_id for row in rows}


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]
