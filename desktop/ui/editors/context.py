"""What editors need to know besides their record: choices for pickers, who writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.models import Activity
from desktop.services.taxonomy import Taxonomy, display_name
from desktop.services.workspace import Scope
from desktop.store import Database


@dataclass(frozen=True)
class Choice:
    value: str  # canonical name or id: what the services take
    label: str  # what the user reads, in the interface language


@dataclass
class EditorContext:
    db: Database
    scope: Scope
    language: str
    data_dir_name: str = ""
    terms: dict[str, list[Choice]] = field(default_factory=dict)
    term_labels: dict[str, str] = field(default_factory=dict)  # canonical name -> label
    municipalities: list[Choice] = field(default_factory=list)
    activities: list[tuple[str, str, date]] = field(default_factory=list)  # id, title, start

    def refresh(self) -> None:
        """Reload taxonomies and activities (after a save that may have added some)."""
        with self.db.read() as session:
            taxonomy = Taxonomy(session, self.scope.workspace_id)
            self.terms = {}
            self.term_labels = {}
            for term in taxonomy.terms.values():
                if term.deleted_at is not None:
                    continue
                label = display_name(term, self.language)
                self.term_labels[f"{term.kind}:{term.name}"] = label
            for kind in (
                "activity_type",
                "field_of_action",
                "target_group",
                "principle",
                "district",
                "tag",
            ):
                self.terms[kind] = [
                    Choice(t.name, display_name(t, self.language)) for t in taxonomy.terms_of(kind)
                ]
            self.municipalities = [Choice(m.name, m.name) for m in taxonomy.live_municipalities()]
            rows = session.execute(
                select(Activity.id, Activity.title, Activity.starts_on)
                .where(
                    Activity.workspace_id == self.scope.workspace_id, Activity.deleted_at.is_(None)
                )
                .order_by(Activity.starts_on.desc())
            ).all()
            self.activities = [(r.id, r.title, r.starts_on) for r in rows]

    def label(self, term_kind: str, name: str) -> str:
        return self.term_labels.get(f"{term_kind}:{name}", name)
