"""The item models behind the lists: Qt's model checks, and what each cell shows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.services.demo import load_demo
from desktop.services.listing import RecordFilter
from desktop.services.records import create_record
from desktop.services.search import search
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.ui.record_table_model import ID_ROLE, RecordTableModel
from desktop.ui.search_results import SearchResultsModel
from desktop.ui.simple_table_model import SimpleRow, SimpleTableModel


def test_record_table_model_passes_qt_model_checks(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "d")
    scope = open_scope(db, "Anna")
    load_demo(db, scope)
    for kind in ("observation", "activity", "adaptation", "contact"):
        model = RecordTableModel(db, scope, "en")  # one tester per model: it connects once
        model.set_query(kind, RecordFilter())
        qtmodeltester.check(model, force_py=True)
        model.set_query(kind, RecordFilter(), descending=True)  # a reset, watched by the tester
    db.dispose()


def test_the_list_pages_through_all_records_in_sql_order(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "d")
    scope = open_scope(db, "Anna")
    with db.write("Anna") as session:
        for day in range(1, 29):
            for n in range(20):
                create_record(
                    session,
                    scope,
                    "observation",
                    {"text": f"Notiz {day}-{n}", "observed_on": f"2009-02-{day:02d}"},
                    flush=False,
                )
    model = RecordTableModel(db, scope, "en")
    model.set_query("observation", RecordFilter())
    assert model.rowCount() == RecordTableModel.PAGE_SIZE
    assert model.canFetchMore(model.index(-1, -1))
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 560
    ids = {model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())}
    assert len(ids) == 560
    assert model.index(0, 0).data() == "28/02/2009"
    assert model.index(559, 0).data() == "01/02/2009"
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.index(0, 0).data() == "01/02/2009"
    db.dispose()


def test_cells_show_names_dates_and_the_consent_badge(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(tmp_path / "d")
    scope = open_scope(db, "Anna")
    with db.write("Anna") as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {
                "title": "Meeloopdag",
                "activity_type": "Einzelhospitation",
                "starts_on": "2010-05-11",
                "host_municipality": "Almelo",
                "place": "Stadhuis",
            },
        )
        create_record(
            session,
            scope,
            "observation",
            {
                "text": "**Wijkteam** in Kerkelanden\n\nzweiter Absatz",
                "observed_on": "2010-05-11",
                "activity_id": activity.id,
            },
        )
        create_record(
            session, scope, "contact", {"name": "Ayşe Yılmaz", "organisation": "Integrationsrat"}
        )
        create_record(
            session,
            scope,
            "adaptation",
            {
                "element_kind": "structure",
                "element": "Integrationsrat",
                "status": "piloting",
                "from_municipality": "Münster",
                "to_municipality": "Almelo",
            },
        )
    model = RecordTableModel(db, scope, "en")
    model.set_query("observation", RecordFilter())
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "11/05/2010",
        "Wijkteam in Kerkelanden",
        "Meeloopdag",
        "Anna",
    ]
    model.set_query("activity", RecordFilter())
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "11/05/2010",
        "Meeloopdag",
        "Job-shadowing visit",
        "Almelo",
        "Stadhuis",
    ]
    model.set_query("contact", RecordFilter())
    assert model.index(0, 0).data() == "Ayşe Yılmaz"
    assert model.index(0, 3).data() == "missing"
    model.set_query("adaptation", RecordFilter())
    assert [model.index(0, c).data() for c in range(4)] == [
        "Integrationsrat",
        "Structure",
        "Piloting",
        "Münster → Almelo",
    ]
    db.dispose()


def test_simple_and_search_models_pass_qt_model_checks(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    simple = SimpleTableModel()
    simple.set_rows(["Kind", "Title"], [SimpleRow("a", "observation", ("Observation", "x"))])
    qtmodeltester.check(simple, force_py=True)
    db = open_database(tmp_path / "d")
    scope = open_scope(db, "Anna")
    load_demo(db, scope)
    with db.read() as session:
        hits = search(session, scope.workspace_id, "Münster")
    results = SearchResultsModel()
    results.set_hits("Münster", hits)
    qtmodeltester.check(results, force_py=True)
    assert results.rowCount() == len(hits) > 0
    db.dispose()
