"""How each kind of record reads in a dossier: activities, observations, notes, contacts.

Shared by the three templates, so an observation looks the same in a visit report
and in the core-group dossier.
"""

from __future__ import annotations

from typing import Any

from desktop.export import texts
from desktop.export.model import BulletList, Callout, Column, Inline, Span, Table, plain
from desktop.export.names import family_sort_key
from desktop.export.templates.composer import Composer, inline_markdown
from desktop.models import Activity, AdaptationNote, Contact, Observation
from desktop.services.markup import first_line
from desktop.store.textfold import fold
from desktop.sync.conflicts import ConflictView

# Excerpts of observations (references, the conflicts table) are shortened to this
# many characters — by map_text, after the privacy rules (see model.Span.limit).
EXCERPT = 90
SHORT_EXCERPT = 60
PHOTO_EXCERPT = 80


def observation_anchor(observation_id: str) -> str:
    return "obs_" + observation_id.replace("-", "")


def activity_title(activity: Activity | None, c: Composer) -> str:
    if activity is None:
        return ""
    return activity.title.strip() or c.lang.tr(texts.UNTITLED)


# -- activities ----------------------------------------------------------------------------


def activity_facts(c: Composer, activity: Activity) -> None:
    lang = c.lang
    rows = [
        (lang.field("activity_type_id"), c.term(activity.activity_type_id)),
        (lang.field("observed_on"), lang.date_range(activity.starts_on, activity.ends_on)),
        (lang.field("host_municipality_id"), c.municipality(activity.host_municipality_id)),
        (lang.field("place"), activity.place.strip()),
        (lang.field("fields_of_action"), c.terms(activity.fields_of_action)),
    ]
    c.doc.add(facts_table([(label, value) for label, value in rows if value]))


def activity_body(c: Composer, activity: Activity, *, with_photos: bool) -> None:
    """Description and participants (Markdown), then the activity's own photos."""
    c.markdown(activity.description)
    c.labelled(c.lang.field("participants"), _as_list(activity.participants))
    if with_photos:
        c.photos_of(activity.id, c.photo_caption(activity_title(activity, c)), activity.starts_on)


def _as_list(participants: str) -> str:
    """One participant group per line reads best as a list (unless it is Markdown already)."""
    lines = [line.strip() for line in participants.splitlines() if line.strip()]
    if len(lines) > 1 and not any(line.startswith(("-", "*", "+")) for line in lines):
        return "\n".join(f"- {line}" for line in lines)
    return participants


# -- observations --------------------------------------------------------------------------


def observation(
    c: Composer,
    item: Observation,
    *,
    activity: Activity | None,
    with_photos: bool,
    number: str = "",
) -> None:
    """Meta line (number, date, author, fields of action), the text, context and photos."""
    lang = c.lang
    meta = [number] if number else []
    meta.append(lang.short_date(item.observed_on))
    if item.author.strip():
        meta.append(item.author.strip())
    if activity is not None:
        meta.append(activity_title(activity, c))
    fields = c.terms(item.fields_of_action)
    if fields:
        meta.append(fields)
    c.paragraph(" · ".join(meta), "meta", keep_with_next=True, anchor=observation_anchor(item.id))
    c.markdown(item.text)
    if item.gender_remark.strip():
        c.paragraph(
            (
                Span(lang.field("gender_remark") + ": ", bold=True),
                *inline_markdown(item.gender_remark),
            ),
            "note",
        )
    context = [
        (lang.field("district_id"), c.term(item.district_id)),
        (lang.field("target_groups"), c.terms(item.target_groups)),
        (lang.field("tags"), c.terms(item.tags)),
    ]
    c.paragraph(labelled_spans(context), "note")
    if with_photos:
        caption = c.photo_caption(first_line(item.text, None), limit=PHOTO_EXCERPT)
        c.photos_of(item.id, caption, item.observed_on)


# -- adaptation notes ----------------------------------------------------------------------


