"""Search finds the inside of compound words, and ranks whole words above such hits."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop.services.listing import RecordFilter, list_records
from desktop.services.records import create_record, delete_record, restore_record, update_record
from desktop.services.search import search
from desktop.services.workspace import Scope
from desktop.store import Database


@pytest.fixture
def compounds(db: Database, scope: Scope) -> dict[str, str]:
    texts = {
        "elterncafe": "Im Elterncafés der Grundschule trafen sich Mütter und Väter.",
        "taalcafe": "Het taalcafé in de bibliotheek draait op vrijwilligers.",
        "cafe": "Danach ins Café am Markt, ein Gespräch mit dem Quartiersmanagement.",
        "wijkteam": "Overleg met het Wijkteam Noord over de aanmelding.",
        "strasse": "Treffpunkt an der Hafenstraße.",
        "other": "Beratung in der Verwaltung, nichts weiter.",
    }
    with db.write(scope.actor) as session:
        return {
            key: create_record(session, scope, "observation", {"text": value}).id
            for key, value in texts.items()
        }


def found(db: Database, scope: Scope, query: str, **options: object) -> list[str]:
    with db.read() as session:
        return [h.record_id for h in search(session, scope.workspace_id, query, **options)]  # type: ignore[arg-type]


def test_a_word_is_found_inside_compounds_whatever_its_accents(
    db: Database, scope: Scope, compounds: dict[str, str]
) -> None:
    assert set(found(db, scope, "cafe")) == {
        compounds["elterncafe"],
        compounds["taalcafe"],
        compounds["cafe"],
    }
    assert found(db, scope, "team") == [compounds["wijkteam"]]
    assert found(db, scope, "TEAM noord") == [compounds["wijkteam"]]
    assert found(db, scope, "strasse") == [compounds["strasse"]], "ß folded as in the word index"
    assert found(db, scope, "straße") == [compounds["strasse"]]


def test_whole_words_rank_above_hits_inside_words(
    db: Database, scope: Scope, compounds: dict[str, str]
) -> None:
    with db.read() as session:
        hits = search(session, scope.workspace_id, "café")
    assert hits[0].record_id == compounds["cafe"]
    assert [hit.tier for hit in hits] == ["word", "substring", "substring"]
    marked = [hits[1].snippet.text[a:b] for a, b in hits[1].snippet.spans]
    assert marked in (["Elterncafés"], ["taalcafé"]), "the compound is marked in the snippet"


def test_short_words_still_match_as_word_beginnings(
    db: Database, scope: Scope, compounds: dict[str, str]
) -> None:
    assert found(db, scope, "wi team") == [compounds["wijkteam"]]
    assert found(db, scope, "ca") == [compounds["cafe"]], "two letters: word beginnings only"


def test_the_substring_index_follows_edits_trash_and_restore(
    db: Database, scope: Scope, compounds: dict[str, str]
) -> None:
    record_id = compounds["wijkteam"]
    with db.write(scope.actor) as session:
        update_record(session, scope, record_id, {"text": "Buurtsportcoach in De Riet"})
    assert found(db, scope, "team") == []
    assert found(db, scope, "sportcoach") == [record_id]
    with db.write(scope.actor) as session:
        delete_record(session, scope, record_id)
    assert found(db, scope, "sportcoach") == []
    with db.write(scope.actor) as session:
        restore_record(session, scope, record_id)
    assert found(db, scope, "sportcoach") == [record_id]
    with db.read() as session:  # the contentless index was told exactly what to forget
        session.execute(
            text("INSERT INTO search_trigram(search_trigram, rank) VALUES ('integrity-check', 0)")
        )


def test_filters_and_the_filter_bar_find_inside_words_too(
    db: Database, scope: Scope, compounds: dict[str, str]
) -> None:
    since = RecordFilter(date_from=date(2000, 1, 1))  # ranked per kind, in SQL
    assert found(db, scope, "team", record_filter=since) == [compounds["wijkteam"]]
    record_filter = RecordFilter(text="cafe")
    with db.read() as session:
        rows = list_records(session, scope.workspace_id, "observation", record_filter).rows
    assert {row.id for row in rows} == {
        compounds["elterncafe"],
        compounds["taalcafe"],
        compounds["cafe"],
    }
