"""The adaptation manual: notes grouped by kind of element and element, with their evidence."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.export import texts
from desktop.export.messages import COMPOSING, EmptySelectionError, progress_text
from desktop.export.model import BulletList, Column, Inline, Span, Table, page_ref, plain
from desktop.export.options import ExportOptions
from desktop.export.selection import DossierData, by_id, note_in_period, notes_query, sorted_notes
from desktop.export.templates.composer import Composer
from desktop.export.templates.records import (
    EXCERPT,
    activity_title,
    conflicts_callout,
    conflicts_chapter,
    direction,
    facts_table,
    labelled_spans,
    observation,
    observation_anchor,
)
from desktop.export.templates.spec import TemplateSpec
from desktop.models import ELEMENT_KINDS, Activity, AdaptationNote
from desktop.services.markup import first_line
from desktop.services.workspace import Scope
from desktop.store.textfold import fold
from desktop.tr import QT_TRANSLATE_NOOP

# Kinds of element, each with its elements and their notes.
Grouped = list[tuple[str, list[tuple[str, list[AdaptationNote]]]]]


def select_manual(
    session: Session, scope: Scope, options: ExportOptions, data: DossierData
) -> None:
    """Every adaptation note in scope, with the observations it rests on (appendix)."""
    query = notes_query(scope, options)
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
    activities = by_id(session, Activity, {n.activity_id for n in notes if n.activity_id})
    notes = [n for n in notes if note_in_period(n, activities.get(n.activity_id or ""), options)]
    if not notes:
        raise EmptySelectionError()
    data.adaptations = sorted_notes(notes)
    data.prints_supporting = True


def compose_manual(c: Composer) -> None:
    """Overview and status matrix up front; per element its story; numbered evidence.

    Each element reads as one story: what it is at its origin, its status today in
    each city, then every note in date order (what changed, why, under which
    conditions, with what effect), citing evidence as "B12 (p. 34)". The appendix
    numbers the evidence in date order and says, for each, where it is cited.
    """
    lang, data = c.lang, c.data
    kicker = lang.tr(texts.MANUAL)
    c.front_matter(kicker, lang.tr(texts.MANUAL_TITLE), c.project(), c.scope_facts())
    c.printed_observations = set(data.supporting)
    total = len(data.adaptations) + len(data.supporting) + 1
    c.progress.phase("compose", total, progress_text(COMPOSING, done=0, total=total))

    grouped = _grouped(data.adaptations)
    book = Evidence(c, grouped)
    c.chapter(lang.tr(texts.OVERVIEW))
    c.paragraph(lang.tr(texts.MANUAL_INTRO), "lead")
    conflicts_callout(c, lang.tr(texts.OPEN_CONFLICTS))
    _overview_table(c, grouped, book)
    _status_matrix(c, grouped, book)
    c.progress.step()

    for kind, elements in grouped:
        c.chapter(lang.element_kind_plural(kind))
        for element, notes in elements:
            c.heading(2, element, anchor=book.elements[(kind, element)])
            _element_story(c, kind, notes, book)
            c.progress.step(count=len(notes))

    if data.supporting:
        c.chapter(lang.tr(texts.SUPPORTING_APPENDIX))
        c.paragraph(lang.tr(texts.APPENDIX_INTRO), "note")
        for observation_id, item in data.supporting.items():
            activity = data.activity_index.get(item.activity_id or "")
            observation(
                c, item, activity=activity, with_photos=False, number=book.label(observation_id)
            )
            _cited_for(c, observation_id, book)
            c.progress.step()
    conflicts_chapter(c, new_page=True)


class Evidence:
    """Numbers and anchors of the manual: elements, evidence ("B12") and citations."""

    def __init__(self, c: Composer, grouped: Grouped) -> None:
        self.c = c
        self.numbers = {oid: n for n, oid in enumerate(c.data.supporting, 1)}
        self.elements = {
            (kind, element): c.anchor("el") for kind, elements in grouped for element, _ in elements
        }
        # Where each note cites its evidence, and which notes cite each observation.
        self.citations: dict[str, str] = {}
        self.cited_by: dict[str, list[tuple[str, str]]] = {}
        for _kind, elements in grouped:
            for element, notes in elements:
                for note in notes:
                    cited = [o for o in dict.fromkeys(note.observation_ids) if o in self.numbers]
                    if not cited:
                        continue
                    anchor = self.citations[note.id] = c.anchor("cite")
                    for observation_id in cited:
                        self.cited_by.setdefault(observation_id, []).append((element, anchor))

    def label(self, observation_id: str) -> str:
        return self.c.lang.format(texts.EVIDENCE_NUMBER, number=self.numbers[observation_id])

    def page(self, anchor: str) -> tuple[Span, ...]:
        """ "p. 34": the abbreviation bound to the number, which the renderer fills in."""
        return (Span(self.c.lang.tr(texts.PAGE_ABBREVIATION) + "\u00a0"), page_ref(anchor))


def note_date(c: Composer, note: AdaptationNote) -> date:
    """When a note's status held: its activity's date, else the day it was written."""
    activity = c.data.activity_index.get(note.activity_id or "")
    return activity.starts_on if activity is not None else note.created_at.date()


def _element_story(c: Composer, kind: str, notes: list[AdaptationNote], book: Evidence) -> None:
    lang = c.lang
    notes = sorted(notes, key=lambda n: (note_date(c, n), n.created_at, n.id))
    origins = ", ".join(
        dict.fromkeys(
            c.municipality(n.from_municipality_id) for n in notes if n.from_municipality_id
        )
    )
    meta = [lang.choice(kind)]
    if origins:
        meta.append(lang.format(texts.DIRECTION_FROM, origin=origins))
    c.paragraph(" · ".join(meta), "meta", keep_with_next=True)
    described = dict.fromkeys(
        n.origin_description.strip() for n in notes if n.origin_description.strip()
    )
    if described:
        c.label(lang.field("origin_description"))
        for text in described:
            c.markdown(text)
    newest = _newest_by_city(c, notes)
    if newest:
        c.label(lang.tr(texts.STATUS_TODAY))
        c.doc.add(
            facts_table(
                [
                    (
                        city,
                        lang.format(
                            texts.STATUS_SINCE,
                            status=lang.choice(note.status),
                            date=lang.short_date(note_date(c, note)),
                        ),
                    )
                    for city, note in newest.items()
                ]
            )
        )
    c.label(lang.tr(texts.STEP_BY_STEP))
    for note in notes:
        _dated_step(c, note, book)


def _dated_step(c: Composer, note: AdaptationNote, book: Evidence) -> None:
    """One note of an element's story: date, place and status, then what and why."""
    lang = c.lang
    head = [lang.short_date(note_date(c, note))]
    where = direction(c, note)
    if where:
        head.append(where)
    head.append(lang.format(texts.STATUS_LINE, status=lang.choice(note.status)))
    c.paragraph(" · ".join(head), "subhead", keep_with_next=True)
    activity = c.data.activity_index.get(note.activity_id or "")
    if activity is not None:
        c.paragraph(activity_title(activity, c), "meta", keep_with_next=True)
    c.labelled(lang.field("adaptation"), note.adaptation)
    c.labelled(lang.field("rationale"), note.rationale)
    factors = ", ".join(lang.choice(f) for f in note.framework_factors)
    c.paragraph(labelled_spans([(lang.field("framework_factors"), factors)]), "note")
    c.labelled(lang.field("effects"), note.effects)
    anchor = book.citations.get(note.id)
    if anchor:
        c.paragraph(lang.tr(texts.EVIDENCE_COLUMN), "label", keep_with_next=True, anchor=anchor)
        items = []
        for observation_id in dict.fromkeys(note.observation_ids):
            found = c.data.supporting.get(observation_id)
            if found is None or observation_id not in book.numbers:
                continue
            target = observation_anchor(observation_id)
            items.append(
                (
                    Span(book.label(observation_id), bold=True, link=target),
                    Span(" ("),
                    *book.page(target),
                    Span(f") · {lang.short_date(found.observed_on)} – "),
                    Span(first_line(found.text, None), italic=True, limit=EXCERPT),
                )
            )
        c.doc.add(BulletList(tuple(items)))
    extras = [
        (lang.field("principles"), c.terms(note.principles)),
        (lang.field("tags"), c.terms(note.tags)),
    ]
    c.paragraph(labelled_spans(extras), "note")


