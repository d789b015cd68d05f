"""File → Export dossier…: template, scope, language, format, options; progress; cancel."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.export import ExportOptions, ExportResult, export_dossier
from desktop.export.pipeline import photos_not_here
from desktop.export.templates import TEMPLATES_CONTEXT, templates
from desktop.services.choices import Choices
from desktop.services.listing import RecordFilter
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.sync.blobs import download_missing
from desktop.ui.icons import icon
from desktop.ui.ops import Op, run_op
from desktop.ui.record_columns import short_date_format

EMPTY_DATE = QDate(1900, 1, 1)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListWidget):
    """A short list of checkable choices; nothing ticked means "all"."""

    def __init__(self, items: list[tuple[str, str]], ticked: set[str]) -> None:
        super().__init__()
        self.setUniformItemSizes(True)
        for value, label in items:
            item = QListWidgetItem(label)
            item.setData(VALUE_ROLE, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        rows = min(max(self.count(), 2), 5)
        self.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 6)

    def chosen(self) -> tuple[str, ...]:
        return tuple(
            self.item(i).data(VALUE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


def ask_about_missing_photos(parent: QWidget, names: list[str]) -> str:
    """ "fetch", "without" or "cancel": what to do about photos not on this computer."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ExportDialog", "Photos missing"))
    box.setText(
        QCoreApplication.translate(
            "ExportDialog",
            "%n photo(s) of this dossier are not on this computer yet.",
            None,
            len(names),
        )
    )
    shown = names[:8] + (["…"] if len(names) > 8 else [])
    box.setInformativeText(
        QCoreApplication.translate(
            "ExportDialog",
            "Download them first, or export without them: the dossier then names each "
            "missing photo in its place.",
        )
        + "\n\n"
        + "\n".join(shown)
    )
    fetch = box.addButton(
        QCoreApplication.translate("ExportDialog", "&Download, then export"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    without = box.addButton(
        QCoreApplication.translate("ExportDialog", "Export &without them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(fetch)
    box.exec()
    clicked = box.clickedButton()
    return "fetch" if clicked is fetch else "without" if clicked is without else "cancel"


class ExportDialog(QDialog):
    def __init__(
        self,
        db: Database,
        scope: Scope,
        language: str,
        activity_id: str | None,
        record_filter: RecordFilter,
        choices: Choices,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.scope = db, scope
        self.setWindowTitle(self.tr("Export dossier"))
        self.setMinimumWidth(620)
        self._op: Op | None = None
        self.result_path: Path | None = None
        fields = [(c.id, c.label) for c in choices.terms.get("field_of_action", [])]
        types = [(c.id, c.label) for c in choices.terms.get("activity_type", [])]
        tags = [(c.id, c.label) for c in choices.terms.get("tag", [])]
        municipalities = [(c.id, c.label) for c in choices.municipalities]

        self.specs = templates()
        self.templates = {
            name: QRadioButton(QCoreApplication.translate(TEMPLATES_CONTEXT, spec.label))
            for name, spec in self.specs.items()
        }
        template_box = QGroupBox(self.tr("Template"))
        template_layout = QVBoxLayout(template_box)
        for button in self.templates.values():
            template_layout.addWidget(button)
        # From inside an activity, its visit report; else the first that needs none.
        preferred = next(
            (n for n, s in self.specs.items() if s.needs_activity == bool(activity_id)),
            next(iter(self.specs)),
        )
        self.templates[preferred].setChecked(True)
        self._activity_from_view = activity_id

        self.activity = QComboBox()
        self.activity.addItem(self.tr("(all activities)"), None)
        for activity in choices.activities:
            self.activity.addItem(icon("calendar-days"), activity.title, activity.id)
        self.activity.setCurrentIndex(max(self.activity.findData(activity_id), 0))
        self.date_from = self._date(record_filter.date_from)
        self.date_to = self._date(record_filter.date_to)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.municipalities = CheckList(municipalities, {record_filter.municipality_id or ""})
        self.fields = CheckList(fields, {record_filter.field_of_action_id or ""})
        self.types = CheckList(types, set())
        self.tags = CheckList(tags, {record_filter.tag_id or ""})
        scope_box = QGroupBox(self.tr("Scope (nothing ticked: everything)"))
        scope_form = QFormLayout(scope_box)
        scope_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        scope_form.addRow(self.tr("Activity:"), self.activity)
        scope_form.addRow(self.tr("Period:"), period)
        lists = QHBoxLayout()
        for title, widget in (
            (self.tr("Municipalities"), self.municipalities),
            (self.tr("Fields of action"), self.fields),
            (self.tr("Activity types"), self.types),
            (self.tr("Tags"), self.tags),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            lists.addLayout(column)
        scope_form.addRow(lists)

        self.language = QComboBox()
        for code, name in (("de", "Deutsch"), ("nl", "Nederlands"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.format = QComboBox()
        self.format.addItem(icon("file-text"), self.tr("PDF"), "pdf")
        self.format.addItem(icon("file-text"), self.tr("Word (.docx)"), "docx")
        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.photos = QCheckBox(self.tr("Include &photos with their captions"))
        self.photos.setChecked(True)
        self.contacts = QCheckBox(self.tr("Include c&ontacts (only those who gave consent)"))
        self.contacts.setChecked(True)
        self.pseudonymise = QCheckBox(
            self.tr("&Pseudonymise people (Person A, B, …) for readers outside the core group")
        )
        self.open_when_done = QCheckBox(self.tr("Open the dossier when it is ready"))
        self.open_when_done.setChecked(True)
        self.path = QLineEdit()
        browse = QPushButton(icon("folder-open"), self.tr("Choose…"))
        browse.clicked.connect(self._choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        output = QFormLayout()
        output.addRow(self.tr("&Language of the dossier:"), self.language)
        output.addRow(self.tr("&Format:"), self.format)
        output.addRow(self.photos)
        output.addRow(self.contacts)
        output.addRow(self.pseudonymise)
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setBuddy(self.path)  # a label beside a layout would show its "&"
        output.addRow(save_as, path_row)
        output.addRow(self.open_when_done)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setIcon(icon("file-output"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self._cancel_or_close)

        layout = QVBoxLayout(self)
        layout.addWidget(template_box)
        layout.addWidget(scope_box)
        layout.addLayout(output)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.path.setText(str(self._default_path()))
        self._suggested_path = self.path.text()
        # Connected last: every widget the slots touch exists now.
        for button in self.templates.values():
            button.toggled.connect(self._on_template_toggled)
        self.activity.currentIndexChanged.connect(self._update_state)
        self._update_state()

    # -- form ---------------------------------------------------------------------------

    def _date(self, value: date | None) -> QDateEdit:
        edit = QDateEdit()
        edit.setDisplayFormat(short_date_format())
        edit.setCalendarPopup(True)
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY_DATE)
        return edit

    def template(self) -> str:
        return next(name for name, button in self.templates.items() if button.isChecked())

    def _on_template_toggled(self, checked: bool) -> None:
        if not checked:
            return
        spec = self.specs[self.template()]
        # The activity came from the view the dialog was opened in, for its visit report:
        # a dossier of the whole workspace does not keep it by surprise.
        from_view = self._activity_from_view
        if not spec.needs_activity and from_view and self.activity.currentData() == from_view:
            self.activity.setCurrentIndex(0)
        self._update_state()

    def _update_state(self) -> None:
        spec = self.specs[self.template()]
        needs_activity = spec.needs_activity and self.activity.currentData() is None
        self.export_button.setEnabled(self._op is None and not needs_activity)
        for date_edit in (self.date_from, self.date_to):
            date_edit.setEnabled(spec.takes_period)
        for check_list in (self.municipalities, self.fields, self.types, self.tags):
            check_list.setEnabled(spec.takes_subjects)
        hint = self.tr("Choose the activity for this dossier.")
        if needs_activity:
            self.status.setText(hint)
        elif self.status.text() == hint:
            self.status.clear()  # but keep a result or error message
        if self.path.text() == self._suggested_path:  # a name the user typed is theirs
            folder = Path(self.path.text()).parent if self.path.text() else None
            self.path.setText(str(self._default_path(folder)))
            self._suggested_path = self.path.text()

    def _on_format_changed(self) -> None:
        current = Path(self.path.text())
        self.path.setText(str(current.with_suffix("." + self.format.currentData())))
        if self._suggested_path and Path(self._suggested_path).stem == current.stem:
            self._suggested_path = self.path.text()

    def _default_path(self, folder: Path | None = None) -> Path:
        if folder is None:
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            # A documents folder the system names may not exist: nothing is created here.
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        spec = self.specs[self.template()]
        name = QCoreApplication.translate(TEMPLATES_CONTEXT, spec.file_name)
        if spec.needs_activity and self.activity.currentData():
            name = f"{name} – {self.activity.currentText()}"
        safe = re.sub(r"[\\\\/:*?\"<>|]+", "-", name).strip()
        return folder / f"{safe} {date.today().isoformat()}.{self.format.currentData()}"

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the dossier as"),
            self.path.text(),
            self.tr("PDF (*.pdf)")
            if self.format.currentData() == "pdf"
            else self.tr("Word (*.docx)"),
        )
        if chosen:
            self.path.setText(chosen)

    def options(self) -> ExportOptions:
        def day(edit: QDateEdit) -> date | None:
            chosen = edit.date()
            return (
                None if chosen == EMPTY_DATE else date(chosen.year(), chosen.month(), chosen.day())
            )

        return ExportOptions(
            template=self.template(),
            format=self.format.currentData(),
            language=self.language.currentData(),
            activity_id=self.activity.currentData(),
            date_from=day(self.date_from),
            date_to=day(self.date_to),
            municipality_ids=self.municipalities.chosen(),
            field_of_action_ids=self.fields.chosen(),
            activity_type_ids=self.types.chosen(),
            tag_ids=self.tags.chosen(),
            include_photos=self.photos.isChecked(),
            include_contacts=self.contacts.isChecked(),
            pseudonymise=self.pseudonymise.isChecked(),
        )

    # -- running ------------------------------------------------------------------------

    def start(self, *, photos_decided: bool = False) -> None:
        options = self.options()
        if not photos_decided and self._photos_missing_decided(options) is False:
            return
        target = Path(self.path.text()).expanduser()
        db, scope = self.db, self.scope

        def work(progress: Any, cancelled: Any) -> ExportResult:
            return export_dossier(
                db, scope, options, target, progress=progress, cancelled=cancelled
            )

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Cancel export"))
        self._op = run_op(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_finished=self._ended,
        )

    def _photos_missing_decided(self, options: ExportOptions) -> bool | None:
        """Ask first if photos of the dossier are not on this computer: fetch them (then
        export), export without them (the dossier notes each), or neither. False: the
        export does not start now."""
        try:
            missing = photos_not_here(self.db, self.scope, options)
        except UserError:
            return None  # the export itself says what is wrong with the choice
        if not missing:
            return None
        answer = ask_about_missing_photos(self, missing)
        if answer == "fetch":
            self._fetch_photos_then_export()
            return False
        return answer == "without"

    def _fetch_photos_then_export(self) -> None:
        db = self.db

        def work(progress: Any, cancelled: Any) -> int:
            return download_missing(
                db, cancelled=cancelled, progress=lambda done, total: progress(done, total, "")
            )

        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Downloading the missing photos…"))
        self._op = run_op(
            work,
            on_success=lambda _fetched: self._photos_fetched(),
            on_failure=self._photos_not_fetched,
            on_progress=self._progressed,
        )

    def _photos_fetched(self) -> None:
        self._op = None
        self.start(photos_decided=True)

    def _photos_not_fetched(self, error: UserError) -> None:
        self._op = None
        self.progress.setVisible(False)
        self.status.setText(
            self.tr("The photos could not be downloaded: %1").replace("%1", error.translated())
        )
        self.status.setStyleSheet("color: #c62828;")
        self._update_state()

    def _ended(self) -> None:
        if self._op is not None and self.result_path is None:  # crashed: the bug was reported
            self.progress.setVisible(False)
            self.close_button.setText(self.tr("Close"))
        self._op = None
        self._update_state()

    def _progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.status.setText(message)

    def _done(self, result: ExportResult) -> None:
        self._op = None
        self.result_path = result.path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        records = self.tr("%n record(s)", "", result.records)
        if result.pages:
            pages = self.tr("%n page(s)", "", result.pages)
            text = self.tr("Written: %1 (%2, %3).").replace("%2", pages)
        else:
            text = self.tr("Written: %1 (%3).")
        self.status.setStyleSheet("")  # a success after an error is not shown in red
        self.status.setText(text.replace("%1", result.path.name).replace("%3", records))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setEnabled(True)
        if self.open_when_done.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _failed(self, error: UserError) -> None:
        self._op = None
        self.progress.setVisible(False)
        self.status.setText(error.translated())
        self.status.setStyleSheet("color: #c62828;")
        self.close_button.setText(self.tr("Close"))
        self._update_state()

    def _cancel_or_close(self) -> None:
        if self._op is not None:
            self._op.cancel()  # the export stops at its next step and removes its temp file
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()
