"""The HTTP client of the sync server: one method per endpoint, typed errors, token refresh.

Every response body is validated against the shared wire models; anything else is a
`ServerProtocolError`. Network failures become `ServerUnreachableError`. An expired
access token is renewed once with the rotating refresh token and the request repeated.
"""

from __future__ import annotations

import functools
import logging
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from desktop import __version__
from desktop.sync.errors import (
    AccountLockedError,
    NotAMemberError,
    PermissionDeniedError,
    ServerFailedError,
    ServerProtocolError,
    ServerUnreachableError,
    SessionExpiredError,
    WrongPasswordError,
)
from desktop.sync.protocol import (
    API_PREFIX,
    UPLOAD_OFFSET_HEADER,
    BlobUploadState,
    Checkpoint,
    ConflictList,
    DeviceOut,
    DeviceRegistration,
    ErrorBody,
    Health,
    HistoryResponse,
    LoginRequest,
    LoginResponse,
    Membership,
    PullPage,
    PushRequest,
    PushResponse,
    RefreshRequest,
    SyncStatus,
    TokenPair,
)

log = logging.getLogger("desktop.sync")

Model = TypeVar("Model", bound=BaseModel)
ClientFactory = Callable[[str], httpx.Client]
TIMEOUT = httpx.Timeout(120.0, connect=10.0)


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context per process: building one reads the CA bundle, which cost about
    47 ms of every sync (half of a sync with nothing to do)."""
    return httpx.create_ssl_context()


def default_client_factory(base_url: str) -> httpx.Client:
    return httpx.Client(
        base_url=base_url,
        timeout=TIMEOUT,
        headers={"User-Agent": f"field-dossier/{__version__}"},
        verify=_tls_context(),
    )


# Tests and tools replace this to reach an in-process server; the app never does.
client_factory: ClientFactory = default_client_factory


@contextmanager
def open_client(base_url: str, factory: ClientFactory | None = None) -> Iterator[httpx.Client]:
    client = (factory or client_factory)(base_url)
    try:
        yield client
    finally:
        client.close()


class TokenSource(Protocol):
    def access_token(self, api: Api) -> str: ...

    def renew(self, api: Api, *, stale: str | None = None) -> str: ...


class DeviceNotRegisteredError(Exception):
    """The server does not know this device (e.g. restored from an older backup)."""


class DeviceTakenError(Exception):
    """Another account registered this device id first (the caller makes a new one)."""


class PayloadTooLargeError(Exception):
    """The server refused a request as too large (the caller splits and retries)."""


class UploadOffsetError(Exception):
    """The server has a different number of bytes of this file than the client assumed."""


class BlobHashError(Exception):
    """The server computed a different SHA-256 than the file's name."""


