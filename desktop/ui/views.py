"""What the centre of the window can show: a record list, a mixed list, or the dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import KINDS


@dataclass(frozen=True)
class ViewSpec:
    # A kind's list (its data-file section: "observations"…), "activity" (one activity's
    # observations), "recent", "trash", "conflicts" or "dashboard".
    key: str
    kind: str | None = None
    activity_id: str | None = None

    @property
    def is_table(self) -> bool:
        return self.kind is not None


def kind_view(kind: str) -> ViewSpec:
    """The list of every record of a kind (its key names it in the saved window state)."""
    return ViewSpec(KINDS[kind].section, kind)


RECENT = ViewSpec("recent")
TRASH = ViewSpec("trash")
CONFLICTS = ViewSpec("conflicts")
DASHBOARD = ViewSpec("dashboard")


SMART_VIEWS = (RECENT, TRASH, CONFLICTS, DASHBOARD)


def activity_view(activity_id: str) -> ViewSpec:
    return ViewSpec("activity", "observation", activity_id)
