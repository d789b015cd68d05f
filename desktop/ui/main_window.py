"""The main window: navigation | record list | editor, with menus, toolbar and status bar."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from desktop.errors import UserError
from desktop.models import Term
from desktop.services.listing import RecordFilter
from desktop.services.overview import activity_summaries, kind_counts
from desktop.services.records import delete_record, restore_record
from desktop.services.search import search
from desktop.services.taxonomy import display_name
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.sync.conflicts import open_conflict_count, open_conflicts_of
from desktop.ui import dialogs, views
from desktop.ui.actions import make_action
from desktop.ui.center import CenterPane, EmptyState
from desktop.ui.editors.activity import ActivityEditor
from desktop.ui.editors.adaptation import AdaptationEditor
from desktop.ui.editors.base import RecordEditor
from desktop.ui.editors.contact import ContactEditor
from desktop.ui.editors.context import EditorContext
from desktop.ui.editors.observation import ObservationEditor
from desktop.ui.filter_bar import FilterBar
from desktop.ui.icons import icon
from desktop.ui.messages import show_error
from desktop.ui.navigation import NavigationPane
from desktop.ui.ops import Op, run_op, wait_for_ops
from desktop.ui.settings import AUTO_SYNC, Settings
from desktop.ui.sync_ui import ConflictDialog, SyncController, confirm_sign_out
from desktop.ui.views import ViewSpec

log = logging.getLogger("desktop.ui")
SEARCH_DELAY_MS = 100


class MainWindow(QMainWindow):
    search_finished = Signal(str, int)  # query, hits (for tests and the benchmark)
    reopen_requested = Signal()  # the database was replaced (restore): build a new window

    def __init__(self, db: Database, scope: Scope, settings: Settings, language: str) -> None:
        super().__init__()
        self.db, self.scope, self.settings, self.language = db, scope, settings, language
        self.setWindowTitle(self.tr("Field Dossier"))
        self.setWindowIcon(icon("notebook-pen", "#1565c0"))
        self.setMinimumSize(900, 560)
        self.context = EditorContext(db, scope, language)
        self.context.refresh()
        self._search_op: Op | None = None
        self._search_generation = 0

        self.navigation = NavigationPane()
        self.center = CenterPane(db, scope, language)
        self.filter_bar = FilterBar(self.context)
        self.filter_bar.setVisible(False)
        self.editors: dict[str, RecordEditor] = {
            "observation": ObservationEditor(self.context),
            "activity": ActivityEditor(self.context),
            "adaptation": AdaptationEditor(self.context),
            "contact": ContactEditor(self.context),
        }
        self.no_record = EmptyState()
        self.no_record.show_hint(
            "notebook-pen",
            self.tr("Select a record to see it here,\nor press Ctrl+N to capture an observation."),
        )
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.no_record)
        for editor in self.editors.values():
            self.editor_stack.addWidget(editor)
            editor.record_created.connect(self._on_record_created)
            editor.record_saved.connect(self._on_record_saved)
            editor.save_state_changed.connect(self._on_save_state_changed)
            editor.restore_requested.connect(self.restore_records)
            editor.conflicts_requested.connect(self.resolve_conflicts_of)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(0)
        middle_layout.addWidget(self.filter_bar)
        middle_layout.addWidget(self.center)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([240, 640, 560])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.sync = SyncController(self)
        self._build_sync_menu()

        self.navigation.view_selected.connect(self._on_view_selected)
        self.center.record_chosen.connect(self.open_record)
        self.center.record_opened.connect(self._on_record_opened)
        self.center.conflict_opened.connect(self.resolve_conflict)
        self.center.content_changed.connect(self._update_actions)
        self.filter_bar.changed.connect(self._on_filters_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.refresh_navigation()
        self._restore_state()

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_observation_action = make_action(
            self,
            self.tr("New &observation"),
            lambda: self.new_record("observation"),
            icon_name="notebook-pen",
            shortcut=QKeySequence.StandardKey.New,
        )
        self.new_adaptation_action = make_action(
            self,
            self.tr("New &adaptation note"),
            lambda: self.new_record("adaptation"),
            icon_name="git-compare-arrows",
            shortcut="Ctrl+Shift+N",
        )
        self.new_contact_action = make_action(
            self,
            self.tr("New &contact"),
            lambda: self.new_record("contact"),
            icon_name="user-round",
            shortcut="Ctrl+Shift+K",
        )
        self.new_activity_action = make_action(
            self,
            self.tr("New ac&tivity"),
            lambda: self.new_record("activity"),
            icon_name="calendar-days",
            shortcut="Ctrl+Shift+A",
        )
        self.import_action = make_action(
            self, self.tr("&Import…"), self.import_file, icon_name="file-down", shortcut="Ctrl+I"
        )
        self.export_action = make_action(
            self,
            self.tr("&Export dossier…"),
            self.export_dossier,
            icon_name="file-output",
            shortcut="Ctrl+E",
        )
        self.backup_action = make_action(
            self, self.tr("&Back up…"), self.back_up, icon_name="archive"
        )
        self.restore_backup_action = make_action(
            self, self.tr("&Restore from backup…"), self.restore_backup, icon_name="archive-restore"
        )
        self.quit_action = make_action(
            self, self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit
        )
        self.undo_action = make_action(
            self,
            self.tr("&Undo"),
            lambda: self._edit_focused("undo"),
            icon_name="undo-2",
            shortcut=QKeySequence.StandardKey.Undo,
        )
        self.redo_action = make_action(
            self,
            self.tr("&Redo"),
            lambda: self._edit_focused("redo"),
            icon_name="redo-2",
            shortcut=QKeySequence.StandardKey.Redo,
        )
        self.delete_action = make_action(
            self,
            self.tr("&Move to trash"),
            self.delete_selected,
            icon_name="trash-2",
            shortcut=QKeySequence.StandardKey.Delete,
        )
        # The toolbar has room for one word (German runs long); menu and tooltip say it all.
        self.delete_action.setIconText(self.tr("Delete", "toolbar button: move to the trash"))
        # Delete acts on the list only; in a text field the key deletes characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.center.addAction(self.delete_action)
        self.restore_action = make_action(
            self, self.tr("Restore from &trash"), self.restore_selected, icon_name="archive-restore"
        )
        self.find_action = make_action(
            self,
            self.tr("&Find"),
            self.focus_search,
            icon_name="search",
            shortcut=QKeySequence.StandardKey.Find,
        )
        self.filter_action = make_action(
            self,
            self.tr("&Filters"),
            self.toggle_filters,
            icon_name="filter",
            shortcut="Ctrl+Shift+F",
        )
        self.filter_action.setCheckable(True)
        self.dashboard_action = make_action(
            self,
            self.tr("&Overview"),
            lambda: self.navigation.select_view(views.DASHBOARD),
            icon_name="layout-dashboard",
            shortcut="Ctrl+1",
        )
        self.trash_action = make_action(
            self,
            self.tr("&Trash"),
            lambda: self.navigation.select_view(views.TRASH),
            icon_name="trash-2",
        )
        self.about_action = make_action(
            self, self.tr("&About Field Dossier"), self.show_about, icon_name="info"
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (
            self.new_observation_action,
            self.new_adaptation_action,
            self.new_contact_action,
            self.new_activity_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.restore_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.filter_action)
        view_menu.addAction(self.trash_action)
        self.sync_menu = bar.addMenu(self.tr("&Sync"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_sync_menu(self) -> None:
        self.sign_in_action = make_action(
            self, self.tr("Sign &in…"), self.sync.sign_in, icon_name="log-in"
        )
        self.sync_now_action = make_action(
            self,
            self.tr("Sync &now"),
            lambda: self.sync.sync(),
            icon_name="refresh-cw",
            shortcut="F5",
        )
        self.sign_out_action = make_action(
            self, self.tr("Sign &out"), self._sign_out, icon_name="log-out"
        )
        self.auto_sync_action = make_action(
            self, self.tr("Sync &automatically"), self._toggle_auto_sync
        )
        self.auto_sync_action.setCheckable(True)
        self.auto_sync_action.setChecked(self.settings.get(AUTO_SYNC))
        self.auto_sync_action.setEnabled(not self.settings.is_locked(AUTO_SYNC))
        for action in (self.sign_in_action, self.sync_now_action, self.sign_out_action):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.auto_sync_action)
        self.toolbar.addAction(self.sync_now_action)
        self.sync.signed_in_changed.connect(self._update_sync_actions)
        self._update_sync_actions()

    def _update_sync_actions(self) -> None:
        signed_in = self.sync.account is not None
        self.sign_in_action.setVisible(not signed_in)
        self.sync_now_action.setEnabled(signed_in)
        self.sign_out_action.setVisible(signed_in)

    def _sign_out(self) -> None:
        if confirm_sign_out(self):
            self.sync.sign_out()

    def _toggle_auto_sync(self) -> None:
        self.settings.set(AUTO_SYNC, self.auto_sync_action.isChecked())
        self.sync.refresh_account()

    def refresh_after_sync(self) -> None:
        """Show what a sync brought in, without disturbing an edit in progress."""
        self.context.refresh()
        self.filter_bar.refresh_choices()
        self.refresh_navigation()
        self.center.reload()
        for editor in self.editors.values():  # hidden ones too: they may be shown again
            editor.reload()

    def resolve_conflict(self, conflict_id: str) -> None:
        self.flush_editors()
        dialog = ConflictDialog(self.db, self.scope.actor, conflict_id, self)
        if dialog.exec() == ConflictDialog.DialogCode.Accepted:
            self.statusBar().showMessage(
                self.tr("Resolved. The choice reaches the others with the next sync."), 8000
            )
            self.refresh_after_sync()

    def resolve_conflicts_of(self, record_id: str) -> None:
        with self.db.read() as session:
            ids = open_conflicts_of(session, record_id)
        if ids:
            self.resolve_conflict(ids[0])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.new_observation_action,
            self.new_adaptation_action,
            self.new_contact_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        toolbar.addAction(self.filter_action)
        toolbar.addAction(self.export_action)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy()
        )
        toolbar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(
            self.tr("Search all records (%1)").replace(
                "%1",
                QKeySequence(QKeySequence.StandardKey.Find).toString(
                    QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(220)
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.textChanged.connect(self._on_search_text_changed)
        self.search_field.returnPressed.connect(self._on_search_return)
        self.search_field.installEventFilter(self)
        toolbar.addWidget(self.search_field)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.sync_label = QLabel()
        self.save_label = QLabel()
        status.addWidget(self.counts_label, 1)
        status.addPermanentWidget(self.sync_label)
        status.addPermanentWidget(self.save_label)

    # -- views --------------------------------------------------------------------------

    def refresh_navigation(self) -> None:
        with self.db.read() as session:
            counts = kind_counts(session, self.scope.workspace_id)
            trash = sum(
                kind_counts(session, self.scope.workspace_id, RecordFilter(trash=True)).values()
            )
            activities = activity_summaries(session, self.scope.workspace_id)
            types = {
                t.id: display_name(t, self.language)
                for t in session.scalars(
                    select(Term).where(Term.workspace_id == self.scope.workspace_id)
                )
            }
            conflicts = open_conflict_count(session, self.scope.workspace_id)
        self.navigation.populate(counts, activities, types, conflicts, trash)
        self.counts_label.setText(
            self.tr("%1 observations · %2 adaptation notes · %3 contacts · %4 activities")
            .replace("%1", str(counts["observation"]))
            .replace("%2", str(counts["adaptation"]))
            .replace("%3", str(counts["contact"]))
            .replace("%4", str(counts["activity"]))
        )

    def _on_view_selected(self, view: ViewSpec) -> None:
        if self.search_field.text():
            self.search_field.blockSignals(True)
            self.search_field.clear()
            self.search_field.blockSignals(False)
        self.center.show_view(view, self.filter_bar.record_filter())
        if view.key == "dashboard":
            self._show_no_record()
        log.info("view shown: %s (%d rows)", view.key, self.center.table_model.rowCount())
        if view.key == "activity" and view.activity_id:
            self.open_record("activity", view.activity_id)
        self.settings.state.setValue("view/last", f"{view.key}|{view.activity_id or ''}")

    def _show_no_record(self) -> None:
        current = self.current_editor()
        if current is not None and not current.leave():
            return
        self.editor_stack.setCurrentWidget(self.no_record)

    def current_activity_id(self) -> str | None:
        view = self.navigation.current_view()
        if view is not None and view.activity_id:
            return view.activity_id
        editor = self.editor_stack.currentWidget()
        if isinstance(editor, ObservationEditor):
            value = editor.fields["activity_id"].value()
            return str(value) if value else None
        return None

    # -- records ------------------------------------------------------------------------

    def current_editor(self) -> RecordEditor | None:
        widget = self.editor_stack.currentWidget()
        return widget if isinstance(widget, RecordEditor) else None

    def open_record(self, kind: str, record_id: str) -> None:
        editor = self.editors.get(kind)
        if editor is None:
            return
        current = self.current_editor()
        switching = current is not None and (
            current is not editor or current.record_id != record_id
        )
        if current is not None and switching and not current.leave():
            if current.record_id is not None:  # the user stays: show the record they stay on
                self.center.blockSignals(True)
                self.center.select_record(current.record_id)
                self.center.blockSignals(False)
            return
        try:
            editor.load(record_id)
        except UserError as error:
            show_error(self, error)
            return
        self.editor_stack.setCurrentWidget(editor)
        self._update_actions()

    def _on_record_opened(self, kind: str, record_id: str) -> None:
        self.open_record(kind, record_id)
        editor = self.editors.get(kind)
        if editor is not None:
            editor.focus_primary()

    def new_record(self, kind: str) -> None:
        """Quick capture: an empty editor with the cursor in its main field."""
        current = self.current_editor()
        if current is not None and not current.leave():
            return
        defaults: dict[str, Any] = {}
        activity_id = self.current_activity_id()
        if kind in ("observation", "adaptation") and activity_id:
            defaults["activity_id"] = activity_id
        if kind == "adaptation":
            defaults.update({"element_kind": "module", "status": "idea"})
        editor = self.editors[kind]
        editor.load(None, defaults)
        self.editor_stack.setCurrentWidget(editor)
        editor.focus_primary()
        self._update_actions()

    def _on_record_created(self, kind: str, record_id: str) -> None:
        self.context.refresh()
        self.refresh_navigation()
        self.center.reload()
        self.center.select_record(record_id)

    def _on_record_saved(self, kind: str, record_id: str) -> None:
        self.center.refresh_record(record_id)
        if kind == "activity":
            self.context.refresh()
            self.refresh_navigation()

    def _on_save_state_changed(self, state: str, message: str) -> None:
        texts = {
            "pending": self.tr("Editing…"),
            "saving": self.tr("Saving…"),
            "saved": self.tr("All changes saved"),
            "draft": message,
            "invalid": message,
        }
        self.save_label.setText(texts.get(state, ""))
        colour = "#c62828" if state == "invalid" else ""
        self.save_label.setStyleSheet(f"color: {colour};" if colour else "")

    def delete_selected(self) -> None:
        editor = self.current_editor()
        chosen = self.center.selected_records()
        if not chosen:
            if editor is None or editor.record_id is None:
                return
            chosen = [(editor.kind, editor.record_id)]
        if editor is not None:
            # Pending edits go into the record before it goes to the trash (and a value
            # that cannot be saved is dropped with it: the record is being discarded).
            editor.flush()
            if editor.record_id in {record_id for _kind, record_id in chosen}:
                editor.detach()
        try:
            with self.db.write(self.scope.actor) as session:
                for _kind, record_id in chosen:
                    delete_record(session, self.scope, record_id)
        except UserError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(
            self.tr("Moved %n record(s) to the trash.", "", len(chosen)), 5000
        )
        self._after_trash_change([record_id for _kind, record_id in chosen])

    def restore_selected(self) -> None:
        self.restore_records(*[record_id for _kind, record_id in self.center.selected_records()])

    def restore_records(self, *record_ids: str) -> None:
        ids = [r for r in record_ids if r]
        if not ids:
            return
        try:
            with self.db.write(self.scope.actor) as session:
                for record_id in ids:
                    restore_record(session, self.scope, record_id)
        except UserError as error:
            show_error(self, error)
            return
        self.statusBar().showMessage(self.tr("Restored %n record(s).", "", len(ids)), 5000)
        self._after_trash_change(ids)

    def _after_trash_change(self, record_ids: list[str]) -> None:
        editor = self.current_editor()
        if editor is not None and (editor.record_id is None or editor.record_id in record_ids):
            kind = editor.kind
            editor.detach()
            self.editor_stack.setCurrentWidget(self.no_record)
            if self.navigation.current_view() == views.TRASH:
                self.open_record(kind, record_ids[0])
        self.context.refresh()
        self.refresh_navigation()
        self.center.reload()

    def _update_actions(self) -> None:
        in_trash = self.navigation.current_view() == views.TRASH
        self.restore_action.setEnabled(in_trash)
        self.delete_action.setEnabled(not in_trash)

    def _edit_focused(self, operation: str) -> None:
        widget = QApplication.focusWidget()
        method = getattr(widget, operation, None)
        if callable(method):
            method()

    # -- search and filters -------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def toggle_filters(self) -> None:
        visible = not self.filter_bar.isVisible()
        self.filter_bar.setVisible(visible)
        self.filter_action.setChecked(visible)
        if visible:
            self.filter_bar.refresh_choices()

    def _on_filters_changed(self) -> None:
        if self.search_field.text().strip():
            self._run_search()
        else:
            self.center.show_view(self.center.view, self.filter_bar.record_filter())

    def _on_search_text_changed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._search_generation += 1
            self.center.leave_search()

    def _run_search(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            return
        self._search_generation += 1
        generation = self._search_generation
        db, workspace_id = self.db, self.scope.workspace_id
        kinds, record_filter = self.filter_bar.kinds(), self.filter_bar.record_filter()

        def work(_progress: Any, _cancelled: Any) -> Any:
            with db.read() as session:
                return search(
                    session, workspace_id, query, kinds=kinds, record_filter=record_filter
                )

        def done(hits: Any) -> None:
            if generation != self._search_generation:
                return  # a newer keystroke asked again; these hits are stale
            self.center.show_search(query, hits)
            log.info("search shown: %r (%d hits)", query, len(hits))
            self.search_finished.emit(query, len(hits))

        self._search_op = run_op(work, on_success=done, on_failure=lambda e: show_error(self, e))

    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self._run_search_now_then_open()

    def _run_search_now_then_open(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            return
        with self.db.read() as session:
            hits = search(
                session,
                self.scope.workspace_id,
                query,
                kinds=self.filter_bar.kinds(),
                record_filter=self.filter_bar.record_filter(),
            )
        self._search_generation += 1
        self.center.show_search(query, hits)
        self.search_finished.emit(query, len(hits))
        if hits:
            self.center.focus_list()
            self._on_record_opened(hits[0].kind, hits[0].record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search field moves into the results.
        if (
            watched is self.search_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self.center.focus_list()
            return True
        return super().eventFilter(watched, event)

    # -- autosave safety ----------------------------------------------------------------

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        editor = self.current_editor()
        if editor is None or old is None:
            return
        if editor.isAncestorOf(old) and (new is None or not editor.isAncestorOf(new)):
            editor.flush()

    def flush_editors(self) -> None:
        for editor in self.editors.values():
            editor.flush()

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in self.editors.values():
            if not editor.leave():
                self.editor_stack.setCurrentWidget(editor)
                event.ignore()  # the user stays to fix a value that cannot be saved
                return
        self._save_state()
        self.sync.cancel()  # a sync stops between steps; the next one continues
        wait_for_ops(10_000)
        event.accept()

    # -- window state -------------------------------------------------------------------

    def _save_state(self) -> None:
        state = self.settings.state
        state.setValue("window/geometry", self.saveGeometry())
        state.setValue("window/state", self.saveState())
        state.setValue("window/splitter", self.splitter.saveState())
        state.sync()

    def _restore_state(self) -> None:
        state = self.settings.state
        geometry = state.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        window_state = state.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        splitter = state.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = str(state.value("view/last", "") or "")
        key, _, activity_id = last.partition("|")
        view = (
            views.activity_view(activity_id)
            if key == "activity" and activity_id
            else next(
                (
                    v
                    for v in (
                        views.OBSERVATIONS,
                        views.ADAPTATIONS,
                        views.CONTACTS,
                        views.ACTIVITIES,
                        views.RECENT,
                        views.TRASH,
                        views.CONFLICTS,
                        views.DASHBOARD,
                    )
                    if v.key == key
                ),
                views.OBSERVATIONS,
            )
        )
        self.navigation.select_view(view)
        self._on_view_selected(self.navigation.current_view() or views.OBSERVATIONS)

    # -- dialogs ------------------------------------------------------------------------

    def import_file(self) -> None:
        dialogs.run_import(self)

    def export_dossier(self) -> None:
        from desktop.ui.export_dialog import ExportDialog  # reportlab and python-docx load here

        self.flush_editors()
        dialog = ExportDialog(
            self.db,
            self.scope,
            self.language,
            self.current_activity_id(),
            self.filter_bar.record_filter(),
            self.context.activities,
            self,
        )
        dialog.exec()

    def back_up(self) -> None:
        dialogs.run_backup(self)

    def restore_backup(self) -> None:
        dialogs.run_restore(self)

    def show_about(self) -> None:
        dialogs.show_about(self)

    def reload_everything(self) -> None:
        """After an import: every list and every editor shows what is stored now."""
        self.refresh_after_sync()
