"""A credit per photo: set from the photo's context menu, printed under it in dossiers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QListWidget, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.app import Application
from desktop.export.options import ExportOptions
from desktop.export.pipeline import export_dossier
from desktop.models import Attachment
from desktop.ui import views
from desktop.ui.main_window import MainWindow
from desktop.ui.ops import wait_for_ops
from tests.ui.keyboard import type_text

# A popup menu on the offscreen platform: it cannot raise itself or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def _choose_in_menu(text: str) -> None:
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        QTimer.singleShot(20, lambda: _choose_in_menu(text))
        return
    [action] = [a for a in menu.actions() if a.text() == text]
    menu.setActiveAction(action)
    action.trigger()
    menu.close()


def _answer_input(text: str) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QInputDialog):
        QTimer.singleShot(20, lambda: _answer_input(text))
        return
    dialog.setTextValue("")
    type_text(dialog.focusWidget(), text)
    dialog.accept()


def test_a_photo_credit_typed_in_the_menu_is_printed_under_that_photo(
    qtbot: QtBot, app_window: tuple[Application, MainWindow], tmp_path: Path
) -> None:
    _, main_window = app_window
    main_window.navigation.select_view(views.kind_view("observation"))
    main_window.center.table.selectRow(0)
    editor = main_window.current_editor()
    assert editor is not None and editor.record_id is not None
    photo = tmp_path / "fest.jpg"
    Image.new("RGB", (800, 600), (20, 120, 200)).save(photo)
    editor.attachments.add_files([photo])
    strip = editor.attachments.list
    qtbot.waitUntil(lambda: _row_of(strip, "fest.jpg") is not None, timeout=5000)
    wait_for_ops()
    strip.setCurrentRow(_row_of(strip, "fest.jpg") or 0)
    QTimer.singleShot(20, lambda: _choose_in_menu("Photo credit…"))
    QTimer.singleShot(40, lambda: _answer_input("Ayşe Yılmaz, Almelo"))
    point = strip.visualItemRect(strip.currentItem()).center()
    qtbot.mouseClick(strip.viewport(), Qt.MouseButton.RightButton, pos=point)
    # The right click's context menu event (the platform sends it; offscreen Qt does not).
    QApplication.sendEvent(
        strip.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, strip.viewport().mapToGlobal(point)
        ),
    )
    qtbot.waitUntil(lambda: _credit(main_window) == "Ayşe Yılmaz, Almelo", timeout=5000)

    out = tmp_path / "dossier.pdf"
    options = ExportOptions(template="core", format="pdf", language="de")
    export_dossier(main_window.db, main_window.scope, options, out)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ayşe Yılmaz, Almelo" in " ".join(text.split())


def _credit(window: MainWindow) -> str:
    with window.db.read() as session:
        found = session.scalars(select(Attachment).where(Attachment.file_name == "fest.jpg"))
        return next((a.credit for a in found), "")


def _row_of(strip: QListWidget, file_name: str) -> int | None:
    for row in range(strip.count()):
        if file_name in strip.item(row).toolTip():
            return row
    return None
