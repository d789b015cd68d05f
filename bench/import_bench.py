"""Import benchmark: a data file of N observations into a fresh data folder, and again.

Prints the rate of `import_file` (read, check, write with outbox entries and search
index, one transaction) for a file of new records and for the same file imported a
second time (every record found unchanged), beside the floor: the same rows inserted
with bare sqlite3 `executemany` into a table and an FTS5 index.

    .venv/bin/python -m bench.import_bench [--count 20000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import DUTCH, GERMAN, observation_text  # noqa: E402
from bench.store_bench import raw_insert_floor  # noqa: E402
from desktop.services.importing import import_file  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import open_database  # noqa: E402


def write_data_file(path: Path, count: int) -> None:
    rng = random.Random(11)
    records = [
        {
            "kind": "observation",
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "text": observation_text(rng, index),
            "observed_on": (date(2009, 1, 1) + timedelta(days=index % 900)).isoformat(),
            "tags": [rng.choice(GERMAN + DUTCH)],
        }
        for index in range(count)
    ]
    path.write_text(json.dumps(records), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "observations.json"
        write_data_file(source, args.count)
        db = open_database(Path(scratch) / "data")
        scope = open_scope(db, "bench")
        for label in ("new records", "same file again (unchanged)"):
            start = time.perf_counter()
            import_file(db, scope, source)
            elapsed = time.perf_counter() - start
            print(
                f"import {args.count} observations, {label}: {elapsed:.1f} s "
                f"= {args.count / elapsed:,.0f} records/s"
            )
        db.dispose()
    raw_insert_floor(args.count)


if __name__ == "__main__":
    main()
