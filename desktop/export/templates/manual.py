"""The adaptation manual: notes grouped by kind of element and element, with their evidence."""

from __future__ import annotations

from desktop.export import texts
from desktop.export.model import Column, Span, Table, plain
from desktop.export.templates.composer import Composer
from desktop.export.templates.records import (
    adaptation_note,
    conflicts_callout,
    conflicts_chapter,
    direction,
    observation,
)
from desktop.models import ELEMENT_KINDS, AdaptationNote
from desktop.services.export_messages import COMPOSING, progress_text
from desktop.store.textfold import fold

# Kinds of element, each with its elements and their notes.
Grouped = list[tuple[str, list[tuple[str, list[AdaptationNote]]]]]


def compose_manual(c: Composer) -> None:
    lang, data = c.lang, c.data
    kicker = lang.tr(texts.MANUAL)
    c.front_matter(kicker, c.setting("title"), c.setting("subtitle"), c.scope_facts())
    c.printed_observations = set(data.supporting)
    total = len(data.adaptations) + len(data.supporting) + 1
    c.progress.phase("compose", total, progress_text(COMPOSING, done=0, total=total))

    grouped = _grouped(data.adaptations)
    anchors = {
        (kind, element): c.anchor("el") for kind, elements in grouped for element, _ in elements
    }
    c.chapter(lang.tr(texts.OVERVIEW))
    c.paragraph(lang.tr(texts.MANUAL_INTRO), "lead")
    conflicts_callout(c, lang.tr(texts.OPEN_CONFLICTS))
    _overview_table(c, grouped, anchors)
    c.progress.step()

    for kind, elements in grouped:
        c.chapter(lang.element_kind_plural(kind))
        for element, notes in elements:
            c.heading(2, element, anchor=anchors[(kind, element)])
            for note in notes:
                adaptation_note(c, note, title=False, with_activity=True)
                c.progress.step()

    if data.supporting:
        c.chapter(lang.tr(texts.SUPPORTING_APPENDIX))
        c.paragraph(lang.tr(texts.APPENDIX_INTRO), "note")
        for item in data.supporting.values():
            activity = data.activity_index.get(item.activity_id or "")
            observation(c, item, activity=activity, with_photos=False)
            c.progress.step()
    conflicts_chapter(c, new_page=True)


def _grouped(notes: list[AdaptationNote]) -> Grouped:
    """Kinds in their fixed order; elements by name; notes of one element together."""
    result: Grouped = []
    for kind in ELEMENT_KINDS:
        by_element: dict[str, list[AdaptationNote]] = {}
        for note in notes:
            if note.element_kind == kind:
                by_element.setdefault(" ".join(note.element.split()), []).append(note)
        if by_element:
            result.append((kind, sorted(by_element.items(), key=lambda item: fold(item[0]))))
    return result


def _overview_table(c: Composer, grouped: Grouped, anchors: dict[tuple[str, str], str]) -> None:
    """Every note in one table; the element names link to their sections."""
    lang = c.lang
    columns = (
        Column(lang.field("element"), 0.40),
        Column(lang.tr(texts.KIND_COLUMN), 0.14),
        Column(lang.tr(texts.DIRECTION_COLUMN), 0.28),
        Column(lang.field("status"), 0.18),
    )
    rows = []
    for kind, elements in grouped:
        for element, notes in elements:
            for note in notes:
                rows.append(
                    (
                        (Span(element, link=anchors[(kind, element)]),),
                        plain(lang.choice(kind)),
                        plain(direction(c, note)),
                        plain(lang.choice(note.status)),
                    )
                )
    c.doc.add(Table(columns, tuple(rows)))
