"""Bundles are read without trusting them (issue 9, finding 7).

A signed bundle with an entry `blobs/../../…` once made `import-bundle` truncate,
overwrite and delete a file outside the blob directory (and another one made
directories there) before it was rejected; a 3 MB unsigned bundle with one 3 GiB entry
was inflated in memory before its signature was checked. Now the signature comes
first (manifest and signature read with a size cap), entry names are checked before
any entry is opened, and entries are extracted as streams that stop at their declared
size, into temporary files that move into place only once their hash is right.
"""

from __future__ import annotations

import hashlib
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main as desktop_cli
from desktop.models import utcnow
from desktop.services.records import create_record
from desktop.services.workspace import device_id
from desktop.sync.bundles import export_bundle
from desktop.sync.protocol import (
    MANIFEST_FILE,
    SIGNATURE_FILE,
    BundleFormatError,
    BundleManifest,
    manifest_bytes,
    open_bundle,
    sign_manifest,
    write_bundle,
)
from server.bundles import BundleRejectedError
from server.bundles import import_bundle as server_import
from server.cli import main as server_cli
from tests.sync.world import Laptop, World

BOMB_BYTES = 256 * 1024 * 1024
PRECIOUS = b"the administrator's own file"


def _manifest(world: World, laptop: Laptop, kind: str = "request") -> BundleManifest:
    return BundleManifest(
        kind=kind,  # type: ignore[arg-type]
        bundle_id="00000000-0000-4000-8000-0000000000b1",
        device_id=device_id(laptop.db),
        workspace_id=world.workspace_id,
        username=laptop.name,
        created_at=utcnow(),
    )


def _signed(world: World, laptop: Laptop, path: Path, files: dict[str, bytes]) -> Path:
    """A bundle signed with the laptop's real key: what a member with bad intent makes."""
    write_bundle(path, _manifest(world, laptop), files, laptop.bundle_key())
    return path


def _import(world: World, tmp_path: Path, bundle: Path) -> None:
    server_import(world.host.database, world.settings, bundle, tmp_path / "answer.zip")


@pytest.fixture
def anna(world: World) -> Laptop:
    return world.laptop("anna")


@pytest.mark.parametrize(
    "name",
    [
        "blobs/../../../victim",
        "blobs/../../victim.part",
        "blobs/" + "a" * 64 + "/../../../../victim",
        "batches/../../../victim.json",
        "/tmp/victim",
        "blobs\\..\\..\\victim",
    ],
)
def test_a_signed_bundle_naming_a_path_outside_the_blob_directory_touches_nothing_there(
    world: World, anna: Laptop, tmp_path: Path, name: str
) -> None:
    victims = [world.root / "victim.part", world.root / "victim", tmp_path / "victim"]
    for victim in victims:
        victim.write_bytes(PRECIOUS)
    before = {p for p in world.root.rglob("*")}
    bundle = _signed(world, anna, tmp_path / "evil.zip", {name: b"evil"})
    with pytest.raises(BundleRejectedError, match="may not hold"):
        _import(world, tmp_path, bundle)
    assert all(victim.read_bytes() == PRECIOUS for victim in victims)
    new = {p for p in world.root.rglob("*")} - before
    blob_dir = world.settings.blob_dir
    assert all(p == blob_dir or blob_dir in p.parents for p in new), sorted(new)


def test_a_signed_bundle_cannot_make_directories_outside_the_blob_directory(
    world: World, anna: Laptop, tmp_path: Path
) -> None:
    bundle = _signed(world, anna, tmp_path / "evil.zip", {"blobs/../../../newdir/x": b"x"})
    with pytest.raises(BundleRejectedError):
        _import(world, tmp_path, bundle)
    assert not (world.root / "newdir").exists()


