"""Store benchmark: 100,000 observations through the services layer.

Prints the insert rate, p50/p95 of a first-page list query and of ranked searches
(rare word, common word, two words, and words found only inside compounds), each
beside the raw SQLite/FTS5 floor: the same query on the same file through the bare
sqlite3 module. For a word inside compounds the floor is the bare trigram MATCH.
Each search is timed as a results list needs it: the hits, and the titles and
snippets of the first screenful (FIRST_SCREEN).

    .venv/bin/python -m bench.store_bench [--count 100000] [--data-dir DIR] [--encrypted]

With --encrypted the folder's database is encrypted (SQLCipher) before the records go
in, and the floors read the encrypted file too; run it beside a plain run to see the
cost of encryption at rest.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import DUTCH, GERMAN, RARE_WORD, observation_text, summary, timed_runs  # noqa: E402
from desktop.services.listing import list_records  # noqa: E402
from desktop.services.records import create_record  # noqa: E402
from desktop.services.search import search  # noqa: E402
from desktop.services.taxonomy import Taxonomy  # noqa: E402
from desktop.services.workspace import Scope, open_scope  # noqa: E402
from desktop.store import Database, open_database  # noqa: E402
from desktop.store.encryption import connect, encrypt_folder  # noqa: E402
from desktop.store.fts import TRIGRAM_TABLE, match_expression, match_tiers  # noqa: E402

BATCH = 1000
FLOOR_SQL = (
    "SELECT rowid, bm25(search_index, 4.0, 1.0) AS score FROM search_index "
    "WHERE search_index MATCH ? ORDER BY score LIMIT 50"
)
TRIGRAM_FLOOR_SQL = (
    f"SELECT rowid FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ? ORDER BY rowid DESC LIMIT 50"
)
FIRST_SCREEN = 12  # hits a results list shows at once: their titles and snippets are made
QUERIES = {"rare": RARE_WORD.lower(), "common": "gemeente", "two words": "Nachbarn Schule"}
# Found only inside words: "Zwischenstaatsvertrag", "Zuwanderung", "inburgering".
SUBSTRING_QUERIES = {"inside, rare": "staatsvertrag", "inside, common": "wanderung"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--encrypted", action="store_true", help="encrypt the database first")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="store-bench-"))
    db = open_database(data_dir)
    if args.encrypted:
        db.dispose()
        encrypt_folder(data_dir, passphrase="benchmark passphrase")
        db = open_database(data_dir)
        print("database encrypted (SQLCipher 4)")
    scope = open_scope(db, "bench")
    print(f"data dir: {data_dir}")
    insert_observations(db, scope, args.count)
    interactive_rate(db, scope, 300)
    size = (data_dir / "field-dossier.sqlite").stat().st_size
    print(f"database file: {size / 1e6:.0f} MB")
    list_latency(db, scope, args.runs)
    search_latency(db, scope, args.runs)
    db.dispose()


def insert_observations(db: Database, scope: Scope, count: int) -> None:
    rng = random.Random(42)
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        fields = [t.name for t in taxonomy.terms_of("field_of_action")]
        activity = create_record(
            session, scope, "activity", {"title": "Benchmark", "activity_type": "Coaching-Tag"}
        )
    start = time.perf_counter()
    done = 0
    while done < count:
        with db.write(scope.actor) as session:
            taxonomy = Taxonomy(session, scope.workspace_id)
            for index in range(done, min(count, done + BATCH)):
                create_record(
                    session,
                    scope,
                    "observation",
                    {
                        "activity_id": activity.id,
                        "text": observation_text(rng, index),
                        "observed_on": (date(2009, 1, 1) + timedelta(days=index % 900)).isoformat(),
                        "fields_of_action": rng.sample(fields, 2),
                        "tags": [rng.choice(GERMAN + DUTCH)],
                    },
                    taxonomy=taxonomy,
                    flush=False,
                )
        done = min(count, done + BATCH)
    elapsed = time.perf_counter() - start
    print(
        f"insert via services ({BATCH} per transaction): {count} in {elapsed:.1f} s "
        f"= {count / elapsed:,.0f} records/s"
    )
    raw_insert_floor(count)


def interactive_rate(db: Database, scope: Scope, count: int) -> None:
    """One transaction per record, as autosave writes (fsync each: synchronous=FULL)."""
    rng = random.Random(7)
    start = time.perf_counter()
    for index in range(count):
        with db.write(scope.actor) as session:
            create_record(session, scope, "observation", {"text": observation_text(rng, index)})
    elapsed = time.perf_counter() - start
    print(
        f"insert via services (1 per transaction, like autosave): {count / elapsed:,.0f} records/s"
        f"  ({elapsed / count * 1000:.2f} ms each)"
    )


def raw_insert_floor(count: int) -> None:
    rng = random.Random(42)
    rows = [(str(i), observation_text(rng, i)) for i in range(count)]
    with tempfile.TemporaryDirectory() as scratch:
        connection = sqlite3.connect(Path(scratch) / "floor.sqlite", isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("CREATE TABLE o (id TEXT PRIMARY KEY, text TEXT)")
        connection.execute(
            "CREATE VIRTUAL TABLE f USING fts5(body, tokenize='unicode61 remove_diacritics 2')"
        )
        start = time.perf_counter()
        for offset in range(0, count, BATCH):
            chunk = rows[offset : offset + BATCH]
            connection.execute("BEGIN")
            connection.executemany("INSERT INTO o VALUES (?, ?)", chunk)
            connection.executemany("INSERT INTO f (body) VALUES (?)", [(t,) for _, t in chunk])
            connection.execute("COMMIT")
        elapsed = time.perf_counter() - start
        connection.close()
    print(f"  floor: bare sqlite3 executemany, same batches: {count / elapsed:,.0f} records/s")


def list_latency(db: Database, scope: Scope, runs: int) -> None:
    def first_page() -> object:
        with db.read() as session:
            return list_records(session, scope.workspace_id, "observation", limit=100).rows

    print(f"first page of observations (100 rows)      {summary(timed_runs(first_page, runs))}")
    raw = connect(db.path, db.key)
    sql = (
        "SELECT * FROM observation WHERE workspace_id = ? AND deleted_at IS NULL "
        "ORDER BY observed_on DESC, id DESC LIMIT 101"
    )
    samples = timed_runs(lambda: raw.execute(sql, (scope.workspace_id,)).fetchall(), runs)
    print(f"  floor: same SQL through sqlite3          {summary(samples)}")
    raw.close()


def search_latency(db: Database, scope: Scope, runs: int) -> None:
    raw = connect(db.path, db.key)
    for label, query in QUERIES.items():
        hits: list[int] = []

        def ranked(query: str = query, hits: list[int] = hits) -> object:
            with db.read() as session:
                found = search(session, scope.workspace_id, query, kinds=["observation"], limit=50)
            hits[:] = [len(found)]
            return [(hit.title, hit.snippet) for hit in found[:FIRST_SCREEN]]

        samples = timed_runs(ranked, runs)
        expression = match_expression(query)
        matches = raw.execute(
            "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (expression,)
        ).fetchone()[0]
        print(f"search {label:<10} ({matches:>6} matches, top 50) {summary(samples)}")

        def bare(expression: str | None = expression) -> object:
            return raw.execute(FLOOR_SQL, (expression,)).fetchall()

        floor = timed_runs(bare, runs)
        print(f"  floor: bare FTS5 MATCH + bm25 top 50     {summary(floor)}")
    for label, query in SUBSTRING_QUERIES.items():
        substring_latency(db, scope, raw, label, query, runs)
    raw.close()


def substring_latency(
    db: Database, scope: Scope, raw: sqlite3.Connection, label: str, query: str, runs: int
) -> None:
    """A word that occurs only inside compounds: the word index finds nothing, the
    trigram index finds it; the floor is that last query alone, bare."""
    hits: list[int] = []

    def ranked() -> object:
        with db.read() as session:
            found = search(session, scope.workspace_id, query, kinds=["observation"], limit=50)
        hits[:] = [len(found)]
        return [(hit.title, hit.snippet) for hit in found[:FIRST_SCREEN]]

    samples = timed_runs(ranked, runs)
    tier = match_tiers(query)[-1]
    matches = raw.execute(
        f"SELECT count(*) FROM {TRIGRAM_TABLE} WHERE {TRIGRAM_TABLE} MATCH ?", (tier.expression,)
    ).fetchone()[0]
    print(f"search {label:<14} ({matches:>6} matches, {hits[0]} shown) {summary(samples)}")
    floor = timed_runs(lambda: raw.execute(TRIGRAM_FLOOR_SQL, (tier.expression,)).fetchall(), runs)
    print(f"  floor: bare trigram MATCH, newest 50     {summary(floor)}")


if __name__ == "__main__":
    main()
