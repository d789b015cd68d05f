"""Turning a data folder's encryption on or off from Settings → Data.

The database file is replaced, so the window lets go of it first (like a restore):
background work stops, the file is converted, and the app rebuilds its window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import StorageError, UserError
from desktop.store import Database
from desktop.store.encryption import (
    MIN_PASSPHRASE_CHARS,
    decrypt_folder,
    encrypt_folder,
    is_encrypted,
    read_marker,
)
from desktop.store.secrets import keyring_available
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.messages import confirm, show_error
from desktop.ui.ops import wait_for_ops


def encryption_state(db: Database) -> str:
    """One line for Settings → Data: whether and how the folder is encrypted."""
    if not is_encrypted(db.data_dir):
        return QCoreApplication.translate(
            "Encryption", "Not encrypted: anyone with this laptop's disk can read the records."
        )
    marker = read_marker(db.data_dir)
    if marker is not None and marker.wrapped:
        return QCoreApplication.translate(
            "Encryption", "Encrypted; opens with this computer's keyring or the passphrase."
        )
    return QCoreApplication.translate(
        "Encryption", "Encrypted; the key is in this computer's keyring."
    )


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice; may stay empty where a keyring keeps the key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt this data folder"))
        self.keyring = keyring_available()
        intro = QLabel(
            self.tr(
                "The database will be readable only with its key. The key is kept in this "
                "computer's keyring; a passphrase also opens it on another computer."
            )
            if self.keyring
            else self.tr(
                "This computer has no keyring to keep the key: choose a passphrase of at "
                "least %n characters. You will need it at every start.",
                "",
                MIN_PASSPHRASE_CHARS,
            )
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("new_passphrase")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat_passphrase")
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        self.problem = QLabel()
        self.problem.setObjectName("passphrase_problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Encrypt"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAutoDefault(False)  # Enter in a field must not start the conversion
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def chosen(self) -> str | None:
        return self.passphrase.text() or None

    def _check(self) -> None:
        text, again = self.passphrase.text(), self.repeat.text()
        problem = ""
        if not text and not self.keyring:
            problem = self.tr("A passphrase is needed on this computer.")
        elif text and len(text) < MIN_PASSPHRASE_CHARS:
            problem = self.tr("At least %n characters.", "", MIN_PASSPHRASE_CHARS)
        elif text != again:
            problem = self.tr("The two entries differ.")
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, to be written down or printed and kept apart."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        intro = QLabel(
            self.tr(
                "The data folder is encrypted. Write down this recovery key and keep it "
                "apart from the laptop: it opens the data when the keyring and the "
                "passphrase are lost. It is not shown again here (the command "
                "field-dossier encryption recovery-key prints it)."
            )
        )
        intro.setWordWrap(True)
        self.key = QLabel(key)
        self.key.setObjectName("recovery_key")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.key.font()
        font.setFamily("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.key.setFont(font)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(buttons)


def change_encryption(window: QWidget, db: Database, *, before: Callable[[], None]) -> bool:
    """Encrypt or decrypt the folder the window has open; True when the database file
    was replaced (the caller rebuilds the window)."""
    encrypting = not is_encrypted(db.data_dir)
    passphrase: str | None = None
    if encrypting:
        dialog = PassphraseDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        passphrase = dialog.chosen()
    elif not confirm(
        window,
        QCoreApplication.translate("Encryption", "Turn off encryption"),
        QCoreApplication.translate(
            "Encryption",
            "Store the records unencrypted again? Anyone with this laptop's disk could "
            "then read them.",
        ),
        QCoreApplication.translate("Encryption", "Turn off"),
    ):
        return False
    before()  # a running sync stops between steps
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if not wait_for_ops(30_000):
            show_error(window, StorageError(_STILL_RUNNING))
            return False
        db.dispose()
        key = encrypt_folder(db.data_dir, passphrase=passphrase) if encrypting else None
        if not encrypting:
            decrypt_folder(db.data_dir)
    except UserError as error:
        show_error(window, error)
        return True  # the database was let go of: the window is rebuilt either way
    finally:
        QApplication.restoreOverrideCursor()
    if key is not None:
        RecoveryKeyDialog(key, window).exec()
    return True


_STILL_RUNNING = QT_TRANSLATE_NOOP(
    "Errors",
    "Background work is still running. Try again in a moment; nothing was changed.",
)
