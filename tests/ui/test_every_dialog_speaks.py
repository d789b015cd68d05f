"""Every window and dialog, walked offscreen in German and Dutch at 1024×600.

Fails on text a German or Dutch user would see in English (a string whose catalogue
has a translation, or a Qt button left English) and on a label, button or column
header whose text is wider than its widget (cut off, or overflowing into the next).
What is walked: the main window in every list view with a record open, the filter
bar with a filter on, every menu entry and tooltip, and the dialogs the menus open
(Settings on each page, Export, Sign in, About), plus the first-run dialog.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.i18n import install_translators
from desktop.services.demo import load_demo
from desktop.services.workspace import open_scope
from desktop.store import open_database
from desktop.ui import views
from desktop.ui.first_run import FirstRunDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from desktop.ui.settings import Settings
from tests.ui.conftest import make_window

ROOT = Path(__file__).resolve().parents[2]
LOCALES = {"de": "de_DE", "nl": "nl_NL"}
# Qt's own button texts, English if Qt's catalogue were not loaded.
QT_ENGLISH = {"Cancel", "Apply", "Close", "Yes", "No", "Save", "Discard", "Open", "Reset"}
# Proper names and words the same in every language of the app.
ALLOWED = {"Field Dossier", "Deutsch", "Nederlands", "English", "PDF", "OK"}
_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """As shown: no mnemonic markers, no markup, no surrounding space."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def english_texts(language: str) -> set[str]:
    """Source texts that the catalogue translates differently: seen as is, they are English."""
    root = ET.parse(ROOT / "translations" / f"field_dossier_{language}.ts").getroot()
    texts = set(QT_ENGLISH)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if (translation.text or "").strip() and plain(translation.text or "") != plain(source):
            texts.add(plain(source))
    return texts - ALLOWED


