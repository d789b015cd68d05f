"""Edit → Settings (Preferences on macOS): General, Sync, Dossiers and Data.

Values come from and go to desktop.config (the same model as the command line), so an
option the administrator locked shows greyed with "Set by your administrator" and is
never written. Workspace texts (the dossier's title page) go through the workspace
service and sync like any edit. Nothing is stored until OK; Cancel leaves everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.workspace import (
    DOSSIER_LANGUAGE,
    FUNDING_LOGO,
    TITLE_PAGE_TEXTS,
    Scope,
    load_workspace_settings,
    set_user_name,
    store_logo,
    update_workspace_settings,
    user_name,
)
from desktop.store import Database
from desktop.store.encryption import is_encrypted
from desktop.ui.encryption_dialogs import encryption_state
from desktop.ui.first_run import LANGUAGE_NAMES
from desktop.ui.icons import icon
from desktop.ui.locked import with_lock_note
from desktop.ui.messages import show_error
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.settings import (
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
    LANGUAGE,
    PHOTOS_DOWNLOAD,
    SERVER_URL,
    USER_MUNICIPALITY,
    WORKSPACE_NAME,
    Settings,
)

PHOTOS_ALL, PHOTOS_ON_DEMAND = "all", "on_demand"


@dataclass(frozen=True)
class SettingsContext:
    """What the dialog needs of the running app."""

    db: Database
    scope: Scope
    settings: Settings
    language: str
    municipalities: list[str]
    signed_in: bool
    back_up: Callable[[], None]


def _page(form: QFormLayout) -> QScrollArea:
    """A page that scrolls rather than clipping on a small screen."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.addLayout(form)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def _form() -> QFormLayout:
    form = QFormLayout()
    # German labels run long: below the label rather than squeezing the field.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setEnabled(False)
    return label


