"""Asks for an encrypted data folder's passphrase or recovery key at start-up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.store.encryption import unlock
from desktop.store.secrets import keyring_available


class UnlockDialog(QDialog):
    """Stays open on a wrong passphrase (with the reason in words); accepted once the
    folder is unlocked for this program, and, if chosen, kept in the keyring."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Encrypted data folder"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The data in %1 is encrypted, and its key is not kept on this computer. "
                "Enter the folder's passphrase or its recovery key."
            ).replace("%1", str(data_dir))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.secret = QLineEdit()
        self.secret.setObjectName("unlock_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("Passphrase or recovery key"))
        layout.addWidget(self.secret)
        self.remember = QCheckBox(self.tr("Keep the key in this computer's keyring"))
        self.remember.setObjectName("unlock_remember")
        self.remember.setEnabled(keyring_available())
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("unlock_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Unlock"))
        ok.setEnabled(False)
        self.secret.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            unlock(self.data_dir, self.secret.text(), remember=self.remember.isChecked())
        except UserError as error:
            self.problem.setText(error.translated())
            self.problem.show()
            self.secret.selectAll()
            self.secret.setFocus()
            return
        super().accept()
