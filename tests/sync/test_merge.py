"""The per-field three-way merge, as properties (Hypothesis) and as worked examples."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sync.protocol import DELETED_AT, same_value
from server.sync.merge import MergeResult, merge_fields

FIELDS = ("text", "tags", "phone", "position")
VALUES = st.one_of(
    st.text(max_size=3),
    st.integers(min_value=0, max_value=3),
    st.lists(st.sampled_from(["a", "b", "c"]), max_size=2),
)
STAMPS = st.sampled_from([None, "2009-03-12T10:00:00Z", "2009-03-13T11:00:00Z"])


@st.composite
def rows(draw: st.DrawFn, *, deletable: bool = True) -> dict[str, Any]:
    row = {name: draw(VALUES) for name in FIELDS}
    row[DELETED_AT] = draw(STAMPS) if deletable else None
    return row


@st.composite
def edits_of(draw: st.DrawFn, row: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    chosen = draw(st.lists(st.sampled_from(fields), unique=True, max_size=len(fields)))
    return {name: draw(STAMPS if name == DELETED_AT else VALUES) for name in chosen}


@st.composite
def three_way(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(base, server's current row, the client's changes) with arbitrary edits on both sides."""
    base = draw(rows())
    all_fields = (*FIELDS, DELETED_AT)
    current = {**base, **draw(edits_of(base, all_fields))}
    changes = draw(edits_of(base, all_fields))
    return base, current, changes


def apply(current: dict[str, Any], result: MergeResult) -> dict[str, Any]:
    return {**current, **result.applied}


@settings(max_examples=300, deadline=None)
@given(three_way())
def test_merging_twice_changes_nothing_more(case: tuple[dict[str, Any], ...]) -> None:
    base, current, changes = case
    first = merge_fields(base, current, changes)
    second = merge_fields(base, first.values, changes)
    assert second.values == first.values
    first_conflicts = {(c.field, repr(c.client)) for c in first.conflicts}
    assert {(c.field, repr(c.client)) for c in second.conflicts} <= first_conflicts


@settings(max_examples=300, deadline=None)
@given(three_way())
def test_no_written_value_is_lost(case: tuple[dict[str, Any], ...]) -> None:
    """Every client value ends in the row or in a conflict; every server value stays in
    the row, in a conflict, or was the base value (which the version history holds)."""
    base, current, changes = case
    result = merge_fields(base, current, changes)
    conflicts = {c.field: c for c in result.conflicts}
    for name, client in changes.items():
        kept = same_value(name, result.values[name], client)
        in_conflict = name in conflicts and conflicts[name].client == client
        unchanged_by_client = same_value(name, client, base[name])
        assert kept or in_conflict or unchanged_by_client
    for name, server in current.items():
        if not same_value(name, result.values[name], server):
            assert same_value(name, server, base[name]) or name in conflicts


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_disjoint_edits_never_conflict(data: st.DataObject) -> None:
    base = data.draw(rows(deletable=False))
    server_fields = data.draw(st.lists(st.sampled_from(FIELDS), unique=True))
    client_fields = [f for f in FIELDS if f not in server_fields]
    current = {**base, **data.draw(edits_of(base, tuple(server_fields) or ("text",)))}
    current = {k: (v if k in server_fields else base[k]) for k, v in current.items()}
    changes = data.draw(edits_of(base, tuple(client_fields))) if client_fields else {}
    result = merge_fields(base, current, changes)
    assert result.conflicts == []
    assert result.values == {**current, **changes}


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_identical_edits_never_conflict(data: st.DataObject) -> None:
    base = data.draw(rows())
    edit = data.draw(edits_of(base, (*FIELDS, DELETED_AT)))
    current = {**base, **edit}
    result = merge_fields(base, current, edit)
    assert result.conflicts == []
    assert result.values == current
    assert result.applied == {}


# -- worked examples ---------------------------------------------------------------------

BASE = {"text": "Hallo", "tags": ["a"], "phone": "+49 1", DELETED_AT: None}


def test_a_field_only_the_client_changed_is_taken() -> None:
    result = merge_fields(BASE, BASE, {"text": "Hallo Welt"})
    assert result.applied == {"text": "Hallo Welt"} and result.conflicts == []


def test_text_and_tags_edited_by_two_people_merge() -> None:
    server = {**BASE, "tags": ["a", "b"]}
    result = merge_fields(BASE, server, {"text": "Hallo Welt"})
    assert result.values == {**BASE, "text": "Hallo Welt", "tags": ["a", "b"]}
    assert result.conflicts == []


def test_the_same_field_changed_differently_keeps_the_server_value_and_conflicts() -> None:
    server = {**BASE, "phone": "+49 2"}
    result = merge_fields(BASE, server, {"phone": "+31 3"})
    assert result.values["phone"] == "+49 2"
    [conflict] = result.conflicts
    assert (conflict.field, conflict.base, conflict.server, conflict.client) == (
        "phone",
        "+49 1",
        "+49 2",
        "+31 3",
    )


def test_deleting_a_row_someone_edited_tombstones_it_with_a_restorable_conflict() -> None:
    server = {**BASE, "text": "bearbeitet"}
    result = merge_fields(BASE, server, {DELETED_AT: "2009-03-12T10:00:00Z"})
    assert result.values[DELETED_AT] == "2009-03-12T10:00:00Z"
    assert result.values["text"] == "bearbeitet"
    [conflict] = result.conflicts
    assert conflict.field == DELETED_AT and conflict.server is None


def test_editing_a_row_someone_deleted_keeps_the_edit_and_offers_to_restore() -> None:
    server = {**BASE, DELETED_AT: "2009-03-12T10:00:00Z"}
    result = merge_fields(BASE, server, {"text": "noch bearbeitet"})
    assert result.values["text"] == "noch bearbeitet"
    assert result.values[DELETED_AT] == "2009-03-12T10:00:00Z"
    [conflict] = result.conflicts
    assert conflict.field == DELETED_AT and conflict.client is None


def test_two_deletions_are_the_same_fact() -> None:
    server = {**BASE, DELETED_AT: "2009-03-12T10:00:00Z"}
    result = merge_fields(BASE, server, {DELETED_AT: "2009-03-13T11:00:00Z"})
    assert result.conflicts == [] and result.applied == {}


def test_a_concurrent_insert_of_the_same_values_merges_silently() -> None:
    original = {"name": "wijk", "labels": {}, DELETED_AT: None}
    renamed = {**original, "labels": {"nl": "wijk"}}
    result = merge_fields(original, renamed, original, concurrent_insert=True)
    assert result.conflicts == [] and result.values == renamed


def test_a_concurrent_insert_with_other_values_conflicts_instead_of_overwriting() -> None:
    original = {"name": "wijk", "labels": {}, DELETED_AT: None}
    result = merge_fields(
        original, original, {**original, "labels": {"de": "Viertel"}}, concurrent_insert=True
    )
    assert result.values == original
    assert [c.field for c in result.conflicts] == ["labels"]
