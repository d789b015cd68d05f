"""What editors need to know besides their record: choices for pickers, who writes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.services.choices import Choice, Choices, load_choices
from desktop.services.workspace import Scope
from desktop.store import Database

__all__ = ["Choice", "EditorContext"]


@dataclass
class EditorContext:
    db: Database
    scope: Scope
    language: str
    data_dir_name: str = ""
    choices: Choices = field(default_factory=Choices)

    def refresh(self) -> None:
        """Reload taxonomies and activities (after a change that may have added some)."""
        self.choices = load_choices(self.db, self.scope.workspace_id, self.language)

    @property
    def terms(self) -> dict[str, list[Choice]]:
        return self.choices.terms

    @property
    def municipalities(self) -> list[Choice]:
        return self.choices.municipalities

    @property
    def activities(self) -> list[tuple[str, str, date]]:  # id, title, start; newest first
        return [(a.id, a.title, a.starts_on) for a in self.choices.activities]

    def label(self, term_kind: str, name: str) -> str:
        return self.choices.label(term_kind, name)
