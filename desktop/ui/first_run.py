"""A short, skippable setup at first start: name, municipality, language, sync server."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.settings import LANGUAGE, SERVER_URL, Settings

LANGUAGE_NAMES = (("de", "Deutsch"), ("nl", "Nederlands"), ("en", "English"))


class FirstRunDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        user_name: str,
        municipalities: list[str],
        language: str,
        on_language: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._on_language = on_language
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit(user_name)
        self.municipality = QComboBox()
        self.municipality.addItems(municipalities)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setEnabled(not settings.is_locked(LANGUAGE))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setEnabled(not settings.is_locked(SERVER_URL))
        self.server_hint = QLabel()
        self.server_hint.setWordWrap(True)
        self.server_hint.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        for label, field in zip(
            self.labels, (self.name, self.municipality, self.language, self.server), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow("", self.server_hint)
        self.buttons = QDialogButtonBox()
        self.start = QPushButton()
        self.start.setDefault(True)
        self.skip = QPushButton()
        self.buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to Field Dossier"))
        self.intro.setText(
            self.tr(
                "Field Dossier keeps your observations, adaptation notes and contacts on this "
                "computer and works without a network. Tell it who you are; everything here "
                "can be changed later, and you can skip it."
            )
        )
        texts = (
            self.tr("Your &name:"),
            self.tr("Your &municipality:"),
            self.tr("Interface &language:"),
            self.tr("&Sync server (optional):"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.server_hint.setText(
            self.tr("Leave empty to work only on this computer. You can sign in later.")
        )
        self.start.setText(self.tr("&Start"))
        self.skip.setText(self.tr("S&kip"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._on_language(self.chosen_language())
        self.retranslate()  # now, not when the posted LanguageChange event arrives

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _accept(self) -> None:
        server = self.server.text().strip()
        if server:
            url = QUrl(server)
            if not url.isValid() or url.scheme() not in ("http", "https") or not url.host():
                self.error.setText(
                    self.tr("The server address must start with https:// or http://.")
                )
                self.server.setFocus()
                return
        self.accept()
