"""A failed connection is told in words a user can act on, never as "[Errno 111]"."""

from __future__ import annotations

import socket

import pytest

from desktop.store import Database
from desktop.sync.account import sign_in
from desktop.sync.address import complete_server_address
from desktop.sync.errors import BadServerAddressError, ServerUnreachableError


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the block ends


def test_nothing_listening_is_the_server_does_not_answer_at_address(db: Database) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(ServerUnreachableError) as raised:
        sign_in(db, url, "anna", "secret", remember=False)
    message = raised.value.translated()
    assert message.startswith(f"The server does not answer at {url}.")
    assert "Errno" not in message


@pytest.mark.parametrize(
    ("typed", "completed"),
    [
        ("sync.example.org", "https://sync.example.org"),
        ("  sync.example.org/ ", "https://sync.example.org"),
        ("HTTPS://Sync.Example.org", "https://Sync.Example.org"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("localhost:8443", "https://localhost:8443"),
    ],
)
def test_an_address_without_https_is_completed(typed: str, completed: str) -> None:
    assert complete_server_address(typed) == completed


@pytest.mark.parametrize("typed", ["", "ftp://sync.example.org", "https://", "sync example"])
def test_what_is_no_server_address_is_explained(typed: str) -> None:
    with pytest.raises(BadServerAddressError) as raised:
        complete_server_address(typed)
    assert "https://sync.example.org" in raised.value.translated()
