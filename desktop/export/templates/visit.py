"""The visit report: one activity with its observations by field of action, notes, contacts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.export import texts
from desktop.export.messages import COMPOSING, MissingActivityError, progress_text
from desktop.export.options import ExportOptions
from desktop.export.selection import (
    DossierData,
    consented_contacts,
    notes_query,
    observations_of,
    sorted_notes,
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
from desktop.models import Activity, AdaptationNote, Observation
from desktop.services.workspace import Scope
from desktop.tr import QT_TRANSLATE_NOOP


def select_visit(session: Session, scope: Scope, options: ExportOptions, data: DossierData) -> None:
    """One activity: everything recorded there, whatever the period or subject."""
    activity = session.get(Activity, options.activity_id) if options.activity_id else None
    if activity is None or activity.deleted_at is not None:
        raise MissingActivityError(options.activity_id)
    if activity.workspace_id != scope.workspace_id:
        raise MissingActivityError(options.activity_id)
    data.activities = [activity]
    data.observations = observations_of(session, scope, [activity.id], options, in_period=False)
    data.adaptations = sorted_notes(
        session.scalars(
            notes_query(scope, options).where(AdaptationNote.activity_id == activity.id)
        )
    )
    if options.include_contacts:
        data.contacts = consented_contacts(session, scope, [activity.id])


def compose_visit(c: Composer) -> None:
    lang, data, options = c.lang, c.data, c.options
    activity = data.activities[0]
    observations = data.observations.get(activity.id, [])
    c.printed_observations = {o.id for o in observations}
    period = lang.date_range(activity.starts_on, activity.ends_on)
    # The title is the activity itself; the facts say when and where it took place.
    facts = [(lang.field("observed_on"), period)]
    if activity.host_municipality_id:
        host = c.municipality(activity.host_municipality_id)
        facts.append((lang.field("host_municipality_id"), host))
    c.front_matter(lang.tr(texts.VISIT_REPORT), activity_title(activity, c), c.project(), facts)
    total = len(observations) + len(data.adaptations) + 2
    c.progress.phase("compose", total, progress_text(COMPOSING, done=0, total=total))

    c.chapter(lang.tr(texts.THE_ACTIVITY))
    conflicts_callout(c, lang.tr(texts.OPEN_CONFLICTS))
    activity_facts(c, activity)
    activity_body(c, activity, with_photos=options.include_photos)
    c.progress.step()

    c.chapter(lang.tr(texts.OBSERVATIONS))
    if not observations:
        c.paragraph(lang.tr(texts.NO_OBSERVATIONS))
    for title, group in _by_field_of_action(c, observations):
        c.heading(2, title)
        for item in group:
            observation(c, item, activity=None, with_photos=options.include_photos)
            c.progress.step()

    if data.adaptations:
        c.chapter(lang.tr(texts.ADAPTATION_NOTES))
        for note in data.adaptations:
            adaptation_note(c, note, title=True, with_activity=False)
            c.progress.step()
    if options.include_contacts and data.contacts:
        c.chapter(lang.tr(texts.CONTACTS_MET))
        contacts_table(c, data.contacts)
    conflicts_chapter(c, new_page=True)
    c.progress.step()


def _by_field_of_action(
    c: Composer, observations: list[Observation]
) -> list[tuple[str, list[Observation]]]:
    """Groups by each observation's first field of action, in the workspace's field order.

    An observation appears once, under its first (main) field; its meta line names all.
    """
    order = [t.id for t in c.data.taxonomy.terms_of("field_of_action", include_deleted=True)]
    groups: dict[str, list[Observation]] = {}
    for item in observations:
        key = item.fields_of_action[0] if item.fields_of_action else ""
        groups.setdefault(key, []).append(item)
    ranked = sorted(groups, key=lambda k: (k == "", order.index(k) if k in order else len(order)))
    return [(c.term(k) if k else c.lang.tr(texts.OTHER_OBSERVATIONS), groups[k]) for k in ranked]


TEMPLATE = TemplateSpec(
    name="visit",
    label=QT_TRANSLATE_NOOP("Templates", "&Visit report — one activity, everything recorded there"),
    file_name=QT_TRANSLATE_NOOP("Templates", "Visit report"),
    select=select_visit,
    compose=compose_visit,
    needs_activity=True,
    takes_period=False,
    takes_subjects=False,
    order=10,
    audience="internal",  # a record of the project's own work
)
