"""File → Import contacts… and File → Export contacts…

The import shows first what a vCard or CSV would do - how many contacts are new,
already here, or would change (and which fields), what is left out and why, the
columns nothing maps to, and that new contacts start without consent - and asks for
the encoding or the consent column where the file needs it. Nothing is written
before the user says Import. The export writes only contacts with consent, and
warns that the file holds personal data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT, kind_spec
from desktop.errors import ImportRejectedError, UserError
from desktop.services.contacts_out import ContactExport, ContactFormat, write_contacts
from desktop.services.importing import ImportReport, import_file
from desktop.services.text_encoding import OFFERED, EncodingQuestionError
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.changes import EVERYTHING, ChangeBus
from desktop.ui.icons import icon
from desktop.ui.messages import Notify, show_error
from desktop.ui.ops import run_op

CONTEXT = "ContactExchange"
MAX_SHOWN = 50
_NO_CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "ContactExchange",
    "New contacts are imported without consent: they stay out of every export until you record it.",
)


def run_contact_import(
    window: QWidget, db: Database, scope: Scope, changes: ChangeBus, notify: Notify
) -> None:
    path_text, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("ContactExchange", "Import contacts"),
        str(Path.home()),
        QCoreApplication.translate(
            "ContactExchange", "Address books (*.vcf *.vcard *.csv);;All files (*)"
        ),
    )
    if path_text:
        ContactImportDialog(window, db, scope, Path(path_text), changes, notify).open()


class ContactImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        db: Database,
        scope: Scope,
        path: Path,
        changes: ChangeBus,
        notify: Notify,
    ) -> None:
        super().__init__(parent)
        self.db, self.scope, self.path = db, scope, path
        self.changes, self.notify = changes, notify
        self.report: ImportReport | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(
            QCoreApplication.translate("ContactExchange", "Import contacts from %1").replace(
                "%1", path.name
            )
        )
        self.resize(680, 520)
        layout = QVBoxLayout(self)
        self.summary = QLabel(QCoreApplication.translate("ContactExchange", "Reading the file…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        options = QFormLayout()
        self.encoding = QComboBox()
        self.encoding.setAccessibleName(
            QCoreApplication.translate("ContactExchange", "Character encoding")
        )
        self.encoding.addItem(
            QCoreApplication.translate("ContactExchange", "Recognise by itself"), ""
        )
        for name in OFFERED:
            self.encoding.addItem(name, name)
        self.encoding.currentIndexChanged.connect(self.preview)
        options.addRow(
            QCoreApplication.translate("ContactExchange", "Character encoding:"), self.encoding
        )
        self.consent_column = QComboBox()
        self.consent_column.setAccessibleName(
            QCoreApplication.translate("ContactExchange", "Consent column")
        )
        self.consent_column.addItem(
            QCoreApplication.translate(
                "ContactExchange", "(none: no consent is taken from the file)"
            ),
            "",
        )
        self.consent_column.currentIndexChanged.connect(self.preview)
        options.addRow(
            QCoreApplication.translate("ContactExchange", "Consent from column:"),
            self.consent_column,
        )
        layout.addLayout(options)
        self.samples = QLabel()
        self.samples.setWordWrap(True)
        self.samples.hide()
        layout.addWidget(self.samples)
        self.details = QListWidget()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(
            QCoreApplication.translate("ContactExchange", "What the import would do")
        )
        layout.addWidget(self.details, 1)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        layout.addWidget(self.consent_note)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ContactExchange", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setIcon(icon("file-down"))
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.preview()

    def _options(self) -> dict[str, Any]:
        consent = self.consent_column.currentData()
        return {
            "encoding": self.encoding.currentData() or None,
            "consent_columns": (consent,) if consent else (),
        }

    def preview(self) -> None:
        self.import_button.setEnabled(False)
        options = self._options()

        def work(_progress: Any, _cancelled: Any) -> ImportReport:
            return import_file(self.db, self.scope, self.path, dry_run=True, **options)

        run_op(work, on_success=self._previewed, on_failure=self._refused)

    def _previewed(self, report: ImportReport) -> None:
        self.report = report
        self.samples.hide()
        self.details.clear()
        source = report.contacts
        created = report.created.get("contact", 0)
        here = report.unchanged.get("contact", 0)
        changing = report.updated.get("contact", 0)
        self.summary.setText(
            QCoreApplication.translate("ContactExchange", "%n new contact(s)", "", created)
            + " · "
            + QCoreApplication.translate("ContactExchange", "%n already here", "", here)
            + " · "
            + QCoreApplication.translate("ContactExchange", "%n would change", "", changing)
        )
        labels = {
            f.name: QCoreApplication.translate(FIELD_CONTEXT, f.label)
            for f in kind_spec("contact").fields
        }
        for change in report.contact_changes[:MAX_SHOWN]:
            fields = ", ".join(labels.get(f, f) for f in change.fields)
            self.details.addItem(
                QCoreApplication.translate("ContactExchange", "%1 would change: %2")
                .replace("%1", change.name)
                .replace("%2", fields)
            )
        if source is not None:
            for notice in source.notices[:MAX_SHOWN]:
                self.details.addItem(notice.translated())
            if len(source.notices) > MAX_SHOWN:
                self.details.addItem(
                    QCoreApplication.translate(
                        "ContactExchange", "… and %n more.", "", len(source.notices) - MAX_SHOWN
                    )
                )
            if source.unknown_columns:
                self.details.addItem(
                    QCoreApplication.translate(
                        "ContactExchange", "Columns left unused: %1"
                    ).replace("%1", ", ".join(source.unknown_columns))
                )
            self._offer_consent_columns(source.columns)
        mapped = bool(self.consent_column.currentData())
        self.consent_note.setText(
            QCoreApplication.translate(
                "ContactExchange", "Consent is taken from the column you chose."
            )
            if mapped
            else QCoreApplication.translate(CONTEXT, _NO_CONSENT_TEXT)
        )
        self.import_button.setEnabled(created + changing > 0)

    def _offer_consent_columns(self, columns: list[str]) -> None:
        if self.consent_column.count() > 1 or not columns:
            return
        for column in columns:
            self.consent_column.addItem(column, column)

    def _refused(self, error: UserError) -> None:
        self.details.clear()
        if isinstance(error, EncodingQuestionError):
            self.summary.setText(error.translated())
            shown = [f"{name}: {text}" for name, text in error.samples.items()]
            self.samples.setText("\n".join(shown))
            self.samples.show()
            return
        self.summary.setText(
            QCoreApplication.translate(
                "ContactExchange", "This file cannot be imported. Nothing will be changed."
            )
            if isinstance(error, ImportRejectedError)
            else error.translated()
        )
        if isinstance(error, ImportRejectedError):
            for problem in error.listed():
                self.details.addItem(problem.translated())

    def run_import(self) -> None:
        self.import_button.setEnabled(False)
        options = self._options()

        def work(_progress: Any, _cancelled: Any) -> ImportReport:
            return import_file(self.db, self.scope, self.path, **options)

        def done(report: ImportReport) -> None:
            self.changes.announce([EVERYTHING])
            self.notify(
                QCoreApplication.translate(
                    "ContactExchange", "Imported from %1: %2 new, %3 updated."
                )
                .replace("%1", self.path.name)
                .replace("%2", str(report.created.get("contact", 0)))
                .replace("%3", str(report.updated.get("contact", 0)))
            )
            self.accept()

        run_op(work, on_success=done, on_failure=self._refused)


# -- export ----------------------------------------------------------------------------


def run_contact_export(
    window: QWidget, db: Database, scope: Scope, selected: list[str], notify: Notify
) -> None:
    ContactExportDialog(window, db, scope, selected, notify).open()


class ContactExportDialog(QDialog):
    def __init__(
        self, parent: QWidget, db: Database, scope: Scope, selected: list[str], notify: Notify
    ) -> None:
        super().__init__(parent)
        self.db, self.scope, self.selected, self.notify = db, scope, selected, notify
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(QCoreApplication.translate("ContactExchange", "Export contacts"))
        layout = QVBoxLayout(self)
        warning = QLabel(
            QCoreApplication.translate(
                "ContactExchange",
                "The file will hold personal data. Only contacts who gave consent are "
                "written; keep the file safe and delete it when it has served its purpose.",
            )
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.vcard = QRadioButton(
            QCoreApplication.translate(
                "ContactExchange", "vCard 4.0 (.vcf) – for address books and phones"
            )
        )
        self.csv = QRadioButton(
            QCoreApplication.translate(
                "ContactExchange", "CSV – for spreadsheets, Outlook and Google"
            )
        )
        self.vcard.setChecked(True)
        formats = QButtonGroup(self)
        formats.addButton(self.vcard)
        formats.addButton(self.csv)
        layout.addWidget(self.vcard)
        layout.addWidget(self.csv)
        self.all = QRadioButton(QCoreApplication.translate("ContactExchange", "All contacts"))
        self.only_selected = QRadioButton(
            QCoreApplication.translate(
                "ContactExchange", "The %n selected contact(s)", "", len(selected)
            )
        )
        self.only_selected.setEnabled(bool(selected))
        (self.only_selected if selected else self.all).setChecked(True)
        which = QButtonGroup(self)
        which.addButton(self.all)
        which.addButton(self.only_selected)
        layout.addWidget(self.all)
        layout.addWidget(self.only_selected)
        buttons = QDialogButtonBox()
        self.export_button: QPushButton = buttons.addButton(
            QCoreApplication.translate("ContactExchange", "Export…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        fmt: ContactFormat = "csv" if self.csv.isChecked() else "vcard"
        suffix = ".csv" if fmt == "csv" else ".vcf"
        path_text, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ContactExchange", "Export contacts"),
            str(Path.home() / (QCoreApplication.translate("ContactExchange", "contacts") + suffix)),
            QCoreApplication.translate("ContactExchange", "CSV files (*.csv)")
            if fmt == "csv"
            else QCoreApplication.translate("ContactExchange", "vCard files (*.vcf)"),
        )
        if not path_text:
            return
        path = Path(path_text)
        ids = self.selected if self.only_selected.isChecked() else None

        def work(_progress: Any, _cancelled: Any) -> ContactExport:
            return write_contacts(self.db, self.scope, path, fmt, ids=ids)

        def done(result: ContactExport) -> None:
            text = QCoreApplication.translate(
                "ContactExchange", "Wrote %n contact(s) to %1.", "", result.written
            ).replace("%1", path.name)
            if result.left_out:
                text += " " + QCoreApplication.translate(
                    "ContactExchange", "%n left out without consent.", "", result.left_out
                )
            self.notify(text)
            self.accept()

        run_op(work, on_success=done, on_failure=lambda e: show_error(self, e))
