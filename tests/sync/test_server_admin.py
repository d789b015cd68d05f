"""The server's schema and its administration command (`field-dossier-server`)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from server.cli import main
from server.database import INSTANCE_KEY, ServerDatabase, make_engine
from server.migrate import alembic_config, upgrade
from server.models import Account, Membership, ServerMeta


def test_the_server_models_and_migrations_agree(backend_url: str) -> None:
    """`alembic check` on SQLite and PostgreSQL: a model change without a migration fails."""
    assert upgrade(backend_url) is None
    assert upgrade(backend_url) is not None  # the second run has nothing to do
    engine = make_engine(backend_url)
    with engine.connect() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.check(config)
    engine.dispose()


@pytest.fixture
def admin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., tuple[int, str, str]]:
    url = f"sqlite:///{tmp_path / 'admin.sqlite'}"

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        code = main(["--database-url", url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.url = url  # type: ignore[attr-defined]
    return run


def test_an_administrator_sets_up_a_workspace_users_and_roles(
    admin: Callable[..., tuple[int, str, str]],
) -> None:
    assert admin("create-workspace", "Migrationsleitbild")[0] == 0
    assert admin("create-user", "anna", "--password-stdin", stdin="lang-genug\n")[0] == 0
    assert admin("add-member", "anna", "migrationsleitbild", "--role", "core")[0] == 0
    database = ServerDatabase(admin.url)  # type: ignore[attr-defined]
    with database.read() as session:
        account = session.scalars(select(Account)).one()
        membership = session.scalars(select(Membership)).one()
    assert account.password_hash.startswith("$argon2id$") and membership.role == "core"
    assert admin("remove-member", "anna", "Migrationsleitbild")[0] == 0
    database.dispose()


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("create-user", "bob", "--password-stdin"), "kurz\n", "at least 8"),
        (("add-member", "nobody", "Migrationsleitbild"), "", "no user"),
        (("create-workspace", "Migrationsleitbild"), "", "exists already"),
        (("create-user", "bob"), "", "--password-stdin"),
    ],
)
def test_administrative_mistakes_exit_with_1_and_say_why(
    admin: Callable[..., tuple[int, str, str]], args: tuple[str, ...], stdin: str, message: str
) -> None:
    admin("create-workspace", "Migrationsleitbild")
    code, _out, err = admin(*args, stdin=stdin)
    assert code == 1 and message in err


def test_after_a_restore_the_instance_id_can_be_rotated(
    admin: Callable[..., tuple[int, str, str]],
) -> None:
    database = ServerDatabase(admin.url)  # type: ignore[attr-defined]
    admin("migrate")
    before = database.instance_id()
    assert admin("rotate-instance-id")[0] == 0
    with database.read() as session:
        after = session.get(ServerMeta, INSTANCE_KEY)
    assert after is not None and after.value != before
    database.dispose()


def test_serving_postgresql_without_a_secret_key_is_refused_with_how_to(
    pg_database: Callable[[], str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("FIELD_DOSSIER_SECRET_KEY", raising=False)
    code = main(["--database-url", pg_database(), "serve", "--port", "9"])
    err = capsys.readouterr().err
    assert code == 1 and "FIELD_DOSSIER_SECRET_KEY is not set" in err
    assert "field-dossier-server secret" in err and "FIELD_DOSSIER_SECRET_KEY_FILE=" in err
    assert len(err.strip().splitlines()) == 1


def test_a_secret_key_can_be_generated(admin: Callable[..., tuple[int, str, str]]) -> None:
    code, out, _err = admin("secret")
    assert code == 0 and len(out.strip()) >= 48


def test_quarantined_mutations_can_be_listed(admin: Callable[..., tuple[int, str, str]]) -> None:
    admin("create-workspace", "Migrationsleitbild")
    code, out, _err = admin("quarantine", "--workspace", "Migrationsleitbild")
    assert code == 0 and "No quarantined mutations" in out
