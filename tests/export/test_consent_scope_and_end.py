"""Consent with an end and a scope (issue 16): a dossier names a contact only while
their consent lasts and covers what the dossier is for; otherwise it treats them
exactly like a person who never consented."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.export import ExportOptions, export_dossier
from desktop.services.records import create_record
from desktop.services.workspace import Scope
from desktop.store import Database
from tests.export.helpers import text_of

YESTERDAY = (date.today() - timedelta(days=1)).isoformat()
NEXT_YEAR = (date.today() + timedelta(days=365)).isoformat()

# name, e-mail, what the consent covers, its last day
EXPIRED = ("Wiebke Abgelaufen", "wiebke.abgelaufen@mail.example", "public", YESTERDAY)
VALID = ("Valentijn Geldig", "valentijn.geldig@mail.example", "public", NEXT_YEAR)
INTERNAL = ("Ines Brakenhoff", "ines.brakenhoff@mail.example", "internal", None)


@pytest.fixture
def activity_id(db: Database, scope: Scope) -> str:
    people = (EXPIRED, VALID, INTERNAL)
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {"title": "Coaching-Tag Wohnen", "activity_type": "Coaching-Tag",
             "starts_on": "2009-03-19", "host_municipality": "Münster"},
        )  # fmt: skip
        mentions = " ".join(
            f"{name} ({email}) sprach über das Quartier." for name, email, *_ in people
        )
        create_record(
            session,
            scope,
            "observation",
            {"activity_id": activity.id, "text": mentions, "observed_on": "2009-03-19"},
        )
        for name, email, use, until in people:
            create_record(
                session,
                scope,
                "contact",
                {"name": name, "email": email, "consent_given": True,
                 "consent_date": "2009-03-19", "consent_use": use, "consent_until": until,
                 "activity_ids": [activity.id]},
            )  # fmt: skip
        return activity.id


def _dossier(
    db: Database, scope: Scope, tmp_path: Path, template: str, fmt: str, activity: str
) -> str:
    options = ExportOptions(
        template,
        fmt,  # type: ignore[arg-type]
        "de",
        activity_id=activity if template == "visit" else None,
    )
    out = tmp_path / f"{template}.{fmt}"
    export_dossier(db, scope, options, out)
    return text_of(out)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_contact_whose_consent_ended_is_withheld_and_one_whose_consent_lasts_is_named(
    db: Database, scope: Scope, tmp_path: Path, activity_id: str, fmt: str
) -> None:
    text = _dossier(db, scope, tmp_path, "core", fmt, activity_id)
    assert "Coaching-Tag Wohnen" in text  # the dossier is there
    for part in ("Wiebke", "Abgelaufen", "wiebke.abgelaufen@mail.example"):
        assert part not in text
    assert "[Name nicht genannt]" in text
    assert "Valentijn Geldig" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_consent_for_internal_reports_names_a_person_in_a_visit_report_only(
    db: Database, scope: Scope, tmp_path: Path, activity_id: str, fmt: str
) -> None:
    core = _dossier(db, scope, tmp_path, "core", fmt, activity_id)
    assert "Brakenhoff" not in core and "ines.brakenhoff@mail.example" not in core
    visit = _dossier(db, scope, tmp_path, "visit", fmt, activity_id)
    assert "Ines Brakenhoff" in visit
    assert "Valentijn Geldig" in visit
    assert "Abgelaufen" not in visit and "wiebke.abgelaufen" not in visit