def _cited_for(c: Composer, observation_id: str, book: Evidence) -> None:
    """ "Cited for: Element (p. 12); Element (p. 15)" under a piece of evidence."""
    citations = book.cited_by.get(observation_id, [])
    if not citations:
        return
    spans: list[Span] = [Span(c.lang.tr(texts.CITED_FOR) + ": ", bold=True)]
    for index, (element, anchor) in enumerate(citations):
        if index:
            spans.append(Span("; "))
        spans += [Span(element, link=anchor), Span(" ("), *book.page(anchor), Span(")")]
    c.paragraph(tuple(spans), "note")


def _newest_by_city(c: Composer, notes: list[AdaptationNote]) -> dict[str, AdaptationNote]:
    """The newest note per destination city (`notes` in date order)."""
    newest: dict[str, AdaptationNote] = {}
    for note in notes:
        city = c.municipality(note.to_municipality_id) or c.lang.tr(texts.NO_MUNICIPALITY)
        newest[city] = note
    return dict(sorted(newest.items(), key=lambda item: fold(item[0])))


def _overview_table(c: Composer, grouped: Grouped, book: Evidence) -> None:
    """One row per element: kind, cities, how many notes and pieces of evidence, page."""
    lang = c.lang
    columns = (
        Column(lang.field("element"), 0.36),
        Column(lang.tr(texts.KIND_COLUMN), 0.13),
        Column(lang.tr(texts.CITIES_COLUMN), 0.21),
        Column(lang.tr(texts.NOTES_COLUMN), 0.10, "right"),
        Column(lang.tr(texts.EVIDENCE_COLUMN), 0.11, "right"),
        Column(lang.tr(texts.PAGE_COLUMN), 0.09, "right"),
    )
    rows = []
    for kind, elements in grouped:
        for element, notes in elements:
            anchor = book.elements[(kind, element)]
            cities = dict.fromkeys(
                c.municipality(n.to_municipality_id) for n in notes if n.to_municipality_id
            )
            evidence = {o for n in notes for o in n.observation_ids if o in book.numbers}
            rows.append(
                (
                    (Span(element, link=anchor),),
                    plain(lang.choice(kind)),
                    plain(", ".join(cities)),
                    plain(lang.number(len(notes))),
                    plain(lang.number(len(evidence))),
                    (page_ref(anchor),),
                )
            )
    c.doc.add(Table(columns, tuple(rows), summary=lang.tr(texts.ELEMENT_SUMMARY)))


