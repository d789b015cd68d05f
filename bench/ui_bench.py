"""UI benchmark (offscreen): demo data plus 100,000 generated observations.

Prints: process start to main window shown (and the same for a bare QMainWindow, the
floor), time to show the observations list, p50/p95 from a search keystroke to the
list updated, and peak RSS.

    .venv/bin/python -m bench.ui_bench [--count 100000] [--data-dir DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psutil  # noqa: E402

from bench.common import observation_text, percentile, summary  # noqa: E402
from desktop.services.demo import load_demo  # noqa: E402
from desktop.services.listing import count_records  # noqa: E402
from desktop.services.records import create_record  # noqa: E402
from desktop.services.taxonomy import Taxonomy  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEARCH_QUERIES = ["Münster", "wijkteam", "Nachbarn Schule", "gemeente", "Lotsen", "inburgering"]
FLOOR_SCRIPT = """
import time, sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1400, 860); w.show(); app.processEvents()
print("shown", time.time(), flush=True)
"""


def prepare(data_dir: Path, count: int) -> None:
    db = open_database(data_dir)
    scope = open_scope(db, "bench")
    load_demo(db, scope)
    with db.read() as session:
        existing = count_records(session, scope.workspace_id, "observation")
    missing = max(0, count + 73 - existing)
    rng = random.Random(42)
    started = time.perf_counter()
    with db.read() as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        fields = [t.name for t in taxonomy.terms_of("field_of_action")]
    done = 0
    while done < missing:
        with db.write("bench") as session:
            taxonomy = Taxonomy(session, scope.workspace_id)
            for index in range(done, min(missing, done + 2000)):
                create_record(
                    session,
                    scope,
                    "observation",
                    {
                        "text": observation_text(rng, index),
                        "observed_on": (
                            date(2008, 9, 1) + timedelta(days=index % 1100)
                        ).isoformat(),
                        "fields_of_action": rng.sample(fields, 2),
                    },
                    taxonomy=taxonomy,
                    flush=False,
                )
        done = min(missing, done + 2000)
    if missing:
        print(f"generated {missing} observations in {time.perf_counter() - started:.0f} s")
    (data_dir / "settings.ini").write_text("[app]\nfirst_run_done=true\n")
    db.dispose()


def log_time(line: str) -> float:
    stamp = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})", line)
    assert stamp is not None
    return datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S.%f").timestamp()


def app_start(data_dir: Path) -> tuple[float, float, int]:
    """Seconds from spawning the process to the window shown; list page; RSS (bytes)."""
    log = data_dir / "logs" / "field-dossier.log"
    log.unlink(missing_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            text = log.read_text() if log.exists() else ""
            if "startup: main window shown" in text:
                break
            if process.poll() is not None:
                raise RuntimeError("the app exited during start-up")
            time.sleep(0.01)
        rss = psutil.Process(process.pid).memory_info().rss
    finally:
        process.kill()
        process.wait()
    lines = text.splitlines()
    shown = log_time(next(line for line in lines if "main window shown" in line))
    listed = log_time(next(line for line in lines if "view shown:" in line))
    return shown - started, listed - started, rss


def floor_start() -> float:
    started = time.time()
    output = subprocess.run(
        [sys.executable, "-c", FLOOR_SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    return float(output.split()[1]) - started


def in_process(data_dir: Path, runs: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui import views
    from desktop.ui.main_window import SEARCH_DELAY_MS, MainWindow
    from desktop.ui.settings import Settings
    from tests.ui.keyboard import type_text

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(data_dir)
    window = MainWindow(db, open_scope(db, "bench"), Settings(data_dir), "en")
    window.show()
    app.processEvents()
    switch = []
    for _ in range(runs):
        window.navigation.select_view(views.kind_view("contact"))
        app.processEvents()
        started = time.perf_counter()
        window.navigation.select_view(views.kind_view("observation"))
        app.processEvents()  # the list painted
        switch.append((time.perf_counter() - started) * 1000)
    rows = window.center.table_model.rowCount()
    print(f"show the observations list (first {rows} rows, SQL-sorted)  {summary(switch)}")

    latencies: list[float] = []
    loop = QEventLoop()
    window.search_finished.connect(lambda *_: loop.quit())
    for _ in range(runs):
        for query in SEARCH_QUERIES:
            window.search_field.setText(query[:-1])
            loop_timer = QTimer(singleShot=True, interval=5000)
            loop_timer.timeout.connect(loop.quit)
            loop_timer.start()
            loop.exec()  # let the search for the prefix finish first
            started = time.perf_counter()
            type_text(window.search_field, query[-1])  # the keystroke
            loop_timer.start()
            loop.exec()  # search_finished: the results model was updated
            app.processEvents()  # and painted
            latencies.append((time.perf_counter() - started) * 1000)
    print(f"search keystroke -> list updated ({SEARCH_DELAY_MS} ms debounce included)")
    print(f"                                          {summary(latencies)}")
    print(
        f"  without the debounce: p50 {percentile(latencies, 0.5) - SEARCH_DELAY_MS:.1f} ms, "
        f"p95 {percentile(latencies, 0.95) - SEARCH_DELAY_MS:.1f} ms"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of the in-process window with {rows} rows loaded: {peak:.0f} MB")
    window.close()
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="ui-bench-"))
    prepare(data_dir, args.count)
    print(f"data dir: {data_dir}")
    starts, lists, rss = [], [], []
    for _ in range(args.runs):
        shown, listed, memory = app_start(data_dir)
        starts.append(shown * 1000)
        lists.append(listed * 1000)
        rss.append(memory / 1e6)
    floors = [floor_start() * 1000 for _ in range(args.runs)]
    print(f"process start -> main window shown        {summary(starts)}")
    print(f"  floor: bare QMainWindow process         {summary(floors)}")
    print(f"process start -> first list page loaded   {summary(lists)}")
    print(f"RSS of the app process at window shown: {max(rss):.0f} MB")
    in_process(data_dir, args.runs)


if __name__ == "__main__":
    main()
