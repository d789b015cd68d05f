"""Hostile input as a suite: schemathesis against the real app's /openapi.json.

Every operation of the published schema gets generated requests - valid ones and ones
that break the schema (wrong types, missing fields, odd bytes, values past their
bounds) - through the real FastAPI app in process (ASGI), with a valid token and
without one, on SQLite and on PostgreSQL. Each answer must be documented (its status
code listed in the schema; see server/api/responses.py and docs/server.md), match the
schema of that status (`ErrorBody` for every error), and never be a 5xx. Requests
with a token go to the real workspace and the real device where the generated value
is a well-formed id, so they get past the membership gate into push, pull and
conflicts. The run is bounded: `EXAMPLES` cases per operation and variant.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from desktop.sync.protocol import UUID_RE
from server import accounts
from server.app import create_app
from server.database import ServerDatabase
from server.models import utcnow
from server.settings import Settings
from tests.sync.conftest import server_settings
from tests.sync.world import SECRET, password_of

pytestmark = pytest.mark.timeout(600)

EXAMPLES = int(os.environ.get("FIELD_DOSSIER_FUZZ_EXAMPLES", "30"))
# The operations, read from the schema the app publishes (no database needed for that).
_SCHEMA = create_app(Settings(database_url="sqlite://", secret_key=SECRET)).openapi()
OPERATIONS = [(method.upper(), path) for path, item in _SCHEMA["paths"].items() for method in item]
_UUID = re.compile(UUID_RE)
# positive_data_acceptance expects 2xx for every valid request; most valid requests
# name workspaces or conflicts that do not exist, which is a 403/404, not a bug.
_EXCLUDED = [schemathesis.checks.positive_data_acceptance]
# With a token, these must be reached for real (2xx) by some generated request: the
# suite then tests the code behind the door, not only the door.
_REACHED = {
    ("GET", "/v1/health"),
    ("GET", "/v1/workspaces"),
    ("GET", "/v1/sync/status"),
    ("POST", "/v1/sync/push"),
    ("GET", "/v1/sync/pull"),
    ("GET", "/v1/workspaces/{workspace_id}/conflicts"),
}


@dataclass
class Server:
    schema: Any
    database: ServerDatabase
    settings: Settings
    workspace_id: str

    def sign_in(self) -> tuple[str, str]:
        """A fresh access token and registered device (a run may log itself out)."""
        device = str(uuid.uuid4())
        with self.database.write() as session:
            outcome = accounts.login(
                session, self.settings, "anna", password_of("anna"), device, "fuzz", utcnow()
            )
            assert outcome.tokens is not None and outcome.account is not None
            accounts.register_device(session, outcome.account.id, device, "", "", utcnow())
        return outcome.tokens.access_token, device


def _server(url: str, root: Any) -> Server:
    settings_ = server_settings(url, root / "blobs")
    database = ServerDatabase(settings_.database_url)
    with database.write() as session:
        workspace = accounts.create_workspace(session, "Fuzz")
        accounts.create_user(session, "anna", password_of("anna"))
        accounts.add_member(session, "anna", workspace.id, "admin")
        workspace_id = workspace.id
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(settings_, database))
    # Security headers come from the test (a real token, or none), and unknown query
    # parameters are ignored by design rather than refused.
    schema.config.generation.update(allow_extra_parameters=False, with_security_parameters=False)
    return Server(schema, database, settings_, workspace_id)


@pytest.fixture(scope="module")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("fuzz-sqlite")
    server = _server(f"sqlite:///{root / 'server.sqlite'}", root)
    yield server
    server.database.dispose()


@pytest.fixture(scope="module")
def pg_server(
    tmp_path_factory: pytest.TempPathFactory, pg_database: Callable[[], str]
) -> Iterator[Server]:
    server = _server(pg_database(), tmp_path_factory.mktemp("fuzz-pg"))
    yield server
    server.database.dispose()


def _aim_at_the_workspace(case: Any, server: Server, device: str) -> None:
    """Well-formed ids become the real workspace and device: the request then reaches
    the code behind the membership check instead of stopping at 403."""
    for container in (case.path_parameters, case.query):
        if isinstance(container, dict) and _is_uuid(container.get("workspace_id")):
            container["workspace_id"] = server.workspace_id
    if isinstance(case.body, dict):
        if _is_uuid(case.body.get("workspace_id")):
            case.body["workspace_id"] = server.workspace_id
        if _is_uuid(case.body.get("device_id")):
            case.body["device_id"] = device


def _is_uuid(value: object) -> bool:
    return isinstance(value, str) and bool(_UUID.match(value))


def _fuzz(server: Server, method: str, path: str, *, with_token: bool) -> None:
    operation = server.schema[path][method]
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )
    token, device = server.sign_in()
    headers = {"Authorization": f"Bearer {token}"} if with_token else None
    failures: list[str] = []
    statuses: set[int] = set()

    @given(case=cases)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Any) -> None:
        if with_token:
            _aim_at_the_workspace(case, server, device)
        try:
            response = case.call_and_validate(headers=headers, excluded_checks=_EXCLUDED)
        except AssertionError as failure:  # schemathesis' failures are AssertionErrors
            failures.append(str(failure)[:2000])
        else:
            statuses.add(response.status_code)

    run()
    assert not failures, f"{len(failures)} failure(s), the first:\n{failures[0]}"
    if with_token and (method, path) in _REACHED:
        assert any(200 <= status < 300 for status in statuses), sorted(statuses)


# Fuzzed credentials are refused, and the server logs each refusal.
@pytest.mark.expected_warnings("login refused", "refresh refused")
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_signed_in_requests_get_documented_answers_never_a_5xx(
    sqlite_server: Server, method: str, path: str
) -> None:
    _fuzz(sqlite_server, method, path, with_token=True)


@pytest.mark.expected_warnings("login refused", "refresh refused")
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_requests_without_a_token_get_documented_answers_never_a_5xx(
    sqlite_server: Server, method: str, path: str
) -> None:
    _fuzz(sqlite_server, method, path, with_token=False)


@pytest.mark.expected_warnings("login refused", "refresh refused")
@pytest.mark.parametrize(("method", "path"), OPERATIONS)
def test_on_postgresql_signed_in_requests_get_documented_answers_never_a_5xx(
    pg_server: Server, method: str, path: str
) -> None:
    _fuzz(pg_server, method, path, with_token=True)