def _status_matrix(c: Composer, grouped: Grouped, book: Evidence) -> None:
    """Element × city: the newest status and its date, "–" where it was not transferred."""
    lang = c.lang
    newest = {
        (kind, element): _newest_by_city(c, notes)
        for kind, elements in grouped
        for element, notes in elements
    }
    cities = sorted({city for found in newest.values() for city in found}, key=fold)
    if not cities:
        return
    c.heading(2, lang.tr(texts.STATUS_BY_CITY))
    c.paragraph(lang.tr(texts.STATUS_MATRIX_INTRO), "note")
    first = 0.40
    width = (1 - first) / len(cities)
    columns = (Column(lang.field("element"), first), *(Column(city, width) for city in cities))
    rows = []
    for (kind, element), by_city in newest.items():
        cells: list[Inline] = [(Span(element, link=book.elements[(kind, element)]),)]
        for city in cities:
            note = by_city.get(city)
            if note is None:
                cells.append(plain("–"))
            else:
                cells.append(
                    (
                        Span(lang.choice(note.status), bold=True),
                        Span("\n" + lang.short_date(note_date(c, note))),
                    )
                )
        rows.append(tuple(cells))
    c.doc.add(Table(columns, tuple(rows), summary=lang.tr(texts.STATUS_SUMMARY)))


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


TEMPLATE = TemplateSpec(
    name="manual",
    label=QT_TRANSLATE_NOOP("Templates", "Adaptation &manual — all adaptation notes by element"),
    file_name=QT_TRANSLATE_NOOP("Templates", "Adaptation manual"),
    select=select_manual,
    compose=compose_manual,
    order=30,
    audience="public",  # the manual for other municipalities
)