def direction(c: Composer, note: AdaptationNote) -> str:
    origin = c.municipality(note.from_municipality_id)
    destination = c.municipality(note.to_municipality_id)
    if origin and destination:
        return c.lang.format(texts.DIRECTION, origin=origin, destination=destination)
    if origin:
        return c.lang.format(texts.DIRECTION_FROM, origin=origin)
    if destination:
        return c.lang.format(texts.DIRECTION_TO, destination=destination)
    return ""


def adaptation_note(c: Composer, note: AdaptationNote, *, title: bool, with_activity: bool) -> None:
    """Origin, adaptation and rationale in that order, then status, effects and evidence."""
    lang = c.lang
    _note_header(c, note, title=title, with_activity=with_activity)
    c.labelled(lang.field("origin_description"), note.origin_description)
    c.labelled(lang.field("adaptation"), note.adaptation)
    c.labelled(lang.field("rationale"), note.rationale)
    factors = ", ".join(lang.choice(f) for f in note.framework_factors)
    c.paragraph(labelled_spans([(lang.field("framework_factors"), factors)]), "note")
    c.labelled(lang.field("effects"), note.effects)
    _supporting_references(c, note)
    extras = [
        (lang.field("principles"), c.terms(note.principles)),
        (lang.field("tags"), c.terms(note.tags)),
    ]
    c.paragraph(labelled_spans(extras), "note")
    if c.options.include_photos:
        c.photos_of(note.id, c.photo_caption(note.element.strip()))


def _note_header(c: Composer, note: AdaptationNote, *, title: bool, with_activity: bool) -> None:
    """ "Method: Element" (unless a heading names it), then direction · status · activity."""
    lang = c.lang
    if title:
        element = f"{lang.choice(note.element_kind)}: {note.element.strip()}"
        c.paragraph(element, "subhead", keep_with_next=True)
    meta = [direction(c, note), lang.format(texts.STATUS_LINE, status=lang.choice(note.status))]
    if with_activity and note.activity_id:
        meta.append(activity_title(c.data.activity_index.get(note.activity_id), c))
    c.paragraph(" · ".join(part for part in meta if part), "meta", keep_with_next=True)


def labelled_spans(pairs: list[tuple[str, str]]) -> tuple[Span, ...]:
    """ "Label: value · Label: value" with bold labels; pairs without a value are left out."""
    spans: list[Span] = []
    for label, value in pairs:
        if value:
            spans += [Span((" · " if spans else "") + label + ": ", bold=True), Span(value)]
    return tuple(spans)


def _supporting_references(c: Composer, note: AdaptationNote) -> None:
    """Each supporting observation as "date, activity – first words", linked if printed."""
    printed = c.printed_observations
    items = []
    for observation_id in note.observation_ids:
        found = c.data.supporting.get(observation_id)
        if found is None:
            continue  # in the trash, or never synced to this laptop
        activity = c.data.activity_index.get(found.activity_id or "")
        date = c.lang.short_date(found.observed_on)
        if observation_id in printed:
            reference = c.lang.format(
                texts.OBSERVATION_REF, date=date, activity=activity_title(activity, c)
            )
            link: str | None = observation_anchor(observation_id)
        else:
            reference, link = c.lang.format(texts.NOT_IN_DOSSIER, date=date), None
        excerpt = Span(first_line(found.text, None), italic=True, limit=EXCERPT)
        items.append((Span(reference, link=link), Span(" – ", italic=True), excerpt))
    if items:
        c.label(c.lang.field("observation_ids"))
        c.doc.add(BulletList(tuple(items)))


# -- contacts and conflicts ----------------------------------------------------------------


