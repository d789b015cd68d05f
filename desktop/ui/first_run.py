"""A short, skippable setup at first start: name, municipality, language, sync server.

Its suggestions come from the system (the session's language); nothing is chosen on
the user's behalf that they did not see: the municipality starts unchosen, the name
field shows the login name only as a hint, and Enter in a field does not start the
app (only the Start button does), so the defaults cannot be accepted by mistake.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent
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

from desktop.ui.locked import retranslate_lock_notes, with_lock_note
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
        *,
        login_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._on_language = on_language
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.name = QLineEdit(user_name)
        self.name.setPlaceholderText(login_name)
        self.municipality = QComboBox()
        self.municipality.addItems(municipalities)
        self.municipality.setCurrentIndex(-1)  # shows the placeholder: nothing chosen yet
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.server = QLineEdit(settings.get(SERVER_URL))
        self.server.setPlaceholderText("https://sync.example.org")
        self.server_hint = QLabel()
        self.server_hint.setWordWrap(True)
        self.server_hint.setEnabled(False)
        self.server_hint.setVisible(not settings.is_locked(SERVER_URL))  # nothing to leave empty
        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828;")
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        rows = (
            (self.name, self.name),
            (self.municipality, self.municipality),
            (self.language, with_lock_note(self.language, settings.is_locked(LANGUAGE))),
            (self.server, with_lock_note(self.server, settings.is_locked(SERVER_URL))),
        )
        for label, (field, shown) in zip(self.labels, rows, strict=True):
            label.setBuddy(field)
            self.form.addRow(label, shown)
        self.form.addRow("", self.server_hint)
        self.buttons = QDialogButtonBox()
        self.start = QPushButton()
        self.skip = QPushButton()
        for button in (self.start, self.skip):
            button.setAutoDefault(False)  # Enter in a field must not answer for the user
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
        self.municipality.setPlaceholderText(self.tr("Choose your municipality"))
        self.server_hint.setText(
            self.tr("Leave empty to work only on this computer. You can sign in later.")
        )
        retranslate_lock_notes(self)
        self.start.setText(self.tr("&Start"))
        self.skip.setText(self.tr("S&kip"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field would press the default button (the button box makes Start one
        # when shown): only a deliberate click or Space on Start starts the app.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        self._on_language(self.chosen_language())
        self.retranslate()  # now, not when the posted LanguageChange event arrives

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_municipality(self) -> str:
        return self.municipality.currentText() if self.municipality.currentIndex() >= 0 else ""

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
