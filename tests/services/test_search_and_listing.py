"""Search finds words whatever their accents; lists page in SQL without gaps or repeats."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.services.listing import RecordFilter, count_records, list_records
from desktop.services.records import create_record, delete_record
from desktop.services.search import highlight, search
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database


@pytest.fixture
def corpus(db: Database, scope: Scope) -> dict[str, str]:
    ids: dict[str, str] = {}
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {
                "title": "Hospitation an der IJssel",
                "activity_type": "Einzelhospitation",
                "host_municipality": "Almelo",
            },
        )
        ids["activity"] = activity.id
        texts = {
            "muenster": "Gespräch im Rathaus von Münster über das Leitbild, nach der Hospitation "
            "in der Verwaltung und einem langen Rundgang durch die Stadtteile der Stadt.",
            "lodz": "Eine Kollegin aus Łódź berichtet von ihrer Integrationsarbeit.",
            "strasse": "Treffpunkt an der Hafenstraße, viele Nachbarn kamen.",
            "dutch": "De wijkteams in Almelo werken vraaggericht.",
            "turkish": "Gespräch mit Çağlar Doğan über den Moscheeverein.",
        }
        for key, text in texts.items():
            ids[key] = create_record(
                session,
                scope,
                "observation",
                {"text": text, "activity_id": activity.id, "tags": ["Nachbarschaft"]},
            ).id
        ids["contact"] = create_record(
            session, scope, "contact", {"name": "Jürgen Weiß", "organisation": "Stadt Münster"}
        ).id
    return ids


def hit_ids(db: Database, scope: Scope, query: str) -> list[str]:
    with db.read() as session:
        return [hit.record_id for hit in search(session, scope.workspace_id, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Munster", "muenster"),
        ("münster", "muenster"),
        ("MÜNSTER rathaus", "muenster"),
        ("lodz", "lodz"),
        ("hafenstrasse", "strasse"),
        ("Hafenstraße", "strasse"),
        ("ijs", "activity"),
        ("caglar dogan", "turkish"),
        ("wijkteam", "dutch"),
        ("weiss", "contact"),
    ],
)
def test_search_ignores_case_accents_and_special_letters(
    db: Database, scope: Scope, corpus: dict[str, str], query: str, expected: str
) -> None:
    assert corpus[expected] in hit_ids(db, scope, query)


def test_all_words_must_match(db: Database, scope: Scope, corpus: dict[str, str]) -> None:
    assert hit_ids(db, scope, "Münster Łódź") == []


def test_a_title_match_ranks_above_a_body_match(
    db: Database, scope: Scope, corpus: dict[str, str]
) -> None:
    hits = hit_ids(db, scope, "Hospitation")
    assert set(hits) == {corpus["activity"], corpus["muenster"]}
    assert hits[0] == corpus["activity"]  # in its title; the observation has it in its text


def test_tags_and_taxonomy_names_are_searchable_in_every_language(
    db: Database, scope: Scope, corpus: dict[str, str]
) -> None:
    assert corpus["dutch"] in hit_ids(db, scope, "nachbarschaft")
    assert corpus["activity"] in hit_ids(db, scope, "meeloopdag")  # the Dutch type label


def test_trashed_records_leave_search_and_return_on_restore(
    db: Database, scope: Scope, corpus: dict[str, str]
) -> None:
    from desktop.services.records import restore_record

    with db.write(scope.actor) as session:
        delete_record(session, scope, corpus["lodz"])
    assert hit_ids(db, scope, "lodz") == []
    with db.write(scope.actor) as session:
        restore_record(session, scope, corpus["lodz"])
    assert hit_ids(db, scope, "lodz") == [corpus["lodz"]]


def test_an_edit_updates_the_index(db: Database, scope: Scope, corpus: dict[str, str]) -> None:
    from desktop.services.records import update_record

    with db.write(scope.actor) as session:
        update_record(session, scope, corpus["dutch"], {"text": "Buurtsportcoach in De Riet"})
    assert hit_ids(db, scope, "wijkteams") == []
    assert hit_ids(db, scope, "buurtsport") == [corpus["dutch"]]


def test_operators_typed_by_a_user_are_plain_words(
    db: Database, scope: Scope, corpus: dict[str, str]
) -> None:
    assert hit_ids(db, scope, 'Münster" OR NEAR(') == []  # no syntax error, just no hit
    assert hit_ids(db, scope, "  ") == []


def test_snippets_mark_the_matching_words() -> None:
    snippet = highlight("Wir waren in Münster und am IJsselmeer.", ["munster", "ijs"])
    marked = [snippet.text[a:b] for a, b in snippet.spans]
    assert marked == ["Münster", "IJsselmeer"]


def test_a_long_text_is_cut_around_the_first_match() -> None:
    text = "Anfang " + "füllwort " * 60 + "Treffer am Ende " + "rest " * 40
    snippet = highlight(text, ["treffer"], width=80)
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    [(start, end)] = snippet.spans
    assert snippet.text[start:end] == "Treffer"
    assert len(snippet.text) <= 82


def test_keyset_paging_visits_every_record_once_despite_equal_dates(
    db: Database, scope: Scope
) -> None:
    with db.write(scope.actor) as session:
        for i in range(57):
            create_record(
                session,
                scope,
                "observation",
                {
                    "text": f"Notiz {i}",
                    "observed_on": (date(2009, 1, 1) + timedelta(days=i % 4)).isoformat(),
                },
            )
    seen: list[str] = []
    dates: list[date] = []
    with db.read() as session:
        page = list_records(session, scope.workspace_id, "observation", limit=10)
        while True:
            seen.extend(r.id for r in page.rows)
            dates.extend(r.observed_on for r in page.rows)
            if page.next_cursor is None:
                break
            page = list_records(
                session, scope.workspace_id, "observation", after=page.next_cursor, limit=10
            )
    assert len(seen) == len(set(seen)) == 57
    assert dates == sorted(dates, reverse=True)


def test_lists_sort_names_ignoring_accents(db: Database, scope: Scope) -> None:
    names = ["Zeynep", "Özlem", "Anna", "Émile", "Oliver", "Łukasz", "Ülkü"]
    with db.write(scope.actor) as session:
        for name in names:
            create_record(session, scope, "contact", {"name": name})
    with db.read() as session:
        rows = list_records(session, scope.workspace_id, "contact", sort="name").rows
    assert [r.name for r in rows] == [
        "Anna",
        "Émile",
        "Łukasz",
        "Oliver",
        "Özlem",
        "Ülkü",
        "Zeynep",
    ]


def test_filters_by_activity_field_tag_municipality_date_and_trash(
    db: Database, scope: Scope, corpus: dict[str, str]
) -> None:
    with db.write(scope.actor) as session:
        other = create_record(
            session,
            scope,
            "observation",
            {
                "text": "Wohnen in Coerde",
                "fields_of_action": ["Wohnen"],
                "observed_on": "2010-06-01",
            },
        )
        delete_record(session, scope, corpus["strasse"])
    with db.read() as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        ws = scope.workspace_id
        housing = taxonomy.find_term("field_of_action", "Wohnen")
        tag = taxonomy.find_term("tag", "Nachbarschaft")
        municipality = next(m for m in taxonomy.live_municipalities() if m.name == "Almelo")
        assert housing is not None and tag is not None

        def ids(record_filter: RecordFilter) -> set[str]:
            return {r.id for r in list_records(session, ws, "observation", record_filter).rows}

        live = {corpus[k] for k in ("muenster", "lodz", "dutch", "turkish")}
        assert ids(RecordFilter(activity_id=corpus["activity"])) == live
        assert ids(RecordFilter(field_of_action_id=housing.id)) == {other.id}
        assert ids(RecordFilter(tag_id=tag.id)) == live
        assert ids(RecordFilter(municipality_id=municipality.id)) == live
        assert ids(RecordFilter(date_from=date(2010, 1, 1), date_to=date(2010, 12, 31))) == {
            other.id
        }
        assert ids(RecordFilter(trash=True)) == {corpus["strasse"]}
        assert ids(RecordFilter(text="gespräch")) == {corpus["muenster"], corpus["turkish"]}
        assert count_records(session, ws, "observation") == 5
