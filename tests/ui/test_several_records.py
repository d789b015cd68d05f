"""Several records at once: the bulk panel, context menus, and restoring from the trash,
in German and Dutch where the words matter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.i18n import install_translators
from desktop.models import Observation
from desktop.services.demo import load_demo
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.ui import views
from desktop.ui.bulk_panel import ChooseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.record_table_model import ID_ROLE
from tests.ui.conftest import make_window
from tests.ui.keyboard import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
# Context menus and dialogs are popups the offscreen platform cannot raise or grab for.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture
def window_in(qtbot: QtBot, ui_data_dir: Path) -> Iterator[Callable[[str], MainWindow]]:
    """The demo window in a language, with that language's catalogues."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    opened: list[tuple[MainWindow, object, list[object]]] = []

    def open_in(language: str) -> MainWindow:
        db = open_database(ui_data_dir)
        load_demo(db, open_scope(db, "Anna Tester"))
        db.dispose()
        translators = install_translators(app, language)
        window, database = make_window(qtbot, ui_data_dir, language)
        opened.append((window, database, list(translators)))
        window.activateWindow()  # the keys of its actions reach the active window only
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield open_in
    for window, database, translators in opened:
        window.flush_editors()
        wait_for_ops()
        window.close()
        database.dispose()  # type: ignore[attr-defined]
        for translator in translators:
            app.removeTranslator(translator)  # type: ignore[arg-type]


def ctrl_click_rows(view: QAbstractItemView, rows: list[int]) -> list[str]:
    view.setFocus()
    model = view.model()
    first = model.index(rows[0], 1)
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.visualRect(first).center(),
    )
    for row in rows[1:]:
        QTest.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            CTRL,
            view.visualRect(model.index(row, 1)).center(),
        )
    return [model.index(row, 0).data(ID_ROLE) for row in rows]


