"""Record editors: a form per record kind that saves itself.

Autosave: a change is written 400 ms after typing pauses, and never later than 900 ms
after the first unsaved change, so continuous typing is saved too (at most a second is
ever at risk). Switching records, moving focus out of the editor and closing the
window save at once. A value the services reject is shown next to its field and kept
in the widget; the other fields are saved regardless.
"""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import UserError, ValidationError
from desktop.models import SyncConflict
from desktop.services.records import create_record, get_record, update_record
from desktop.services.schema import FIELD_CONTEXT, KindSpec, kind_spec
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.ui.editors.attachments import AttachmentStrip
from desktop.ui.editors.context import EditorContext
from desktop.ui.editors.fields import (
    ActivityField,
    BoolField,
    DateField,
    EnumField,
    EnumListField,
    FieldWidget,
    LanguagesField,
    LineField,
    MarkdownField,
    MunicipalityField,
    TermField,
    TermsField,
)
from desktop.ui.editors.record_links import RecordLinksField
from desktop.ui.icons import icon


def open_conflict_count(session: Session, record_id: str) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.row_id == record_id, SyncConflict.status == "open")
        ).scalar_one()
    )


log = logging.getLogger("desktop.ui")

FIELD_TYPES: dict[str, type[FieldWidget]] = {
    "text": LineField,
    "email": LineField,
    "phone": LineField,
    "country": LineField,
    "markdown": MarkdownField,
    "date": DateField,
    "bool": BoolField,
    "enum": EnumField,
    "enum_list": EnumListField,
    "languages": LanguagesField,
    "record": ActivityField,
    "records": RecordLinksField,
    "term": TermField,
    "terms": TermsField,
    "municipality": MunicipalityField,
}