class Walk:
    def __init__(self, language: str) -> None:
        self.english = english_texts(language)
        self.problems: list[str] = []

    def text(self, where: str, text: str) -> None:
        shown = plain(text)
        if shown and shown in self.english:
            self.problems.append(f"{where}: untranslated {shown!r}")

    def too_wide(self, where: str, text: str, need: int, room: int) -> None:
        if need > room + 1:
            self.problems.append(f"{where}: {plain(text)!r} needs {need} px, has {room}")

    def widget(self, top: QWidget, where: str) -> None:
        for _ in range(3):  # widgets made a moment ago get their place from posted layouts
            QApplication.sendPostedEvents()
            # Widgets replaced a moment ago (chips) go now, as they do back in the event loop.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            QApplication.processEvents()
        self.text(f"{where} title", top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            name = f"{where}/{type(widget).__name__}"
            if widget.toolTip():
                self.text(f"{name} tooltip", widget.toolTip())
            if isinstance(widget, QLabel | QAbstractButton):
                self.out_of_sight(widget, name)
            if isinstance(widget, QLabel):
                self.label(widget, name)
            elif isinstance(widget, QAbstractButton):
                self.button(widget, name)
            elif isinstance(widget, QLineEdit):
                self.text(f"{name} placeholder", widget.placeholderText())
            elif isinstance(widget, QComboBox):
                for index in range(widget.count()):
                    self.text(f"{name} item", widget.itemText(index))
            elif isinstance(widget, QTabBar):
                for index in range(widget.count()):
                    self.text(f"{name} tab", widget.tabText(index))
            elif isinstance(widget, QGroupBox):
                self.text(f"{name} title", widget.title())
            elif isinstance(widget, QHeaderView):
                self.header(widget, name)

    def out_of_sight(self, widget: QWidget, name: str) -> None:
        """A label or button past the right edge of the pane it scrolls in: cut off
        (scrolling down is expected in a long form, scrolling sideways to read is not)."""
        parent = widget.parentWidget()
        while parent is not None and not isinstance(parent, QAbstractScrollArea):
            parent = parent.parentWidget()
        if parent is None or isinstance(parent, QAbstractItemView):
            return
        viewport = parent.viewport()
        right = widget.mapTo(viewport, widget.rect().topRight()).x()
        if right > viewport.width() + 1:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            self.problems.append(f"{name}: {plain(text)!r} is cut off at the pane's right edge")

    def label(self, label: QLabel, name: str) -> None:
        text = label.text()
        self.text(name, text)
        rich = label.textFormat() == Qt.TextFormat.RichText or _TAGS.search(text) is not None
        if "&" in text.replace("&&", "") and label.buddy() is None and not rich:
            self.problems.append(f"{name}: a literal '&' shows in {text!r}")
        if not text or rich or label.wordWrap():
            return
        margin = 2 * label.margin() + max(label.indent(), 0)
        need = label.fontMetrics().horizontalAdvance(plain(text))
        self.too_wide(name, text, need, label.contentsRect().width() - margin)

    def button(self, button: QAbstractButton, name: str) -> None:
        self.text(name, button.text())
        if not button.text():
            return
        if isinstance(button, QToolButton) and (
            button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            return
        self.too_wide(name, button.text(), button.sizeHint().width(), button.width())

    def header(self, header: QHeaderView, name: str) -> None:
        model = header.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        for section in range(header.count()):
            if header.isSectionHidden(section) or header.sectionSize(section) == 0:
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            self.text(f"{name} column", text)
            sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
            need = metrics.horizontalAdvance(text) + 12 + (14 if sorted_here else 0)
            self.too_wide(f"{name} column", text, need, header.sectionSize(section))

    def menus(self, window: MainWindow) -> None:
        def visit(menu: QMenu, where: str) -> None:
            self.text(f"{where} menu", menu.title())
            for action in menu.actions():
                if action.menu() is not None:
                    visit(action.menu(), f"{where}/{plain(action.text())}")  # type: ignore[arg-type]
                elif not action.isSeparator():
                    self.text(f"{where} entry", action.text())
                    self.text(f"{where} tooltip", action.toolTip())
                    self.text(f"{where} status tip", action.statusTip())

        for action in window.menuBar().actions():
            if action.menu() is not None:
                visit(action.menu(), "menu")  # type: ignore[arg-type]
        for action in window.toolbar.actions():
            self.text("toolbar", action.toolTip())


def open_modal(
    qtbot: QtBot, trigger: Callable[[], None], inspect: Callable[[QWidget], None]
) -> None:
    """Trigger what opens a modal dialog, look at it while it runs, then close it."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        try:
            inspect(dialog)
        finally:
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    QTimer.singleShot(0, look)
    trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)


@pytest.fixture(params=["de", "nl"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    QLocale.setDefault(QLocale(LOCALES[request.param]))
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_window_and_dialog_speaks_the_language_and_fits(
    qtbot: QtBot, ui_data_dir: Path, language: str
) -> None:
    db = open_database(ui_data_dir)
    load_demo(db, open_scope(db, "Anna Tester"))
    db.dispose()
    window, db = make_window(qtbot, ui_data_dir, language)
    walk = Walk(language)
    try:
        qtbot.wait(20)  # the window's own fit to the (offscreen) screen comes first
        window.resize(1024, 600)
        qtbot.waitUntil(lambda: window.width() == 1024)
        walk.menus(window)
        # Something in the trash, so that the trash shows a record with its banner.
        window.navigation.select_view(views.kind_view("observation"))
        window.center.table.selectRow(0)
        window.delete_action.trigger()
        kinds = [views.kind_view(kind) for kind in ("observation", "adaptation", "contact")]
        for view in [views.DASHBOARD, *kinds, *views.SMART_VIEWS]:
            window.navigation.select_view(view)
            for table in (window.center.table, window.center.simple):
                if table.isVisible() and table.model().rowCount():
                    table.selectRow(0)
            walk.widget(window, f"main window ({view.key})")
        window.navigation.select_view(views.kind_view("observation"))
        qtbot.mouseClick(
            window.toolbar.widgetForAction(window.filter_action), Qt.MouseButton.LeftButton
        )
        window.filter_bar.tag.setCurrentIndex(1)
        walk.widget(window, "main window (filtered)")

        def settings_pages(dialog: QWidget) -> None:
            tabs = dialog.findChild(QTabWidget)
            assert tabs is not None
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                walk.widget(dialog, f"Settings ({index})")

        open_modal(qtbot, window.settings_action.trigger, settings_pages)
        open_modal(qtbot, window.export_action.trigger, lambda d: walk.widget(d, "Export"))
        open_modal(qtbot, window.sign_in_action.trigger, lambda d: walk.widget(d, "Sign in"))
        open_modal(qtbot, window.about_action.trigger, lambda d: walk.widget(d, "About"))
        first_run = FirstRunDialog(
            Settings(ui_data_dir), "", ["Almelo", "Münster"], language, lambda _l: None
        )
        qtbot.addWidget(first_run)
        first_run.show()
        walk.widget(first_run, "First run")
    finally:
        window.flush_editors()
        wait_for_ops()
        window.close()
        db.dispose()
    assert not walk.problems, "\n".join(sorted(set(walk.problems)))


def test_the_walk_notices_english_and_cut_off_text(qtbot: QtBot, language: str) -> None:
    """The walk itself: an English label and a squeezed button are reported."""
    walk = Walk(language)
    box = QMessageBox()
    qtbot.addWidget(box)
    english = QLabel("Move to trash", box)
    squeezed = QToolButton(box)
    squeezed.setText("Eine sehr lange Beschriftung")
    squeezed.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    squeezed.setFixedWidth(40)
    box.show()
    english.show()
    squeezed.show()
    walk.widget(box, "probe")
    assert any("untranslated 'Move to trash'" in p for p in walk.problems)
    assert any("needs" in p and "Beschriftung" in p for p in walk.problems)
