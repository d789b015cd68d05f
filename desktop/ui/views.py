"""What the centre of the window can show: a record list, a mixed list, or the dashboard."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ViewSpec:
    key: str  # observations | adaptations | contacts | activities | activity | recent | trash
    #           | conflicts | dashboard
    kind: str | None = None
    activity_id: str | None = None

    @property
    def is_table(self) -> bool:
        return self.kind is not None


OBSERVATIONS = ViewSpec("observations", "observation")
ADAPTATIONS = ViewSpec("adaptations", "adaptation")
CONTACTS = ViewSpec("contacts", "contact")
ACTIVITIES = ViewSpec("activities", "activity")
RECENT = ViewSpec("recent")
TRASH = ViewSpec("trash")
CONFLICTS = ViewSpec("conflicts")
DASHBOARD = ViewSpec("dashboard")


def activity_view(activity_id: str) -> ViewSpec:
    return ViewSpec("activity", "observation", activity_id)