class RecordEditor(QWidget):
    record_created = Signal(str, str)  # kind, id
    record_saved = Signal(str, str)  # kind, id
    save_state_changed = Signal(str, str)  # "saving" | "saved" | "draft" | "invalid", message
    restore_requested = Signal(str)
    conflicts_requested = Signal(str)  # record id

    kind: ClassVar[str]
    IDLE_MS = 400
    DEADLINE_MS = 900

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.spec: KindSpec = kind_spec(self.kind)
        self.fields: dict[str, FieldWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.record_id: str | None = None
        self.defaults: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._idle = QTimer(self, singleShot=True, interval=self.IDLE_MS)
        self._deadline = QTimer(self, singleShot=True, interval=self.DEADLINE_MS)
        self._idle.timeout.connect(self.save_now)
        self._deadline.timeout.connect(self.save_now)
        self.setAcceptDrops(True)

        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.subheading = QLabel()
        self.subheading.setEnabled(False)
        self.trash_banner = self._make_trash_banner()
        self.conflict_banner, self.conflict_text = self._make_conflict_banner()
        self.attachments = AttachmentStrip(context)
        self.attachments.changed.connect(self._on_attachments_changed)

        self.content = QWidget()
        self.form = QVBoxLayout(self.content)
        self.form.setContentsMargins(12, 8, 12, 12)
        self.form.setSpacing(8)
        self.form.addWidget(self.heading)
        self.form.addWidget(self.subheading)
        self.form.addWidget(self.trash_banner)
        self.form.addWidget(self.conflict_banner)
        self._attachments_placed = False
        self.build_form()
        if not self._attachments_placed:
            self.add_attachments()
        self.form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Fields shrink to the pane instead of scrolling sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # -- building the form (subclasses) -------------------------------------------------

    def build_form(self) -> None:
        raise NotImplementedError

    def primary_field(self) -> str:
        """The field that gets the cursor for a new record."""
        raise NotImplementedError

    def make_field(self, name: str, widget: FieldWidget | None = None) -> FieldWidget:
        spec = self.spec.field(name)
        field = widget or FIELD_TYPES[spec.type](spec, self.context)
        field.changed.connect(lambda: self._on_changed(name))
        self.fields[name] = field
        error = QLabel()
        error.setWordWrap(True)
        error.setStyleSheet("color: #c62828;")
        error.setVisible(False)
        self.error_labels[name] = error
        return field

    def row(
        self, name: str, widget: FieldWidget | None = None, label: str | None = None
    ) -> QWidget:
        """A labelled field with room for its error message below."""
        field = self.make_field(name, widget)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        caption = QLabel(label or QCoreApplication.translate(FIELD_CONTEXT, field.spec.label))
        caption.setBuddy(field.focusProxy() or field)
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        layout.addWidget(caption)
        layout.addWidget(field)
        layout.addWidget(self.error_labels[name])
        return holder

    def add_attachments(self) -> None:
        """Place the photos and files here (by default: at the end of the form)."""
        self.form.addWidget(self._section(self.tr("Photos and files")))
        self.form.addWidget(self.attachments)
        self._attachments_placed = True

    def add_rows(self, *names: str) -> None:
        for name in names:
            self.form.addWidget(self.row(name))

    def add_side_by_side(self, *names: str) -> None:
        line = QHBoxLayout()
        line.setSpacing(12)
        for name in names:
            line.addWidget(self.row(name), 1)
        self.form.addLayout(line)

    def _section(self, title: str) -> QLabel:
        label = QLabel(title)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _make_trash_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #fff3e0; border: 1px solid #ffb74d; }")
        row = QHBoxLayout(banner)
        text = QLabel(self.tr("This record is in the trash. Restore it to edit it."))
        text.setStyleSheet("border: none;")
        button = QPushButton(icon("archive-restore"), self.tr("Restore"))
        button.clicked.connect(lambda: self.restore_requested.emit(self.record_id or ""))
        row.addWidget(text, 1)
        row.addWidget(button)
        banner.setVisible(False)
        return banner

    def _make_conflict_banner(self) -> tuple[QFrame, QLabel]:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #fff8e1; border: 1px solid #ffca28; }")
        row = QHBoxLayout(banner)
        text = QLabel()
        text.setWordWrap(True)
        text.setStyleSheet("border: none;")
        button = QPushButton(icon("git-compare-arrows"), self.tr("Resolve…"))
        button.clicked.connect(lambda: self.conflicts_requested.emit(self.record_id or ""))
        row.addWidget(text, 1)
        row.addWidget(button)
        banner.setVisible(False)
        return banner, text

    def _show_conflicts(self, count: int) -> None:
        self.conflict_banner.setVisible(count > 0)
        self.conflict_text.setText(
            self.tr(
                "%n field(s) of this record were changed differently elsewhere. Both "
                "versions are kept until you choose.",
                "",
                count,
            )
        )

    def reload(self) -> None:
        """Show what is stored now (after a sync), unless the user is mid-edit."""
        if self.record_id is None or self._dirty:
            return
        record_id, self.record_id = self.record_id, None
        self.load(record_id)

    # -- loading ------------------------------------------------------------------------

    def load(self, record_id: str | None, defaults: dict[str, Any] | None = None) -> None:
        """Show a record (None: a new one, with `defaults`); saves pending edits first."""
        if record_id is not None and record_id == self.record_id and not self._dirty:
            return
        self.flush()
        self._loading = True
        try:
            self.record_id = record_id
            self.defaults = dict(defaults or {})
            values: dict[str, Any] = dict(self.defaults)
            trashed = False
            conflicts = 0
            if record_id is not None:
                with self.context.db.read() as session:
                    record = get_record(session, self.context.scope, record_id)
                    values = to_public(record, Taxonomy(session, self.context.scope.workspace_id))
                    trashed = record.deleted_at is not None
                    conflicts = open_conflict_count(session, record_id)
            for name, field in self.fields.items():
                field.refresh_choices()
                field.set_value(values.get(name, self._empty(field)))
                field.setEnabled(not trashed)
                self._show_error(name, None)
            self.trash_banner.setVisible(trashed)
            self._show_conflicts(conflicts)
            self.attachments.set_owner(record_id)
            self.attachments.setEnabled(not trashed)
            self.update_heading(values)
        finally:
            self._loading = False
        self._dirty.clear()

    def focus_primary(self) -> None:
        self.fields[self.primary_field()].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def update_heading(self, values: dict[str, Any]) -> None:
        new = self.tr("New %1").replace(
            "%1", QCoreApplication.translate(FIELD_CONTEXT, self.spec.label)
        )
        self.heading.setText(
            QCoreApplication.translate(FIELD_CONTEXT, self.spec.label) if self.record_id else new
        )
        self.subheading.setText(self.describe(values))

    def describe(self, values: dict[str, Any]) -> str:
        if not self.record_id:
            return self.tr("Saved automatically as you type.")
        return self.tr("Last edited by %1").replace("%1", str(values.get("updated_by") or ""))

    @staticmethod
    def _empty(field: FieldWidget) -> Any:
        return [] if field.spec.type in ("terms", "records", "enum_list", "languages") else None

    # -- saving -------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        if self._loading:
            return
        self._dirty.add(name)
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.save_state_changed.emit("pending", "")

    @property
    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Save now if anything is unsaved; False if a value was rejected."""
        if self._dirty:
            self.save_now()
        return not self._dirty

    def save_now(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        if not self._dirty or self._loading:
            return
        self.save_state_changed.emit("saving", "")
        if self.record_id is None:
            self._create()
        else:
            self._update()

    def _create(self) -> None:
        data = {**self.defaults}
        for name, field in self.fields.items():
            value = field.value()
            if value not in (None, "", []):
                data[name] = value
        rejected: set[str] = set()
        for _attempt in range(len(self.fields) + 1):
            try:
                with self.context.db.write(self.context.scope.actor) as session:
                    record = create_record(session, self.context.scope, self.kind, data)
                    new_id = record.id
            except ValidationError as error:
                if self._missing_required(error, data):
                    self.save_state_changed.emit("draft", self._draft_hint())
                    return  # not yet a record: waits for its required text
                if error.field not in data or error.field in rejected:
                    self._report(error)
                    return
                rejected.add(error.field)
                self._show_error(error.field, error.translated())
                data.pop(error.field)
                continue
            except UserError as error:
                self._report(error)
                return
            self.record_id = new_id
            self._dirty -= set(self.fields) - rejected
            self._after_save(set(data))
            self.attachments.set_owner(new_id)
            self.record_created.emit(self.kind, new_id)
            return

    def _update(self) -> None:
        assert self.record_id is not None
        patch = {name: self.fields[name].value() for name in self._dirty}
        rejected: set[str] = set()
        while patch:
            try:
                with self.context.db.write(self.context.scope.actor) as session:
                    update_record(session, self.context.scope, self.record_id, patch)
            except ValidationError as error:
                if error.field not in patch:
                    self._report(error)
                    return
                rejected.add(error.field)
                self._show_error(error.field, error.translated())
                patch.pop(error.field)
                continue
            except UserError as error:
                self._report(error)
                return
            break
        saved = set(patch)
        self._dirty -= saved
        if saved:
            self._after_save(saved)
            self.record_saved.emit(self.kind, self.record_id)
        if rejected:
            self.save_state_changed.emit("invalid", self.tr("A value was not saved: see the form."))

    def _after_save(self, saved: set[str]) -> None:
        for name in saved:
            self._show_error(name, None)
        if any(self.fields[n].spec.creates_terms for n in saved if n in self.fields):
            self.context.refresh()
        self.update_heading({"updated_by": self.context.scope.actor})
        self.save_state_changed.emit("saved", "")

    def _missing_required(self, error: ValidationError, data: dict[str, Any]) -> bool:
        required = {f.name for f in self.spec.fields if f.required}
        return error.field in required and data.get(error.field) in (None, "", [])

    def _draft_hint(self) -> str:
        label = QCoreApplication.translate(
            FIELD_CONTEXT, self.spec.field(self.primary_field()).label
        )
        return self.tr("Not saved yet: fill in “%1” first.").replace("%1", label)

    def _show_error(self, name: str, message: str | None) -> None:
        label = self.error_labels.get(name)
        if label is not None:
            label.setText(message or "")
            label.setVisible(bool(message))

    def _report(self, error: UserError) -> None:
        log.warning("save failed: %s", error.english())
        self.save_state_changed.emit("invalid", error.translated())

    def _on_attachments_changed(self) -> None:
        if self.record_id is not None:
            self.record_saved.emit(self.kind, self.record_id)

    # -- drag and drop anywhere on the editor -------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        self.attachments.dropEvent(event)