def _bomb(path: Path, manifest_data: bytes, signature: str, name: str) -> Path:
    """A small zip whose one entry inflates to BOMB_BYTES of zeros."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST_FILE, manifest_data)
        archive.writestr(SIGNATURE_FILE, signature)
        with archive.open(name, "w", force_zip64=True) as entry:
            zeros = bytes(1 << 20)
            for _ in range(BOMB_BYTES >> 20):
                entry.write(zeros)
    assert path.stat().st_size < 2 * 1024 * 1024
    return path


def _peak_and_seconds(action: object) -> tuple[int, float, BaseException]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        action()  # type: ignore[operator]
    except Exception as exc:  # the refusal is what is measured
        error: BaseException = exc
    else:
        raise AssertionError("the bundle was accepted")
    finally:
        seconds = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak, seconds, error


def test_an_unsigned_bomb_is_refused_before_anything_is_inflated(
    world: World, anna: Laptop, tmp_path: Path
) -> None:
    name = "blobs/" + hashlib.sha256(bytes(BOMB_BYTES)).hexdigest()
    data = manifest_bytes(_manifest(world, anna).model_copy(update={"files": {name: "0" * 64}}))
    bundle = _bomb(tmp_path / "bomb.zip", data, "not-the-signature", name)
    peak, seconds, error = _peak_and_seconds(lambda: _import(world, tmp_path, bundle))
    assert isinstance(error, BundleRejectedError) and "signature" in str(error)
    assert peak < 16 * 1024 * 1024, f"{peak / 2**20:.0f} MiB allocated"
    assert seconds < 10


def test_a_signed_bomb_stops_at_its_declared_size(
    world: World, anna: Laptop, tmp_path: Path
) -> None:
    sha = hashlib.sha256(b"tiny").hexdigest()
    name = f"blobs/{sha}"
    manifest = _manifest(world, anna).model_copy(update={"files": {name: sha}, "sizes": {name: 4}})
    data = manifest_bytes(manifest)
    bundle = _bomb(tmp_path / "bomb.zip", data, sign_manifest(anna.bundle_key(), data), name)
    peak, seconds, error = _peak_and_seconds(lambda: _import(world, tmp_path, bundle))
    assert isinstance(error, BundleRejectedError) and "larger than declared" in str(error)
    assert peak < 16 * 1024 * 1024 and seconds < 10
    assert not world.settings.blob_dir.exists() or not any(
        p.is_file() for p in world.settings.blob_dir.rglob("*")
    )


def test_a_manifest_that_inflates_beyond_its_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open(MANIFEST_FILE, "w", force_zip64=True) as entry:
            for _ in range(64):
                entry.write(bytes(1 << 20))
        archive.writestr(SIGNATURE_FILE, "x")
    peak, _seconds, error = _peak_and_seconds(
        lambda: open_bundle(path, lambda _m: "secret").__enter__()
    )
    assert isinstance(error, BundleFormatError) and "larger than" in str(error)
    assert peak < 16 * 1024 * 1024


def test_a_file_whose_hash_is_wrong_never_enters_the_blob_directory(
    world: World, anna: Laptop, tmp_path: Path
) -> None:
    claimed = hashlib.sha256(b"the real photo").hexdigest()
    path = tmp_path / "forged.zip"
    manifest = _manifest(world, anna)
    files = {f"blobs/{claimed}": b"something else"}
    write_bundle(path, manifest, files, anna.bundle_key())  # manifest lists its true hash
    with pytest.raises(BundleRejectedError, match="does not match its SHA-256"):
        _import(world, tmp_path, path)
    assert not (world.settings.blob_dir / claimed[:2] / claimed).exists()


def test_a_bundle_with_a_file_twice_is_refused(world: World, anna: Laptop, tmp_path: Path) -> None:
    with anna.db.write("anna") as session:
        create_record(session, anna.scope, "observation", {"text": "einmal"})
    export_bundle(anna.db, tmp_path / "good.zip")
    doubled = tmp_path / "doubled.zip"
    with zipfile.ZipFile(tmp_path / "good.zip") as source, zipfile.ZipFile(doubled, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info))
            if info.filename.startswith("batches/"):
                with pytest.warns(UserWarning, match="Duplicate name"):
                    copy.writestr(info, b"{}")
    with pytest.raises(BundleRejectedError, match="twice"):
        _import(world, tmp_path, doubled)


def test_a_signature_of_non_ascii_bytes_is_a_one_line_refusal(
    world: World,
    anna: Laptop,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with anna.db.write("anna") as session:
        create_record(session, anna.scope, "observation", {"text": "unterwegs"})
    export_bundle(anna.db, tmp_path / "good.zip")
    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(tmp_path / "good.zip") as source, zipfile.ZipFile(forged, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(
                info, "Ünterschrift ß".encode() if info.filename == SIGNATURE_FILE else data
            )
    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.setenv("FIELD_DOSSIER_SECRET_KEY", world.settings.secret_key)
    monkeypatch.setenv("FIELD_DOSSIER_BLOB_DIR", str(world.settings.blob_dir))
    url = world.settings.database_url
    capsys.readouterr()
    code = server_cli(
        ["--database-url", url, "import-bundle", str(forged), "--out", str(tmp_path / "a.zip")]
    )
    err = capsys.readouterr().err
    assert code == 1 and "signature" in err and len(err.strip().splitlines()) == 1
    # And a laptop given such an answer bundle.
    answer = tmp_path / "answer.zip"
    data = manifest_bytes(
        _manifest(world, anna, "response").model_copy(
            update={"files": {"response.json": hashlib.sha256(b"{}").hexdigest()}}
        )
    )
    with zipfile.ZipFile(answer, "w") as archive:
        archive.writestr(MANIFEST_FILE, data)
        archive.writestr(SIGNATURE_FILE, "Ünterschrift".encode())
        archive.writestr("response.json", b"{}")
    code = desktop_cli(["--data-dir", str(anna.data_dir), "bundle-import", str(answer)])
    err = capsys.readouterr().err
    assert code == 1 and "signature" in err and len(err.strip().splitlines()) == 1
