"""Record editors: a form per record kind that saves itself.

Autosave: a change is written 400 ms after typing pauses, and never later than 900 ms
after the first unsaved change, so continuous typing is saved too (at most a second is
ever at risk). Switching records, moving focus out of the editor and closing the
window save at once. A value the services reject is shown next to its field and kept
in the widget; the other fields are saved regardless.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import FIELD_CONTEXT, KindSpec, kind_spec
from desktop.domain.fields import FREE_TEXT_TYPES
from desktop.errors import UserError
from desktop.services.editing import SaveOutcome, Stamp, load_form_record, save_form, stamp_of
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
from desktop.ui.editors.points import PointsField
from desktop.ui.editors.record_links import RecordLinksField
from desktop.ui.help import explained
from desktop.ui.history_tab import HistoryTab
from desktop.ui.icons import icon
from desktop.ui.translate import TrAlongClasses
from desktop.ui.undo import FieldEdit, UndoKeys, route_undo_keys


def ask_to_discard(parent: QWidget, summary: str) -> bool:
    """True if the user chooses to discard unsaved values (tests replace this)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RecordEditor", "Unsaved changes"))
    box.setText(summary)
    box.setInformativeText(
        QCoreApplication.translate(
            "RecordEditor", "Stay to correct them, or discard them and go on."
        )
    )
    stay = box.addButton(
        QCoreApplication.translate("RecordEditor", "Stay"), QMessageBox.ButtonRole.RejectRole
    )
    box.addButton(
        QCoreApplication.translate("RecordEditor", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.exec()
    return box.clickedButton() is not stay


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
    "points": PointsField,
}


class RecordEditor(TrAlongClasses, QWidget):
    record_created = Signal(str, str)  # kind, id
    record_saved = Signal(str, str)  # kind, id
    save_state_changed = Signal(str, str)  # "saving" | "saved" | "draft" | "invalid", message
    restore_requested = Signal(str)
    terms_added = Signal()  # a save created taxonomy terms (a new tag, a new district)
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
        self.conflict_markers: dict[str, QLabel] = {}
        self.record_id: str | None = None
        self.defaults: dict[str, Any] = {}
        self._dirty: set[str] = set()
        self._loading = False
        self._stale = False
        self._loaded_stamp: Stamp | None = None
        # Undo: the values as last shown or typed (an edit is the step from one to the next).
        self.history = QUndoStack(self)
        self._shown: dict[str, Any] = {}
        # Long texts are read for the history at word ends, not at every keystroke.
        self._unrecorded: set[str] = set()
        self._undo_keys = UndoKeys(self)
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
        self.subheading.setWordWrap(True)  # date and author: wraps in a narrow pane
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
        self._attachments_placed = False
        self.build_form()
        if not self._attachments_placed:
            self.add_attachments()
        self.form.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Fields shrink with the pane; below their smallest width the form scrolls
        # sideways rather than cutting off what does not fit (a 1024×600 screen).
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(self.content)
        route_undo_keys(self.content, self._undo_keys)
        # Details and History: the history is read (from the server) when its tab opens.
        self.history_tab = HistoryTab(context.db, context.scope.actor)
        # Its widest row must not set the editor's minimum width (and so squeeze the
        # list on a small screen): the history scrolls or wraps within what it gets.
        self.history_tab.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.history_tab.restored.connect(self._on_history_restored)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.history_tab, icon("clock-3"), self.tr("History"))
        self.tabs.setTabEnabled(1, False)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The banners stay in view above the form: their buttons (Restore, Resolve) are
        # never scrolled away sideways on a narrow pane or down in a long record.
        outer.addWidget(self.trash_banner)
        outer.addWidget(self.conflict_banner)
        outer.addWidget(self.tabs)

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
        caption.setWordWrap(True)  # a long caption must not set the narrow form's width
        font = caption.font()
        font.setBold(True)
        caption.setFont(font)
        if field.spec.help:
            layout.addLayout(explained(caption, field, field.spec.help))
        else:
            layout.addWidget(caption)
        layout.addWidget(self._make_conflict_marker(name))
        layout.addWidget(field)
        layout.addWidget(self.error_labels[name])
        return holder

    def _make_conflict_marker(self, name: str) -> QLabel:
        """Above a field changed differently elsewhere: this laptop's value is shown."""
        marker = QLabel(
            '<span style="color:#8a5300;">\u26a0 <a href="resolve">'
            + self.tr("Conflict: compare…")
            + "</a></span>"
        )
        marker.setToolTip(
            self.tr(
                "Changed differently elsewhere: this is your value. Both versions are kept "
                "until you choose."
            )
        )
        marker.setStyleSheet("background: #fff8e1; border-left: 3px solid #ffb300; padding: 2px;")
        marker.setWordWrap(True)
        marker.linkActivated.connect(
            lambda _link: self.conflicts_requested.emit(self.record_id or "")
        )
        marker.setVisible(False)
        self.conflict_markers[name] = marker
        return marker

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

    def _on_tab_changed(self, index: int) -> None:
        stale = self.history_tab.record_id != self.record_id or self.history_tab.history is None
        if index == 1 and self.record_id is not None and stale:
            self.history_tab.show_record(self.record_id)

    def _on_history_restored(self, record_id: str) -> None:
        self._load(record_id, {})
        self.tabs.setCurrentIndex(0)  # the restored values, in the form
        self.record_saved.emit(self.kind, record_id)

    def _make_trash_banner(self) -> QFrame:
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner.setStyleSheet("QFrame { background: #fff3e0; border: 1px solid #ffb74d; }")
        row = QHBoxLayout(banner)
        text = QLabel(self.tr("This record is in the trash. Restore it to edit it."))
        text.setWordWrap(True)  # German and Dutch run long: the Restore button stays in view
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

    def _show_conflicts(self, fields: tuple[str, ...]) -> None:
        count = len(fields)
        for name, marker in self.conflict_markers.items():
            marker.setVisible(name in fields)
        self.conflict_banner.setVisible(count > 0)
        self.conflict_text.setText(
            QCoreApplication.translate(
                "RecordEditor",
                "%n field(s) of this record were changed differently elsewhere. Both "
                "versions are kept until you choose.",
                None,
                count,
            )
        )

    def reload(self) -> None:
        """Show what is stored now (after a sync or an import), without disturbing work.

        Nothing happens while there are unsaved edits or when the stored record did not
        change; under the user's cursor the reload waits until focus leaves the editor.
        """
        if self.record_id is None or self._dirty:
            return
        stamp, conflicts = stamp_of(self.context.db, self.record_id)
        self._show_conflicts(conflicts)  # beside the form, never under the cursor
        if stamp == self._loaded_stamp:
            return
        if self._has_focus():
            self._stale = True
            return
        self._load(self.record_id, {})

    def _has_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    # -- loading ------------------------------------------------------------------------

    def load(self, record_id: str | None, defaults: dict[str, Any] | None = None) -> None:
        """Show a record (None: a new one, with `defaults`).

        Callers ask `leave()` first; re-selecting the record being edited keeps its
        unsaved (perhaps rejected) values instead of reloading over them.
        """
        if record_id is not None and record_id == self.record_id:
            # Re-selecting the record being edited (the list selects a record the editor
            # just created) must not reset the text under the cursor: a trailing space
            # the store trims would vanish and the next word would stick to the last.
            if not self._dirty:
                self.reload()  # only if the stored record changed meanwhile
            return
        self.flush()
        self._load(record_id, defaults or {})

    def _load(self, record_id: str | None, defaults: dict[str, Any]) -> None:
        self._idle.stop()
        self._deadline.stop()
        self._unrecorded.clear()
        if record_id is None or record_id != self.record_id:
            self.history.clear()  # a history belongs to one record
        self._loading = True
        try:
            self.record_id = record_id
            self.defaults = dict(defaults)
            values: dict[str, Any] = dict(self.defaults)
            for spec in self.spec.fields:
                # What the service would fill in, shown rather than an empty "—".
                if spec.type == "date" and not spec.empty_allowed:
                    values.setdefault(spec.name, date.today().isoformat())
            trashed = False
            conflicts: tuple[str, ...] = ()
            self._loaded_stamp = None
            if record_id is not None:
                stored = load_form_record(self.context.db, self.context.scope, record_id)
                values = stored.values
                trashed = stored.trashed
                conflicts = stored.conflicted_fields
                self._loaded_stamp = stored.stamp
            for name, field in self.fields.items():
                field.refresh_choices()
                field.set_value(values.get(name, self._empty(field)))
                field.setEnabled(not trashed)
                self._show_error(name, None)
            self.trash_banner.setVisible(trashed)
            self.tabs.setTabEnabled(1, record_id is not None)
            if self.tabs.currentIndex() == 1:
                if record_id is None:
                    self.tabs.setCurrentIndex(0)
                else:
                    self.history_tab.show_record(record_id)
            self._show_conflicts(conflicts)
            self.attachments.set_owner(record_id)
            self.attachments.setEnabled(not trashed)
            self.update_heading(values)
        finally:
            self._loading = False
        self._dirty.clear()
        self._stale = False
        self._shown = {name: field.value() for name, field in self.fields.items()}

    def leave(self) -> bool:
        """Save before the editor shows something else; True if it may.

        If a value cannot be saved (rejected, or a new record without its required
        text), the user decides: stay and fix it, or discard it.
        """
        if self.flush():
            return True
        if not ask_to_discard(self, self._unsaved_summary()):
            self.focus_first_unsaved()
            return False
        self.discard()
        return True

    def discard(self) -> None:
        """Forget unsaved edits (after the user agreed) and stop pending saves."""
        self._idle.stop()
        self._deadline.stop()
        self._dirty.clear()
        self.save_state_changed.emit("idle", "")

    def detach(self) -> None:
        """The record went away (trashed): stop editing it without writing anything."""
        self.discard()
        self.history.clear()
        self.record_id = None

    def focus_first_unsaved(self) -> None:
        for name, field in self.fields.items():
            if name in self._dirty:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _unsaved_summary(self) -> str:
        if self.record_id is None:
            return self._draft_hint()
        names = [
            QCoreApplication.translate(FIELD_CONTEXT, self.fields[n].spec.label)
            for n in self.fields
            if n in self._dirty
        ]
        return self.tr("These changes could not be saved: %1.").replace("%1", ", ".join(names))

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
        list_types = ("terms", "records", "enum_list", "languages", "points")
        return [] if field.spec.type in list_types else None

    # -- saving -------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        if self._loading:
            return
        if self.fields[name].word_ended():
            self._unrecorded.discard(name)
            self._remember(name)
        else:
            self._unrecorded.add(name)
        self._dirty.add(name)
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()
        self.save_state_changed.emit("pending", "")

    def record_history(self) -> None:
        """Put typing not yet on the history there (before an undo, at a save)."""
        for name in sorted(self._unrecorded):
            self._remember(name)
        self._unrecorded.clear()

    def _remember(self, name: str) -> None:
        """Put the user's edit of a field on this editor's undo history."""
        field = self.fields[name]
        new, old = field.value(), self._shown.get(name)
        if new == old:
            return
        after = field.cursor_position()
        before = after
        if after is not None and isinstance(old, str) and isinstance(new, str):
            before = max(after - max(len(new) - len(old), 0), 0)  # where the typing began
        label = QCoreApplication.translate(FIELD_CONTEXT, field.spec.label)
        typing = field.spec.type in FREE_TEXT_TYPES
        self.history.push(
            FieldEdit(self._apply_from_history, name, label, typing, old, new, before, after)
        )
        self._shown[name] = new

    def _apply_from_history(self, name: str, value: Any, cursor: int | None) -> None:
        """Undo or redo: show `value` in the field and save it at once."""
        field = self.fields[name]
        self._loading = True
        try:
            field.set_value(value)
            field.set_cursor_position(cursor)
        finally:
            self._loading = False
        self._shown[name] = field.value()
        if not field.hasFocus() and self.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # show where the change went
        self._dirty.add(name)
        self.save_now()

    @property
    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty)

    def flush(self) -> bool:
        """Save now if anything is unsaved; False if a value was rejected."""
        if self._dirty:
            self.save_now()
        if not self._dirty and self._stale and not self._has_focus():
            self.reload()
        return not self._dirty

    def save_now(self) -> None:
        self._idle.stop()
        self._deadline.stop()
        self.record_history()
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
        outcome = save_form(self.context.db, self.context.scope, self.kind, None, data)
        self._show_problems(outcome)
        if outcome.failure is not None:
            self._report(outcome.failure)
            return
        if outcome.record_id is None:
            if self._draft_only(outcome):
                self.save_state_changed.emit("draft", self._draft_hint())
            else:
                self._report_rejected()
            return
        self.record_id = outcome.record_id
        self._loaded_stamp = outcome.stamp
        self._dirty &= set(outcome.problems)
        self._after_save(outcome.saved)
        self.attachments.set_owner(outcome.record_id)
        self.record_created.emit(self.kind, outcome.record_id)
        if outcome.problems:
            self._report_rejected()

    def _update(self) -> None:
        assert self.record_id is not None
        patch = {name: self.fields[name].value() for name in self._dirty}
        outcome = save_form(self.context.db, self.context.scope, self.kind, self.record_id, patch)
        self._show_problems(outcome)
        if outcome.failure is not None:
            self._report(outcome.failure)
            return
        if outcome.stamp is not None:
            self._loaded_stamp = outcome.stamp
        self._dirty -= outcome.saved
        if outcome.saved:
            self._after_save(outcome.saved)
            self.record_saved.emit(self.kind, self.record_id)
        if outcome.problems:
            self._report_rejected()

    def _show_problems(self, outcome: SaveOutcome) -> None:
        for name, problem in outcome.problems.items():
            self._show_error(name, self._message(problem))

    def _draft_only(self, outcome: SaveOutcome) -> bool:
        """Not a record yet only because its required text is still empty."""
        required = {f.name for f in self.spec.fields if f.required}
        empty = (
            {name for name in required if self.fields[name].value() in (None, "", [])}
            if required <= set(self.fields)
            else required
        )
        return not (set(outcome.problems) - empty)

    def _after_save(self, saved: set[str]) -> None:
        for name in saved:
            self._show_error(name, None)
        if any(self.fields[n].spec.creates_terms for n in saved if n in self.fields):
            self.terms_added.emit()
        self.update_heading({"updated_by": self.context.scope.actor})
        self.save_state_changed.emit("saved", "")

    def _report_rejected(self) -> None:
        self.save_state_changed.emit("invalid", self.tr("A value was not saved: see the form."))

    def _message(self, error: UserError) -> str:
        """The error in the interface language, naming fields by their labels."""
        labels = {
            name: QCoreApplication.translate(FIELD_CONTEXT, field.spec.label)
            for name, field in self.fields.items()
        }
        return error.translated(labels)

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
        self.save_state_changed.emit("invalid", self._message(error))

    def _on_attachments_changed(self) -> None:
        if self.record_id is not None:
            self.record_saved.emit(self.kind, self.record_id)

    # -- drag and drop anywhere on the editor -------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        self.attachments.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:
        self.attachments.dropEvent(event)
