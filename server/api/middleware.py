"""Request size limit, request ids, server time/instance headers and access logs.

Pure ASGI (no BaseHTTPMiddleware), so streamed bodies are counted as they arrive and a
request that is too large is refused before it is read into memory.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import UTC, datetime

import anyio
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from desktop.sync.protocol import SERVER_INSTANCE_HEADER, SERVER_TIME_HEADER
from server.api.errors import error_response
from server.database import ServerDatabase

access_log = logging.getLogger("server.access")


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, database: ServerDatabase, max_body: int) -> None:
        self.app = app
        self.database = database
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500
        try:
            instance = await anyio.to_thread.run_sync(self.database.instance_id)
        except Exception:  # the database is down: the handlers report it per request
            instance = ""

        async def send_with_headers(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                headers[SERVER_TIME_HEADER] = datetime.now(UTC).isoformat()
                headers[SERVER_INSTANCE_HEADER] = instance
                headers["X-Request-Id"] = request_id
            await send(message)

        try:
            if self._declared_size(scope) > self.max_body:
                await self._too_large(scope, receive, send_with_headers)
                return
            await self.app(scope, self._limited(receive), send_with_headers)
        finally:
            access_log.info(
                "%s %s %s",
                scope["method"],
                scope["path"],
                status,
                extra={
                    "request_id": request_id,
                    "method": scope["method"],
                    "path": scope["path"],
                    "status": status,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                    "client": (scope.get("client") or ("", 0))[0],
                },
            )

    def _declared_size(self, scope: Scope) -> int:
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return 0
        return 0

    def _limited(self, receive: Receive) -> Receive:
        received = 0
        limit = self.max_body

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise HTTPException(413, f"the request is larger than {limit} bytes")
            return message

        return limited_receive

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(
            413, "request_too_large", f"the request is larger than {self.max_body} bytes"
        )
        await response(scope, receive, send)
