"""Which records a dossier contains: the query behind each template.

Everything a template needs is read here, in the caller's read session, into plain
lists and dicts; templates then compose without touching the database. Rows stay
usable after the session ends (the store's sessions do not expire on commit).

The privacy rule starts here: the contact lists hold consented contacts only, and
`withheld` carries every contact without consent, so their names can be removed
from any text that mentions them (privacy.py). Consent that has ended, or that does
not cover the template's audience (domain/consent.py), counts as no consent.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.domain.consent import ConsentUse, consent_covers
from desktop.export.options import ExportOptions
from desktop.export.privacy import Person
from desktop.models import (
    ELEMENT_KINDS,
    Activity,
    AdaptationNote,
    Attachment,
    Contact,
    Observation,
    RecordLink,
    SyncConflict,
    Workspace,
)
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope, workspace_settings
from desktop.store.textfold import fold
from desktop.sync.conflicts import ConflictView, describe


@dataclass
class DossierData:
    """The records of one dossier, ordered as they will be printed."""

    settings: dict[str, Any]
    taxonomy: Taxonomy
    activities: list[Activity] = field(default_factory=list)
    observations: dict[str, list[Observation]] = field(default_factory=dict)
    adaptations: list[AdaptationNote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    photos: dict[str, list[Attachment]] = field(default_factory=dict)
    conflicts: list[ConflictView] = field(default_factory=list)
    # Observations adaptation notes refer to, and the activities of those (the manual).
    supporting: dict[str, Observation] = field(default_factory=dict)
    activity_index: dict[str, Activity] = field(default_factory=dict)
    # The manual prints the supporting observations in an appendix.
    prints_supporting: bool = False
    withheld: list[Person] = field(default_factory=list)
    named: list[Person] = field(default_factory=list)

    @property
    def observation_count(self) -> int:
        return sum(len(found) for found in self.observations.values())

    @property
    def records(self) -> int:
        """Activities, observations, adaptation notes and contacts the dossier prints."""
        printed = {o.id for found in self.observations.values() for o in found}
        if self.prints_supporting:
            printed |= set(self.supporting)
        return len(self.activities) + len(printed) + len(self.adaptations) + len(self.contacts)

    def date_span(self) -> tuple[date | None, date | None]:
        """The first and last date of the printed records (activities, observations,
        and the activities the adaptation notes belong to)."""
        days: list[date] = []
        for activity in self.activities:
            days += [activity.starts_on, activity.ends_on or activity.starts_on]
        days += [o.observed_on for found in self.observations.values() for o in found]
        for note in self.adaptations:
            own = self.activity_index.get(note.activity_id or "")
            if own is not None:
                days += [own.starts_on, own.ends_on or own.starts_on]
        return (min(days), max(days)) if days else (None, None)

    def adaptations_of(self, activity_id: str | None) -> list[AdaptationNote]:
        return [note for note in self.adaptations if note.activity_id == activity_id]

    def record_ids(self) -> set[str]:
        ids = {a.id for a in self.activities} | {n.id for n in self.adaptations}
        ids |= {o.id for found in self.observations.values() for o in found}
        ids |= {c.id for c in self.contacts}
        if self.prints_supporting:
            ids |= set(self.supporting)
        ids |= {p.id for found in self.photos.values() for p in found}
        return ids


def select_records(session: Session, scope: Scope, options: ExportOptions) -> DossierData:
    """The records for `options.template`; raises if there is nothing to export."""
    workspace = session.get(Workspace, scope.workspace_id)
    settings = workspace_settings(workspace) if workspace is not None else {}
    data = DossierData(settings=settings, taxonomy=Taxonomy(session, scope.workspace_id))
    from desktop.export.templates import template  # the templates use this module

    spec = template(options.template)
    spec.select(session, scope, options, data)
    # Whatever a template (an add-on's too) selected: only consent that covers it.
    today = date.today()
    data.contacts = [c for c in data.contacts if consent_covers(c, spec.audience, today)]
    _supporting(session, data)
    if options.include_photos:
        data.photos = _photos(session, scope, _photo_owners(data))
    data.conflicts = _open_conflicts(session, scope, data.record_ids(), data.taxonomy)
    _people(session, scope, data, spec.audience, today)
    return data


# -- queries -------------------------------------------------------------------------------


def activities_query(scope: Scope, options: ExportOptions) -> Select[Any]:
    query = select(Activity).where(
        Activity.workspace_id == scope.workspace_id, Activity.deleted_at.is_(None)
    )
    if options.activity_id:
        query = query.where(Activity.id == options.activity_id)
    if options.date_to is not None:
        query = query.where(Activity.starts_on <= options.date_to)
    if options.date_from is not None:
        # An activity belongs to the period if it overlaps it.
        query = query.where(
            func.coalesce(Activity.ends_on, Activity.starts_on) >= options.date_from
        )
    if options.municipality_ids:
        query = query.where(Activity.host_municipality_id.in_(options.municipality_ids))
    if options.activity_type_ids:
        query = query.where(Activity.activity_type_id.in_(options.activity_type_ids))
    return query.order_by(Activity.starts_on, Activity.sort_key, Activity.id)


def observations_of(
    session: Session,
    scope: Scope,
    activity_ids: list[str],
    options: ExportOptions,
    *,
    in_period: bool = True,
) -> dict[str, list[Observation]]:
    """The observations of these activities, by activity (within the period if asked)."""
    if not activity_ids:
        return {}
    query = select(Observation).where(
        Observation.workspace_id == scope.workspace_id,
        Observation.deleted_at.is_(None),
        Observation.activity_id.in_(activity_ids),
    )
    if in_period:
        if options.date_from is not None:
            query = query.where(Observation.observed_on >= options.date_from)
        if options.date_to is not None:
            query = query.where(Observation.observed_on <= options.date_to)
    query = _subject_filter(query, Observation.id, options)
    found: dict[str, list[Observation]] = defaultdict(list)
    for observation in sorted(session.scalars(query), key=_observation_order):
        found[observation.activity_id or ""].append(observation)
    return dict(found)


def notes_query(scope: Scope, options: ExportOptions) -> Select[Any]:
    query = select(AdaptationNote).where(
        AdaptationNote.workspace_id == scope.workspace_id, AdaptationNote.deleted_at.is_(None)
    )
    return _subject_filter(query, AdaptationNote.id, options)


def unattached_notes(
    session: Session, scope: Scope, options: ExportOptions
) -> Iterable[AdaptationNote]:
    query = notes_query(scope, options).where(AdaptationNote.activity_id.is_(None))
    if options.municipality_ids:
        query = query.where(
            AdaptationNote.from_municipality_id.in_(options.municipality_ids)
            | AdaptationNote.to_municipality_id.in_(options.municipality_ids)
        )
    return [n for n in session.scalars(query) if note_in_period(n, None, options)]


def _subject_filter(query: Select[Any], id_column: Any, options: ExportOptions) -> Select[Any]:
    """Only records linked to one of the chosen fields of action and one of the tags."""
    if options.field_of_action_ids:
        query = query.where(id_column.in_(_linked("fields_of_action", options.field_of_action_ids)))
    if options.tag_ids:
        query = query.where(id_column.in_(_linked("tags", options.tag_ids)))
    return query


def _linked(link_field: str, target_ids: Iterable[str]) -> Select[Any]:
    return select(RecordLink.source_id).where(
        RecordLink.field == link_field, RecordLink.target_id.in_(list(target_ids))
    )


def linked_ids(session: Session, link_field: str, target_ids: Iterable[str]) -> list[str]:
    targets = list(target_ids)
    return list(session.scalars(_linked(link_field, targets))) if targets else []


def consented_contacts(
    session: Session, scope: Scope, activity_ids: list[str] | None
) -> list[Contact]:
    """Consented contacts — met at these activities, or all of them for `None`."""
    query = select(Contact).where(
        Contact.workspace_id == scope.workspace_id,
        Contact.deleted_at.is_(None),
        Contact.consent_given.is_(True),
    )
    if activity_ids is not None:
        query = query.where(Contact.id.in_(_linked("activity_ids", activity_ids)))
    return sorted(session.scalars(query), key=lambda c: (c.sort_key, fold(c.name), c.id))


def _supporting(session: Session, data: DossierData) -> None:
    """The observations the notes refer to, and the activities of notes and observations."""
    wanted = {oid for note in data.adaptations for oid in note.observation_ids}
    supporting = [o for o in by_id(session, Observation, wanted).values() if o.deleted_at is None]
    data.supporting = {o.id: o for o in sorted(supporting, key=_observation_order)}
    activity_ids = {o.activity_id for o in supporting if o.activity_id}
    activity_ids |= {n.activity_id for n in data.adaptations if n.activity_id}
    data.activity_index = by_id(session, Activity, activity_ids)
    data.activity_index.update({a.id: a for a in data.activities})


def _photo_owners(data: DossierData) -> set[str]:
    owners = {a.id for a in data.activities} | {n.id for n in data.adaptations}
    owners |= {o.id for found in data.observations.values() for o in found}
    return owners


def _photos(session: Session, scope: Scope, owners: set[str]) -> dict[str, list[Attachment]]:
    """Image attachments of the dossier's records (never of contacts), in their order."""
    if not owners:
        return {}
    query = select(Attachment).where(
        Attachment.workspace_id == scope.workspace_id,
        Attachment.deleted_at.is_(None),
        Attachment.mime.like("image/%"),
        Attachment.owner_id.in_(owners),
    )
    found: dict[str, list[Attachment]] = defaultdict(list)
    for photo in session.scalars(query.order_by(Attachment.owner_id, Attachment.position)):
        found[photo.owner_id].append(photo)
    return dict(found)


