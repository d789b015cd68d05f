"""The core-group dossier's summary: key figures, counts by status, and three charts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from desktop.export import texts
from desktop.export.model import Bar, Chart, Column, Table, plain
from desktop.export.templates.composer import Composer
from desktop.models import ADAPTATION_STATUSES, ELEMENT_KINDS, Observation

# Beyond this many months the time chart counts years instead.
MAX_MONTHS = 48


def summary_chapter(c: Composer) -> None:
    lang, data = c.lang, c.data
    observations = [o for found in data.observations.values() for o in found]
    c.paragraph(lang.tr(texts.SUMMARY_INTRO), "lead")
    c.heading(2, lang.tr(texts.KEY_FIGURES), in_toc=False)
    photos = sum(len(found) for found in data.photos.values())
    rows: list[tuple[str, str]] = [
        (lang.tr(texts.ACTIVITIES), lang.number(len(data.activities))),
        (lang.tr(texts.OBSERVATIONS), lang.number(len(observations))),
        (lang.tr(texts.ADAPTATION_NOTES), lang.number(len(data.adaptations))),
    ]
    if c.options.include_contacts:
        rows.append((lang.tr(texts.CONSENTED_CONTACTS), lang.number(len(data.contacts))))
    if c.options.include_photos:
        rows.append((lang.tr(texts.PHOTOS), lang.number(photos)))
    if data.activities:
        first = data.activities[0].starts_on
        last = max(a.ends_on or a.starts_on for a in data.activities)
        span = lang.date_range(first, last)
        rows.append((lang.tr(texts.PERIOD_COVERED), span))
    if data.conflicts:
        rows.append((lang.tr(texts.OPEN_CONFLICTS), lang.number(len(data.conflicts))))
    c.doc.add(
        Table(
            (Column("", 0.5), Column("", 0.5)),
            tuple((plain(label), plain(value, bold=True)) for label, value in rows),
            kind="facts",
        )
    )
    _notes_by_status(c)
    axis = lang.tr(texts.NUMBER_OF_OBSERVATIONS)
    c.chart(lang.tr(texts.BY_FIELD), Chart(_by_field(c, observations), "horizontal", axis))
    several = sum(len(set(o.fields_of_action)) > 1 for o in observations)
    if several:
        c.paragraph(lang.count(texts.SEVERAL_FIELDS, several), "note")
    c.chart(
        lang.tr(texts.BY_MUNICIPALITY), Chart(_by_municipality(c, observations), "horizontal", axis)
    )
    by_time, title = _by_month(c, observations)
    c.chart(title, Chart(by_time, "vertical", axis))


def _notes_by_status(c: Composer) -> None:
    """Element kinds down, statuses across: where the transfer stands at a glance."""
    lang, notes = c.lang, c.data.adaptations
    if not notes:
        return
    counts = Counter((n.element_kind, n.status) for n in notes)
    statuses = [s for s in ADAPTATION_STATUSES if any(k[1] == s for k in counts)]
    c.heading(2, lang.tr(texts.NOTES_BY_STATUS), in_toc=False)
    first = 0.22
    width = (1 - first - 0.10) / max(len(statuses), 1)
    columns = (
        Column(lang.field("element_kind"), first),
        *(Column(lang.choice(s), width, "right") for s in statuses),
        Column(lang.tr(texts.TOTAL), 0.10, "right"),
    )
    rows = []
    for kind in ELEMENT_KINDS:
        total = sum(counts[(kind, s)] for s in statuses)
        if total:
            cells = [plain(lang.element_kind_plural(kind))]
            cells += [
                plain(lang.number(counts[(kind, s)]) if counts[(kind, s)] else "–")
                for s in statuses
            ]
            cells.append(plain(lang.number(total), bold=True))
            rows.append(tuple(cells))
    totals = [plain(lang.tr(texts.TOTAL), bold=True)]
    totals += [
        plain(lang.number(sum(counts[(k, s)] for k in ELEMENT_KINDS)), bold=True) for s in statuses
    ]
    totals.append(plain(lang.number(len(notes)), bold=True))
    rows.append(tuple(totals))
    c.doc.add(Table(columns, tuple(rows)))


def _by_field(c: Composer, observations: Iterable[Observation]) -> tuple[Bar, ...]:
    """Observations per field of action, in the workspace's order of fields."""
    counts: Counter[str] = Counter()
    none = 0
    for item in observations:
        counts.update(set(item.fields_of_action))
        none += not item.fields_of_action
    order = [t.id for t in c.data.taxonomy.terms_of("field_of_action", include_deleted=True)]
    bars = [Bar(c.term(term_id), counts[term_id]) for term_id in order if counts[term_id]]
    bars += [Bar(c.term(t) or t, n) for t, n in counts.items() if t not in order]
    if none:
        bars.append(Bar(c.lang.tr(texts.NO_FIELD), none))
    return tuple(bars)


def _by_municipality(c: Composer, observations: Iterable[Observation]) -> tuple[Bar, ...]:
    hosts = {a.id: c.municipality(a.host_municipality_id) for a in c.data.activities}
    counts = Counter(hosts.get(item.activity_id or "", "") for item in observations)
    named = sorted(((name, n) for name, n in counts.items() if name), key=lambda x: (-x[1], x[0]))
    bars = [Bar(name, n) for name, n in named]
    if counts.get(""):
        bars.append(Bar(c.lang.tr(texts.NO_MUNICIPALITY), counts[""]))
    return tuple(bars)


def _by_month(c: Composer, observations: list[Observation]) -> tuple[tuple[Bar, ...], str]:
    """Every month from the first to the last observation (empty months too), or years."""
    if not observations:
        return (), c.lang.tr(texts.BY_MONTH)
    months = Counter((o.observed_on.year, o.observed_on.month) for o in observations)
    first, last = min(months), max(months)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    if span > MAX_MONTHS:
        years = Counter(o.observed_on.year for o in observations)
        by_year = tuple(Bar(str(y), years[y]) for y in range(min(years), max(years) + 1))
        return by_year, c.lang.tr(texts.BY_YEAR)
    bars: list[Bar] = []
    year, month = first
    for _ in range(span):
        bars.append(Bar(c.lang.month(year, month), months[(year, month)]))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(bars), c.lang.tr(texts.BY_MONTH)
