"""One configuration model: administrator defaults and locks on every system, then the user.

Real files: INI files in tmp_path (also as Qt's QSettings writes and reads them), the
managed-preferences plist made from the shipped configuration profile, $XDG_CONFIG_DIRS.
"""

from __future__ import annotations

import logging
import plistlib
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.config import (
    AUTO_SYNC,
    AUTO_SYNC_MINUTES,
    LANGUAGE,
    SERVER_URL,
    USER_MUNICIPALITY,
    WORKSPACE_NAME,
    Settings,
    ini,
    read_administrator_defaults,
    system,
)

ROOT = Path(__file__).resolve().parents[2]
TRICKY = {
    "user/municipality": "Münster, Stadt",
    "x/semicolon": "https://sync.example.org/a?b=c;d",
    "x/quotes": 'say "hi" \\ back',
    "x/spaces": "  lead and trail ",
    "x/at": "@home",
    "x/lines": "one\ntwo\tthree",
    "x/equals": "a=b",
    "x/empty": "",
}


def linux(environ: dict[str, str]) -> system.AdministratorDefaults:
    return read_administrator_defaults(environ, platform="linux")


def test_what_qsettings_wrote_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    written = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in TRICKY.items():
        written.setValue(key, value)
    written.setValue("sync/automatic", False)
    written.setValue("sync/interval_minutes", 25)
    written.sync()
    read = ini.read_file(path)
    assert {key: read[key] for key in TRICKY} == TRICKY
    assert (read["sync/automatic"], read["sync/interval_minutes"]) == ("false", "25")


