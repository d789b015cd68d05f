"""How an export behaves around the document: errors, cancellation, progress, scope."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from desktop.export import (
    EmptySelectionError,
    ExportCancelledError,
    ExportOptions,
    InvalidPeriodError,
    MissingActivityError,
    UnwritablePathError,
    export_dossier,
)
from desktop.models import Observation, SyncConflict
from desktop.services.demo import demo_id
from desktop.services.records import create_record
from desktop.services.taxonomy import municipality_id_for
from desktop.services.workspace import Scope
from desktop.store import Database
from tests.export.helpers import Demo, text_of


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("stop_after", [0, 3, 40, 400])
def test_cancelling_leaves_no_file_and_keeps_the_old_one(
    demo: Demo, tmp_path: Path, fmt: str, stop_after: int
) -> None:
    """Cancelled while selecting, composing or typesetting: the folder is as before."""
    out = tmp_path / f"dossier.{fmt}"
    out.write_bytes(b"the previous dossier")
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > stop_after

    options = ExportOptions("core", fmt, "en")  # type: ignore[arg-type]
    with pytest.raises(ExportCancelledError):
        export_dossier(demo.db, demo.scope, options, out, cancelled=cancelled)
    assert files_in(tmp_path) == [out.name]
    assert out.read_bytes() == b"the previous dossier"


def test_progress_rises_to_the_end_with_messages(demo: Demo, tmp_path: Path) -> None:
    reports: list[tuple[int, int, str]] = []
    export_dossier(
        demo.db,
        demo.scope,
        ExportOptions("manual", "pdf", "en"),
        tmp_path / "m.pdf",
        progress=lambda done, total, message: reports.append((done, total, message)),
    )
    values = [done for done, _, _ in reports]
    assert values == sorted(values), "progress never goes back"
    assert reports[-1][0] == reports[-1][1]
    assert all(message for _, _, message in reports)
    assert len({message for _, _, message in reports}) > 3


def test_an_empty_selection_is_an_error_and_writes_nothing(demo: Demo, tmp_path: Path) -> None:
    options = ExportOptions("core", "pdf", "de", date_from=date(2030, 1, 1))
    with pytest.raises(EmptySelectionError):
        export_dossier(demo.db, demo.scope, options, tmp_path / "leer.pdf")
    assert files_in(tmp_path) == []


@pytest.mark.parametrize("bad", ["missing-folder/x.pdf", "a-file/x.pdf", "."])
def test_an_unwritable_path_is_an_error_and_writes_nothing(
    demo: Demo, tmp_path: Path, bad: str
) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(UnwritablePathError):
        export_dossier(demo.db, demo.scope, ExportOptions("core", "pdf", "en"), tmp_path / bad)
    assert files_in(tmp_path) == ["a-file"]


def test_a_visit_report_needs_an_existing_activity(demo: Demo, tmp_path: Path) -> None:
    with pytest.raises(MissingActivityError):
        export_dossier(demo.db, demo.scope, ExportOptions("visit", "pdf", "en"), tmp_path / "v.pdf")
    with pytest.raises(MissingActivityError, match="no activity with the id nope"):
        options = ExportOptions("visit", "pdf", "en", activity_id="nope")
        export_dossier(demo.db, demo.scope, options, tmp_path / "v.pdf")
    assert files_in(tmp_path) == []


def test_a_period_that_ends_before_it_starts_is_refused(demo: Demo, tmp_path: Path) -> None:
    options = ExportOptions(
        "core", "pdf", "en", date_from=date(2010, 1, 1), date_to=date(2009, 1, 1)
    )
    with pytest.raises(InvalidPeriodError):
        export_dossier(demo.db, demo.scope, options, tmp_path / "x.pdf")


def test_filters_narrow_the_core_dossier(demo: Demo, tmp_path: Path) -> None:
    almelo = ExportOptions(
        "core",
        "docx",
        "en",
        municipality_ids=(municipality_id_for("Almelo"),),
        include_photos=False,
    )
    text = text_of(export_dossier(demo.db, demo.scope, almelo, tmp_path / "a.docx").path)
    assert "Coachingdag Almelo: integratie in de wijk" in text
    assert "Grenzüberschreitende Startveranstaltung" not in text  # hosted by Münster
    year = ExportOptions(
        "core", "docx", "en", date_from=date(2010, 1, 1), date_to=date(2010, 12, 31)
    )
    result = export_dossier(demo.db, demo.scope, year, tmp_path / "y.docx")
    text = text_of(result.path)
    assert "Coachingdag Almelo" not in text
    assert "Period 23 February – 14 September 2010" in text  # what the records cover
    everything = export_dossier(
        demo.db, demo.scope, ExportOptions("core", "pdf", "en"), tmp_path / "e.pdf"
    )
    assert 0 < result.records < everything.records


def test_open_conflicts_are_listed_and_announced(demo: Demo, tmp_path: Path) -> None:
    with demo.db.read() as session:
        observation = session.get(Observation, demo_id("coa-02"))
        assert observation is not None
    with demo.db.write("sync") as session:
        session.add(
            SyncConflict(
                id="c0nf1ict-0000-0000-0000-000000000001",
                workspace_id=demo.scope.workspace_id,
                table_name="observation",
                row_id=observation.id,
                field_name="text",
                base_value="a",
                server_value="b",
                client_value="c",
                server_author="Ute Brinkmann",
                client_author="Anouk Jansen",
                created_at=datetime(2009, 3, 20, tzinfo=UTC),
            )
        )
    try:
        options = ExportOptions("visit", "pdf", "en", activity_id=demo_id("coaching-almelo"))
        text = text_of(export_dossier(demo.db, demo.scope, options, tmp_path / "v.pdf").path)
        assert "Unreviewed data" in text and "open conflicts: 1" in text
        assert "Open conflicts" in text and "Ute Brinkmann, Anouk Jansen" in text
    finally:
        with demo.db.write("sync") as session:
            for conflict in session.scalars(select(SyncConflict)):
                session.delete(conflict)


def test_an_export_runs_on_a_worker_thread(demo: Demo, tmp_path: Path) -> None:
    """As the app runs it: off the GUI thread, with its own session and translator."""
    import threading

    results: list[object] = []
    options = ExportOptions("manual", "docx", "nl")
    worker = threading.Thread(
        target=lambda: results.append(
            export_dossier(demo.db, demo.scope, options, tmp_path / "m.docx")
        )
    )
    worker.start()
    worker.join(timeout=120)
    assert results and "Overzicht" in text_of(tmp_path / "m.docx")


def test_a_title_longer_than_words_core_properties_still_exports(
    db: Database, scope: Scope, tmp_path: Path
) -> None:
    """Word's title property holds 255 characters; an activity title may have 300."""
    title = "Hospitation " + "und Austausch " * 20
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {"title": title.strip(), "activity_type": "Fachtagung", "starts_on": "2009-09-08"},
        )
    options = ExportOptions("visit", "docx", "de", activity_id=activity.id)
    path = export_dossier(db, scope, options, tmp_path / "lang.docx").path
    properties = docx.Document(str(path)).core_properties
    assert len(title) > 255 and properties.title.startswith("Hospitation und Austausch")
    assert len(properties.title) <= 255 and properties.title.endswith("…")
