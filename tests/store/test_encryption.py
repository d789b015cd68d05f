"""Encryption at rest of a data folder, driven through the command line as a user would.

The demo workspace is encrypted, then every file of the folder is searched byte by
byte (case- and diacritic-folded) for names, e-mail addresses and sentences of its
records; the same commands must then show the same records.
"""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.store.database import DATABASE_FILE
from desktop.store.encryption import (
    KEYRING_SERVICE,
    MARKER_FILE,
    SQLITE_HEADER,
    forget_unlocked,
    read_marker,
)
from tests.conftest import MemoryKeyring

PASSPHRASE = "Grenzgänger an der Dinkel"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
    *args: str,
    stdin: str = "",
) -> tuple[int, Any, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    capsys.readouterr()
    code = main(["--data-dir", str(data_dir), "--json", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages as asserted here; and no QCoreApplication left behind (the command line
    makes one to translate), which would keep later tests from making a QApplication."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Path:
    data_dir = tmp_path / "laptop"
    assert _run(capsys, monkeypatch, data_dir, "demo")[0] == 0
    return data_dir


def _listing(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, d: Path) -> Any:
    code, out, err = _run(capsys, monkeypatch, d, "list", "contact", "--limit", "500")
    assert code == 0, err
    code, observations, err = _run(capsys, monkeypatch, d, "list", "observation", "--limit", "500")
    assert code == 0, err
    return out, observations


def _secrets_of(contacts: Any, observations: Any) -> list[str]:
    """Names, e-mail addresses and sentences the demo holds: what must not be readable."""
    words: list[str] = []
    for contact in contacts:
        words += [contact["name"], contact.get("email") or ""]
    for observation in observations[:20]:
        words.append(observation["text"][:30])
    return [w for w in words if len(w) >= 8]


def _readable_in_folder(data_dir: Path, needles: list[str]) -> list[str]:
    folded = [_fold(n) for n in needles]
    found: set[str] = set()
    for path in data_dir.rglob("*"):
        if not path.is_file() or "blobs" in path.parts or "thumbnails" in path.parts:
            continue  # attachment files are not encrypted yet (docs/encryption.md)
        contents = [path.read_bytes()]
        if zipfile.is_zipfile(path):  # a deflated copy is as readable as a plain one
            with zipfile.ZipFile(path) as archive:
                contents += [archive.read(name) for name in archive.namelist()]
        haystack = _fold(b"\n".join(contents).decode("utf-8", errors="ignore"))
        found |= {needle for needle, f in zip(needles, folded, strict=True) if f in haystack}
    return sorted(found)


def test_an_encrypted_folder_holds_no_readable_record_text_and_works_as_before(
    demo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    contacts, observations = _listing(capsys, monkeypatch, demo)
    needles = _secrets_of(contacts, observations)
    # Backups the folder keeps (before a migration, before a restore) hold the records too.
    code, _, err = _run(capsys, monkeypatch, demo, "backup", str(demo / "backups" / "old.zip"))
    assert code == 0, err
    assert len(needles) > 20 and _readable_in_folder(demo, needles)  # the test can see text

    code, answer, err = _run(capsys, monkeypatch, demo, "encryption", "enable")
    assert code == 0, err
    assert len(answer["recovery_key"].split("-")) == 13
    assert (demo / DATABASE_FILE).read_bytes()[:16] != SQLITE_HEADER
    assert _readable_in_folder(demo, needles) == []
    marker = read_marker(demo)
    assert marker is not None and memory_keyring.get_password(KEYRING_SERVICE, marker.key_id)

    # A restarted program finds the key in the keyring and shows the same records.
    forget_unlocked(demo)
    assert _listing(capsys, monkeypatch, demo) == (contacts, observations)
    code, hits, _ = _run(capsys, monkeypatch, demo, "search", "Münster")
    assert code == 0 and hits
    # Edits go into the encrypted file (and its write-ahead log) as ciphertext too.
    text = json.dumps({"text": "Zeugin Wilhelmina Brouwer-Ödeğaard"})
    code, _, err = _run(capsys, monkeypatch, demo, "add", "observation", stdin=text)
    assert code == 0, err
    assert _readable_in_folder(demo, ["Wilhelmina Brouwer-Ödeğaard"]) == []
    # The old backup was encrypted with the folder and still restores.
    code, _, err = _run(capsys, monkeypatch, demo, "restore", str(demo / "backups" / "old.zip"))
    assert code == 0, err
    assert _listing(capsys, monkeypatch, demo) == (contacts, observations)


def test_without_the_keyring_a_passphrase_or_the_recovery_key_opens_it(
    demo: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    before = _listing(capsys, monkeypatch, demo)
    code, answer, err = _run(
        capsys, monkeypatch, demo, "encryption", "enable", "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 0, err
    recovery = answer["recovery_key"]
    # Another computer: no key in its keyring, the program just started.
    memory_keyring.secrets.clear()
    forget_unlocked(demo)
    code, _, err = _run(capsys, monkeypatch, demo, "list", "contact")
    assert code == 1 and "encrypted" in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err

    fingerprint = (demo / DATABASE_FILE).read_bytes()
    code, _, err = _run(
        capsys, monkeypatch, demo, "encryption", "unlock", "--passphrase-stdin", stdin="wrong one!"
    )
    assert code == 1 and "does not open" in err and len(err.strip().splitlines()) == 1
    assert (demo / DATABASE_FILE).read_bytes() == fingerprint

    code, _, err = _run(
        capsys, monkeypatch, demo, "encryption", "unlock", "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 0, err
    assert _listing(capsys, monkeypatch, demo) == before

    memory_keyring.secrets.clear()
    forget_unlocked(demo)
    typed = recovery.lower().replace("-", " ")  # as read aloud from the printout
    code, _, err = _run(
        capsys, monkeypatch, demo, "encryption", "unlock", "--passphrase-stdin", stdin=typed
    )
    assert code == 0, err
    assert _listing(capsys, monkeypatch, demo) == before


def test_turning_encryption_off_gives_back_the_same_plain_folder(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _listing(capsys, monkeypatch, demo)
    assert _run(capsys, monkeypatch, demo, "encryption", "enable")[0] == 0
    code, _, err = _run(capsys, monkeypatch, demo, "encryption", "disable")
    assert code == 0, err
    assert (demo / DATABASE_FILE).read_bytes()[:16] == SQLITE_HEADER
    assert not (demo / MARKER_FILE).exists()
    forget_unlocked(demo)
    assert _listing(capsys, monkeypatch, demo) == before
    code, status, _ = _run(capsys, monkeypatch, demo, "encryption", "status")
    assert code == 0 and status["encrypted"] is False


def test_a_conversion_cut_short_leaves_a_folder_that_opens(
    demo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _listing(capsys, monkeypatch, demo)

    def power_cut(*_args: object) -> None:
        raise KeyboardInterrupt  # the moment before the encrypted copy takes the file's place

    monkeypatch.setattr("desktop.store.encryption._replace_database", power_cut)
    assert main(["--data-dir", str(demo), "encryption", "enable"]) != 0
    monkeypatch.undo()
    assert not list(demo.glob(".converting-*"))
    assert _listing(capsys, monkeypatch, demo) == before  # still the plain database
    code, _, err = _run(capsys, monkeypatch, demo, "encryption", "enable")
    assert code == 0, err  # and it can be encrypted afterwards


def test_a_backup_of_an_encrypted_folder_is_encrypted_and_restores(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _listing(capsys, monkeypatch, demo)
    assert _run(capsys, monkeypatch, demo, "encryption", "enable")[0] == 0
    backup = tmp_path / "backup.zip"
    code, _, err = _run(capsys, monkeypatch, demo, "backup", str(backup))
    assert code == 0, err
    with zipfile.ZipFile(backup) as archive:
        assert archive.read(DATABASE_FILE)[:16] != SQLITE_HEADER
        assert MARKER_FILE in archive.namelist()
    text = json.dumps({"text": "After the backup"})
    code, _, err = _run(capsys, monkeypatch, demo, "add", "observation", stdin=text)
    assert code == 0, err
    code, _, err = _run(capsys, monkeypatch, demo, "restore", str(backup))
    assert code == 0, err
    forget_unlocked(demo)
    assert _listing(capsys, monkeypatch, demo) == before
    assert (demo / DATABASE_FILE).read_bytes()[:16] != SQLITE_HEADER
