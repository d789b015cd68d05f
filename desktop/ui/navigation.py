"""The left pane: smart views, then activities grouped by type (newest first) with counts."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.overview import ActivitySummary
from desktop.ui import views
from desktop.ui.icons import icon
from desktop.ui.kinds import UI_CONTEXT, UI_KINDS, default_view
from desktop.ui.record_columns import short_date
from desktop.ui.views import ViewSpec

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_VIEW = default_view()


class NavigationPane(QTreeWidget):
    view_selected = Signal(object)  # ViewSpec
    activity_menu_requested = Signal(str, QPoint)  # activity id, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setIndentation(14)
        self.setMinimumWidth(120)
        self.setAccessibleName(self.tr("Navigation"))
        self.currentItemChanged.connect(self._on_current_item_changed)
        self._items: dict[ViewSpec, QTreeWidgetItem] = {}
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_menu_requested)

    def _on_menu_requested(self, point: QPoint) -> None:
        item = self.itemAt(point) or self.currentItem()
        if item is None:
            return
        spec = item.data(0, VIEW_ROLE)
        if isinstance(spec, ViewSpec) and spec.activity_id:
            self.setCurrentItem(item)
            position = self.visualItemRect(item).center() if self.itemAt(point) is None else point
            self.activity_menu_requested.emit(
                spec.activity_id, self.viewport().mapToGlobal(position)
            )

    def populate(
        self,
        counts: dict[str, int],
        activities: list[ActivitySummary],
        type_names: dict[str, str],
        conflicts: int,
        trash: int,
    ) -> None:
        """Rebuild the tree, keeping the selected view selected."""
        current = self.current_view()
        blocker = QSignalBlocker(self)
        self.clear()
        self._items = {}
        smart: list[tuple[ViewSpec, str, str, int | None]] = [
            (views.DASHBOARD, "layout-dashboard", self.tr("Overview"), None),
            *(
                (
                    look.view,
                    look.icon,
                    QCoreApplication.translate(UI_CONTEXT, look.nav_label),
                    counts.get(kind, 0),
                )
                for kind, look in UI_KINDS.items()
            ),
            (views.RECENT, "clock-3", self.tr("Recently edited"), None),
            (views.CONFLICTS, "triangle-alert", self.tr("Open conflicts"), conflicts),
            (views.TRASH, "trash-2", self.tr("Trash"), trash),
        ]
        for spec, icon_name, label, count in smart:
            self._add(self, spec, icon_name, label, count)
        header = QTreeWidgetItem(self, [self.tr("Activities")])
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font(0)
        font.setBold(True)
        header.setFont(0, font)
        groups: OrderedDict[str, list[ActivitySummary]] = OrderedDict()
        for summary in activities:
            name = type_names.get(summary.activity_type_id or "", self.tr("Other"))
            groups.setdefault(name, []).append(summary)
        for name, members in groups.items():
            group = QTreeWidgetItem(header, [f"{name} ({len(members)})"])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setIcon(0, icon("folder-open"))
            for summary in members:
                label = f"{summary.title} · {short_date(summary.starts_on)}"
                self._add(
                    group,
                    views.activity_view(summary.id),
                    "calendar-days",
                    label,
                    summary.observation_count,
                )
        self.expandAll()
        target = self._items.get(current) if current is not None else None
        self.setCurrentItem(target or self._items[DEFAULT_VIEW])
        del blocker
        if current is not None and target is None:
            # The shown view is gone (its activity was deleted, or a sync removed it):
            # the centre must follow the fallback, not keep showing the vanished view.
            self.view_selected.emit(DEFAULT_VIEW)

    def _add(
        self,
        parent: QTreeWidget | QTreeWidgetItem,
        spec: ViewSpec,
        icon_name: str,
        label: str,
        count: int | None,
    ) -> None:
        text = label if count is None else f"{label} ({count})"
        item = QTreeWidgetItem(parent, [text])
        item.setIcon(0, icon(icon_name))
        item.setData(0, VIEW_ROLE, spec)
        item.setToolTip(0, label)
        self._items[spec] = item

    def current_view(self) -> ViewSpec | None:
        item = self.currentItem()
        spec = item.data(0, VIEW_ROLE) if item is not None else None
        return spec if isinstance(spec, ViewSpec) else None

    def select_view(self, spec: ViewSpec) -> None:
        item = self._items.get(spec)
        if item is not None:
            self.setCurrentItem(item)

    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        spec = current.data(0, VIEW_ROLE) if current is not None else None
        if isinstance(spec, ViewSpec):
            self.view_selected.emit(spec)
