"""Hostile input as a suite: Hypothesis against both bundle importers.

A real laptop bundle (two batches and a photo) and a real answer bundle are taken
apart and put together again wrongly, hundreds of times: entries renamed (to `../`
paths and worse), dropped, doubled in meaning, replaced by other bytes; manifests with
other hashes, sizes, kinds, devices and workspaces - signed again with the laptop's
real key, or not; signatures of junk and non-ASCII bytes; the zip cut short or with
bytes flipped. The server's `import-bundle` and the laptop's `bundle-import` must
accept the file or refuse it with one line - and a refused file leaves every table and
the blob directory exactly as they were, and writes nothing outside the blob directory.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import UserError
from desktop.services.attachments import attach_file
from desktop.services.records import create_record
from desktop.store import DATABASE_FILE
from desktop.sync.bundles import export_bundle, import_bundle
from desktop.sync.protocol import MANIFEST_FILE, SIGNATURE_FILE, sign_manifest
from server.bundles import BundleRejectedError
from server.bundles import import_bundle as server_import
from tests.fingerprint import sqlite_fingerprint
from tests.sync.world import Laptop, World

pytestmark = pytest.mark.timeout(600)
CASES = int(os.environ.get("FIELD_DOSSIER_BUNDLE_FUZZ_CASES", "250"))
FUZZ = settings(
    max_examples=CASES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)

HOSTILE_NAMES = st.sampled_from(
    ["blobs/../../../victim", "../victim", "/tmp/victim", "blobs/" + "0" * 64,
     "batches/000001.json", "batches/9.json", "response.json", "manifest.json",
     "blobs\\..\\victim", "blobs/" + "A" * 64, "batches/000001.json/.."]
)  # fmt: skip
JUNK = st.one_of(
    st.binary(max_size=64),
    st.sampled_from([b"{}", b"[]", b"null", b'{"mutations": 5}', b"\xff\xfe", b"{" * 50]),
)


@dataclass
class Zip:
    """A bundle taken apart: its manifest (as JSON), its signature and its entries."""

    manifest: dict[str, Any]
    signature: bytes
    entries: dict[str, bytes]

    @classmethod
    def read(cls, path: Path) -> Zip:
        with zipfile.ZipFile(path) as archive:
            entries = {name: archive.read(name) for name in archive.namelist()}
        manifest = json.loads(entries.pop(MANIFEST_FILE))
        return cls(manifest, entries.pop(SIGNATURE_FILE), entries)

    def write(self, path: Path, key: str | None, damage: tuple[int, bytes] | None) -> None:
        data = json.dumps(self.manifest, sort_keys=True, separators=(",", ":")).encode()
        signature = sign_manifest(key, data).encode() if key is not None else self.signature
        buffer = io.BytesIO()
        with (
            warnings.catch_warnings(),  # a name twice is one of the cases
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        ):
            warnings.simplefilter("ignore", UserWarning)
            archive.writestr(MANIFEST_FILE, data)
            archive.writestr(SIGNATURE_FILE, signature)
            for name, content in self.entries.items():
                archive.writestr(name, content)
        raw = buffer.getvalue()
        if damage is not None:
            at, replacement = damage
            at %= max(len(raw), 1)
            raw = raw[:at] + replacement + raw[at + len(replacement) :]
        path.write_bytes(raw)


@st.composite
def mutated(draw: st.DrawFn, original: Zip, key: str) -> tuple[Zip, str | None, Any]:
    bundle = Zip(dict(original.manifest), original.signature, dict(original.entries))
    files = dict(bundle.manifest.get("files", {}))
    sizes = dict(bundle.manifest.get("sizes", {}))
    for _ in range(draw(st.integers(1, 3))):
        names = sorted(bundle.entries) or ["none"]
        change = draw(st.sampled_from(["rename", "replace", "drop", "add", "manifest", "none"]))
        name = draw(st.sampled_from(names))
        if change == "rename" and name in bundle.entries:
            new = draw(HOSTILE_NAMES)
            bundle.entries[new] = bundle.entries.pop(name)
            if draw(st.booleans()):  # the manifest agrees, so the names are what is checked
                files[new] = files.pop(name, "")
                sizes[new] = sizes.pop(name, 0)
        elif change == "replace" and name in bundle.entries:
            bundle.entries[name] = draw(JUNK)
            if draw(st.booleans()):
                files[name] = hashlib.sha256(bundle.entries[name]).hexdigest()
                sizes[name] = len(bundle.entries[name])
        elif change == "drop":
            bundle.entries.pop(name, None)
        elif change == "add":
            new, content = draw(HOSTILE_NAMES), draw(JUNK)
            bundle.entries[new] = content
            files[new] = hashlib.sha256(content).hexdigest()
        elif change == "manifest":
            field = draw(
                st.sampled_from(
                    ["kind", "device_id", "workspace_id", "cursor", "epoch", "username", "sizes"]
                )
            )
            bundle.manifest[field] = draw(
                st.one_of(
                    st.sampled_from(["request", "response", "x", None, -1, 2**70]),
                    st.uuids().map(str),
                    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
                )
            )
    bundle.manifest["files"] = files
    if isinstance(bundle.manifest.get("sizes"), dict):
        bundle.manifest["sizes"] = {**bundle.manifest["sizes"], **sizes}
    signing = draw(st.sampled_from(["real", "real", "stale", "junk", "non-ascii"]))
    if signing == "junk":
        bundle.signature = draw(st.binary(max_size=80))
    elif signing == "non-ascii":
        bundle.signature = "Ünterschrift".encode()
    damage = draw(st.none() | st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=8)))
    return bundle, (key if signing == "real" else None), damage


def _server_state(world: World) -> str:
    database = Path(world.settings.database_url.removeprefix("sqlite:///"))
    return sqlite_fingerprint(database, world.settings.blob_dir, skip="bundles")


def _laptop_state(laptop: Laptop) -> str:
    return sqlite_fingerprint(laptop.data_dir / DATABASE_FILE, laptop.data_dir / "blobs")


@pytest.fixture
def laptop_bundle(world: World, tmp_path: Path) -> Iterator[tuple[Laptop, Zip, str]]:
    anna = world.laptop("anna")
    with anna.db.write("anna") as session:
        note = create_record(session, anna.scope, "observation", {"text": "auf dem Stick"}).id
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"jpeg" * 500)
    with anna.db.write("anna") as session:
        attach_file(session, anna.scope, anna.db.blobs, note, photo)
    export_bundle(anna.db, tmp_path / "stick.zip")
    yield anna, Zip.read(tmp_path / "stick.zip"), anna.bundle_key()


def test_the_server_accepts_or_refuses_any_bundle_and_a_refusal_changes_nothing(
    world: World, laptop_bundle: tuple[Laptop, Zip, str], tmp_path: Path
) -> None:
    _anna, original, key = laptop_bundle
    victim = world.root / "victim"
    victim.write_bytes(b"precious")
    outcomes = {"accepted": 0, "refused": 0}
    state = {"server": _server_state(world)}

    @FUZZ
    @given(case=mutated(original, key))
    def run(case: tuple[Zip, str | None, Any]) -> None:
        bundle, signing_key, damage = case
        path = tmp_path / "fuzzed.zip"
        bundle.write(path, signing_key, damage)
        try:
            server_import(world.host.database, world.settings, path, tmp_path / "answer.zip")
        except BundleRejectedError as error:
            assert "\n" not in str(error) and "Traceback" not in str(error)
            assert _server_state(world) == state["server"], "a refused bundle changed the server"
            outcomes["refused"] += 1
        else:
            outcomes["accepted"] += 1
            state["server"] = _server_state(world)
        assert victim.read_bytes() == b"precious"
        assert not (world.root / "tmp").exists()

    run()
    assert outcomes["accepted"] > 0 and outcomes["refused"] > 0, outcomes


def test_a_laptop_accepts_or_refuses_any_answer_and_a_refusal_changes_nothing(
    world: World, laptop_bundle: tuple[Laptop, Zip, str], tmp_path: Path
) -> None:
    anna, _request, key = laptop_bundle
    server_import(world.host.database, world.settings, tmp_path / "stick.zip", tmp_path / "a.zip")
    original = Zip.read(tmp_path / "a.zip")
    outcomes = {"accepted": 0, "refused": 0}
    state = {"laptop": _laptop_state(anna)}
    assert (anna.data_dir / DATABASE_FILE).exists()

    @FUZZ
    @given(case=mutated(original, key))
    def run(case: tuple[Zip, str | None, Any]) -> None:
        bundle, signing_key, damage = case
        path = tmp_path / "fuzzed-answer.zip"
        bundle.write(path, signing_key, damage)
        try:
            import_bundle(anna.db, path)
        except UserError as error:
            assert "\n" not in error.english() and "Traceback" not in error.english()
            assert _laptop_state(anna) == state["laptop"], "a refused answer changed data"
            outcomes["refused"] += 1
        else:
            outcomes["accepted"] += 1
            state["laptop"] = _laptop_state(anna)

    run()
    assert outcomes["accepted"] > 0 and outcomes["refused"] > 0, outcomes


@pytest.mark.parametrize("field", ["cursor", "epoch"])
@pytest.mark.parametrize("value", [2**63, -1])
def test_a_signed_bundle_with_a_cursor_no_database_can_hold_is_refused_in_one_line(
    world: World, laptop_bundle: tuple[Laptop, Zip, str], tmp_path: Path, field: str, value: int
) -> None:
    """Found by the fuzz above: a cursor of 2**63 reached the database as a parameter
    (OverflowError) and a negative one made an invalid answer, both tracebacks."""
    _anna, original, key = laptop_bundle
    bundle = Zip({**original.manifest, field: value}, original.signature, dict(original.entries))
    path = tmp_path / "hostile.zip"
    bundle.write(path, key, None)
    before = _server_state(world)
    with pytest.raises(BundleRejectedError) as refused:
        server_import(world.host.database, world.settings, path, tmp_path / "answer.zip")
    assert "\n" not in str(refused.value)
    assert _server_state(world) == before
