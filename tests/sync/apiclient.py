"""A thin HTTP helper for server tests: sign in as a user and send raw protocol bodies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from desktop.sync.protocol import PushResponse
from tests.sync.inprocess import FaultyTransport
from tests.sync.world import SERVER_URL, World, password_of


def mutation(
    table: str,
    row_id: str,
    changes: dict[str, Any],
    *,
    op: str = "update",
    base_version: int = 0,
    base_mutation_id: str | None = None,
    actor: str = "tester",
) -> dict[str, Any]:
    return {
        "mutation_id": str(uuid.uuid4()),
        "table": table,
        "row_id": row_id,
        "op": op,
        "base_version": base_version,
        "base_mutation_id": base_mutation_id,
        "changes": changes,
        "actor": actor,
        "created_at": datetime.now(UTC).isoformat(),
    }


def observation(text: str = "Beobachtung", **fields: Any) -> dict[str, Any]:
    return {
        "activity_id": None,
        "text": text,
        "observed_on": "2009-03-12",
        "author": "tester",
        "district_id": None,
        "fields_of_action": [],
        "target_groups": [],
        "tags": [],
        "gender_remark": "",
        "deleted_at": None,
        **fields,
    }


@dataclass
class ApiUser:
    world: World
    username: str
    device_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    http: httpx.Client = field(init=False)
    tokens: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        transport = FaultyTransport(self.world.host, self.world.portal)
        self.http = httpx.Client(base_url=SERVER_URL, transport=transport)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    def login(self, password: str | None = None, *, register: bool = True) -> httpx.Response:
        response = self.http.post(
            "/v1/auth/login",
            json={
                "username": self.username,
                "password": password or password_of(self.username),
                "device_id": self.device_id,
            },
        )
        if response.status_code == 200:
            self.tokens = response.json()
            if register:
                self.http.post(
                    "/v1/devices", json={"device_id": self.device_id}, headers=self.headers
                ).raise_for_status()
        return response

    def push_raw(
        self, mutations: list[dict[str, Any]], batch_id: str | None = None, **extra: Any
    ) -> httpx.Response:
        body = {
            "device_id": self.device_id,
            "batch_id": batch_id or str(uuid.uuid4()),
            "workspace_id": self.world.workspace_id,
            "mutations": mutations,
            **extra,
        }
        return self.http.post("/v1/sync/push", json=body, headers=self.headers)

    def push(self, mutations: list[dict[str, Any]], batch_id: str | None = None) -> PushResponse:
        response = self.push_raw(mutations, batch_id)
        assert response.status_code == 200, response.text
        return PushResponse.model_validate(response.json())

    def pull(self, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
        response = self.http.get(
            "/v1/sync/pull",
            params={"workspace_id": self.world.workspace_id, "cursor": cursor, "limit": limit},
            headers=self.headers,
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.get(path, headers=self.headers, **kwargs)

    def post(self, path: str, **kwargs: Any) -> httpx.Response:
        return self.http.post(path, headers=self.headers, **kwargs)


def signed_in(world: World, username: str, role: str = "staff") -> ApiUser:
    world.add_user(username, role)
    user = ApiUser(world, username)
    assert user.login().status_code == 200
    return user
