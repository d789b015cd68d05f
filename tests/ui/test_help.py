"""Help: the guide on F1 in the interface language, the searchable shortcuts, and
"What's this?" on the fields of an adaptation note."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWhatsThis
from pytestqt.qtbot import QtBot

from desktop.i18n import install_translators
from desktop.ui.help import ShortcutsDialog, UserGuide
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from tests.ui.conftest import make_window
from tests.ui.keyboard import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@pytest.fixture(params=["de", "nl"])
def window(request: pytest.FixtureRequest, qtbot: QtBot, ui_data_dir: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, request.param)
    window, db = make_window(qtbot, ui_data_dir, request.param)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.flush_editors()
    wait_for_ops()
    window.close()
    db.dispose()
    for translator in translators:
        app.removeTranslator(translator)


GUIDE_TITLES = {"de": "Field Dossier in fünf Minuten", "nl": "Field Dossier in vijf minuten"}
UNDO_WORDS = {"de": ("rückgängig", "Rückgängig"), "nl": ("ongedaan", "Ongedaan maken")}
ASK = {"de": "Wofür ist dieses Feld?", "nl": "Waarvoor dient dit veld?"}
WHY = {"de": "Herzstück der Dokumentation", "nl": "kern van de documentatie"}


def test_f1_opens_the_guide_in_the_interface_language(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClick(window.center.table, Qt.Key.Key_F1)
    guide = window.help.guide
    assert isinstance(guide, UserGuide)
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    assert text.startswith(GUIDE_TITLES[window.language])
    assert "Ctrl+Z" in text or "Strg+Z" in text
    guide.close()


def test_the_shortcuts_overview_is_searched_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClick(window.center.table, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window.help.shortcuts
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    everything = dialog.visible_actions()
    assert len(everything) > 15
    typed, shown = UNDO_WORDS[window.language]
    type_text(dialog.search, typed)
    assert dialog.visible_actions() == [shown]
    dialog.search.clear()
    type_text(dialog.search, "F5")  # keys are found too
    assert len(dialog.visible_actions()) == 1
    dialog.search.clear()
    type_text(dialog.search, "xyzzy")
    assert dialog.visible_actions() == [] and dialog.empty.isVisibleTo(dialog)
    dialog.reject()


def test_the_fields_of_an_adaptation_note_explain_why_they_matter(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.new_actions["adaptation"].trigger()
    editor = window.current_editor()
    assert editor is not None
    for name in ("origin_description", "adaptation", "rationale"):
        assert editor.fields[name].whatsThis(), name
    assert WHY[window.language] in editor.fields["rationale"].whatsThis()
    explain = [b for b in editor.findChildren(QToolButton) if b.toolTip() == ASK[window.language]]
    assert len(explain) == 3, "a ? beside each of the three"
    QTest.mouseClick(explain[2], Qt.MouseButton.LeftButton)
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if w.metaObject().className() == "QWhatsThat" and w.isVisible()
    ]
    assert shown, "the explanation pops up"
    QWhatsThis.hideText()
    window.help.whats_this_action.trigger()
    assert QWhatsThis.inWhatsThisMode()
    QWhatsThis.leaveWhatsThisMode()
