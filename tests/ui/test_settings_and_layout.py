"""Settings, small screens, filter chips and plain-words errors, as a user meets them."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from desktop.app import Application
from desktop.i18n import install_translators
from desktop.services.workspace import load_workspace_settings, user_name
from desktop.sync.api import Api
from desktop.sync.errors import ServerUnreachableError
from desktop.ui import views
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.settings import AUTO_SYNC_MINUTES, LANGUAGE, Settings
from desktop.ui.settings_dialog import SettingsDialog
from tests.ui.app_helpers import in_settings


def test_settings_change_name_language_sync_and_dossier_texts(
    qtbot: QtBot, app_window: tuple[Application, MainWindow], ui_data_dir: Path
) -> None:
    application, window = app_window

    def change(dialog: SettingsDialog) -> None:
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Ute Brinkmann")
        dialog.tabs.setCurrentIndex(1)
        dialog.interval.selectAll()
        qtbot.keyClicks(dialog.interval, "25")
        dialog.tabs.setCurrentIndex(2)
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Leitbild 2026")
        dialog.tabs.setCurrentIndex(0)
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_settings(qtbot, window, change)
    qtbot.waitUntil(lambda: application.window is not window)
    rebuilt = application.window
    assert rebuilt is not None
    assert rebuilt.menuBar().actions()[0].text() == "&Datei", "the window speaks German now"
    settings = Settings(ui_data_dir)
    assert settings.get(LANGUAGE) == "de"
    assert settings.get(AUTO_SYNC_MINUTES) == 25
    assert user_name(rebuilt.db) == "Ute Brinkmann" and rebuilt.scope.actor == "Ute Brinkmann"
    assert "Strg+F" in rebuilt.search_field.placeholderText()

    def back_to_english(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_settings(qtbot, rebuilt, back_to_english)
    qtbot.waitUntil(lambda: application.window is not rebuilt)
    english = application.window
    assert english is not None and english.menuBar().actions()[0].text() == "&File"
    assert "Ctrl+F" in english.search_field.placeholderText(), "no German key names left"
    texts = load_workspace_settings(rebuilt.db, rebuilt.scope)
    assert texts["title"]["en"] == "Leitbild 2026"
    # The demo's title is its project name now (issue 10); its German subtitle is kept.
    assert texts["subtitle"]["de"].startswith("Dokumentation"), "other languages kept"


def test_cancel_keeps_everything(
    qtbot: QtBot, app_window: tuple[Application, MainWindow], ui_data_dir: Path
) -> None:
    _application, window = app_window
    before = user_name(window.db)

    def cancel(dialog: SettingsDialog) -> None:
        qtbot.keyClicks(dialog.name, " Changed")
        dialog.reject()

    in_settings(qtbot, window, cancel)
    assert user_name(window.db) == before


@pytest.mark.parametrize("language", ["de", "nl"])
def test_locked_options_are_greyed_and_say_who_set_them(
    qtbot: QtBot,
    app_window: tuple[Application, MainWindow],
    isolated_system_settings: Path,
    language: str,
) -> None:
    isolated_system_settings.write_text(
        "locked = sync/interval_minutes, sync/photos, ui/language\n"
        "[sync]\ninterval_minutes = 30\nphotos = on_demand\n[ui]\nlanguage = en\n",
        encoding="utf-8",
    )
    _application, window = app_window
    window.settings = Settings(window.db.data_dir)
    translators = install_translators(QApplication.instance(), language)  # type: ignore[arg-type]
    expected = {"de": "Von Ihrer Administration festgelegt", "nl": "Ingesteld door uw beheerder"}
    seen: dict[str, object] = {}

    def look(dialog: SettingsDialog) -> None:
        notes = [label.text() for label in dialog.findChildren(QLabel, "administrator_lock_note")]
        seen.update(
            notes=notes,
            interval=dialog.interval.isEnabled(),
            value=dialog.interval.value(),
            photos=dialog.photos_all.isEnabled(),
            on_demand=dialog.photos_on_demand.isChecked(),
            language=dialog.language.isEnabled(),
        )
        dialog.reject()

    try:
        in_settings(qtbot, window, look)
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)  # type: ignore[union-attr]
    assert seen["notes"] == [expected[language]] * 3
    assert seen["interval"] is False and seen["value"] == 30
    assert seen["photos"] is False and seen["on_demand"] is True
    assert seen["language"] is False


def test_the_window_fits_a_small_screen_and_keeps_the_search_field(
    qtbot: QtBot, app_window: tuple[Application, MainWindow]
) -> None:
    _application, window = app_window
    window.resize(683, 400)  # 1024×600 at 150 %
    qtbot.waitUntil(lambda: window.width() == 683)
    assert window.search_field.isVisible(), "never in the toolbar's overflow menu"
    geometry = window.search_field.geometry()
    assert geometry.right() <= window.toolbar.width()
    window.navigation.select_view(views.kind_view("observation"))
    header = window.center.table.horizontalHeader()
    text_column = next(i for i, c in enumerate(window.center.table_model.columns) if c.stretch)
    assert header.sectionSize(text_column) >= window.center.table.viewport().width() // 2 - 1
    sizes = window.splitter.sizes()
    assert all(size >= 120 for size in sizes), sizes
    window.center.table.selectRow(0)
    window.delete_action.trigger()
    window.navigation.select_view(views.TRASH)
    window.center.simple.selectRow(0)
    editor = window.current_editor()
    assert editor is not None and editor.trash_banner.isVisible()
    restore = next(b for b in editor.trash_banner.findChildren(QPushButton) if b.isVisible())
    right = restore.mapTo(window.editor_stack, restore.rect().topRight()).x()
    assert right <= window.editor_stack.width(), "Restore stays in view in a narrow editor"


def test_filters_show_as_chips_and_counts_follow_them(
    qtbot: QtBot, app_window: tuple[Application, MainWindow]
) -> None:
    _application, window = app_window
    window.navigation.select_view(views.kind_view("observation"))
    everything = window.center.table_model.rowCount()
    window.filter_action.trigger()
    bar = window.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findText("Handbuch"))
    shown = window.center.table_model.rowCount()
    assert 0 < shown < everything
    chips = [b for b in window.filter_chips.findChildren(QToolButton) if b.isVisible()]
    chip = next(b for b in chips if "Handbuch" in b.text())
    assert chip.text().startswith("Tag: ")
    count = window.filter_chips.findChild(QLabel, "filter_count")
    assert count is not None and count.text() == f"{shown} records shown"
    item = window.navigation.topLevelItem(1)
    assert item is not None and f"({shown})" in item.text(0), "the count says what is listed"
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.center.table_model.rowCount() == everything
    assert not window.filter_chips.isVisible()
    bar.tag.setCurrentIndex(bar.tag.findText("Handbuch"))
    window.filter_action.trigger()  # hiding the bar clears what it would hide
    assert not bar.is_active() and window.center.table_model.rowCount() == everything
    assert "Filters cleared" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("de", "Der Server unter http://127.0.0.1:"), ("nl", "De server op http://127.0.0.1:")],
)
def test_a_refused_connection_reads_in_the_users_language(
    qapp: QApplication, language: str, expected: str
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    translators = install_translators(qapp, language)
    QLocale.setDefault(QLocale(language))
    try:
        url = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=url) as http, pytest.raises(ServerUnreachableError) as caught:
            Api(url, http).health()
        message = caught.value.translated()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert message.startswith(expected)
    assert "Errno" not in message and "refused" not in message


def test_the_default_dossier_language_is_what_export_offers(
    qtbot: QtBot, app_window: tuple[Application, MainWindow]
) -> None:
    _application, window = app_window

    def choose_dutch(dialog: SettingsDialog) -> None:
        dialog.tabs.setCurrentIndex(2)
        dialog.dossier_language.setCurrentIndex(dialog.dossier_language.findData("nl"))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    in_settings(qtbot, window, choose_dutch)
    offered: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        offered.append(dialog.language.currentData())  # type: ignore[attr-defined]
        dialog.close()

    QTimer.singleShot(0, look)
    window.export_action.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == ["nl"], "the interface is English, the dossiers Dutch"


def test_the_first_run_dialog_cannot_be_accepted_by_mistake(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.ui.first_run import FirstRunDialog

    dialog = FirstRunDialog(
        Settings(tmp_path), "", ["Almelo", "Münster"], "en", lambda _l: None, login_name="ute"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.municipality.currentIndex() == -1, "no municipality chosen for the user"
    assert dialog.name.text() == "" and dialog.name.placeholderText() == "ute"
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != FirstRunDialog.DialogCode.Accepted
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.chosen_municipality() == ""


def test_back_up_now_from_the_data_page(
    qtbot: QtBot,
    app_window: tuple[Application, MainWindow],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _application, window = app_window
    target = tmp_path / "sicherung.zip"
    monkeypatch.setattr(
        "desktop.ui.dialogs.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(target), ""),
    )

    def back_up(dialog: SettingsDialog) -> None:
        dialog.tabs.setCurrentIndex(3)
        assert dialog.data_folder.text() == str(window.db.data_dir)
        qtbot.mouseClick(dialog.back_up_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=10_000)
        dialog.reject()

    in_settings(qtbot, window, back_up)
    wait_for_ops()
    assert target.stat().st_size > 0


def test_a_window_saved_on_a_big_screen_reopens_inside_this_one(
    qtbot: QtBot, ui_data_dir: Path
) -> None:
    from PySide6.QtCore import QByteArray

    from tests.ui.conftest import make_window

    window, db = make_window(qtbot, ui_data_dir)
    area = window.screen().availableGeometry()
    window.resize(area.width() + 600, area.height() + 400)  # as on a bigger monitor
    window.splitter.setSizes([1400, 20, 20])  # and an editor squeezed to a strip
    window.save_state()
    window.close()
    db.dispose()
    assert isinstance(Settings(ui_data_dir).state.value("window/geometry"), QByteArray)
    again, db = make_window(qtbot, ui_data_dir)
    try:
        qtbot.waitUntil(lambda: area.contains(again.frameGeometry()))
        navigation, listing, editor = again.splitter.sizes()
        assert editor >= again.width() * 30 // 100 and listing >= again.width() * 25 // 100
    finally:
        again.close()
        db.dispose()
