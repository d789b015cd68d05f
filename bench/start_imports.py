"""What the app imports before its main window is shown (offscreen), and what it costs.

Runs `python -X importtime -m desktop --data-dir DIR gui` until the log says the window
is shown, then prints the packages that cost most (self time summed per top-level
package) and the slowest single imports (cumulative), beside the same figures for a bare
QMainWindow process (the floor).

    .venv/bin/python -m bench.start_imports --data-dir DIR [--top 10]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.ui_bench import FLOOR_SCRIPT, ROOT

LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def app_importtime(data_dir: Path) -> str:
    """The importtime report of one app start, up to the window shown."""
    log = data_dir / "logs" / "field-dossier.log"
    log.unlink(missing_ok=True)
    with tempfile.TemporaryFile("w+") as report:
        process = subprocess.Popen(
            [sys.executable, "-X", "importtime", "-m", "desktop", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.DEVNULL,
            stderr=report,
        )
        try:
            while "startup: main window shown" not in (log.read_text() if log.exists() else ""):
                if process.poll() is not None:
                    raise RuntimeError("the app exited during start-up")
                time.sleep(0.01)
        finally:
            process.kill()
            process.wait()
        report.seek(0)
        return report.read()


def floor_importtime() -> str:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-c", FLOOR_SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    ).stderr


def parse(report: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, nesting depth) for every import in the report."""
    rows = []
    for line in report.splitlines():
        found = LINE.match(line)
        if found:
            own, cumulative, indent, name = found.groups()
            rows.append((name, int(own), int(cumulative), (len(indent) - 1) // 2))
    return rows


def by_package(rows: list[tuple[str, int, int, int]]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for name, own, _cumulative, _depth in rows:
        totals[name.split(".")[0]] += own
    return totals


def show(title: str, rows: list[tuple[str, int, int, int]], top: int) -> None:
    total = sum(own for _name, own, _cumulative, _depth in rows)
    print(f"{title}: {len(rows)} modules, {total / 1000:.0f} ms of imports")
    print("  by top-level package (self time summed):")
    for package, own in sorted(by_package(rows).items(), key=lambda item: -item[1])[:top]:
        print(f"    {own / 1000:7.1f} ms  {package}")
    print("  slowest imports of the project's own modules (cumulative):")
    own_modules = [row for row in rows if row[0].startswith("desktop")]
    for name, _own, cumulative, _depth in sorted(own_modules, key=lambda row: -row[2])[:top]:
        print(f"    {cumulative / 1000:7.1f} ms  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--top", type=int, default=10)
    args = parser.parse_args()
    show("app, process start -> main window shown", parse(app_importtime(args.data_dir)), args.top)
    show("floor: bare QMainWindow process", parse(floor_importtime()), args.top)
    modules = {row[0] for row in parse(app_importtime(args.data_dir))}
    heavy = sorted(
        name
        for name in modules
        if name.split(".")[0] in {"httpx", "keyring", "pydantic", "reportlab", "docx"}
        or name.startswith(("desktop.sync.engine", "desktop.export"))
    )
    print(f"sync/export/network modules loaded at start: {len(heavy)}")


if __name__ == "__main__":
    main()
