"""The scripting interface end to end: `field-dossier` in subprocesses on a temp data dir."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.i18n import catalogue_file
from desktop.store.locks import APP_LOCK, is_locked

ROOT = Path(__file__).resolve().parents[2]


class Cli:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def run(
        self, *args: str, stdin: str = "", lang: str = "C.UTF-8"
    ) -> subprocess.CompletedProcess[str]:
        env = {
            **os.environ,
            "LANG": lang,
            "LC_ALL": lang,
            "LANGUAGE": "",
            "QT_QPA_PLATFORM": "offscreen",
        }
        env.pop("FIELD_DOSSIER_DATA_DIR", None)
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir), *args],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )

    def json(self, *args: str, stdin: str = "") -> Any:
        result = self.run(*args, "--json", stdin=stdin)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "laptop")


def test_capture_list_show_update_trash_and_restore(cli: Cli) -> None:
    activity = cli.json(
        "add",
        "activity",
        stdin=json.dumps(
            {
                "title": "Coachingdag",
                "activity_type": "coachingdag",
                "host_municipality": "Almelo",
                "starts_on": "2009-03-12",
            }
        ),
    )
    created = cli.json(
        "add",
        "observation",
        stdin=json.dumps(
            [
                {"activity_id": activity["id"], "text": "De wijkteams in Almelo", "tags": ["wijk"]},
                {
                    "activity_id": activity["id"],
                    "text": "Gespräch in Münster",
                    "observed_on": "2009-03-13",
                },
            ]
        ),
    )
    assert [c["kind"] for c in created] == ["observation", "observation"]

    listed = cli.json("list", "observation", "--activity", activity["id"])
    assert {item["id"] for item in listed} == {c["id"] for c in created}
    found = cli.json("list", "observation", "--search", "munster")
    assert [item["id"] for item in found] == [created[1]["id"]]

    updated = cli.json("update", created[0]["id"], stdin='{"tags": ["wijk", "Buurt"]}')
    assert updated["tags"] == ["wijk", "Buurt"]
    shown = cli.json("show", created[0]["id"])
    assert shown["tags"] == ["wijk", "Buurt"] and shown["attachments"] == []

    assert cli.json("delete", created[0]["id"])["deleted_at"] is not None
    assert [i["id"] for i in cli.json("list", "observation", "--trash")] == [created[0]["id"]]
    assert cli.json("restore-record", created[0]["id"])["deleted_at"] is None

    human = cli.run("list", "observation")
    assert human.returncode == 0 and "De wijkteams in Almelo" in human.stdout


def test_user_errors_exit_1_with_one_line_on_stderr(cli: Cli) -> None:
    result = cli.run("add", "contact", stdin='{"name": "A", "email": "nope"}')
    assert result.returncode == 1
    assert result.stderr.strip() == "field-dossier: “nope” is not a valid e-mail address."
    assert result.stdout == ""
    missing = cli.run("show", "0b8f2d4c-0000-4000-8000-00000000abcd")
    assert missing.returncode == 1 and "no record" in missing.stderr
    not_json = cli.run("add", "contact", stdin="{name: A}")
    assert not_json.returncode == 1 and "Line 1, column 2" in not_json.stderr
    assert cli.json("list", "contact") == []
    trash_search = cli.run("list", "contact", "--trash", "--search", "Nowak")
    assert trash_search.returncode == 1 and "trash cannot be searched" in trash_search.stderr


def test_messages_follow_the_session_language(cli: Cli) -> None:
    if not catalogue_file("field_dossier", "de").exists():
        pytest.fail("translations are not compiled: run `make translations`")
    result = cli.run("show", "0b8f2d4c-0000-4000-8000-00000000abcd", lang="de_DE.UTF-8")
    assert result.returncode == 1
    assert "Es gibt keinen Datensatz" in result.stderr


def test_wrong_usage_exits_2(cli: Cli) -> None:
    assert cli.run("list", "recipes").returncode == 2
    assert cli.run("frobnicate").returncode == 2


def test_a_partly_invalid_array_adds_nothing(cli: Cli) -> None:
    result = cli.run(
        "add",
        "contact",
        stdin=json.dumps([{"name": "Gut"}, {"name": "B", "consent_given": True}, {"name": ""}]),
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "field-dossier: Nothing was added. Problems found:"
    assert lines[1].strip().startswith("Record 2 (contact): Consent needs the date")
    assert lines[2].strip().startswith("Record 3 (contact): name is required")
    assert cli.json("list", "contact") == []


def test_attach_export_import_backup_and_restore(cli: Cli, tmp_path: Path) -> None:
    note = cli.json("add", "observation", stdin='{"text": "mit Foto"}')
    photo = tmp_path / "foto.png"
    from PIL import Image

    Image.new("RGB", (40, 30), (0, 128, 0)).save(photo)
    attached = cli.json("attach", note["id"], str(photo), "--caption", "Marktplatz")
    assert attached["caption"] == "Marktplatz" and attached["mime"] == "image/png"
    assert list((cli.data_dir / "thumbnails").rglob("*.jpg")), "a thumbnail was made"

    export = tmp_path / "daten.json"
    assert cli.json("export-data", str(export))["counts"]["attachments"] == 1
    other = Cli(tmp_path / "second")
    report = other.json("import", str(export))
    assert report["created"]["observation"] == 1 and report["created"]["attachment"] == 1
    assert other.json("show", note["id"])["attachments"][0]["caption"] == "Marktplatz"

    backup = tmp_path / "sicherung.zip"
    assert cli.json("backup", str(backup))["attachments"] == 1
    cli.json("update", note["id"], stdin='{"text": "geändert"}')
    restored = cli.json("restore", str(backup))
    assert Path(restored["previous_state"]).is_file()
    assert cli.json("show", note["id"])["text"] == "mit Foto"


def test_restore_is_refused_while_the_app_has_the_data_dir_open(cli: Cli, tmp_path: Path) -> None:
    note = cli.json("add", "observation", stdin='{"text": "vorher"}')
    backup = tmp_path / "sicherung.zip"
    cli.json("backup", str(backup))
    cli.json("update", note["id"], stdin='{"text": "nachher"}')
    app = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(cli.data_dir), "gui"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 60
        while not is_locked(cli.data_dir, APP_LOCK):
            assert app.poll() is None, "the app exited"
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        refused = cli.run("restore", str(backup))
        assert refused.returncode == 1
        assert "Field Dossier is open with this data folder" in refused.stderr
        assert cli.json("show", note["id"])["text"] == "nachher"
    finally:
        app.kill()
        app.wait()
    cli.json("restore", str(backup))
    assert cli.json("show", note["id"])["text"] == "vorher"


def test_import_of_a_broken_vcard_file_names_the_card(cli: Cli, tmp_path: Path) -> None:
    cards = tmp_path / "k.vcf"
    cards.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Eins\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Zwei\n"
    )
    result = cli.run("import", str(cards))
    assert result.returncode == 1
    assert "Line 5: this card has no END:VCARD." in result.stderr
    assert cli.json("list", "contact") == []


def test_taxonomy_lists_and_adds(cli: Cli) -> None:
    added = cli.json("taxonomy", "add", "tag", "Wijkaanpak", "--de", "Quartiersansatz")
    assert added["labels"] == {"de": "Quartiersansatz"}
    listed = cli.json("taxonomy", "list", "tag")
    assert [t["name"] for t in listed["tag"]] == ["Wijkaanpak"]
    municipalities = cli.json("taxonomy", "list", "municipality")["municipality"]
    assert [m["name"] for m in municipalities] == ["Almelo", "Münster"]


def test_demo_fills_a_workspace_once(cli: Cli) -> None:
    first = cli.json("demo")["created"]
    assert first["observation"] >= 60 and first["adaptation"] >= 15 and first["contact"] >= 25
    assert first["activity"] >= 6 and first["attachment"] >= 3
    again = cli.json("demo")["created"]
    assert sum(again.values()) == 0
    assert len(cli.json("list", "observation", "--limit", "1000")) == first["observation"]


def test_workspace_set_changes_the_publication_and_refuses_bad_input(
    cli: Cli, tmp_path: Path
) -> None:
    from PIL import Image

    programme = tmp_path / "interreg.png"
    Image.new("RGB", (300, 100), "#0a4f8a").save(programme)
    before = cli.json("workspace", "show")
    assert before["project_name"] == "Migrationsleitbild Münster – Almelo"
    assert before["programme_logo"] is None and before["partner_logos"] == []
    after = cli.json(
        "workspace",
        "set",
        "--project-name",
        "Stadtteilarbeit ohne Grenzen",
        "--editor",
        "Dr. Ute Brinkmann",
        "--logo",
        f"programme={programme}",
        "--logo",
        f"partner={programme}",
    )
    assert after["project_name"] == "Stadtteilarbeit ohne Grenzen"
    assert after["editor"] == "Dr. Ute Brinkmann" and after["programme_logo"]
    assert len(after["partner_logos"]) == 1
    assert cli.json("workspace", "show") == after
    wrong = cli.run("workspace", "set", "--logo", "banner=logo.png")
    assert wrong.returncode == 1 and "programme=FILE or partner=FILE" in wrong.stderr
    assert cli.json("workspace", "show") == after