def answer_dialog(answer: Callable[[ChooseDialog], None]) -> None:
    """Act in the modal chooser once it is open, as the user would."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ChooseDialog), dialog
        answer(dialog)

    QTimer.singleShot(0, act)


def right_click(view: QAbstractItemView, row: int) -> QMenu:
    rect = view.visualRect(view.model().index(row, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=rect.center())
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse,
            rect.center(),
            view.viewport().mapToGlobal(rect.center()),
        ),
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu), "a context menu opened"
    return menu


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def trigger(menu: QMenu, text: str) -> None:
    [action] = [a for a in menu.actions() if a.text().replace("&", "") == text]
    menu.close()
    action.trigger()


def test_four_selected_records_get_a_tag_at_once_and_one_undo_takes_it_back(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("de")
    ids = ctrl_click_rows(window.center.table, [0, 1, 2, 3])
    panel = window.bulk_panel
    assert window.editor_stack.currentWidget() is panel
    assert panel.heading.text() == "4 Datensätze ausgewählt"
    assert panel.tag_button.text() == "Schlagwort hinzufügen…"

    def new_tag(dialog: ChooseDialog) -> None:
        line = dialog.combo.lineEdit()
        type_text(line, "Elterncafé")
        QTest.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    answer_dialog(new_tag)
    QTest.mouseClick(panel.tag_button, Qt.MouseButton.LeftButton)
    with window.db.read() as session:
        notes = session.scalars(select(Observation).where(Observation.id.in_(ids))).all()
        assert len(notes) == 4
    editor = window.editors["observation"]
    for record_id in ids:
        assert "Elterncafé" in tagged(window, record_id)
    assert window.statusBar().currentMessage() == (
        "Schlagwort „Elterncafé“ zu 4 Datensätzen hinzugefügt."
    )
    assert window.undo_action.text() == "&Rückgängig: Schlagwort „Elterncafé“ hinzufügen"
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.center.table, Qt.Key.Key_Z, CTRL)
    for record_id in ids:
        assert "Elterncafé" not in tagged(window, record_id)
    assert editor is not None


def tagged(window: MainWindow, record_id: str) -> list[str]:
    from desktop.services.editing import load_form_record

    return list(load_form_record(window.db, window.scope, record_id).values["tags"])


def test_selected_observations_move_to_an_activity(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("en")
    ids = ctrl_click_rows(window.center.table, [0, 5])
    chosen_title: list[str] = []

    def pick_last(dialog: ChooseDialog) -> None:
        dialog.combo.setFocus()
        QTest.keyClick(dialog.combo, Qt.Key.Key_End)
        chosen_title.append(dialog.combo.currentText())
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    answer_dialog(pick_last)
    QTest.mouseClick(window.bulk_panel.activity_button, Qt.MouseButton.LeftButton)
    activity_id = window.context.choices.activities[-1].id
    assert chosen_title == [window.context.choices.activities[-1].title]
    with window.db.read() as session:
        moved = session.scalars(select(Observation).where(Observation.id.in_(ids))).all()
    assert {note.activity_id for note in moved} == {activity_id}
    assert "2 records" in window.statusBar().currentMessage()


def test_the_context_menu_duplicates_and_trashes_in_dutch(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("nl")
    table = window.center.table
    with window.db.read() as session:
        before = session.scalar(select(func.count()).select_from(Observation))
    menu = right_click(table, 2)
    assert menu_texts(menu) == ["Openen", "Dupliceren", "Naar de prullenbak"]
    original = table.model().index(2, 0).data(ID_ROLE)
    trigger(menu, "Dupliceren")
    with window.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Observation)) == before + 1
    editor = window.current_editor()
    assert editor is not None and editor.record_id not in (None, original)
    assert window.statusBar().currentMessage() == "1 record gedupliceerd."
    copy_id = editor.record_id
    row = window.center.table_model.row_of(copy_id)  # type: ignore[arg-type]
    assert row is not None
    trigger(right_click(table, row), "Naar de prullenbak")
    with window.db.read() as session:
        copy = session.get(Observation, copy_id)
        assert copy is not None and copy.deleted_at is not None


def test_an_activity_row_offers_its_visit_report(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("de")
    window.navigation.select_view(views.kind_view("activity"))
    menu = right_click(window.center.table, 0)
    assert "Besuchsbericht dieser Aktivität exportieren…" in menu_texts(menu)
    activity_id = window.center.table.model().index(0, 0).data(ID_ROLE)
    trigger(menu, "Besuchsbericht dieser Aktivität exportieren…")
    dialog = window.export_dialog
    assert dialog.isVisible()
    assert dialog.template() == "visit"
    assert dialog.activity.currentData() == activity_id
    dialog.reject()


@pytest.mark.parametrize(
    ("language", "restore"), [("de", "Wiederherstellen"), ("nl", "Herstellen")]
)
def test_the_trash_restores_every_selected_record_with_its_visible_button(
    qtbot: QtBot, window_in: Callable[[str], MainWindow], language: str, restore: str
) -> None:
    window = window_in(language)
    window.resize(1024, 600)  # a municipal laptop's screen
    ids = ctrl_click_rows(window.center.table, [1, 3, 4])
    QTest.keyClick(window.center.table, Qt.Key.Key_Delete)
    window.navigation.select_view(views.TRASH)
    trash = window.center.simple
    assert window.center.simple_model.rowCount() == 3
    trash.setFocus()
    QTest.keyClick(trash, Qt.Key.Key_A, CTRL)
    button = window.toolbar.widgetForAction(window.restore_action)
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=2000)  # the toolbar lays out when drawn
    assert button.text() == restore
    assert window.toolbar.rect().contains(button.geometry()), "on the toolbar, not in »"
    assert window.toolbar.widgetForAction(window.delete_action).isHidden()
    assert window.bulk_panel.restore_button.text() == restore
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.center.simple_model.rowCount() == 0
    with window.db.read() as session:
        back = session.scalars(select(Observation).where(Observation.id.in_(ids))).all()
    assert all(note.deleted_at is None for note in back)


def test_the_menu_key_opens_the_menu_of_the_current_row(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    window = window_in("en")
    table = window.center.table
    ctrl_click_rows(table, [0, 1])
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            QPoint(-1, -1),
            table.viewport().mapToGlobal(QPoint(-1, -1)),
        ),
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu_texts(menu) == ["Open", "Duplicate 2 records", "Move 2 records to the trash"]
    menu.close()


def test_an_activity_in_the_navigation_has_the_same_menu(
    qtbot: QtBot, window_in: Callable[[str], MainWindow]
) -> None:
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from desktop.ui.navigation import VIEW_ROLE

    window = window_in("nl")
    tree = window.navigation
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None and not getattr(
        iterator.value().data(0, VIEW_ROLE), "activity_id", None
    ):
        iterator += 1
    item = iterator.value()
    assert item is not None
    tree.scrollToItem(item)
    point = tree.visualItemRect(item).center()
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, tree.viewport().mapToGlobal(point)
        ),
    )
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    assert menu_texts(menu) == [
        "Openen",
        "Dupliceren",
        "Naar de prullenbak",
        "Bezoekverslag van deze activiteit exporteren…",
    ]
    trigger(menu, "Bezoekverslag van deze activiteit exporteren…")
    dialog = window.export_dialog
    assert dialog.template() == "visit"
    assert dialog.activity.currentData() == item.data(0, VIEW_ROLE).activity_id
    dialog.reject()
