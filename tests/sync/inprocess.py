"""The real server app in this process, reached through an httpx transport, with faults.

`ServerHost` owns the app and can restart it (a new app and engine on the same
database) or be restored from an older copy of its database. `FaultyTransport` is what
each laptop's httpx.Client talks through: it can drop the next request before the
server sees it, or drop the response after the server committed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

import httpx
from anyio.from_thread import BlockingPortal, start_blocking_portal

from server.app import create_app
from server.database import ServerDatabase
from server.settings import Settings

FaultKind = Literal["drop_request", "drop_response"]


class ServerHost:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database = ServerDatabase(settings.database_url)
        self.app = create_app(settings, self.database)
        self.restarts = 0

    def restart(self) -> None:
        """A new process on the same database: nothing survives but what was committed."""
        self.database.dispose()
        self.database = ServerDatabase(self.settings.database_url)
        self.app = create_app(self.settings, self.database)
        self.restarts += 1

    def close(self) -> None:
        self.database.dispose()


@dataclass
class Fault:
    kind: FaultKind
    path_prefix: str
    remaining: int = 1


@dataclass
class FaultyTransport(httpx.BaseTransport):
    host: ServerHost
    portal: BlockingPortal
    faults: list[Fault] = field(default_factory=list)
    requests: int = 0
    injected: int = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        fault = self._fault_for(request.url.path)
        if fault is not None and fault.kind == "drop_request":
            self.injected += 1
            raise httpx.ConnectError("injected: request dropped before the server", request=request)
        response = self.portal.call(self._send, request)
        if fault is not None and fault.kind == "drop_response":
            self.injected += 1
            raise httpx.ReadError("injected: response dropped after commit", request=request)
        return response

    async def _send(self, request: httpx.Request) -> httpx.Response:
        transport = httpx.ASGITransport(app=self.host.app, raise_app_exceptions=False)
        response = await transport.handle_async_request(request)
        body = await response.aread()
        return httpx.Response(
            response.status_code, headers=response.headers, content=body, request=request
        )

    def _fault_for(self, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.remaining > 0 and path.startswith(fault.path_prefix):
                fault.remaining -= 1
                return fault
        return None

    def arm(self, kind: FaultKind, path_prefix: str) -> Fault:
        fault = Fault(kind, path_prefix)
        self.faults.append(fault)
        return fault

    def disarm(self) -> None:
        self.faults.clear()


@contextmanager
def portal() -> Iterator[BlockingPortal]:
    """One event loop thread for all in-process requests of a test."""
    with start_blocking_portal() as blocking_portal:
        yield blocking_portal
