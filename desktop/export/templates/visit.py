"""The visit report: one activity with its observations by field of action, notes, contacts."""

from __future__ import annotations

from desktop.export import texts
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
from desktop.models import Observation
from desktop.services.export_messages import COMPOSING, progress_text
from desktop.services.markup import first_line


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
    c.front_matter(
        lang.tr(texts.VISIT_REPORT), activity_title(activity, c), c.setting("title"), facts
    )
    total = len(observations) + len(data.adaptations) + 2
    c.progress.phase("compose", total, progress_text(COMPOSING, done=0, total=total))

    c.chapter(lang.tr(texts.THE_ACTIVITY))
    conflicts_callout(c, lang.tr(texts.OPEN_CONFLICTS))
    activity_facts(c, activity)
    activity_body(c, activity, with_photos=False)
    c.progress.step()

    c.chapter(lang.tr(texts.OBSERVATIONS))
    if not observations:
        c.paragraph(lang.tr(texts.NO_OBSERVATIONS))
    for title, group in _by_field_of_action(c, observations):
        c.heading(2, title)
        for item in group:
            observation(c, item, activity=None, with_photos=False)
            c.progress.step()

    if data.adaptations:
        c.chapter(lang.tr(texts.ADAPTATION_NOTES))
        for note in data.adaptations:
            adaptation_note(c, note, title=True, with_activity=False)
            c.progress.step()
    if options.include_contacts and data.contacts:
        c.chapter(lang.tr(texts.CONTACTS_MET))
        contacts_table(c, data.contacts)
    if options.include_photos and data.photos:
        c.chapter(lang.tr(texts.PHOTOS))
        c.photos_of(activity.id, lang.format(texts.PHOTO_OF, title=activity_title(activity, c)))
        for item in observations:
            c.photos_of(item.id, lang.format(texts.PHOTO_OF, title=first_line(item.text, 80)))
        for note in data.adaptations:
            c.photos_of(note.id, lang.format(texts.PHOTO_OF, title=note.element))
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
