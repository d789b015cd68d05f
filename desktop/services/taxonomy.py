"""Names <-> ids for taxonomy terms and municipalities, per workspace and session."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models import TERM_KINDS, Municipality, Term
from desktop.services.defaults import DEFAULT_MUNICIPALITIES, DEFAULT_TERMS
from desktop.store.textfold import fold
from desktop.tr import QT_TRANSLATE_NOOP

# Terms get ids derived from kind and name, so that the same tag typed on two
# laptops offline is the same row when they sync, instead of a duplicate.
TERM_NAMESPACE = uuid.UUID("5f1d3c1e-2b0a-4c8e-9a8f-6d1f0c2b7e41")
LANGUAGES = ("de", "nl", "en")


def term_id_for(kind: str, name: str) -> str:
    return str(uuid.uuid5(TERM_NAMESPACE, f"{kind}:{fold(name.strip())}"))


def municipality_id_for(name: str) -> str:
    return str(uuid.uuid5(TERM_NAMESPACE, f"municipality:{fold(name.strip())}"))


def display_name(term: Term, language: str) -> str:
    return text_labels(term).get(language) or term.name


def text_labels(term: Term) -> dict[str, str]:
    """The term's labels that are text. A laptop synced before the server checked values
    may hold others (`{"de": 5}`); they are ignored rather than crash every list."""
    labels = term.labels if isinstance(term.labels, dict) else {}
    return {k: v for k, v in labels.items() if isinstance(k, str) and isinstance(v, str)}


class Taxonomy:
    """The terms and municipalities of one workspace, loaded once for a user action.

    Names match case- and accent-insensitively, in any of the three languages
    ("Housing", "wonen" and "Wohnen" are the same field of action).
    """

    def __init__(self, session: Session, workspace_id: str) -> None:
        self.session = session
        self.workspace_id = workspace_id
        self.terms: dict[str, Term] = {}
        self._by_name: dict[tuple[str, str], Term] = {}
        self.municipalities: dict[str, Municipality] = {}
        self._municipality_by_name: dict[str, Municipality] = {}
        for term in session.scalars(select(Term).where(Term.workspace_id == workspace_id)):
            self._remember_term(term)
        for municipality in session.scalars(
            select(Municipality).where(Municipality.workspace_id == workspace_id)
        ):
            self._remember_municipality(municipality)

    def vocabulary(self) -> set[str]:
        """Every name of every term and municipality, in every language."""
        names = {m.name for m in self.municipalities.values()}
        for term in self.terms.values():
            names.add(term.name)
            names.update(label for label in term.labels.values() if isinstance(label, str))
        return {name for name in names if name.strip()}

    # -- terms -------------------------------------------------------------------------

    def terms_of(self, kind: str, *, include_deleted: bool = False) -> list[Term]:
        found = [
            t
            for t in self.terms.values()
            if t.kind == kind and (include_deleted or t.deleted_at is None)
        ]
        return sorted(found, key=lambda t: (t.position, fold(t.name)))

    def find_term(self, kind: str, name: str, *, include_retired: bool = False) -> Term | None:
        term = self._by_name.get((kind, fold(name.strip())))
        if term is None or (term.deleted_at is not None and not include_retired):
            return None
        return term

    def resolve_term(self, kind: str, name: str, *, create: bool, field: str) -> str:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "An empty name is not allowed in {field}."),
                field=field,
            )
        # A retired term still names itself: records keep it (an export of old data
        # imports), but it is not offered for new records and not brought back.
        term = self.find_term(kind, cleaned, include_retired=True)
        if term is not None:
            return term.id
        if not create:
            known = ", ".join(t.name for t in self.terms_of(kind))
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is not one of: {known}."),
                field=field,
                name=cleaned,
                known=known,
            )
        return self.add_term(kind, cleaned).id

    def add_term(
        self, kind: str, name: str, labels: dict[str, str] | None = None, position: int = 0
    ) -> Term:
        if kind not in TERM_KINDS:
            raise ValueError(f"unknown term kind {kind!r}")
        existing = self._by_name.get((kind, fold(name)))
        if existing is not None:
            if existing.deleted_at is not None:
                existing.deleted_at = None  # typing a retired tag again brings it back
            return existing
        term_id = term_id_for(kind, name)
        if term_id in self.terms or self.session.get(Term, term_id) is not None:
            # The derived id is taken by a term that was renamed since; fall back.
            term_id = str(uuid.uuid4())
        term = Term(
            id=term_id,
            workspace_id=self.workspace_id,
            kind=kind,
            name=name,
            labels=dict(labels or {}),
            position=position,
        )
        self.session.add(term)
        self._remember_term(term)
        return term

    def term_name(self, term_id: str) -> str:
        term = self.terms.get(term_id)
        return term.name if term is not None else term_id

    def term_label(self, term_id: str, language: str) -> str:
        term = self.terms.get(term_id)
        return display_name(term, language) if term is not None else term_id

    def _remember_term(self, term: Term) -> None:
        self.terms[term.id] = term
        for name in (term.name, *text_labels(term).values()):
            key = (term.kind, fold(name))
            current = self._by_name.get(key)
            # A live term wins over a retired one with the same name.
            if current is None or current.deleted_at is not None:
                self._by_name[key] = term

    # -- municipalities ----------------------------------------------------------------

    def live_municipalities(self) -> list[Municipality]:
        found = [m for m in self.municipalities.values() if m.deleted_at is None]
        return sorted(found, key=lambda m: fold(m.name))

    def resolve_municipality(self, name: str, *, field: str) -> str:
        municipality = self._municipality_by_name.get(fold(name.strip()))
        if municipality is None or municipality.deleted_at is not None:
            known = ", ".join(m.name for m in self.live_municipalities())
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\u201c{name}\u201d is not one of: {known}."),
                field=field,
                name=name.strip(),
                known=known,
            )
        return municipality.id

    def add_municipality(self, name: str, country: str) -> Municipality:
        existing = self._municipality_by_name.get(fold(name))
        if existing is not None:
            return existing
        municipality = Municipality(
            id=municipality_id_for(name),
            workspace_id=self.workspace_id,
            name=name,
            country=country,
        )
        self.session.add(municipality)
        self._remember_municipality(municipality)
        return municipality

    def find_municipality(self, name: str) -> Municipality | None:
        return self._municipality_by_name.get(fold(name.strip()))

    def municipality_name(self, municipality_id: str) -> str:
        municipality = self.municipalities.get(municipality_id)
        return municipality.name if municipality is not None else municipality_id

    def _remember_municipality(self, municipality: Municipality) -> None:
        self.municipalities[municipality.id] = municipality
        self._municipality_by_name[fold(municipality.name)] = municipality

    # -- seeding -----------------------------------------------------------------------

    def seed_defaults(self) -> None:
        """Add the default municipalities and terms that this workspace lacks."""
        for name, country in DEFAULT_MUNICIPALITIES:
            self.add_municipality(name, country)
        for kind, entries in DEFAULT_TERMS.items():
            for position, (de, nl, en) in enumerate(entries):
                if self._by_name.get((kind, fold(de))) is None:
                    self.add_term(kind, de, {"de": de, "nl": nl, "en": en}, position)


def names(taxonomy: Taxonomy, ids: Iterable[str]) -> list[str]:
    return [taxonomy.term_name(term_id) for term_id in ids]