def _open_conflicts(
    session: Session, scope: Scope, record_ids: set[str], taxonomy: Taxonomy
) -> list[ConflictView]:
    """The open conflicts of the dossier's records, described as every view describes them."""
    query = select(SyncConflict).where(
        SyncConflict.workspace_id == scope.workspace_id, SyncConflict.status == "open"
    )
    found = [c for c in session.scalars(query) if c.row_id in record_ids]
    found.sort(key=lambda c: (c.created_at, c.table_name, c.field_name))
    return [describe(session, c, taxonomy) for c in found]


def _people(
    session: Session, scope: Scope, data: DossierData, audience: ConsentUse, today: date
) -> None:
    """Everyone the dossier may name, and every contact it must never name."""
    contacts = session.scalars(select(Contact).where(Contact.workspace_id == scope.workspace_id))
    authors = set(
        session.scalars(
            select(Observation.author)
            .where(Observation.workspace_id == scope.workspace_id)
            .distinct()
        )
    )
    authors |= {o.author for o in data.supporting.values()}
    authors |= {c.server_author for c in data.conflicts} | {c.client_author for c in data.conflicts}
    data.withheld, data.named = people_of(contacts, authors, audience, today)


def people_of(
    contacts: Iterable[Contact],
    authors: Iterable[str],
    audience: ConsentUse = "public",
    today: date | None = None,
) -> tuple[list[Person], list[Person]]:
    """(withheld, named): contacts without consent; consented contacts and authors.

    Consent counts only if it covers `audience` on `today` (not ended, wide enough).
    The named are the workspace's consented contacts and everyone who wrote an
    observation in it or took part in a conflict of the dossier: whether a first
    name alone is unambiguous is decided among all of them (privacy.py).
    """
    withheld: list[Person] = []
    named: list[Person] = []
    for contact in contacts:
        person = Person(
            contact.name,
            contact.email,
            contact.phone,
            tuple(str(e.get("value", "")) for e in contact.emails or []),
            tuple(str(p.get("value", "")) for p in contact.phones or []),
        )
        (named if consent_covers(contact, audience, today) else withheld).append(person)
    named.extend(Person(name) for name in sorted({a.strip() for a in authors if a and a.strip()}))
    return withheld, named


# -- helpers -------------------------------------------------------------------------------


def by_id(session: Session, model: Any, ids: Iterable[str]) -> dict[str, Any]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(wanted)))}


def _observation_order(observation: Observation) -> tuple[date, datetime, str]:
    return (observation.observed_on, observation.created_at, observation.id)


def sorted_notes(notes: Iterable[AdaptationNote]) -> list[AdaptationNote]:
    order = {kind: position for position, kind in enumerate(ELEMENT_KINDS)}
    return sorted(
        notes,
        key=lambda n: (order.get(n.element_kind, len(order)), fold(n.element), n.created_at, n.id),
    )


def note_in_period(note: AdaptationNote, activity: Activity | None, options: ExportOptions) -> bool:
    """A note belongs to a period through its activity's dates, else its creation date."""
    if options.date_from is None and options.date_to is None:
        return True
    if activity is not None:
        start, end = activity.starts_on, activity.ends_on or activity.starts_on
    else:
        start = end = note.created_at.astimezone(UTC).date()
    if options.date_from is not None and end < options.date_from:
        return False
    return not (options.date_to is not None and start > options.date_to)
