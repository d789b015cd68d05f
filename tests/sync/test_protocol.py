"""The shared wire format: it matches the desktop's tables, and the server keeps its layer."""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, inspect

from desktop.models import SYNCED_MODELS
from desktop.models.base import UTCDateTime
from desktop.store.wire import user_fields
from desktop.sync.protocol import (
    TABLE_FIELDS,
    BundleFormatError,
    BundleManifest,
    FieldSpec,
    field_problem,
    open_bundle,
    write_bundle,
)

ROOT = Path(__file__).resolve().parents[2]


def _kind_of(model: Any, name: str) -> str:
    column = inspect(model).columns[name]
    if isinstance(column.type, JSON):
        if column.info.get("points"):  # a list of objects: a contact's e-mails, phones…
            return "points"
        default = column.default
        empty = default.arg(None) if default is not None and default.is_callable else None
        return "str_list" if empty == [] else "object"
    if isinstance(column.type, UTCDateTime):
        return "datetime"
    python_type = column.type.python_type
    return {
        str: "text",
        int: "int",
        bool: "bool",
        date: "date",
        datetime: "datetime",
        dict: "object",
        list: "str_list",
    }[python_type]


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_the_wire_schema_names_every_user_field_of_every_synced_table(model: Any) -> None:
    spec = TABLE_FIELDS[model.__tablename__]
    assert set(spec) == set(user_fields(model))
    for name, field in spec.items():
        column = inspect(model).columns[name]
        # Label maps and digests are stored as a JSON object and as text.
        stored_as = {"labels": "object", "sha256": "text"}.get(field.kind, field.kind)
        assert stored_as == _kind_of(model, name), name
        assert field.nullable == bool(column.nullable), name
        length = getattr(column.type, "length", None)
        if field.kind == "text":
            assert field.max_length == length, name
        elif field.kind == "sha256":
            assert length == 64, name


def test_every_synced_table_is_in_the_wire_schema() -> None:
    assert set(TABLE_FIELDS) == {m.__tablename__ for m in SYNCED_MODELS}


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"x": value}
    return value


@pytest.mark.parametrize(
    ("spec", "value", "ok"),
    [
        (FieldSpec("text", max_length=3), "abc", True),
        (FieldSpec("text", max_length=3), "abcd", False),
        (FieldSpec("text"), 5, False),
        (FieldSpec("int"), True, False),
        (FieldSpec("date"), "2009-03-12", True),
        (FieldSpec("date"), "12.03.2009", False),
        (FieldSpec("datetime", nullable=True), None, True),
        (FieldSpec("datetime"), "2009-03-12T10:00:00Z", True),
        (FieldSpec("str_list"), ["a", 1], False),
        (FieldSpec("object"), {"de": "x"}, True),
        (FieldSpec("text"), None, False),
        # What no store can hold (PostgreSQL, SQLite, Python's datetime):
        (FieldSpec("text"), "a\x00b", False),
        (FieldSpec("text"), "lone \ud800 surrogate", False),
        (FieldSpec("text"), "x" * 200_001, False),
        (FieldSpec("int"), 2**63 - 1, True),
        (FieldSpec("int"), 2**63, False),
        (FieldSpec("int"), -(2**63) - 1, False),
        (FieldSpec("datetime"), "9998-12-31T23:59:59+00:00", True),
        (FieldSpec("datetime"), "9999-12-31T23:59:59-05:00", False),
        (FieldSpec("datetime"), "0001-01-01T00:00:00+05:00", False),
        (FieldSpec("date"), "9999-01-01", False),
        (FieldSpec("labels", max_length=200), {"de": "Wohnen", "nl": "Wonen"}, True),
        (FieldSpec("labels", max_length=200), {"de": 5}, False),
        (FieldSpec("labels", max_length=200), {"de": {"x": "y"}}, False),
        (FieldSpec("object"), _nested(9), False),
        (FieldSpec("object"), _nested(8), True),
        (FieldSpec("object"), {"n": float("nan")}, False),
        (FieldSpec("sha256"), "0" * 64, True),
        (FieldSpec("sha256"), "z" * 64, False),
        (FieldSpec("sha256"), "A" * 64, False),
        (FieldSpec("str_list", max_length=300), ["ok", "nicht\x00ok"], False),
    ],
)
def test_wire_values_are_checked_by_type(spec: FieldSpec, value: Any, ok: bool) -> None:
    assert (field_problem(spec, value) is None) is ok


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_server_imports_nothing_of_the_desktop_but_the_protocol() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / "server").rglob("*.py"))
        for module in _imports(path)
        if module.startswith("desktop")
        and not module.startswith("desktop.sync.protocol")
        and module != "desktop"
    ]
    assert offenders == []


def test_the_protocol_imports_neither_qt_nor_the_store() -> None:
    for path in (ROOT / "desktop" / "sync" / "protocol").rglob("*.py"):
        bad = [
            m
            for m in _imports(path)
            if m.startswith(("PySide6", "desktop.store", "desktop.models", "desktop.errors"))
        ]
        assert bad == [], path


def test_the_sync_engine_imports_no_qt(tmp_path: Path) -> None:
    for path in (ROOT / "desktop" / "sync").rglob("*.py"):
        assert not any(m.startswith("PySide6") for m in _imports(path)), path


# -- bundle files ------------------------------------------------------------------------


def _manifest() -> BundleManifest:
    return BundleManifest(
        kind="request",
        bundle_id="00000000-0000-4000-8000-000000000001",
        device_id="00000000-0000-4000-8000-000000000002",
        workspace_id="00000000-0000-4000-8000-000000000003",
        username="anna",
        created_at=datetime(2009, 3, 12, 10, 0),
    )


def test_a_bundle_reads_back_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    write_bundle(path, _manifest(), {"batches/000001.json": b"{}"}, "device-secret")
    with open_bundle(path, lambda _m: "device-secret") as bundle:
        assert bundle.manifest.username == "anna"
        assert bundle.documents == {"batches/000001.json": b"{}"} and bundle.blobs == {}


def test_a_bundle_signed_with_another_key_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    write_bundle(path, _manifest(), {"batches/000001.json": b"{}"}, "device-secret")
    with pytest.raises(BundleFormatError, match="signature"):
        open_bundle(path, lambda _m: "another-secret").__enter__()


def test_a_bundle_with_a_changed_file_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "b.zip"
    write_bundle(path, _manifest(), {"batches/000001.json": b"{}"}, "device-secret")
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, b"[]" if name.startswith("batches/") else data)
    with pytest.raises(BundleFormatError, match="changed"):
        open_bundle(tampered, lambda _m: "device-secret").__enter__()


def test_a_file_that_is_no_bundle_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "b.zip"
    path.write_text("not a zip")
    with pytest.raises(BundleFormatError):
        open_bundle(path, lambda _m: "device-secret").__enter__()
