"""The main window: navigation | record list | editor, with menus, toolbar and status bar."""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
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

from desktop.domain import FIELD_CONTEXT
from desktop.errors import UserError
from desktop.services.overview import navigation_figures
from desktop.services.search import run_search
from desktop.services.workspace import (
    DOSSIER_LANGUAGE,
    Scope,
    load_workspace_settings,
    user_name,
)
from desktop.store import Database
from desktop.ui import dialogs, views
from desktop.ui.actions import make_action
from desktop.ui.bulk_panel import BulkPanel
from desktop.ui.bundle_dialogs import BundleActions
from desktop.ui.center import CenterPane, EmptyState
from desktop.ui.changes import CONFLICTS, TERMS, ChangeBus, touches
from desktop.ui.editors.context import EditorContext
from desktop.ui.filter_bar import FilterBar, FilterChips
from desktop.ui.help import HelpMenu
from desktop.ui.icons import icon
from desktop.ui.kinds import UI_CONTEXT, UI_KINDS, default_view, ui_kind
from desktop.ui.list_menu import ListMenuActions, record_menu
from desktop.ui.locked import lock_action
from desktop.ui.messages import show_error
from desktop.ui.navigation import NavigationPane
from desktop.ui.ops import Op, run_op, wait_for_ops
from desktop.ui.record_actions import RecordActions
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.settings import AUTO_SYNC, Settings
from desktop.ui.sync_ui import SyncController, confirm_sign_out
from desktop.ui.undo import UndoRouter
from desktop.ui.views import ViewSpec

if TYPE_CHECKING:  # the editors' modules load with the first record shown
    from desktop.ui.editors.base import RecordEditor

log = logging.getLogger("desktop.ui")
SEARCH_DELAY_MS = 100


