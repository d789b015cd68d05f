"""The core-group dossier: summary and charts, activities in date order, contacts, conflicts."""

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
from desktop.export.templates.summary import summary_chapter
from desktop.services.export_messages import COMPOSING, progress_text


def compose_core(c: Composer) -> None:
    lang, data, options = c.lang, c.data, c.options
    kicker = lang.tr(texts.CORE_DOSSIER)
    c.front_matter(kicker, c.setting("title"), c.setting("subtitle"), c.scope_facts())
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
