"""Typing survives a crash: SIGKILL the running app mid-sentence, lose at most a second.

The app runs as a real subprocess on a virtual X screen (Xvfb) and receives real key
events (xdotool, through XTEST), exactly as from a keyboard.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models import Observation
from desktop.store import open_database
from desktop.ui.settings import FIRST_RUN_DONE, Settings

ROOT = Path(__file__).resolve().parents[2]
SENTENCE = (
    "Im Stadtteil Kerkelanden erklaerte der Wijkregisseur wie das Wijkteam "
    "jeden Morgen die Faelle verteilt und wer den Hut aufhat wenn mehrere "
    "Dienste beteiligt sind und warum die Woningcorporatie mit am Tisch sitzt"
).split()


@pytest.fixture
def virtual_screen() -> Iterator[str]:
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as handle:
        display = f":{handle.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> str:
    result = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout.strip()


def start_app(data_dir: Path, display: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANGUAGE": "en"}
    env.pop("FIELD_DOSSIER_DATA_DIR", None)
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for_log(data_dir: Path, marker: str, timeout: float = 60) -> None:
    log = data_dir / "logs" / "field-dossier.log"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and marker in log.read_text(encoding="utf-8", errors="replace"):
            return
        time.sleep(0.1)
    raise AssertionError(f"the app never logged {marker!r}")


def wait_for_observation(data_dir: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        db = open_database(data_dir)
        try:
            with db.read() as session:
                if session.scalars(select(Observation)).first() is not None:
                    return
        finally:
            db.dispose()
        time.sleep(0.2)
    raise AssertionError("the first typed word was never saved: did the editor get the keys?")


def test_typing_survives_a_kill_losing_at_most_the_last_second(
    virtual_screen: str, tmp_path: Path
) -> None:
    data_dir = tmp_path / "laptop"
    open_database(data_dir).dispose()
    Settings(data_dir).set(FIRST_RUN_DONE, True)
    app = start_app(data_dir, virtual_screen)
    try:
        wait_for_log(data_dir, "startup: main window shown")
        window = xdotool(
            virtual_screen, "search", "--sync", "--onlyvisible", "--name", "Field Dossier"
        )
        xdotool(virtual_screen, "windowfocus", "--sync", window.splitlines()[0])
        time.sleep(0.5)
        xdotool(virtual_screen, "key", "ctrl+n")
        # The first word, once autosaved, proves the editor has the keyboard (a slow
        # first start on a fresh checkout must not send the sentence elsewhere).
        typed = SENTENCE[0] + " "
        xdotool(virtual_screen, "type", "--delay", "30", typed)
        wait_for_observation(data_dir)
        history: list[tuple[float, str]] = [(time.monotonic(), typed)]
        started = time.monotonic()
        for word in SENTENCE[1:]:
            xdotool(virtual_screen, "type", "--delay", "30", word + " ")
            typed += word + " "
            history.append((time.monotonic(), typed))
            if time.monotonic() - started > 4.0:
                break
        killed_at = time.monotonic()
        app.send_signal(signal.SIGKILL)  # no chance to save anything more
        app.wait(10)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)

    db = open_database(data_dir)  # the same start-up path as the app: WAL recovery, migrations
    try:
        with db.read() as session:
            stored = [o.text for o in session.scalars(select(Observation))]
    finally:
        db.dispose()
    safe = max((text for moment, text in history if moment <= killed_at - 1.0), key=len, default="")
    assert len(safe) > 40, "the test typed too little to show anything"
    assert len(stored) == 1, f"one observation was created by Ctrl+N and typing: {stored}"
    saved = stored[0]
    assert typed.startswith(saved), f"what was saved is what was typed: {saved!r}"
    print(f"typed {len(typed)}, saved {len(saved)}, safe bound {len(safe)}")
    assert len(saved) >= len(safe.rstrip()), (
        f"lost more than the last second: saved {len(saved)} of {len(typed)} characters, "
        f"{len(safe)} were typed more than a second before the kill"
    )