def test_what_we_write_qsettings_reads_back_the_same(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    ini.write_file(path, {**TRICKY, "sync/automatic": True, "sync/interval_minutes": 7})
    qt = QSettings(str(path), QSettings.Format.IniFormat)
    assert {key: qt.value(key) for key in TRICKY} == TRICKY
    assert (qt.value("sync/automatic"), qt.value("sync/interval_minutes")) == ("true", "7")
    assert ini.read_file(path) == {**TRICKY, "sync/automatic": "true", "sync/interval_minutes": "7"}


def test_inline_comments_and_a_top_level_lock_list_are_read_as_administrators_write_them(
    tmp_path: Path,
) -> None:
    (tmp_path / "field-dossier").mkdir()
    (tmp_path / "field-dossier" / "field-dossier.conf").write_text(
        "; the municipality's defaults\n"
        "locked = sync/server_url, sync/workspace\n\n"
        "[sync]\n"
        "server_url = https://sync.almelo.example      ; TLS only\n"
        "workspace = Migrationsleitbild\n"
        "interval_minutes = 5\n"
        "[ui]\n"
        "language = nl\n",
        encoding="utf-8",
    )
    admin = linux({"XDG_CONFIG_DIRS": f"/nonexistent:{tmp_path}"})
    assert admin.values == {
        "sync/server_url": "https://sync.almelo.example",
        "sync/workspace": "Migrationsleitbild",
        "sync/interval_minutes": "5",
        "ui/language": "nl",
    }
    assert admin.locked == {"sync/server_url", "sync/workspace"}
    assert admin.sources == (str(tmp_path / "field-dossier" / "field-dossier.conf"),)


def test_locked_beats_the_user_who_may_change_only_what_is_not_locked(tmp_path: Path) -> None:
    admin = system.merge(
        [
            system._Source(
                "test",
                {
                    "locked": "sync/server_url",
                    "sync/server_url": "https://sync.almelo.example",
                    "ui/language": "nl",
                    "sync/interval_minutes": "5",
                },
            )
        ]
    )
    settings = Settings(tmp_path, admin)
    settings.set(SERVER_URL, "https://elsewhere.example")
    settings.set(LANGUAGE, "de")
    assert settings.get(SERVER_URL) == "https://sync.almelo.example"
    assert settings.is_locked(SERVER_URL) and not settings.is_locked(LANGUAGE)
    assert settings.get(LANGUAGE) == "de", "the user changed an unlocked default"
    assert settings.get(AUTO_SYNC_MINUTES) == 5, "typed like its declaration"
    assert settings.get(AUTO_SYNC) is True and settings.get(USER_MUNICIPALITY) == ""
    assert "elsewhere" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert [settings.source(s) for s in (SERVER_URL, LANGUAGE, AUTO_SYNC_MINUTES, AUTO_SYNC)] == [
        "administrator (locked)",
        "user",
        "administrator",
        "default",
    ]


def test_all_locks_every_setting_the_administrator_gave_and_empty_means_not_given() -> None:
    given = {"locked": "all", "sync/server_url": "https://s", "ui/language": ""}
    admin = system.merge([system._Source("msi", given)])
    assert admin.locked == {"sync/server_url"}
    assert "ui/language" not in admin.values


def test_the_files_of_version_0_1_still_work_with_their_locked_section(tmp_path: Path) -> None:
    old = tmp_path / "field-dossier" / "field-dossier.ini"
    old.parent.mkdir()
    old.write_text(
        "[sync]\nserver_url=https://sync.muenster.example\n"
        "[locked]\nsync\\server_url=https://sync.almelo.example\nsync\\workspace=Leitbild\n",
        encoding="utf-8",
    )
    admin = linux({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert admin.values["sync/server_url"] == "https://sync.almelo.example"
    assert admin.locked == {"sync/server_url", "sync/workspace"}


def test_the_new_file_wins_over_the_old_one_key_by_key(tmp_path: Path) -> None:
    folder = tmp_path / "field-dossier"
    folder.mkdir()
    (folder / "field-dossier.conf").write_text("[ui]\nlanguage=de\n", encoding="utf-8")
    (folder / "field-dossier.ini").write_text(
        "[ui]\nlanguage=nl\n[sync]\nworkspace=W\n", encoding="utf-8"
    )
    admin = linux({"XDG_CONFIG_DIRS": str(tmp_path)})
    assert admin.values == {"ui/language": "de", "sync/workspace": "W"}


def test_a_mac_reads_the_managed_preferences_of_the_shipped_configuration_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = ROOT / "installers" / "macos" / "field-dossier.mobileconfig"
    [payload] = plistlib.loads(profile.read_bytes())["PayloadContent"]
    assert payload["PayloadType"] == system.BUNDLE_ID
    # What macOS writes for the profile: the payload's keys in the managed domain.
    managed = {k: v for k, v in payload.items() if not k.startswith("Payload")}
    (tmp_path / f"{system.BUNDLE_ID}.plist").write_bytes(plistlib.dumps(managed))
    monkeypatch.setattr(system, "MANAGED_PREFERENCES", tmp_path)
    settings = Settings(tmp_path / "data", read_administrator_defaults({}, platform="darwin"))
    assert settings.get(SERVER_URL) == "https://sync.example.org"
    assert settings.get(WORKSPACE_NAME) == "Migrationsleitbild"
    assert settings.get(LANGUAGE) == "de" and settings.get(AUTO_SYNC) is True
    assert settings.is_locked(SERVER_URL) and settings.is_locked(WORKSPACE_NAME)
    assert not settings.is_locked(LANGUAGE)


@pytest.mark.expected_warnings("is not a Field Dossier setting", "is not valid; ignored")
def test_a_bad_value_or_unknown_key_is_logged_and_the_default_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    admin = system.merge(
        [system._Source("test", {"sync/interval_minutes": "often", "sync/colour": "blue"})]
    )
    with caplog.at_level(logging.WARNING, logger="desktop.config"):
        settings = Settings(tmp_path, admin)
        assert settings.get(AUTO_SYNC_MINUTES) == 10
    messages = " ".join(r.getMessage() for r in caplog.records)
    assert "sync/colour" in messages and "often" in messages


def test_the_shipped_linux_configuration_file_sets_nothing_until_edited() -> None:
    shipped = ROOT / "installers" / "linux" / "field-dossier.conf"
    assert ini.read_file(shipped) == {}
    uncommented = "\n".join(
        line.removeprefix("; ") if line.startswith("; ") and "=" in line else line
        for line in shipped.read_text(encoding="utf-8").splitlines()
    )
    values = ini.parse(uncommented)
    assert values["locked"] == "sync/server_url, sync/workspace"
    assert values["ui/language"] == "de" and values["sync/interval_minutes"] == "10"
