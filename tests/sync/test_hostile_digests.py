"""An attachment digest that is no SHA-256 never crashes a laptop (issue 9, finding 5).

Rows synced before the server checked digests may name their file by 64 characters
that are not hex - or by "../…", which as a path leaves the blob directory. Such a row
is left out of downloads and data exports with a one-line message; everything else
goes on, and no file is ever read or written outside the data folder's blob store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.models import Attachment, new_id, utcnow
from desktop.services.attachments import attach_file, ensure_thumbnail
from desktop.services.backup import create_backup
from desktop.services.records import create_record
from desktop.store.blobs import DamagedDigestError
from desktop.sync import api
from desktop.sync.blobs import download_missing, hashes_to_upload
from desktop.sync.protocol import Mutation
from tests.sync.world import Laptop, World

# As a path, blobs/../../aaa… is the file "aaa…" beside the data folder.
ESCAPING = "../" + "a" * 61
DAMAGED = ["z" * 64, ESCAPING, "A" * 64]


def _photo_from_anna(world: World, tmp_path: Path) -> str:
    anna = world.laptop("anna")
    with anna.db.write("anna") as session:
        record = create_record(session, anna.scope, "observation", {"text": "mit Foto"}).id
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"jpeg" * 1000)
    with anna.db.write("anna") as session:
        sha = attach_file(session, anna.scope, anna.db.blobs, record, photo).sha256
    anna.sync()
    return sha


def _plant_damaged_rows(laptop: Laptop) -> list[str]:
    """Attachment rows as a laptop stored them before digests were checked."""
    with laptop.db.write(laptop.name) as session:
        owner = create_record(session, laptop.scope, "observation", {"text": "kaputt"}).id
    with laptop.db.write("sync", apply_remote=True) as session:
        ids = []
        for number, digest in enumerate(DAMAGED):
            now = utcnow()
            attachment = Attachment(
                id=new_id(), workspace_id=laptop.scope.workspace_id, owner_id=owner,
                sha256=digest, size=4, mime="image/jpeg", file_name=f"kaputt-{number}.jpg",
                version=1, created_at=now, updated_at=now,
            )  # fmt: skip
            session.add(attachment)
            ids.append(attachment.id)
    return ids


def _nothing_escaped(tmp_path: Path) -> None:
    assert not [p for p in tmp_path.rglob("a" * 61 + "*")], "a file outside the blob store"


@pytest.fixture
def bert(world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Laptop:
    monkeypatch.setenv("LANGUAGE", "en")
    laptop = world.laptop("bert")
    monkeypatch.setattr(api, "client_factory", laptop.client)  # for the CLI in process
    return laptop


def _cli(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_downloading_attachments_leaves_damaged_digests_out_and_fetches_the_rest(
    world: World, bert: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _photo_from_anna(world, tmp_path)
    bert.sync()
    damaged = _plant_damaged_rows(bert)
    code, out, err = _cli(bert.data_dir, capsys, "sync", "--attachments", "--json")
    assert code == 0, err
    assert bert.db.blobs.has(good)
    assert json.loads(out)["attachments_damaged"] == sorted(damaged)
    lines = err.strip().splitlines()
    assert len(lines) == len(DAMAGED) and all("damaged" in line for line in lines)
    assert "Traceback" not in err
    assert download_missing(bert.db, client_factory=bert.client) == 0  # nothing left to get
    _nothing_escaped(tmp_path)


def test_a_data_export_and_a_backup_go_on_past_damaged_digests(
    world: World, bert: Laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _photo_from_anna(world, tmp_path)
    bert.sync()
    download_missing(bert.db, client_factory=bert.client)
    damaged = _plant_damaged_rows(bert)
    target = tmp_path / "export.json"
    code, _out, err = _cli(bert.data_dir, capsys, "export-data", str(target))
    assert code == 0, err
    exported = json.loads(target.read_text(encoding="utf-8"))["attachments"]
    assert [(a["sha256"], "content_base64" in a) for a in exported] == [(good, True)]
    assert all(attachment_id in err for attachment_id in damaged)
    # The export can be imported again into a fresh data folder.
    fresh = tmp_path / "fresh"
    code, _out, err = _cli(fresh, capsys, "import", str(target))
    assert code == 0, err
    assert create_backup(bert.data_dir, tmp_path / "backup.zip").blobs == 1
    _nothing_escaped(tmp_path)


@pytest.mark.expected_warnings("is damaged; no thumbnail")
@pytest.mark.parametrize("digest", DAMAGED)
def test_no_path_is_ever_built_from_a_damaged_digest(
    bert: Laptop, tmp_path: Path, digest: str
) -> None:
    assert not bert.db.blobs.has(digest)
    with pytest.raises(DamagedDigestError) as raised:
        bert.db.blobs.path_for(digest)
    assert "\n" not in raised.value.translated()
    assert ensure_thumbnail(bert.db.blobs, bert.data_dir, digest) is None
    _nothing_escaped(tmp_path)


def test_a_damaged_digest_in_a_local_change_is_no_file_to_upload() -> None:
    changes = [{"sha256": digest} for digest in DAMAGED] + [{"sha256": "0" * 64}]
    mutations = [
        Mutation(
            mutation_id=new_id(), table="attachment", row_id=new_id(), op="update",
            base_version=1, changes=change, created_at=utcnow(),
        )
        for change in changes
    ]  # fmt: skip
    assert hashes_to_upload(mutations) == ["0" * 64]