def contacts_table(c: Composer, contacts: list[Contact]) -> None:
    """The index of contacts — consented ones only: the selection never loads others.

    Name, role and organisation, e-mail and phone share one wide cell (a card), so
    long addresses do not break inside a narrow column. Pseudonymised, the card
    holds the name only (a pseudonym by then): a role and an organisation would
    name the person again, and the rows go by municipality, not by name.
    """
    lang = c.lang
    assert all(contact.consent_given for contact in contacts), "unconsented contact in a dossier"
    c.paragraph(lang.tr(texts.CONTACTS_INTRO), "note")
    if c.options.pseudonymise:
        c.paragraph(lang.tr(texts.CONTACTS_PSEUDONYMISED), "note")
        contacts = sorted(contacts, key=lambda k: (fold(c.municipality(k.municipality_id)), k.id))
    else:
        # By family name, particles and titles aside: "van Dijk" under D, "Dr. Aydın" under A.
        contacts = sorted(contacts, key=lambda k: (family_sort_key(k.name), k.id))
    columns = (
        Column(lang.field("name"), 0.42),
        Column(lang.field("municipality_id"), 0.13),
        Column(lang.field("fields_of_action"), 0.27),
        Column(lang.field("languages"), 0.18),
    )
    rows = []
    for contact in contacts:
        lines = []
        if not c.options.pseudonymise:
            position = (contact.role.strip(), contact.organisation.strip())
            lines.append(", ".join(p for p in position if p))
            # Every e-mail and number, the preferred first (desktop/domain/contact_points.py).
            lines += _points_of(contact.emails, contact.email)
            lines += _points_of(contact.phones, contact.phone)
        card = (
            Span(contact.name.strip(), bold=True),
            *(Span("\n" + line) for line in lines if line),
        )
        rows.append(
            (
                card,
                plain(c.municipality(contact.municipality_id)),
                plain(c.terms(contact.fields_of_action)),
                plain(", ".join(lang.language_name(code) for code in contact.languages)),
            )
        )
    c.doc.add(Table(columns, tuple(rows)))


def _points_of(points: list[dict[str, Any]] | None, single: str) -> list[str]:
    values = [str(p.get("value", "")).strip() for p in points or []]
    if single.strip() and single.strip() not in values:
        values.insert(0, single.strip())
    preferred = [v for v in values if v == single.strip()]
    return list(dict.fromkeys([*preferred, *values]))


def conflicts_callout(c: Composer, chapter: str) -> None:
    """A warning at the front of the dossier when any of its records has an open conflict."""
    if c.data.conflicts:
        count = c.lang.number(len(c.data.conflicts))
        body = c.lang.format(texts.CONFLICTS_WARNING, count=count, chapter=chapter)
        c.doc.add(Callout(c.lang.tr(texts.CONFLICTS_TITLE), (plain(body),), "warning"))


def conflicts_chapter(c: Composer, *, new_page: bool) -> None:
    if not c.data.conflicts:
        return
    lang = c.lang
    c.chapter(lang.tr(texts.OPEN_CONFLICTS), new_page=new_page)
    c.paragraph(lang.tr(texts.CONFLICTS_INTRO))
    columns = (
        Column(lang.tr(texts.RECORD_COLUMN), 0.42),
        Column(lang.tr(texts.FIELD_COLUMN), 0.22),
        Column(lang.tr(texts.SINCE_COLUMN), 0.14),
        Column(lang.tr(texts.EDITED_BY_COLUMN), 0.22),
    )
    rows = []
    for conflict in c.data.conflicts:
        authors = ", ".join(
            a for a in dict.fromkeys((conflict.server_author, conflict.client_author)) if a
        )
        rows.append(
            (
                (
                    Span(lang.record_kind(conflict.table) + ": ", bold=True),
                    *conflict_title(c, conflict),
                ),
                plain(lang.field(conflict.field, conflict.table)),
                plain(lang.short_date(conflict.created_at.date())),
                plain(authors),
            )
        )
    c.doc.add(Table(columns, tuple(rows)))


def conflict_title(c: Composer, conflict: ConflictView) -> Inline:
    """What the conflicting record is called (an observation: its date and an excerpt)."""
    if not conflict.record_title:
        return plain(c.lang.tr(texts.UNTITLED))
    if not conflict.title_is_excerpt:
        return plain(conflict.record_title)
    dated = f"{c.lang.short_date(conflict.record_date)} – " if conflict.record_date else ""
    return (Span(dated), Span(conflict.record_title, limit=SHORT_EXCERPT))


def facts_table(rows: list[tuple[str, str]]) -> Table:
    """Label/value lines of a record ("Type: Coaching day") as a two-column facts table."""
    return Table(
        (Column("", 0.26), Column("", 0.74)),
        tuple((plain(label), plain(value)) for label, value in rows),
        kind="facts",
    )
