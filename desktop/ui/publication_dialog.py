"""What dossiers say about their publisher: project name, imprint lines and logos.

The workspace's publication settings (desktop/services/publication.py), the same as
`field-dossier workspace set`. Logos are chosen as files and copied into the data
dir when the dialog is accepted; bad input is shown in one line and nothing changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.publication import (
    TEXT_KEYS,
    Publication,
    read_publication,
    set_publication,
)
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.ui.messages import show_error


class PublicationDialog(QDialog):
    def __init__(self, db: Database, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.scope = db, scope
        self.setWindowTitle(self.tr("Publication settings"))
        self.setMinimumWidth(560)
        current = read_publication(db, scope)
        labels = {
            "project_name": self.tr("&Project name (the same in every language)"),
            "publisher": self.tr("Pu&blished by"),
            "contact": self.tr("&Contact"),
            "editor": self.tr("Responsible &editor"),
            "version": self.tr("&Version"),
            "licence": self.tr("&Licence"),
            "photo_credits": self.tr("P&hoto credits"),
        }
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for key in TEXT_KEYS:
            edit = QLineEdit(current.texts.get(key, ""))
            edit.setCursorPosition(0)  # a long publisher reads from its start
            edit.setObjectName(key)
            self.fields[key] = edit
            form.addRow(labels[key], edit)
        self.programme_logo: Path | None = None
        self.partner_logos: list[Path] | None = None
        self.programme_label = QLabel(self._logo_text(1 if current.programme_logo else 0))
        self.partner_label = QLabel(self._logo_text(len(current.partner_logos)))
        self.programme_button = QPushButton(self.tr("Choose the p&rogramme's logo…"))
        self.programme_button.clicked.connect(self._choose_programme)
        self.partner_button = QPushButton(self.tr("Choose the p&artners' logos…"))
        self.partner_button.clicked.connect(self._choose_partners)
        for title, label, button in (
            (self.tr("Programme's logo"), self.programme_label, self.programme_button),
            (self.tr("Partners' logos"), self.partner_label, self.partner_button),
        ):
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(button)
            form.addRow(title, row)
        hint = QLabel(
            self.tr(
                "Dossiers print these on their cover and imprint, next to the EU emblem. "
                "They belong to the workspace and are synced with it."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.saved: Publication | None = None

    def _logo_text(self, count: int) -> str:
        if not count:
            return self.tr("No logo")
        return self.tr("%n logo(s)", "", count)

    def _choose_programme(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("The programme's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.programme_logo = Path(name)
            self.programme_label.setText(Path(name).name)

    def _choose_partners(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("The partners' logos"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if names:
            self.partner_logos = [Path(n) for n in names]
            self.partner_label.setText(", ".join(Path(n).name for n in names))

    def accept(self) -> None:
        texts = {key: edit.text() for key, edit in self.fields.items()}
        try:
            self.saved = set_publication(
                self.db,
                self.scope,
                texts=texts,
                programme_logo=self.programme_logo,
                partner_logos=self.partner_logos,
            )
        except UserError as error:
            show_error(self, error)
            return
        super().accept()
