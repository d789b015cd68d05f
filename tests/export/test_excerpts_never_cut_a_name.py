"""Regression (issue 10, item 1): excerpts were cut *before* names were replaced, so a
cut name or e-mail address no longer matched and survived — "Gespräch mit [Name nicht
genannt] (z.lukaszewska@polonia.examp…" in the open-conflicts table, "Frau Łuk…" in the
references to supporting observations. Reproduced on the demo workspace with one of
its withheld contacts, in every template, both formats, German and Dutch, with and
without pseudonyms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.export import ExportOptions, export_dossier
from desktop.models import SyncConflict
from desktop.services.demo import demo_id
from desktop.services.records import create_record
from desktop.store.textfold import fold
from tests.export.helpers import VISIT_ACTIVITY, Demo, text_of

# A contact of the demo workspace without consent.
NAME = "Grzegorz Wiśniewski"
EMAIL = "g.wisniewski@pkv-muenster.example"
# The conflicts table cuts an observation to 60 characters, a reference to a
# supporting observation to 90: the first cut goes through the e-mail address,
# the second through "Herr Wiśniewski".
OPENING = f"Gespräch mit {NAME} ({EMAIL}), woraufhin "
TEXT = OPENING + "Herr Wiśniewski die Sprechstunde für Familien ohne Versicherung erklärte."
# What a cut leaves of them: the start of any of their words, of 4 letters or more.
TRACES = re.compile(r"(?<![^\W_])(?:grze|wisn|g\.wi|pkv-)", re.IGNORECASE)


@pytest.fixture(scope="module")
def demo_with_a_mention(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    # Where the cuts of the old code went: through the address, and after "Herr Wiśn".
    assert TEXT[:59].endswith("(g.wisniewski@pkv-muenster")
    assert TEXT[:89].endswith("woraufhin Herr Wiśn")
    demo = Demo(tmp_path_factory.mktemp("demo-mention"))
    assert NAME in [c.name for c in demo.contacts(consent=False)]
    with demo.db.write(demo.scope.actor) as session:
        observation = create_record(
            session,
            demo.scope,
            "observation",
            {
                "activity_id": demo_id(VISIT_ACTIVITY),
                "text": TEXT,
                "author": "Ute Brinkmann",
                "observed_on": "2009-03-19",
            },
        )
        create_record(
            session,
            demo.scope,
            "adaptation",
            {
                "activity_id": demo_id(VISIT_ACTIVITY),
                "element_kind": "method",
                "element": "Sprechstunde ohne Versicherung",
                "adaptation": "Offene Sprechstunde im Stadtteil.",
                "observation_ids": [observation.id],
            },
        )
    with demo.db.write("sync") as session:
        session.add(
            SyncConflict(
                id="c0nf1ict-0000-0000-0000-000000000010",
                workspace_id=demo.scope.workspace_id,
                table_name="observation",
                row_id=observation.id,
                field_name="text",
                base_value="a",
                server_value=TEXT,
                client_value="c",
                server_author="Ute Brinkmann",
                client_author="Anouk Jansen",
                created_at=datetime(2009, 3, 20, tzinfo=UTC),
            )
        )
    yield demo
    demo.db.dispose()


WITHHELD_LABEL = {"de": "[Name nicht genannt]", "nl": "[naam niet vermeld]"}


@pytest.mark.parametrize("pseudonymise", [False, True], ids=["names", "pseudonyms"])
@pytest.mark.parametrize("language", ["de", "nl"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", ["visit", "core", "manual"])
def test_a_cut_excerpt_leaves_no_part_of_a_withheld_name_or_address(
    demo_with_a_mention: Demo,
    tmp_path: Path,
    template: str,
    fmt: str,
    language: str,
    pseudonymise: bool,
) -> None:
    demo = demo_with_a_mention
    options = ExportOptions(
        template,  # type: ignore[arg-type]
        fmt,  # type: ignore[arg-type]
        language,  # type: ignore[arg-type]
        activity_id=demo_id(VISIT_ACTIVITY) if template == "visit" else None,
        pseudonymise=pseudonymise,
    )
    path = export_dossier(demo.db, demo.scope, options, tmp_path / f"dossier.{fmt}").path
    text = text_of(path)
    assert not TRACES.findall(fold(text)), TRACES.findall(fold(text))
    # The excerpts are there, redacted first and then shortened at a word boundary.
    label = WITHHELD_LABEL[language]
    assert f"Gespräch mit {label} ({label})…" in text  # the conflicts table
    assert f"– Gespräch mit {label} ({label}), woraufhin {label}" in text
