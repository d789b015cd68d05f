"""The core-group dossier: summary and charts, activities in date order, contacts, conflicts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.export import texts
from desktop.export.messages import COMPOSING, EmptySelectionError, progress_text
from desktop.export.options import ExportOptions
from desktop.export.selection import (
    DossierData,
    activities_query,
    consented_contacts,
    linked_ids,
    notes_query,
    observations_of,
    sorted_notes,
    unattached_notes,
)
from desktop.export.templates.composer import Composer
from desktop.export.templates.records import (
    activity_body,
    activity_facts,
    activity_title,
    adaptation_note,
    conflicts_callout,
    conflicts_chapter,
    contacts_table,
    observation,
)
from desktop.export.templates.spec import TemplateSpec
from desktop.export.templates.summary import summary_chapter
from desktop.models import Activity, AdaptationNote
from desktop.services.workspace import Scope
from desktop.tr import QT_TRANSLATE_NOOP


def select_core(session: Session, scope: Scope, options: ExportOptions, data: DossierData) -> None:
    """A period or selection: its activities with observations and notes, and contacts."""
    activities: list[Activity] = list(session.scalars(activities_query(scope, options)))
    ids = [a.id for a in activities]
    observations = observations_of(session, scope, ids, options)
    notes = sorted_notes(
        session.scalars(notes_query(scope, options).where(AdaptationNote.activity_id.in_(ids)))
    )
    if not (options.activity_id or options.activity_type_ids):
        notes += sorted_notes(unattached_notes(session, scope, options))
    if options.field_of_action_ids or options.tag_ids:
        # Narrowed by subject: an activity stays if something in it is about the subject.
        matching = set(observations) | {n.activity_id for n in notes if n.activity_id}
        own = set(linked_ids(session, "fields_of_action", options.field_of_action_ids))
        activities = [a for a in activities if a.id in matching or a.id in own]
    if not activities and not notes:
        raise EmptySelectionError()
    data.activities = activities
    data.observations = {a.id: observations.get(a.id, []) for a in activities}
    data.adaptations = notes
    if options.include_contacts:
        everyone = not options.has_filters
        data.contacts = consented_contacts(
            session, scope, None if everyone else [a.id for a in activities]
        )


def compose_core(c: Composer) -> None:
    lang, data, options = c.lang, c.data, c.options
    kicker = lang.tr(texts.CORE_DOSSIER)
    c.front_matter(kicker, c.project(), c.setting("subtitle"), c.scope_facts())
    c.printed_observations = {o.id for found in data.observations.values() for o in found}
    total = len(data.activities) + 2
    c.progress.phase("compose", total, progress_text(COMPOSING, done=0, total=total))

    c.chapter(lang.tr(texts.SUMMARY))
    conflicts_callout(c, lang.tr(texts.OPEN_CONFLICTS))
    summary_chapter(c)
    c.progress.step(progress_text(COMPOSING, done=1, total=total))

    if data.activities:
        c.chapter(lang.tr(texts.ACTIVITIES))
    for number, activity in enumerate(data.activities, 2):
        c.heading(2, f"{lang.short_date(activity.starts_on)} · {activity_title(activity, c)}")
        activity_facts(c, activity)
        activity_body(c, activity, with_photos=options.include_photos)
        found = data.observations.get(activity.id, [])
        if found:
            c.heading(3, lang.tr(texts.OBSERVATIONS), in_toc=False)
            for item in found:
                observation(c, item, activity=None, with_photos=options.include_photos)
        notes = data.adaptations_of(activity.id)
        if notes:
            c.heading(3, lang.tr(texts.ADAPTATION_NOTES), in_toc=False)
            for note in notes:
                adaptation_note(c, note, title=True, with_activity=False)
        c.progress.step(progress_text(COMPOSING, done=number, total=total))

    unattached = data.adaptations_of(None)
    if unattached:
        c.chapter(lang.tr(texts.UNATTACHED_NOTES))
        for note in unattached:
            adaptation_note(c, note, title=True, with_activity=False)
    if options.include_contacts and data.contacts:
        c.chapter(lang.tr(texts.CONTACTS))
        contacts_table(c, data.contacts)
    conflicts_chapter(c, new_page=True)
    c.progress.step(progress_text(COMPOSING, done=total, total=total))


TEMPLATE = TemplateSpec(
    name="core",
    label=QT_TRANSLATE_NOOP(
        "Templates", "&Core-group dossier — a period or selection, with figures"
    ),
    file_name=QT_TRANSLATE_NOOP("Templates", "Core-group dossier"),
    select=select_core,
    compose=compose_core,
    order=20,
    audience="boards",  # for the core, bridge and steering groups
)