class SettingsDialog(QDialog):
    # The interface language changed: the app rebuilds the window in it after OK.
    language_chosen = Signal(str)
    sync_settings_changed = Signal()
    # Encrypt or decrypt: the window does it after this dialog closed (the file is replaced).
    encryption_requested = Signal()

    def __init__(self, context: SettingsContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        settings = context.settings
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_page(settings), self.tr("General"))
        self.tabs.addTab(self._sync_page(settings), self.tr("Sync"))
        self.tabs.addTab(self._dossier_page(), self.tr("Dossiers"))
        self.tabs.addTab(self._data_page(), self.tr("Data"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 520)

    def showEvent(self, event: QShowEvent) -> None:
        # 620×520 is more than a 1024×600 screen at 150 % has: the pages scroll instead.
        fit_to_screen(self)
        super().showEvent(event)

    # -- pages ---------------------------------------------------------------------------

    def _general_page(self, settings: Settings) -> QWidget:
        form = _form()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.context.language), 0))
        self.language_hint = _hint(
            self.tr("The window is rebuilt in the new language when you press OK.")
        )
        self.name = QLineEdit(user_name(self.context.db))
        self.name.setToolTip(self.tr("Shown beside everything you write, for your colleagues."))
        self.municipality = QComboBox()
        self.municipality.setEditable(True)
        self.municipality.addItems(self.context.municipalities)
        self.municipality.setCurrentText(settings.get(USER_MUNICIPALITY))
        form.addRow(
            self.tr("Interface &language:"),
            with_lock_note(self.language, settings.is_locked(LANGUAGE)),
        )
        form.addRow("", self.language_hint)
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &municipality:"), self.municipality)
        return _page(form)

    def _sync_page(self, settings: Settings) -> QWidget:
        form = _form()
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setPlaceholderText("https://sync.example.org")
        self.workspace = QLineEdit(settings.get(WORKSPACE_NAME))
        self.workspace.setPlaceholderText(self.tr("(your only workspace)"))
        signed_in = self.context.signed_in
        for field in (self.server, self.workspace):
            field.setReadOnly(signed_in)
        self.auto_sync = QCheckBox(self.tr("Sync &automatically"))
        self.auto_sync.setChecked(settings.get(AUTO_SYNC))
        self.interval = QSpinBox()
        self.interval.setRange(1, 24 * 60)
        self.interval.setValue(max(1, settings.get(AUTO_SYNC_MINUTES)))
        self.interval.setSuffix(self.tr(" min", "minutes after a number"))
        self.auto_sync.toggled.connect(self._update_interval)
        self.photos_all = QRadioButton(self.tr("Download &all photos with each sync"))
        self.photos_on_demand = QRadioButton(self.tr("Download photos &when a record shows them"))
        self.photos = QButtonGroup(self)
        self.photos.addButton(self.photos_all)
        self.photos.addButton(self.photos_on_demand)
        on_demand = settings.get(PHOTOS_DOWNLOAD) == PHOTOS_ON_DEMAND
        (self.photos_on_demand if on_demand else self.photos_all).setChecked(True)
        photos_locked = settings.is_locked(PHOTOS_DOWNLOAD)
        photo_box = QWidget()
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        photo_layout.addWidget(self.photos_all)
        photo_layout.addWidget(self.photos_on_demand)
        form.addRow(
            self.tr("&Server:"), with_lock_note(self.server, settings.is_locked(SERVER_URL))
        )
        form.addRow(
            self.tr("&Workspace:"),
            with_lock_note(self.workspace, settings.is_locked(WORKSPACE_NAME)),
        )
        if signed_in:
            form.addRow("", _hint(self.tr("Sign out to use another server or workspace.")))
        form.addRow("", with_lock_note(self.auto_sync, settings.is_locked(AUTO_SYNC)))
        form.addRow(
            self.tr("&Every:"),
            with_lock_note(self.interval, settings.is_locked(AUTO_SYNC_MINUTES)),
        )
        form.addRow(self.tr("Photos:"), with_lock_note(photo_box, photos_locked))
        self._update_interval()
        return _page(form)

    def _dossier_page(self) -> QWidget:
        form = _form()
        self.workspace_settings = load_workspace_settings(self.context.db, self.context.scope)
        # Texts per language, edited here and stored on OK.
        self.texts: dict[str, dict[str, str]] = {
            key: dict(self.workspace_settings.get(key) or {}) for key in TITLE_PAGE_TEXTS
        }
        self.text_language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.text_language.addItem(name, code)
        self.text_language.setCurrentIndex(
            max(self.text_language.findData(self.context.language), 0)
        )
        self._shown_language = str(self.text_language.currentData())
        self.text_language.currentIndexChanged.connect(self._switch_text_language)
        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.organisation = QLineEdit()
        self.funding_notice = QPlainTextEdit()
        self.funding_notice.setTabChangesFocus(True)
        self.funding_notice.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.logo_sha256 = str(self.workspace_settings.get(FUNDING_LOGO) or "")
        self.logo_name = QLabel()
        choose_logo = QPushButton(icon("image-plus"), self.tr("&Choose logo…"))
        choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.remove_logo.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(choose_logo)
        logo_row.addWidget(self.remove_logo)
        self.dossier_language = QComboBox()
        self.dossier_language.addItem(self.tr("As the interface"), "")
        for code, name in LANGUAGE_NAMES:
            self.dossier_language.addItem(name, code)
        chosen = str(self.workspace_settings.get(DOSSIER_LANGUAGE) or "")
        self.dossier_language.setCurrentIndex(max(self.dossier_language.findData(chosen), 0))
        form.addRow(
            _hint(
                self.tr(
                    "The title page and imprint of every dossier of this workspace. "
                    "Colleagues see the same after the next sync."
                )
            )
        )
        form.addRow(self.tr("Texts &in:"), self.text_language)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Su&btitle:"), self.subtitle)
        form.addRow(self.tr("&Organisations:"), self.organisation)
        form.addRow(self.tr("&Imprint and funding notice:"), self.funding_notice)
        form.addRow(self.tr("Funding logo:"), logo_row)
        form.addRow(self.tr("&Default language of dossiers:"), self.dossier_language)
        self._show_texts()
        self._show_logo()
        return _page(form)

    def _data_page(self) -> QWidget:
        form = _form()
        data_dir = self.context.db.data_dir
        self.data_folder = QLineEdit(str(data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setCursorPosition(0)
        open_folder = QPushButton(icon("folder-open"), self.tr("&Open folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_folder, 1)
        folder_row.addWidget(open_folder)
        self.back_up_button = QPushButton(icon("archive"), self.tr("&Back up now…"))
        self.back_up_button.clicked.connect(self.context.back_up)
        form.addRow(self.tr("Data folder:"), folder_row)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "Everything you record lives here: the database and the photos. Another "
                    "folder can be chosen when starting Field Dossier with --data-dir."
                )
            ),
        )
        form.addRow(self.tr("Backup:"), self.back_up_button)
        form.addRow(
            "",
            _hint(
                self.tr(
                    "A backup is one file with all records and photos. Keep it on another "
                    "drive; File → Restore from backup brings it back."
                )
            ),
        )
        self.encryption_state = QLabel(encryption_state(self.context.db))
        self.encryption_state.setObjectName("encryption_state")
        self.encryption_state.setWordWrap(True)
        encrypted = is_encrypted(data_dir)
        self.encryption_button = QPushButton(
            self.tr("Turn off encryption…") if encrypted else self.tr("&Encrypt…")
        )
        self.encryption_button.setObjectName("encryption_button")
        self.encryption_button.clicked.connect(self._request_encryption)
        form.addRow(self.tr("Encryption:"), self.encryption_state)
        form.addRow("", self.encryption_button)
        return _page(form)

    # -- behaviour -----------------------------------------------------------------------

    def _request_encryption(self) -> None:
        self.encryption_requested.emit()
        self.reject()

    def _update_interval(self) -> None:
        locked = self.context.settings.is_locked(AUTO_SYNC_MINUTES)
        self.interval.setEnabled(self.auto_sync.isChecked() and not locked)

    def _fields(self) -> dict[str, QLineEdit | QPlainTextEdit]:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "organisation": self.organisation,
            "funding_notice": self.funding_notice,
        }

    def _keep_texts(self) -> None:
        for key, field in self._fields().items():
            text = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
            self.texts[key][self._shown_language] = text.strip()

    def _show_texts(self) -> None:
        for key, field in self._fields().items():
            text = self.texts[key].get(self._shown_language, "")
            if isinstance(field, QPlainTextEdit):
                field.setPlainText(text)
            else:
                field.setText(text)

    def _switch_text_language(self) -> None:
        self._keep_texts()
        self._shown_language = str(self.text_language.currentData())
        self._show_texts()

    def _show_logo(self) -> None:
        has_logo = bool(self.logo_sha256)
        self.logo_name.setText(self.tr("A logo is set.") if has_logo else self.tr("No logo"))
        self.remove_logo.setEnabled(has_logo)

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose logo"),
            str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            self.logo_sha256 = store_logo(self.context.db, Path(path))
        except UserError as error:
            show_error(self, error)
            return
        self._show_logo()

    def _remove_logo(self) -> None:
        self.logo_sha256 = ""
        self._show_logo()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        server = self.server.text().strip()
        if server and not self.context.signed_in:
            url = QUrl(server)
            if not url.isValid() or url.scheme() not in ("http", "https") or not url.host():
                self.tabs.setCurrentIndex(1)
                self.error.setText(
                    self.tr("The server address must start with https:// or http://.")
                )
                self.error.setVisible(True)
                self.server.setFocus()
                return
        try:
            self._store(server)
        except UserError as error:
            show_error(self, error)
            return
        self.accept()

    def _store(self, server: str) -> None:
        context, settings = self.context, self.context.settings
        name = " ".join(self.name.text().split())
        if name and name != user_name(context.db):
            set_user_name(context.db, name)
        settings.set(USER_MUNICIPALITY, self.municipality.currentText().strip())
        before_sync = _sync_values(settings)
        if not context.signed_in:
            settings.set(SERVER_URL, server)
            settings.set(WORKSPACE_NAME, self.workspace.text().strip())
        settings.set(AUTO_SYNC, self.auto_sync.isChecked())
        settings.set(AUTO_SYNC_MINUTES, self.interval.value())
        photos = PHOTOS_ON_DEMAND if self.photos_on_demand.isChecked() else PHOTOS_ALL
        settings.set(PHOTOS_DOWNLOAD, photos)
        self._keep_texts()
        wanted: dict[str, Any] = {key: self.texts[key] for key in TITLE_PAGE_TEXTS}
        wanted[FUNDING_LOGO] = self.logo_sha256
        wanted[DOSSIER_LANGUAGE] = str(self.dossier_language.currentData())
        # Only what the user changed: an untouched default is no edit to sync.
        before = self.workspace_settings
        changes = {key: value for key, value in wanted.items() if value != before.get(key)}
        if changes:
            update_workspace_settings(context.db, context.scope, changes)
        if _sync_values(settings) != before_sync:
            self.sync_settings_changed.emit()
        language = self.chosen_language()
        if language != context.language and not settings.is_locked(LANGUAGE):
            settings.set(LANGUAGE, language)
            self.language_chosen.emit(language)


def _sync_values(settings: Settings) -> tuple[object, ...]:
    return (
        settings.get(SERVER_URL),
        settings.get(WORKSPACE_NAME),
        settings.get(AUTO_SYNC),
        settings.get(AUTO_SYNC_MINUTES),
        settings.get(PHOTOS_DOWNLOAD),
    )