def default_pane_sizes(width: int) -> list[int]:
    """Navigation | list | editor for a window `width` wide: the list and the editor
    share what the navigation leaves, the editor a little more (it holds the text)."""
    navigation = max(130, min(260, width * 18 // 100))
    rest = max(width - navigation, 400)
    return [navigation, rest * 45 // 100, rest - rest * 45 // 100]


def sensible_pane_sizes(sizes: list[int], width: int) -> bool:
    """Whether remembered pane sizes still suit this window (no pane squeezed to a strip)."""
    if len(sizes) != 3:
        return False
    navigation, listing, editor = sizes
    return navigation >= 120 and listing >= width * 25 // 100 and editor >= width * 30 // 100


class MainWindow(QMainWindow):
    search_finished = Signal(str, int)  # query, hits (for tests and the benchmark)
    reopen_requested = Signal()  # the database was replaced (restore): build a new window
    language_requested = Signal(str)  # Settings chose another language: rebuild in it

    def __init__(self, db: Database, scope: Scope, settings: Settings, language: str) -> None:
        super().__init__()
        self.db, self.scope, self.settings, self.language = db, scope, settings, language
        self.setWindowTitle(self.tr("Field Dossier"))
        self.setWindowIcon(icon("notebook-pen", "#1565c0"))
        # Small enough for 1280×720 at 200 % (640×360 logical); panes scroll below that.
        self.setMinimumSize(480, 300)
        self.context = EditorContext(db, scope, language)
        self.context.refresh()
        self.changes = ChangeBus(self)
        self._search_op: Op | None = None
        self._search_generation = 0

        self.navigation = NavigationPane()
        self.center = CenterPane(db, scope, language)
        self.filter_bar = FilterBar(self.context)
        self.filter_bar.setVisible(False)
        self.filter_chips = FilterChips(self.filter_bar)
        # Built the first time a record of their kind is shown (`editor`): four editors
        # with all their fields took a tenth of a second of every start.
        self.editors: dict[str, RecordEditor] = {}
        self.no_record = EmptyState()
        self.no_record.show_hint(
            "notebook-pen",
            self.tr("Select a record to see it here,\nor press Ctrl+N to capture an observation."),
        )
        self.bulk_panel = BulkPanel(self.context)
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.no_record)
        self.editor_stack.addWidget(self.bulk_panel)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(default_pane_sizes(1400))
        # The filters span the window, above the panes: they wrap onto a second line
        # instead of squeezing the list or the editor.
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.filter_bar)
        central_layout.addWidget(self.filter_chips)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self._build_actions()
        self._build_record_actions()
        self._build_bundle_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.sync = SyncController(
            db, settings, scope, self.changes, self.statusBar(), self.flush_editors, self
        )
        self.sync.workspace_replaced.connect(self.reopen_requested)
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_sync_menu()

        self.navigation.view_selected.connect(self._on_view_selected)
        self.center.record_chosen.connect(self.open_record)
        self.center.record_opened.connect(self._on_record_opened)
        self.center.conflict_opened.connect(self.resolve_conflict)
        self.center.content_changed.connect(self._update_actions)
        self.center.content_changed.connect(self._show_filter_chips)
        self.center.selection_changed.connect(self._on_selection_changed)
        self.center.menu_requested.connect(self._show_list_menu)
        self.navigation.activity_menu_requested.connect(self._show_activity_menu)
        self.filter_bar.changed.connect(self._on_filters_changed)
        self.changes.records_changed.connect(self._on_records_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

        self.refresh_navigation()
        self._restore_state()

    # -- building -----------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_actions = {
            kind: make_action(
                self,
                QCoreApplication.translate(UI_CONTEXT, look.new_action),
                partial(self.new_record, kind),
                icon_name=look.icon,
                shortcut=look.shortcut,
            )
            for kind, look in UI_KINDS.items()
        }
        self.import_action = make_action(
            self, self.tr("&Import…"), self.import_file, icon_name="file-down", shortcut="Ctrl+I"
        )
        self.import_contacts_action = make_action(
            self, self.tr("Import &contacts…"), self.import_contacts, icon_name="users"
        )
        self.export_contacts_action = make_action(
            self, self.tr("Export c&ontacts…"), self.export_contacts, icon_name="users"
        )
        self.export_action = make_action(
            self,
            self.tr("&Export dossier…"),
            self.export_dossier,
            icon_name="file-output",
            shortcut="Ctrl+E",
        )
        self.publication_action = make_action(
            self, self.tr("&Publication settings…"), self.edit_publication
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
            lambda: self.undo_router.undo(),
            icon_name="undo-2",
            shortcut=QKeySequence.StandardKey.Undo,
        )
        self.redo_action = make_action(
            self,
            self.tr("&Redo"),
            lambda: self.undo_router.redo(),
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
        self.restore_action.setIconText(self.tr("Restore", "toolbar button: out of the trash"))
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
        self.settings_action = make_action(
            self,
            self.tr("Se&ttings…"),
            self.show_settings,
            icon_name="settings",
            shortcut=QKeySequence.StandardKey.Preferences,
        )
        # macOS moves it into the application menu as "Preferences…".
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = make_action(
            self, self.tr("&About Field Dossier"), self.show_about, icon_name="info"
        )

    def _build_record_actions(self) -> None:
        """Undo histories, and what is done to whole records (trash, bulk, copies)."""
        # Every binding of the platform (Ctrl+Y and Ctrl+Shift+Z both redo).
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.undo_router = UndoRouter(
            self.undo_action, self.redo_action, self._editor_history, self._record_typing, self
        )
        self.editor_stack.currentChanged.connect(lambda _index: self.undo_router.refresh())
        self.record_actions = RecordActions(
            self.db, self.scope, self.changes, self.undo_router, self.notify, self
        )
        self.record_actions.moved.connect(self._after_trash_change)
        self.record_actions.duplicated.connect(self._on_duplicated)
        self.bulk_panel.add_requested.connect(
            lambda name, value, what: self.record_actions.add(
                self.bulk_panel.ids(), name, value, what
            )
        )
        self.bulk_panel.trash_requested.connect(self.delete_selected)
        self.bulk_panel.restore_requested.connect(self.restore_selected)

    def _record_typing(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.record_history()

    def _editor_history(self) -> Any:
        editor = self.current_editor()
        return editor.history if editor is not None else None

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in self.new_actions.values():
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.import_contacts_action)
        file_menu.addAction(self.export_contacts_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.publication_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_backup_action)
        bundle_menu = file_menu.addMenu(icon("file-up"), self.tr("Sync &bundle"))
        bundle_menu.addAction(self.bundle_create_action)
        bundle_menu.addAction(self.bundle_import_action)
        bundle_menu.addSeparator()
        bundle_menu.addAction(self.bundle_forward_action)
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
        edit_menu.addSeparator()
        edit_menu.addAction(self.settings_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.filter_action)
        view_menu.addAction(self.trash_action)
        self.sync_menu = bar.addMenu(self.tr("&Sync"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.help = HelpMenu(self, help_menu, self.language)

    def _build_bundle_actions(self) -> None:
        self.bundles = BundleActions(self.db, self.changes, self)
        self.bundle_create_action = make_action(
            self, self.tr("&Create…"), self.bundles.create, icon_name="file-up"
        )
        self.bundle_import_action = make_action(
            self, self.tr("&Import answer…"), self.bundles.import_answer, icon_name="file-down"
        )
        self.bundle_forward_action = make_action(
            self,
            self.tr("&Forward a bundle to the server…"),
            self.bundles.forward,
            icon_name="refresh-cw",
        )

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
        lock_action(self.auto_sync_action, self.settings.is_locked(AUTO_SYNC))
        self.sync_log_action = make_action(
            self, self.tr("Sync &log…"), self.sync.show_log, icon_name="list"
        )
        for action in (self.sign_in_action, self.sync_now_action, self.sign_out_action):
            self.sync_menu.addAction(action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.auto_sync_action)
        self.sync_menu.addAction(self.sync_log_action)
        self.toolbar.addAction(self.sync_now_action)
        self.sync.signed_in_changed.connect(self._update_sync_actions)
        self._update_sync_actions()

    def _update_sync_actions(self) -> None:
        signed_in = self.sync.account is not None
        # Signed in, but the sign-in is gone (no keyring after a restart): offer it again.
        self.sign_in_action.setVisible(not signed_in or not self.sync.can_sync)
        self.sync_now_action.setEnabled(signed_in)
        self.sign_out_action.setVisible(signed_in)

    def _sign_out(self) -> None:
        if confirm_sign_out(self):
            self.sync.sign_out()

    def _toggle_auto_sync(self) -> None:
        self.settings.set(AUTO_SYNC, self.auto_sync_action.isChecked())
        self.sync.refresh_account()

    def _on_records_changed(self, kinds: frozenset[str], ids: frozenset[str]) -> None:
        """Show what was written - here, by an import or by a sync - without disturbing
        an edit in progress (editors reload only what changed under them)."""
        if touches(kinds, TERMS, "activity"):
            self.context.refresh()
            self.filter_bar.refresh_choices()
        self.refresh_navigation()
        self.center.on_records_changed(kinds, ids)
        for editor in self.editors.values():  # hidden ones too: they may be shown again
            editor.reload()

    def resolve_conflict(self, conflict_id: str) -> None:
        """From "Open conflicts": the dialog of the conflict's record (all its fields)."""
        # The conflict dialog and the sync stack load with the first conflict opened.
        from desktop.sync.conflicts import load_conflict

        try:
            record_id = load_conflict(self.db, conflict_id).record_id
        except UserError as error:
            show_error(self, error)
            return
        self.resolve_conflicts_of(record_id)

    def resolve_conflicts_of(self, record_id: str) -> None:
        from desktop.ui.conflict_dialog import ConflictDialog  # loads the sync stack

        self.flush_editors()
        dialog = ConflictDialog(self.db, self.scope.actor, record_id, self)
        if not dialog.views:
            return
        if dialog.exec() == ConflictDialog.DialogCode.Accepted:
            self.statusBar().showMessage(
                self.tr("Resolved. The choice reaches the others with the next sync."), 8000
            )
            self.changes.announce([CONFLICTS, dialog.kind], [record_id])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for kind, look in UI_KINDS.items():
            if look.on_toolbar:
                toolbar.addAction(self.new_actions[kind])
        toolbar.addSeparator()
        toolbar.addAction(self.delete_action)
        toolbar.addAction(self.restore_action)
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
        self.search_field.setMinimumWidth(180)
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.textChanged.connect(self._on_search_text_changed)
        self.search_field.returnPressed.connect(self._on_search_return)
        self.search_field.installEventFilter(self)
        toolbar.addWidget(self.search_field)
        self.toolbar = toolbar
        self._toolbar_text_width = 0  # the toolbar's width with words beside its icons
        self._fitted_to_frame = False
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.counts_label = QLabel()
        self.counts_label.setObjectName("record_counts")
        self.save_label = QLabel()
        status.addWidget(self.counts_label, 1)

    # -- views --------------------------------------------------------------------------

    def refresh_navigation(self) -> None:
        # The counts say what the lists show: with the filters, if any are on.
        figures = navigation_figures(
            self.db, self.scope.workspace_id, self.filter_bar.record_filter(), self.language
        )
        self.navigation.populate(
            figures.counts,
            figures.activities,
            figures.activity_types,
            figures.open_conflicts,
            figures.trash,
        )
        self.counts_label.setText(
            " · ".join(
                self.tr("%1: %2", "a kind of record and how many there are")
                .replace("%1", QCoreApplication.translate(FIELD_CONTEXT, look.spec.plural_label))
                .replace("%2", str(figures.counts.get(kind, 0)))
                for kind, look in UI_KINDS.items()
            )
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
        editor = self.current_editor()
        field = editor.fields.get("activity_id") if editor is not None else None
        value = field.value() if field is not None else None
        return str(value) if value else None

    # -- records ------------------------------------------------------------------------

    def current_editor(self) -> RecordEditor | None:
        widget = self.editor_stack.currentWidget()
        return next((e for e in self.editors.values() if e is widget), None)

    def editor(self, kind: str) -> RecordEditor | None:
        """The editor of `kind` (None for a kind without one), built on first use."""
        editor = self.editors.get(kind)
        look = UI_KINDS.get(kind)
        if editor is not None or look is None:
            return editor
        editor = look.editor_class()(self.context)
        self.editors[kind] = editor
        self.editor_stack.addWidget(editor)
        editor.record_created.connect(self._on_record_created)
        editor.record_saved.connect(self._on_record_saved)
        editor.terms_added.connect(lambda: self.changes.announce([TERMS]))
        editor.save_state_changed.connect(self._on_save_state_changed)
        editor.restore_requested.connect(self.restore_records)
        editor.conflicts_requested.connect(self.resolve_conflicts_of)
        self.undo_router.watch(editor.history)
        return editor

    def open_record(self, kind: str, record_id: str) -> None:
        editor = self.editor(kind)
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
        editor = self.editor(kind)
        if editor is not None:
            editor.focus_primary()

    def new_record(self, kind: str) -> None:
        """Quick capture: an empty editor with the cursor in its main field."""
        current = self.current_editor()
        if current is not None and not current.leave():
            return
        spec = ui_kind(kind).spec
        defaults: dict[str, Any] = {
            f.name: f.suggested for f in spec.fields if f.suggested is not None
        }
        activity_id = self.current_activity_id()
        if activity_id and "activity_id" in spec.names:
            defaults["activity_id"] = activity_id
        editor = self.editor(kind)
        assert editor is not None  # every kind of UI_KINDS has one
        editor.load(None, defaults)
        self.editor_stack.setCurrentWidget(editor)
        editor.focus_primary()
        self._update_actions()

    def _on_record_created(self, kind: str, record_id: str) -> None:
        self.changes.announce([kind], [record_id])
        self.center.select_record(record_id)

    def _on_record_saved(self, kind: str, record_id: str) -> None:
        self.changes.announce([kind], [record_id])

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
        self.record_actions.trash([record_id for _kind, record_id in chosen])

    def restore_selected(self) -> None:
        self.restore_records(*[record_id for _kind, record_id in self.center.selected_records()])

    def restore_records(self, *record_ids: str) -> None:
        self.record_actions.restore([r for r in record_ids if r])

    def _after_trash_change(self, kinds: list[str], record_ids: list[str]) -> None:
        if self.editor_stack.currentWidget() is self.bulk_panel:
            self.editor_stack.setCurrentWidget(self.no_record)
        editor = self.current_editor()
        if editor is not None and (editor.record_id is None or editor.record_id in record_ids):
            kind = editor.kind
            editor.detach()
            self.editor_stack.setCurrentWidget(self.no_record)
            if self.navigation.current_view() == views.TRASH:
                self.open_record(kind, record_ids[0])
        # The list loses or regains rows, and an activity's observations may follow it.
        self.changes.announce(kinds, [])

    def _update_actions(self) -> None:
        in_trash = self.navigation.current_view() == views.TRASH
        self.restore_action.setEnabled(in_trash)
        self.restore_action.setVisible(in_trash)  # in the toolbar where Delete was
        self.delete_action.setEnabled(not in_trash)
        self.delete_action.setVisible(not in_trash)

    # -- several records ----------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        chosen = self.center.selected_records()
        in_trash = self.navigation.current_view() == views.TRASH
        if len(chosen) > 1:
            current = self.current_editor()
            if current is not None and not current.leave():
                return
            self.bulk_panel.show_records(chosen, in_trash)
            self.editor_stack.setCurrentWidget(self.bulk_panel)
        elif self.editor_stack.currentWidget() is self.bulk_panel:
            if chosen:
                self.open_record(*chosen[0])
            else:
                self.editor_stack.setCurrentWidget(self.no_record)

    def _show_list_menu(self, point: QPoint) -> None:
        chosen = self.center.selected_records()
        if not chosen:
            return
        view = self.navigation.current_view()
        kind, record_id = chosen[0]
        activity_id = record_id if kind == "activity" and len(chosen) == 1 else None
        if activity_id is None and view is not None and view.activity_id:
            activity_id = view.activity_id
        self.list_menu = record_menu(
            self,
            chosen,
            view == views.TRASH,
            activity_id,
            ListMenuActions(
                open=self._on_record_opened,
                duplicate=self._duplicate,
                trash=lambda _ids: self.delete_selected(),
                restore=self.restore_records_list,
                visit_report=self.export_visit_report,
            ),
        )
        self.list_menu.popup(point)

    def _show_activity_menu(self, activity_id: str, point: QPoint) -> None:
        """The activities in the navigation are a list too: the same menu for one."""
        self.list_menu = record_menu(
            self,
            [("activity", activity_id)],
            False,
            activity_id,
            ListMenuActions(
                open=self._on_record_opened,
                duplicate=self._duplicate,
                trash=lambda ids: self._trash_ids(ids),
                restore=self.restore_records_list,
                visit_report=self.export_visit_report,
            ),
        )
        self.list_menu.popup(point)

    def _trash_ids(self, ids: list[str]) -> None:
        self.flush_editors()
        editor = self.current_editor()
        if editor is not None and editor.record_id in ids:
            editor.detach()
        self.record_actions.trash(ids)

    def _duplicate(self, ids: list[str]) -> None:
        self.flush_editors()
        self.record_actions.duplicate(ids)

    def _on_duplicated(self, kind: str, record_id: str) -> None:
        self.open_record(kind, record_id)
        self.center.select_record(record_id)

    def restore_records_list(self, ids: list[str]) -> None:
        self.restore_records(*ids)

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
        elif self.filter_bar.is_active():
            # A hidden bar would leave a filter on with nothing on screen to undo it.
            self.filter_bar.clear()
            self.notify(self.tr("Filters cleared: every record is listed again."))

    def _on_filters_changed(self) -> None:
        if self.search_field.text().strip():
            self._run_search()
        else:
            self.center.show_view(self.center.view, self.filter_bar.record_filter())
        self.refresh_navigation()

    def _show_filter_chips(self) -> None:
        self.filter_chips.refresh(self.center.shown_rows())

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
            return run_search(db, workspace_id, query, kinds=kinds, record_filter=record_filter)

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
        hits = run_search(
            self.db,
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
        self.save_state()
        self.sync.cancel()  # a sync stops between steps; the next one continues
        wait_for_ops(10_000)
        event.accept()

    # -- window state -------------------------------------------------------------------

    def save_state(self) -> None:
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
            # Saved on a bigger screen (or at a smaller scaling): never larger than this one.
            fit_to_screen(self)
        else:
            fit_to_screen(self, QSize(1400, 860))
        window_state = state.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        splitter = state.value("window/splitter")
        if (
            not isinstance(splitter, QByteArray)
            or not self.splitter.restoreState(splitter)
            or not sensible_pane_sizes(self.splitter.sizes(), self.width())
        ):
            self.splitter.setSizes(default_pane_sizes(self.width()))
        last = str(state.value("view/last", "") or "")
        key, _, activity_id = last.partition("|")
        known = [look.view for look in UI_KINDS.values()] + list(views.SMART_VIEWS)
        view = (
            views.activity_view(activity_id)
            if key == "activity" and activity_id
            else next((v for v in known if v.key == key), default_view())
        )
        self.navigation.select_view(view)
        self._on_view_selected(self.navigation.current_view() or default_view())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted_to_frame:
            # Only a shown window knows its frame (title bar, borders): fit once more.
            self._fitted_to_frame = True
            QTimer.singleShot(0, lambda: fit_to_screen(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Words beside the toolbar's icons while they fit, icons alone when not: the
        search field must never fall into the toolbar's overflow menu."""
        toolbar = self.toolbar
        if not self._toolbar_text_width:
            style = toolbar.toolButtonStyle()
            toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self._toolbar_text_width = toolbar.sizeHint().width()
            toolbar.setToolButtonStyle(style)
        fits = self._toolbar_text_width <= self.width()
        wanted = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if fits
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if toolbar.toolButtonStyle() != wanted:
            toolbar.setToolButtonStyle(wanted)
        # The status bar's counts repeat the navigation's: they give way on a narrow window
        # rather than being cut off in the middle of a word.
        others = self.sync.label.sizeHint().width() + self.save_label.sizeHint().width()
        self.counts_label.setVisible(
            self.counts_label.sizeHint().width() + others + 48 <= self.width()
        )

    # -- dialogs ------------------------------------------------------------------------

    def import_file(self) -> None:
        self.flush_editors()
        dialogs.run_import(self, self.db, self.scope, self.changes, self.notify)

    def import_contacts(self) -> None:
        from desktop.ui.contact_exchange import run_contact_import

        self.flush_editors()
        run_contact_import(self, self.db, self.scope, self.changes, self.notify)

    def export_contacts(self) -> None:
        from desktop.ui.contact_exchange import run_contact_export

        self.flush_editors()
        selected = [rid for kind, rid in self.center.selected_records() if kind == "contact"]
        run_contact_export(self, self.db, self.scope, selected, self.notify)

    def export_dossier(self) -> None:
        from desktop.ui.export_dialog import ExportDialog  # reportlab and python-docx load here

        self.flush_editors()
        # Settings → Dossiers may name the language dossiers are written in.
        workspace = load_workspace_settings(self.db, self.scope)
        dialog = ExportDialog(
            self.db,
            self.scope,
            str(workspace.get(DOSSIER_LANGUAGE) or self.language),
            self.current_activity_id(),
            self.filter_bar.record_filter(),
            self.context.choices,
            self,
        )
        dialog.exec()

    def export_visit_report(self, activity_id: str) -> None:
        from desktop.ui.export_dialog import ExportDialog

        self.flush_editors()
        dialog = ExportDialog(
            self.db,
            self.scope,
            self.language,
            activity_id,
            self.filter_bar.record_filter(),
            self.context.choices,
            self,
        )
        if "visit" in dialog.templates:
            dialog.templates["visit"].setChecked(True)
        self.export_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def edit_publication(self) -> None:
        from desktop.ui.publication_dialog import PublicationDialog

        PublicationDialog(self.db, self.scope, self).exec()

    def back_up(self) -> None:
        self.flush_editors()
        dialogs.run_backup(self, self.db.data_dir, self.notify)

    def restore_backup(self) -> None:
        self.flush_editors()
        if dialogs.run_restore(self, self.db, before=self.sync.cancel):
            self.reopen_requested.emit()

    def notify(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsContext, SettingsDialog

        self.flush_editors()
        municipalities = [c.label for c in self.context.choices.municipalities]
        context = SettingsContext(
            self.db,
            self.scope,
            self.settings,
            self.language,
            municipalities,
            self.sync.account is not None,
            self.back_up,
        )
        dialog = SettingsDialog(context, self)
        dialog.sync_settings_changed.connect(self._after_sync_settings)
        chosen: list[str] = []
        dialog.language_chosen.connect(chosen.append)
        encryption: list[bool] = []
        dialog.encryption_requested.connect(lambda: encryption.append(True))
        accepted = dialog.exec() == SettingsDialog.DialogCode.Accepted
        dialog.deleteLater()
        if encryption:
            from desktop.ui.encryption_dialogs import change_encryption

            if change_encryption(self, self.db, before=self.sync.cancel):
                self.reopen_requested.emit()
            return
        if not accepted:
            return
        if chosen:  # every text of the window, rebuilt in the new language at once
            self.language_requested.emit(chosen[-1])
        elif user_name(self.db) != self.scope.actor:  # edits from now on carry the new name
            self.reopen_requested.emit()

    def _after_sync_settings(self) -> None:
        self.auto_sync_action.setChecked(self.settings.get(AUTO_SYNC))
        self.sync.refresh_account()

    def show_about(self) -> None:
        dialogs.show_about(self)
