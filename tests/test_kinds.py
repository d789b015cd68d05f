"""Every record kind declared in desktop/domain is honoured everywhere that lists kinds.

A kind added to the registry but forgotten by listing, search, the command line,
the wire protocol or the window fails one of these tests.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main as cli
from desktop.domain import KINDS, KindSpec
from desktop.models import MODEL_BY_TABLE, SYNCED_MODELS
from desktop.services.listing import list_records
from desktop.services.records import create_record
from desktop.services.search import search
from desktop.services.taxonomy import Taxonomy
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.wire import user_fields
from desktop.sync.protocol import TABLE_FIELDS

SPECS = list(KINDS.values())
WORD = "Zwergpinscherdressur"  # a word nothing else in a fresh workspace contains


def sample(spec: KindSpec, taxonomy: Taxonomy) -> dict[str, Any]:
    """The smallest valid record of a kind, with WORD in its title or text."""
    data: dict[str, Any] = {}
    for field in spec.fields:
        if not field.required:
            continue
        if field.type in ("text", "markdown"):
            data[field.name] = f"{WORD} {field.name}"
        elif field.type == "enum":
            data[field.name] = field.choices[0]
        elif field.type == "term":
            assert field.term_kind is not None
            data[field.name] = taxonomy.terms_of(field.term_kind)[0].name
        else:
            pytest.fail(f"no sample value for required {field.type} field {field.name}")
    searched = spec.title_field or spec.search_fields[0]
    name = next(f.name for f in spec.fields if f.attr == searched)
    data[name] = f"{WORD} {name}"
    return data


def _create(db: Database, scope: Scope, spec: KindSpec) -> str:
    with db.write(scope.actor) as session:
        data = sample(spec, Taxonomy(session, scope.workspace_id))
        return create_record(session, scope, spec.kind, data).id


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
def test_listing_finds_and_sorts_every_kind_in_sql(
    db: Database, scope: Scope, spec: KindSpec
) -> None:
    record_id = _create(db, scope, spec)
    with db.read() as session:
        for key in spec.sort_columns:
            for descending in (False, True):
                page = list_records(
                    session, scope.workspace_id, spec.kind, sort=key, descending=descending
                )
                assert record_id in [r.id for r in page.rows], (key, descending)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
def test_search_finds_every_kind(db: Database, scope: Scope, spec: KindSpec) -> None:
    record_id = _create(db, scope, spec)
    with db.read() as session:
        hits = search(session, scope.workspace_id, WORD[:8])
    assert [(h.kind, h.record_id) for h in hits] == [(spec.kind, record_id)]


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
def test_the_command_line_adds_lists_and_shows_every_kind(
    tmp_path: Path,
    db: Database,
    scope: Scope,
    spec: KindSpec,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.read() as session:
        data = sample(spec, Taxonomy(session, scope.workspace_id))
    data_dir = str(db.data_dir)
    db.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(data)))
    capsys.readouterr()
    assert cli(["--data-dir", data_dir, "--json", "add", spec.kind]) == 0
    added = json.loads(capsys.readouterr().out)
    record_id = (added[0] if isinstance(added, list) else added)["id"]
    assert cli(["--data-dir", data_dir, "--json", "list", spec.kind]) == 0
    assert record_id in [item["id"] for item in json.loads(capsys.readouterr().out)]
    assert cli(["--data-dir", data_dir, "--json", "show", record_id]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == spec.kind


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
def test_the_wire_protocol_carries_every_kind(spec: KindSpec) -> None:
    assert spec.model in SYNCED_MODELS
    assert MODEL_BY_TABLE[spec.table] is spec.model
    assert set(TABLE_FIELDS[spec.table]) == set(user_fields(spec.model))
    for field in spec.fields:
        assert field.attr in TABLE_FIELDS[spec.table], field.name


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.kind)
def test_the_window_knows_every_kind(spec: KindSpec) -> None:
    from desktop.ui.kinds import UI_KINDS

    look = UI_KINDS[spec.kind]
    assert look.spec is spec
    assert look.columns and any(c.stretch for c in look.columns)
    for column in look.columns:
        assert column.sort_key is None or column.sort_key in spec.sort_columns
    assert look.editor_class().kind == spec.kind


def test_the_window_declares_no_kind_the_domain_does_not() -> None:
    from desktop.ui.kinds import UI_KINDS

    assert set(UI_KINDS) == set(KINDS)
