"""What pickers offer: live taxonomy terms, municipalities and activities, labelled.

Loaded in one read when a window opens and after a change that may add some, so
forms, filters and the export dialog never query while the user picks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.models import TERM_KINDS, Activity
from desktop.services.taxonomy import Taxonomy, display_name
from desktop.store import Database


@dataclass(frozen=True)
class Choice:
    value: str  # canonical name: what the services take
    label: str  # what the user reads, in the interface language
    id: str = ""


@dataclass(frozen=True)
class ActivityChoice:
    id: str
    title: str
    starts_on: date


@dataclass
class Choices:
    terms: dict[str, list[Choice]] = field(default_factory=dict)  # by term kind
    municipalities: list[Choice] = field(default_factory=list)
    activities: list[ActivityChoice] = field(default_factory=list)  # newest first

    def label(self, term_kind: str, name: str) -> str:
        return next((c.label for c in self.terms.get(term_kind, []) if c.value == name), name)


def load_choices(db: Database, workspace_id: str, language: str) -> Choices:
    with db.read() as session:
        taxonomy = Taxonomy(session, workspace_id)
        terms = {
            kind: [Choice(t.name, display_name(t, language), t.id) for t in taxonomy.terms_of(kind)]
            for kind in TERM_KINDS
        }
        municipalities = [Choice(m.name, m.name, m.id) for m in taxonomy.live_municipalities()]
        rows = session.execute(
            select(Activity.id, Activity.title, Activity.starts_on)
            .where(Activity.workspace_id == workspace_id, Activity.deleted_at.is_(None))
            .order_by(Activity.starts_on.desc())
        ).all()
    activities = [ActivityChoice(r.id, r.title, r.starts_on) for r in rows]
    return Choices(terms, municipalities, activities)
