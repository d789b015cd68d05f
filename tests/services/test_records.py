"""Each record kind: created, read back, edited, trashed and restored through the services."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from desktop.errors import NotFoundError, ValidationError
from desktop.models import Municipality, Term, Workspace
from desktop.services.records import (
    create_record,
    delete_record,
    get_record,
    restore_record,
    update_record,
)
from desktop.services.serialize import to_public
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database


def add(db: Database, scope: Scope, kind: str, data: dict[str, Any]) -> dict[str, Any]:
    with db.write(scope.actor) as session:
        record = create_record(session, scope, kind, data)
        return to_public(record, Taxonomy(session, scope.workspace_id))


def show(db: Database, scope: Scope, record_id: str) -> dict[str, Any]:
    with db.read() as session:
        record = get_record(session, scope, record_id)
        return to_public(record, Taxonomy(session, scope.workspace_id))


def test_a_new_workspace_has_the_default_taxonomies(db: Database, scope: Scope) -> None:
    with db.read() as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        assert len(taxonomy.terms_of("field_of_action")) == 11
        assert len(taxonomy.terms_of("target_group")) == 8
        assert len(taxonomy.terms_of("principle")) == 8
        assert [t.name for t in taxonomy.terms_of("activity_type")][:3] == [
            "Startveranstaltung",
            "Coaching-Tag",
            "Einzelhospitation",
        ]
        assert [m.name for m in taxonomy.live_municipalities()] == ["Almelo", "Münster"]
        wohnen = taxonomy.find_term("field_of_action", "Housing")
        assert wohnen is not None and wohnen.labels == {
            "de": "Wohnen",
            "nl": "Wonen",
            "en": "Housing",
        }
        assert session.get(Workspace, scope.workspace_id) is not None


def test_an_activity_round_trips(db: Database, scope: Scope) -> None:
    created = add(
        db,
        scope,
        "activity",
        {
            "title": "Coachingdag Almelo",
            "activity_type": "coachingdag",
            "starts_on": "2009-03-12",
            "ends_on": "13.03.2009",
            "host_municipality": "almelo",
            "place": "Stadhuis",
            "participants": "Kerngroep Almelo\nGäste aus Münster",
            "fields_of_action": ["Wonen", "Participation"],
        },
    )
    assert show(db, scope, created["id"]) == created
    assert created["activity_type"] == "Coaching-Tag"
    assert created["ends_on"] == "2009-03-13"
    assert created["host_municipality"] == "Almelo"
    assert created["fields_of_action"] == ["Wohnen", "Partizipation"]
    assert created["version"] == 0 and created["deleted_at"] is None
    assert created["created_by"] == "Anna Tester"


def test_an_observation_round_trips_with_new_tags_and_district(db: Database, scope: Scope) -> None:
    activity = add(db, scope, "activity", {"title": "Start", "activity_type": "Startveranstaltung"})
    created = add(
        db,
        scope,
        "observation",
        {
            "activity_id": activity["id"],
            "text": "**Mediation** mit allen Gruppen\n\n- Moderation extern\n- Konsens",
            "observed_on": "2008-10-01",
            "district": "Coerde",
            "target_groups": ["Zugewanderte"],
            "tags": ["Mediation", "mediation", "Quartier"],
            "gender_remark": "Frauen gleich stark vertreten.",
        },
    )
    assert show(db, scope, created["id"]) == created
    assert created["tags"] == ["Mediation", "Quartier"]
    assert created["district"] == "Coerde"
    assert created["author"] == "Anna Tester"
    assert created["text"].startswith("**Mediation**")


def test_an_adaptation_note_round_trips(db: Database, scope: Scope) -> None:
    observation = add(db, scope, "observation", {"text": "Beleg"})
    created = add(
        db,
        scope,
        "adaptation",
        {
            "element_kind": "method",
            "element": "Mediationsverfahren",
            "from_municipality": "Münster",
            "to_municipality": "Almelo",
            "origin_description": "Moderierte Werkstätten",
            "adaptation": "Kürzer, mit Wijkteams",
            "rationale": "Andere Verwaltungskultur",
            "framework_factors": ["administrative_culture", "actors"],
            "status": "piloting",
            "effects": "",
            "observation_ids": [observation["id"]],
            "principles": ["Konsens"],
        },
    )
    assert show(db, scope, created["id"]) == created
    assert created["observation_ids"] == [observation["id"]]
    assert created["principles"] == ["Konsens"]


def test_a_contact_round_trips_with_consent(db: Database, scope: Scope) -> None:
    activity = add(db, scope, "activity", {"title": "Start", "activity_type": "kick-off event"})
    created = add(
        db,
        scope,
        "contact",
        {
            "name": "Marĳke van der Berg",
            "organisation": "Gemeente Almelo",
            "role": "Beleidsmedewerker",
            "municipality": "Almelo",
            "country": "Nederland",
            "email": "M.Berg@Almelo.Example",
            "phone": "+31 546 541 234",
            "languages": ["nl", "Deutsch"],
            "activity_ids": [activity["id"]],
            "consent_given": True,
            "consent_date": "2009-01-15",
            "consent_scope": "Dossier Kerngruppe",
        },
    )
    assert show(db, scope, created["id"]) == created
    assert created["country"] == "NL"
    assert created["email"] == "M.Berg@almelo.example"
    assert created["languages"] == ["nl", "de"]


def test_an_update_changes_only_the_given_fields(db: Database, scope: Scope) -> None:
    created = add(db, scope, "contact", {"name": "Ayşe Yılmaz", "phone": "0251 123"})
    with db.write(scope.actor) as session:
        update_record(session, scope, created["id"], {"phone": "+49 251 999"})
    after = show(db, scope, created["id"])
    assert after["phone"] == "+49 251 999"
    assert after["name"] == "Ayşe Yılmaz"


def test_trash_and_restore(db: Database, scope: Scope) -> None:
    created = add(db, scope, "observation", {"text": "kurz"})
    with db.write(scope.actor) as session:
        delete_record(session, scope, created["id"])
    assert show(db, scope, created["id"])["deleted_at"] is not None
    with pytest.raises(ValidationError), db.write(scope.actor) as session:
        update_record(session, scope, created["id"], {"text": "geändert"})
    with db.write(scope.actor) as session:
        restore_record(session, scope, created["id"])
    assert show(db, scope, created["id"])["deleted_at"] is None


@pytest.mark.parametrize(
    ("kind", "data", "field"),
    [
        ("observation", {"text": "  "}, "text"),
        ("activity", {"title": "X"}, "activity_type"),
        ("activity", {"title": "X", "activity_type": "Picknick"}, "activity_type"),
        (
            "activity",
            {
                "title": "X",
                "activity_type": "Fachtagung",
                "starts_on": "2009-05-02",
                "ends_on": "2009-05-01",
            },
            "ends_on",
        ),
        ("observation", {"text": "x", "observed_on": "2009-02-30"}, "observed_on"),
        ("observation", {"text": "x", "fields_of_action": ["Raumfahrt"]}, "fields_of_action"),
        ("observation", {"text": "x", "activity_id": "not-an-id"}, "activity_id"),
        ("observation", {"text": "x", "colour": "blue"}, "colour"),
        ("adaptation", {"element_kind": "recipe", "element": "X"}, "element_kind"),
        ("adaptation", {"element_kind": "method", "element": "X", "status": "done"}, "status"),
        (
            "adaptation",
            {
                "element_kind": "method",
                "element": "X",
                "from_municipality": "Almelo",
                "to_municipality": "Almelo",
            },
            "to_municipality",
        ),
        ("contact", {"name": "A", "email": "a@@b"}, "email"),
        ("contact", {"name": "A", "phone": "call me"}, "phone"),
        ("contact", {"name": "A", "country": "Germany!"}, "country"),
        ("contact", {"name": "A", "languages": ["Klingonisch"]}, "languages"),
        ("contact", {"name": "A", "consent_given": True}, "consent_date"),
        (
            "contact",
            {
                "name": "A",
                "consent_given": True,
                "consent_date": (date.today() + timedelta(days=3)).isoformat(),
            },
            "consent_date",
        ),
        ("contact", {"name": "A", "consent_given": "vielleicht"}, "consent_given"),
    ],
)
def test_invalid_values_are_rejected_naming_the_field(
    db: Database, scope: Scope, kind: str, data: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as raised, db.write(scope.actor) as session:
        create_record(session, scope, kind, data)
    assert raised.value.field == field
    assert raised.value.translated()  # a message, not a crash while formatting


def test_a_missing_record_is_a_not_found_error(db: Database, scope: Scope) -> None:
    with pytest.raises(NotFoundError), db.read() as session:
        get_record(session, scope, "0b8f2d4c-0000-4000-8000-00000000abcd")


def test_a_tag_typed_on_two_laptops_gets_the_same_id(
    db: Database, scope: Scope, tmp_path: Any
) -> None:
    from desktop.services.workspace import open_scope
    from desktop.store import open_database

    other_db = open_database(tmp_path / "other")
    try:
        other_scope = open_scope(other_db, "Bert")
        ids = []
        for database, sc in ((db, scope), (other_db, other_scope)):
            with database.write(sc.actor) as session:
                ids.append(
                    Taxonomy(session, sc.workspace_id).resolve_term(
                        "tag", "Wijkaanpak", create=True, field="tags"
                    )
                )
        assert ids[0] == ids[1]
    finally:
        other_db.dispose()
    with db.read() as session:
        assert session.get(Term, ids[0]) is not None
        assert session.query(Municipality).count() == 2


def test_a_date_every_record_has_can_change_but_not_be_removed(db: Database, scope: Scope) -> None:
    note = add(db, scope, "observation", {"text": "am Markt", "observed_on": "2026-05-04"})
    with pytest.raises(ValidationError) as raised, db.write(scope.actor) as session:
        update_record(session, scope, note["id"], {"observed_on": None})
    assert raised.value.field == "observed_on"
    assert raised.value.translated({"observed_on": "Datum"}) == "Datum cannot be empty."
    with db.read() as session:
        assert get_record(session, scope, note["id"]).observed_on == date(2026, 5, 4)
    activity = add(
        db, scope, "activity", {"title": "Kick-off", "activity_type": "Startveranstaltung"}
    )
    with pytest.raises(ValidationError), db.write(scope.actor) as session:
        update_record(session, scope, activity["id"], {"starts_on": ""})
    with db.write(scope.actor) as session:
        update_record(session, scope, activity["id"], {"ends_on": None})  # optional: fine
