"""File → Publication settings…: what dossiers print about their publisher, set in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.export import ExportOptions, export_dossier
from desktop.services.publication import read_publication
from desktop.ui.main_window import MainWindow
from desktop.ui.publication_dialog import PublicationDialog


def logo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    Image.new("RGB", (300, 100), "#0a4f8a").save(path)
    return path


def run_dialog(qtbot: QtBot, window: MainWindow, fill: object) -> None:
    """Trigger the menu action; `fill(dialog)` works in the dialog once it is open."""
    seen: list[PublicationDialog] = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PublicationDialog):
            QTimer.singleShot(50, in_dialog)
            return
        seen.append(dialog)
        fill(dialog)  # type: ignore[operator]

    QTimer.singleShot(50, in_dialog)
    window.publication_action.trigger()
    assert seen, "the dialog opened"


def save(qtbot: QtBot, dialog: PublicationDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_imprint_and_logos_are_set_in_the_app_and_printed(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programme = logo(tmp_path, "interreg.png")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(programme), ""))
    )

    def fill(dialog: PublicationDialog) -> None:
        editor = dialog.fields["editor"]
        editor.clear()
        qtbot.keyClicks(editor, "Dr. Ute Brinkmann")
        version = dialog.fields["version"]
        version.clear()
        qtbot.keyClicks(version, "2.0")
        qtbot.mouseClick(dialog.programme_button, Qt.MouseButton.LeftButton)
        save(qtbot, dialog)

    run_dialog(qtbot, demo_window, fill)
    saved = read_publication(demo_window.db, demo_window.scope)
    assert saved.texts["editor"] == "Dr. Ute Brinkmann" and saved.texts["version"] == "2.0"
    assert saved.programme_logo
    options = ExportOptions("core", "docx", "de")
    path = export_dossier(demo_window.db, demo_window.scope, options, tmp_path / "k.docx").path
    import docx

    document = docx.Document(str(path))
    text = " ".join(c.text for t in document.tables for c in t._cells)
    assert "Dr. Ute Brinkmann" in text and "2.0 vom" in text
    footer = document.sections[0].first_page_footer._element
    assert sum(1 for e in footer.iter() if e.tag.endswith("}docPr")) == 2  # emblem + logo


def test_a_file_that_is_no_image_is_refused_and_nothing_changes(
    qtbot: QtBot, demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = read_publication(demo_window.db, demo_window.scope)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("no picture")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(not_an_image)], ""))
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def fill(dialog: PublicationDialog) -> None:
        qtbot.keyClicks(dialog.fields["contact"], " und mehr")
        qtbot.mouseClick(dialog.partner_button, Qt.MouseButton.LeftButton)
        save(qtbot, dialog)
        assert dialog.isVisible()  # still open: the user can pick another file
        dialog.reject()

    run_dialog(qtbot, demo_window, fill)
    assert shown and "PNG or JPEG" in shown[0] and "\n" not in shown[0]
    assert read_publication(demo_window.db, demo_window.scope) == before