class Api:
    def __init__(
        self, base_url: str, http: httpx.Client, tokens: TokenSource | None = None
    ) -> None:
        self.base_url = base_url
        self.http = http
        self.tokens = tokens
        self.last_server_time: str | None = None
        self.username = ""
        self.workspace_name = ""

    # -- auth --------------------------------------------------------------------------

    def health(self) -> Health:
        return self._parse(Health, self._send("GET", "/health", auth=False))

    def login(self, username: str, password: str, device_id: str) -> LoginResponse:
        body = LoginRequest(username=username, password=password, device_id=device_id)
        response = self._send("POST", "/auth/login", json=body.model_dump(), auth=False)
        return self._parse(LoginResponse, response)

    def refresh(self, refresh_token: str, device_id: str) -> TokenPair:
        body = RefreshRequest(refresh_token=refresh_token, device_id=device_id)
        response = self._send("POST", "/auth/refresh", json=body.model_dump(), auth=False)
        return self._parse(TokenPair, response)

    def logout(self, refresh_token: str) -> None:
        self._send("POST", "/auth/logout", json={"refresh_token": refresh_token}, auth=False)

    def register_device(self, registration: DeviceRegistration) -> DeviceOut:
        response = self._send(
            "POST", "/devices", json=registration.model_dump(), passthrough=(409,)
        )
        if response.status_code == 409:
            raise DeviceTakenError()
        return self._parse(DeviceOut, response)

    def workspaces(self) -> list[Membership]:
        response = self._send("GET", "/workspaces")
        return _parse_list(Membership, response, self.base_url)

    # -- sync --------------------------------------------------------------------------

    def status(self, workspace_id: str, checkpoint: Checkpoint | None) -> SyncStatus:
        params: dict[str, Any] = {"workspace_id": workspace_id}
        if checkpoint is not None:
            params.update(seq=checkpoint.seq, change_id=checkpoint.change_id)
        return self._parse(SyncStatus, self._send("GET", "/sync/status", params=params))

    def push(self, request: PushRequest) -> PushResponse:
        response = self._send(
            "POST", "/sync/push", content=request.model_dump_json(), passthrough=(413,)
        )
        if response.status_code == 413:
            raise PayloadTooLargeError()
        return self._parse(PushResponse, response)

    def pull(self, workspace_id: str, cursor: int, limit: int) -> PullPage:
        params = {"workspace_id": workspace_id, "cursor": cursor, "limit": limit}
        return self._parse(PullPage, self._send("GET", "/sync/pull", params=params))

    def conflicts(self, workspace_id: str, status: str = "open") -> ConflictList:
        response = self._send(
            "GET", f"/workspaces/{workspace_id}/conflicts", params={"status": status}
        )
        return self._parse(ConflictList, response)

    def history(self, workspace_id: str, row_id: str, table: str | None) -> HistoryResponse | None:
        params = {"table": table} if table else None
        response = self._send(
            "GET",
            f"/workspaces/{workspace_id}/rows/{row_id}/history",
            params=params,
            passthrough=(404,),
        )
        if response.status_code == 404:
            return None
        return self._parse(HistoryResponse, response)

    # -- blobs -------------------------------------------------------------------------

    def blob_status(self, workspace_id: str, sha256: str) -> tuple[bool, int]:
        """(complete, bytes received so far)."""
        response = self._send(
            "HEAD", f"/workspaces/{workspace_id}/blobs/{sha256}", passthrough=(404,)
        )
        if response.status_code == 200:
            return True, 0
        try:
            return False, int(response.headers.get(UPLOAD_OFFSET_HEADER, "0"))
        except ValueError:
            raise ServerProtocolError(self.base_url, "bad Upload-Offset header") from None

    def upload_chunk(
        self, workspace_id: str, sha256: str, offset: int, size: int, data: bytes
    ) -> BlobUploadState:
        response = self._send(
            "PATCH",
            f"/workspaces/{workspace_id}/blobs/{sha256}",
            params={"offset": offset, "size": size},
            content=data,
            headers={"Content-Type": "application/octet-stream"},
            passthrough=(409, 422),
        )
        if response.status_code == 409:
            raise UploadOffsetError()
        if response.status_code == 422:
            raise BlobHashError()
        return self._parse(BlobUploadState, response)

    def download_blob(self, workspace_id: str, sha256: str, target: Path) -> bool:
        """Stream the file to `target`; False if the server does not have it (yet)."""
        url = f"{API_PREFIX}/workspaces/{workspace_id}/blobs/{sha256}"
        for attempt in (1, 2):
            headers = self._auth_headers()
            try:
                with self.http.stream("GET", url, headers=headers) as response:
                    if response.status_code == 401 and attempt == 1 and self.tokens:
                        self.tokens.renew(self, stale=_bearer(headers))
                        continue
                    if response.status_code == 404:
                        return False
                    if response.status_code != 200:
                        response.read()
                        self._raise_for(response)
                    with target.open("wb") as out:
                        for chunk in response.iter_bytes(1 << 20):
                            out.write(chunk)
                    return True
            except httpx.TransportError as exc:
                raise ServerUnreachableError(self.base_url, exc) from exc
        raise SessionExpiredError()

    def forward_bundle(self, workspace_id: str, bundle: bytes) -> bytes | str:
        """Hand a colleague's bundle to the server: its answer bundle, or the server's
        reason (a str) when it refuses the bundle (then nothing was imported)."""
        response = self._send(
            "POST",
            f"/workspaces/{workspace_id}/bundles",
            content=bundle,
            headers={"Content-Type": "application/zip"},
            passthrough=(409, 422),
        )
        if response.status_code in (409, 422) and _error_code(response) == "bundle_refused":
            return _error_message(response) or "refused"
        if not response.is_success:
            self._raise_for(response)
        return response.content

    # -- plumbing ----------------------------------------------------------------------

    def _auth_headers(self) -> dict[str, str]:
        if self.tokens is None:
            return {}
        return {"Authorization": f"Bearer {self.tokens.access_token(self)}"}

    def _send(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        passthrough: tuple[int, ...] = (),
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        for attempt in (1, 2):
            all_headers = dict(headers or {})
            if auth:
                all_headers.update(self._auth_headers())
            if "content" in kwargs and "Content-Type" not in all_headers:
                all_headers["Content-Type"] = "application/json"
            try:
                response = self.http.request(
                    method, API_PREFIX + path, headers=all_headers, **kwargs
                )
            except httpx.TransportError as exc:
                raise ServerUnreachableError(self.base_url, exc) from exc
            self.last_server_time = response.headers.get("X-Server-Time")
            code = _error_code(response)
            expired = code in ("token_expired", "token_invalid")
            if response.status_code == 401 and auth and attempt == 1 and self.tokens and expired:
                self.tokens.renew(self, stale=_bearer(all_headers))
                continue
            if response.is_success or response.status_code in passthrough:
                return response
            self._raise_for(response)
        raise SessionExpiredError()

    def _raise_for(self, response: httpx.Response) -> None:
        status, code = response.status_code, _error_code(response)
        message = _error_message(response)
        if status == 401:
            if code == "invalid_credentials":
                raise WrongPasswordError()
            raise SessionExpiredError()
        if status == 429:
            raise AccountLockedError(_retry_after(response))
        if status == 403:
            if code == "not_member":
                raise NotAMemberError(self.username, self.workspace_name)
            if code == "device_not_registered":
                raise DeviceNotRegisteredError()
            raise PermissionDeniedError(message or code)
        if status >= 500:
            raise ServerFailedError(self.base_url, status)
        raise ServerProtocolError(self.base_url, f"HTTP {status} {code}: {message}")

    def _parse(self, model: type[Model], response: httpx.Response) -> Model:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            log.warning("unexpected answer from %s: %s", self.base_url, exc)
            raise ServerProtocolError(self.base_url, f"invalid {model.__name__}") from exc


def _parse_list(model: type[Model], response: httpx.Response, base_url: str) -> list[Model]:
    try:
        return TypeAdapter(list[model]).validate_json(response.content)  # type: ignore[valid-type]
    except ValidationError as exc:
        raise ServerProtocolError(base_url, f"invalid list of {model.__name__}") from exc


def _bearer(headers: dict[str, str]) -> str | None:
    value = headers.get("Authorization", "")
    return value.removeprefix("Bearer ") if value else None


def _error_body(response: httpx.Response) -> ErrorBody | None:
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return None


def _error_code(response: httpx.Response) -> str:
    if response.is_success:
        return ""
    body = _error_body(response)
    return body.error if body is not None else ""


def _error_message(response: httpx.Response) -> str:
    body = _error_body(response)
    return body.message if body is not None else response.text[:200]


def _retry_after(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("Retry-After", "60"))
    except ValueError:
        return 60
