"""Views beyond the plain list: dashboard, filters, activities, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.models import Observation
from desktop.services.demo import demo_id
from desktop.ui import views
from desktop.ui.main_window import MainWindow
from tests.ui.keyboard import type_text


def test_the_dashboard_counts_the_workspace_and_one_activity(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    demo_window.navigation.select_view(views.DASHBOARD)
    dashboard = demo_window.center.dashboard
    assert demo_window.center.stack.currentWidget() is dashboard
    kinds = dict(dashboard.by_kind.items)
    assert kinds == {"Activities": 8, "Observations": 73, "Adaptation notes": 21, "Contacts": 30}
    assert sum(n for _label, n in dashboard.by_month.items) == 73
    assert {label for label, _n in dashboard.by_municipality.items} == {"Münster", "Almelo"}
    position = dashboard.scope_choice.findData(demo_id("coaching-almelo"))
    dashboard.scope_choice.setCurrentIndex(position)
    assert dict(dashboard.by_kind.items)["Observations"] == 12
    assert dashboard.heading.text().startswith("Overview: Coachingdag Almelo")


def test_filters_narrow_the_list_in_sql(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.toggle_filters()
    bar = window.filter_bar
    assert bar.isVisible()
    everything = window.center.table_model.rowCount()
    bar.field_of_action.setCurrentIndex(bar.field_of_action.findText("Housing"))
    housing_id = bar.field_of_action.currentData()
    housing = window.center.table_model.rowCount()
    with window.db.read() as session:
        # Counted in Python over every observation: independent of the SQL under test.
        live = session.scalars(select(Observation).where(Observation.deleted_at.is_(None))).all()
        expected = sum(1 for o in live if housing_id in o.fields_of_action)
    assert 0 < housing == expected < everything
    bar.municipality.setCurrentIndex(bar.municipality.findText("Münster"))
    both = window.center.table_model.rowCount()
    assert both < housing, "the demo has housing observations outside Münster too"
    bar.clear()
    assert window.center.table_model.rowCount() == everything


def test_a_new_observation_inside_an_activity_belongs_to_it(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    activity_id = demo_id("hosp-lotsen")
    window.navigation.select_view(views.activity_view(activity_id))
    before = window.center.table_model.rowCount()
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(QApplication.focusWidget(), "Neue Notiz zur Lotsenarbeit")
    editor = window.current_editor()
    assert editor is not None
    editor.flush()
    with window.db.read() as session:
        note = session.get(Observation, editor.record_id)
        assert note is not None and note.activity_id == activity_id
    assert window.center.table_model.rowCount() == before + 1
    assert window.center.table.isColumnHidden(2), "no activity column inside the activity"


def test_undo_in_the_text_field_takes_back_the_last_typing(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.new_actions["observation"].trigger()
    text_box = QApplication.focusWidget()
    type_text(text_box, "Erster Satz.")
    editor = main_window.current_editor()
    assert editor is not None
    editor.flush()
    type_text(text_box, " Zweiter")
    main_window.undo_action.trigger()
    assert "Zweiter" not in editor.fields["text"].value()
    main_window.redo_action.trigger()
    assert "Zweiter" in editor.fields["text"].value()
    editor.flush()
    with main_window.db.read() as session:
        [note] = session.scalars(select(Observation)).all()
    assert note.text.endswith("Zweiter")


def test_recently_edited_shows_the_last_change_first(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.navigation.select_view(views.kind_view("contact"))
    window.center.table.selectRow(3)
    editor = window.current_editor()
    assert editor is not None and editor.record_id is not None
    edited = editor.record_id
    editor.fields["notes"].set_value("Neue Notiz")
    editor._on_changed("notes")
    editor.flush()
    window.navigation.select_view(views.RECENT)
    from desktop.ui.record_table_model import ID_ROLE

    assert window.center.simple_model.index(0, 0).data(ID_ROLE) == edited
