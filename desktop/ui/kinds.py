"""How each record kind looks in the window: icon, editor, list columns, menu entry.

One `UiKind` per `KindSpec` (desktop/domain). The navigation, the lists, the search
hits, the "New …" actions, the editors and the empty-list hints all follow these;
adding a record kind means adding its spec, its editor and one entry here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence

from desktop.domain import KINDS, KindSpec
from desktop.domain.consent import has_expired_consent
from desktop.services.markup import first_line
from desktop.tr import QT_TRANSLATE_NOOP
from desktop.ui.record_columns import Badge, Column, choice, short_date
from desktop.ui.views import ViewSpec, kind_view

if TYPE_CHECKING:
    from desktop.ui.editors.base import RecordEditor

UI_CONTEXT = "Kinds"


@dataclass(frozen=True)
class UiKind:
    spec: KindSpec
    icon: str
    # "module:Class" of the editor, imported when the window is built (the editors
    # import this module for icons, so they cannot be imported here).
    editor: str
    columns: tuple[Column, ...]
    nav_label: str  # QT_TRANSLATE_NOOP("Kinds", …): the list in the navigation pane
    new_action: str  # QT_TRANSLATE_NOOP("Kinds", …): File → New …, with its accelerator
    shortcut: QKeySequence.StandardKey | str
    empty_hint: str  # QT_TRANSLATE_NOOP("Kinds", …): shown while the list is empty
    on_toolbar: bool = True

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def view(self) -> ViewSpec:
        return kind_view(self.spec.kind)

    def editor_class(self) -> type[RecordEditor]:
        return _import(self.editor)  # type: ignore[no-any-return]


@cache
def _import(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _direction(record: Any, lookups: Any) -> str:
    ends = (
        lookups.municipality(record.from_municipality_id),
        lookups.municipality(record.to_municipality_id),
    )
    return " → ".join(part for part in ends if part)


def _consent(record: Any) -> Badge:
    from PySide6.QtCore import QCoreApplication

    if has_expired_consent(record):
        return Badge(
            QCoreApplication.translate("RecordTable", "expired"),
            "shield-alert",
            "#c62828",
            warning=True,
        )
    if record.consent_given:
        return Badge(QCoreApplication.translate("RecordTable", "given"), "shield-check", "#2e7d32")
    return Badge(
        QCoreApplication.translate("RecordTable", "missing"),
        "shield-alert",
        "#c62828",
        warning=True,
    )


# One column per kind stretches into the room the fixed-width ones leave; e-mail
# addresses and the like are in the editor, so the list stays readable when narrow.
UI_KINDS: dict[str, UiKind] = {
    "observation": UiKind(
        spec=KINDS["observation"],
        icon="notebook-pen",
        editor="desktop.ui.editors.observation:ObservationEditor",
        columns=(
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Date"),
                "date",
                lambda r, _: short_date(r.observed_on),
                width=95,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Observation"),
                "text",
                lambda r, _: first_line(r.text, 160),
                stretch=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Activity"),
                None,
                lambda r, lk: lk.activity_titles.get(r.activity_id or "", ""),
                width=170,
                names_the_activity=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Author"),
                "author",
                lambda r, _: r.author,
                width=120,
            ),
        ),
        nav_label=QT_TRANSLATE_NOOP("Kinds", "All observations"),
        new_action=QT_TRANSLATE_NOOP("Kinds", "New &observation"),
        shortcut=QKeySequence.StandardKey.New,
        empty_hint=QT_TRANSLATE_NOOP(
            "Kinds", "No observations yet.\nPress Ctrl+N to capture the first one."
        ),
    ),
    "adaptation": UiKind(
        spec=KINDS["adaptation"],
        icon="git-compare-arrows",
        editor="desktop.ui.editors.adaptation:AdaptationEditor",
        columns=(
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Element"),
                "element",
                lambda r, _: r.element,
                stretch=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Kind"),
                "kind",
                lambda r, _: choice(r.element_kind),
                width=100,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Status"),
                "status",
                lambda r, _: choice(r.status),
                width=105,
            ),
            Column(QT_TRANSLATE_NOOP("RecordTable", "From → to"), None, _direction, width=140),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Edited"),
                "updated",
                lambda r, _: short_date(r.updated_at.date()),
                width=95,
            ),
        ),
        nav_label=QT_TRANSLATE_NOOP("Kinds", "Adaptation notes"),
        new_action=QT_TRANSLATE_NOOP("Kinds", "New &adaptation note"),
        shortcut="Ctrl+Shift+N",
        empty_hint=QT_TRANSLATE_NOOP(
            "Kinds",
            "No adaptation notes yet.\n"
            "Press Ctrl+Shift+N to write down how an element had to change.",
        ),
    ),
    "contact": UiKind(
        spec=KINDS["contact"],
        icon="user-round",
        editor="desktop.ui.editors.contact:ContactEditor",
        columns=(
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Name"),
                "name",
                lambda r, _: r.name,
                stretch=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Organisation"),
                "organisation",
                lambda r, _: r.organisation,
                width=200,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Municipality"),
                None,
                lambda r, lk: lk.municipality(r.municipality_id),
                width=100,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Consent"),
                "consent",
                lambda r, _: "",
                width=105,
                badge=_consent,
            ),
        ),
        nav_label=QT_TRANSLATE_NOOP("Kinds", "Contacts"),
        new_action=QT_TRANSLATE_NOOP("Kinds", "New &contact"),
        shortcut="Ctrl+Shift+K",
        empty_hint=QT_TRANSLATE_NOOP(
            "Kinds",
            "No contacts yet.\n"
            "Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…).",
        ),
    ),
    "activity": UiKind(
        spec=KINDS["activity"],
        icon="calendar-days",
        editor="desktop.ui.editors.activity:ActivityEditor",
        columns=(
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Start"),
                "date",
                lambda r, _: short_date(r.starts_on),
                width=95,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Title"),
                "title",
                lambda r, _: r.title,
                stretch=True,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Type"),
                None,
                lambda r, lk: lk.term(r.activity_type_id),
                width=150,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Host"),
                None,
                lambda r, lk: lk.municipality(r.host_municipality_id),
                width=90,
            ),
            Column(
                QT_TRANSLATE_NOOP("RecordTable", "Place"),
                "place",
                lambda r, _: r.place,
                width=150,
            ),
        ),
        nav_label=QT_TRANSLATE_NOOP("Kinds", "All activities"),
        new_action=QT_TRANSLATE_NOOP("Kinds", "New ac&tivity"),
        shortcut="Ctrl+Shift+A",
        empty_hint=QT_TRANSLATE_NOOP(
            "Kinds", "No activities yet.\nUse File → New activity to add the first one."
        ),
        on_toolbar=False,
    ),
}


def default_view() -> ViewSpec:
    """What the window shows first: the list of the first kind (observations)."""
    return next(iter(UI_KINDS.values())).view


def ui_kind(kind: str) -> UiKind:
    return UI_KINDS[kind]


def kind_icon(kind: str) -> str:
    found = UI_KINDS.get(kind)
    return found.icon if found is not None else "file-text"
