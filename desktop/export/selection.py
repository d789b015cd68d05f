"""Which records a dossier contains: the query behind each template.

Everything a template needs is read here, in the caller's read session, into plain
lists and dicts; templates then compose without touching the database. Rows stay
usable after the session ends (the store's sessions do not expire on commit).

The privacy rule starts here: the contact lists hold consented contacts only, and
`withheld` carries every contact without consent, so their names can be removed
from any text that mentions them (privacy.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

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
from desktop.services.export_messages import EmptySelectionError, MissingActivityError
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope, workspace_settings
from desktop.store.textfold import fold


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
    conflicts: list[SyncConflict] = field(default_factory=list)
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
    if options.template == "visit":
        _select_visit(session, scope, options, data)
    elif options.template == "core":
        _select_core(session, scope, options, data)
    else:
        _select_manual(session, scope, options, data)
    _supporting(session, data)
    if options.include_photos:
        data.photos = _photos(session, scope, _photo_owners(data))
    data.conflicts = _open_conflicts(session, scope, data.record_ids())
    _people(session, scope, data)
    return data


# -- the three templates -------------------------------------------------------------------


def _select_visit(
    session: Session, scope: Scope, options: ExportOptions, data: DossierData
) -> None:
    activity = session.get(Activity, options.activity_id) if options.activity_id else None
    if activity is None or activity.deleted_at is not None:
        raise MissingActivityError(options.activity_id)
    if activity.workspace_id != scope.workspace_id:
        raise MissingActivityError(options.activity_id)
    data.activities = [activity]
    data.observations = _observations(session, scope, [activity.id], options)
    data.adaptations = _sorted_notes(
        session.scalars(
            _notes_query(scope, options).where(AdaptationNote.activity_id == activity.id)
        )
    )
    if options.include_contacts:
        data.contacts = _contacts(session, scope, [activity.id])


def _select_core(session: Session, scope: Scope, options: ExportOptions, data: DossierData) -> None:
    activities: list[Activity] = list(session.scalars(_activities_query(scope, options)))
    ids = [a.id for a in activities]
    observations = _observations(session, scope, ids, options)
    notes = _sorted_notes(
        session.scalars(_notes_query(scope, options).where(AdaptationNote.activity_id.in_(ids)))
    )
    if not (options.activity_id or options.activity_type_ids):
        notes += _sorted_notes(_unattached_notes(session, scope, options))
    if options.field_of_action_ids or options.tag_ids:
        # Narrowed by subject: an activity stays if something in it is about the subject.
        matching = set(observations) | {n.activity_id for n in notes if n.activity_id}
        own = set(_linked_ids(session, "fields_of_action", options.field_of_action_ids))
        activities = [a for a in activities if a.id in matching or a.id in own]
    if not activities and not notes:
        raise EmptySelectionError()
    data.activities = activities
    data.observations = {a.id: observations.get(a.id, []) for a in activities}
    data.adaptations = notes
    if options.include_contacts:
        everyone = not options.has_filters
        data.contacts = _contacts(session, scope, None if everyone else [a.id for a in activities])


def _select_manual(
    session: Session, scope: Scope, options: ExportOptions, data: DossierData
) -> None:
    query = _notes_query(scope, options)
    if options.activity_id:
        query = query.where(AdaptationNote.activity_id == options.activity_id)
    if options.activity_type_ids:
        typed = select(Activity.id).where(Activity.activity_type_id.in_(options.activity_type_ids))
        query = query.where(AdaptationNote.activity_id.in_(typed))
    if options.municipality_ids:
        query = query.where(
            AdaptationNote.from_municipality_id.in_(options.municipality_ids)
            | AdaptationNote.to_municipality_id.in_(options.municipality_ids)
        )
    notes: list[AdaptationNote] = list(session.scalars(query))
    activities = _by_id(session, Activity, {n.activity_id for n in notes if n.activity_id})
    notes = [n for n in notes if _note_in_period(n, activities.get(n.activity_id or ""), options)]
    if not notes:
        raise EmptySelectionError()
    data.adaptations = _sorted_notes(notes)
    data.prints_supporting = True


# -- queries -------------------------------------------------------------------------------


def _activities_query(scope: Scope, options: ExportOptions) -> Select[Any]:
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


def _observations(
    session: Session, scope: Scope, activity_ids: list[str], options: ExportOptions
) -> dict[str, list[Observation]]:
    if not activity_ids:
        return {}
    query = select(Observation).where(
        Observation.workspace_id == scope.workspace_id,
        Observation.deleted_at.is_(None),
        Observation.activity_id.in_(activity_ids),
    )
    if options.template != "visit":
        if options.date_from is not None:
            query = query.where(Observation.observed_on >= options.date_from)
        if options.date_to is not None:
            query = query.where(Observation.observed_on <= options.date_to)
    query = _subject_filter(query, Observation.id, options)
    found: dict[str, list[Observation]] = defaultdict(list)
    for observation in sorted(session.scalars(query), key=_observation_order):
        found[observation.activity_id or ""].append(observation)
    return dict(found)


def _notes_query(scope: Scope, options: ExportOptions) -> Select[Any]:
    query = select(AdaptationNote).where(
        AdaptationNote.workspace_id == scope.workspace_id, AdaptationNote.deleted_at.is_(None)
    )
    return _subject_filter(query, AdaptationNote.id, options)


def _unattached_notes(
    session: Session, scope: Scope, options: ExportOptions
) -> Iterable[AdaptationNote]:
    query = _notes_query(scope, options).where(AdaptationNote.activity_id.is_(None))
    if options.municipality_ids:
        query = query.where(
            AdaptationNote.from_municipality_id.in_(options.municipality_ids)
            | AdaptationNote.to_municipality_id.in_(options.municipality_ids)
        )
    return [n for n in session.scalars(query) if _note_in_period(n, None, options)]


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


def _linked_ids(session: Session, link_field: str, target_ids: Iterable[str]) -> list[str]:
    targets = list(target_ids)
    return list(session.scalars(_linked(link_field, targets))) if targets else []


def _contacts(session: Session, scope: Scope, activity_ids: list[str] | None) -> list[Contact]:
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
    supporting = [o for o in _by_id(session, Observation, wanted).values() if o.deleted_at is None]
    data.supporting = {o.id: o for o in sorted(supporting, key=_observation_order)}
    activity_ids = {o.activity_id for o in supporting if o.activity_id}
    activity_ids |= {n.activity_id for n in data.adaptations if n.activity_id}
    data.activity_index = _by_id(session, Activity, activity_ids)
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


def _open_conflicts(session: Session, scope: Scope, record_ids: set[str]) -> list[SyncConflict]:
    query = select(SyncConflict).where(
        SyncConflict.workspace_id == scope.workspace_id, SyncConflict.status == "open"
    )
    found = [c for c in session.scalars(query) if c.row_id in record_ids]
    return sorted(found, key=lambda c: (c.created_at, c.table_name, c.field_name))


def _people(session: Session, scope: Scope, data: DossierData) -> None:
    """Everyone the dossier may name, and every contact it must never name."""
    contacts = session.scalars(select(Contact).where(Contact.workspace_id == scope.workspace_id))
    for contact in contacts:
        person = Person(contact.name, contact.email, contact.phone)
        (data.named if contact.consent_given else data.withheld).append(person)
    observations = [o for found in data.observations.values() for o in found]
    authors = {o.author for o in [*observations, *data.supporting.values()] if o.author}
    authors |= {c.server_author for c in data.conflicts} | {c.client_author for c in data.conflicts}
    data.named.extend(Person(name) for name in sorted(a for a in authors if a.strip()))


# -- helpers -------------------------------------------------------------------------------


def _by_id(session: Session, model: Any, ids: Iterable[str]) -> dict[str, Any]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {row.id: row for row in session.scalars(select(model).where(model.id.in_(wanted)))}


def _observation_order(observation: Observation) -> tuple[date, datetime, str]:
    return (observation.observed_on, observation.created_at, observation.id)


def _sorted_notes(notes: Iterable[AdaptationNote]) -> list[AdaptationNote]:
    order = {kind: position for position, kind in enumerate(ELEMENT_KINDS)}
    return sorted(
        notes,
        key=lambda n: (order.get(n.element_kind, len(order)), fold(n.element), n.created_at, n.id),
    )


def _note_in_period(
    note: AdaptationNote, activity: Activity | None, options: ExportOptions
) -> bool:
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
