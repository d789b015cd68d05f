"""User names match whatever their case, on SQLite as on PostgreSQL (issue 9, finding 9).

On an SQLite server, Änne, Øystein and Ümit could be created but neither added to a
workspace nor signed in under another case, and ÄNNE could be created beside Änne:
SQLite's lower() folds ASCII only. Names are folded in Python now (NFC, case folding)
into `account.username_key` under a unique index; a migration fills it for existing
accounts and refuses - changing nothing - when two of them fold alike.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import insert, select, text

from server import accounts
from server.cli import main as server_cli
from server.database import make_engine
from server.migrate import alembic_config, current_revision, head_revision, upgrade
from server.models import Account
from tests.sync.apiclient import ApiUser
from tests.sync.world import World, password_of

NAMES = ["Änne", "Øystein", "Ümit", "Straße", "İlkay"]


def test_users_with_non_ascii_names_join_workspaces_and_sign_in_in_any_case(
    make_world: Callable[..., World], backend_url: str
) -> None:
    world = make_world(backend_url)

    def create(session: object) -> None:
        for name in NAMES:
            accounts.create_user(session, name, password_of(name.casefold()))  # type: ignore[arg-type]
            accounts.add_member(session, name.upper(), world.workspace_id, "staff")  # type: ignore[arg-type]

    world.admin(create)
    for name in NAMES:
        for spelling in (name, name.upper(), name.lower(), name.casefold()):
            user = ApiUser(world, spelling)
            response = user.login(password_of(name.casefold()))
            assert response.status_code == 200, (spelling, response.text)
            assert response.json()["account"]["username"] == name
            assert [m["workspace_id"] for m in response.json()["memberships"]] == [
                world.workspace_id
            ]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Änne", "ÄNNE"), ("Änne", "A\u0308nne"), ("straße", "STRASSE"), ("Øystein", "øYSTEIN")],
    ids=["case", "decomposed", "sharp-s", "o-slash"],
)
def test_a_name_that_differs_only_in_case_or_form_cannot_be_created_twice(
    make_world: Callable[..., World], backend_url: str, first: str, second: str
) -> None:
    world = make_world(backend_url)
    world.admin(lambda session: accounts.create_user(session, first, "long-enough"))
    with pytest.raises(accounts.AdminError, match="exists already"):
        world.admin(lambda session: accounts.create_user(session, second, "long-enough"))


def _at_first_revision(url: str, names: list[str]) -> None:
    """A server database as the released version 0001 left it, with these accounts."""
    engine = make_engine(url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        account = Account.__table__
        for name in names:
            conn.execute(
                insert(account).values(
                    id=str(uuid.uuid4()), username=name, password_hash="x",
                    created_at=datetime.now(UTC), disabled=False,
                )
            )  # fmt: skip
    engine.dispose()


def _revision_and_names(url: str) -> tuple[str | None, list[str]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        revision = current_revision(conn)
        names = sorted(conn.scalars(text("SELECT username FROM account")))
    engine.dispose()
    return revision, names


@pytest.fixture
def fresh_url(backend_url: str) -> str:
    return backend_url


def test_the_migration_folds_the_names_of_existing_accounts(fresh_url: str) -> None:
    _at_first_revision(fresh_url, ["Änne", "Øystein", "bert"])
    upgrade(fresh_url)
    engine = make_engine(fresh_url)
    with engine.connect() as conn:
        keys = dict(conn.execute(select(Account.username, Account.username_key)).all())
    engine.dispose()
    assert keys == {"Änne": "änne", "Øystein": "øystein", "bert": "bert"}


def test_the_migration_refuses_to_merge_two_accounts_and_changes_nothing(
    fresh_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _at_first_revision(fresh_url, ["Änne", "ÄNNE", "bert"])
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    capsys.readouterr()
    assert server_cli(["--database-url", fresh_url, "migrate"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "'Änne'" in err and "'ÄNNE'" in err and "Nothing was changed" in err
    assert _revision_and_names(fresh_url) == ("0001", sorted(["bert", "Änne", "ÄNNE"]))
    # Once an administrator renamed one, the migration goes through.
    engine = make_engine(fresh_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE account SET username = 'Änne-2' WHERE username = 'ÄNNE'"))
    engine.dispose()
    assert server_cli(["--database-url", fresh_url, "migrate"]) == 0
    assert _revision_and_names(fresh_url)[0] == head_revision()
