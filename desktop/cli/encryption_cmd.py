"""`field-dossier encryption`: encrypt a data folder's database at rest, or undo it."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from desktop.cli.context import CliContext
from desktop.errors import StorageError, UserError
from desktop.store.encryption import (
    decrypt_folder,
    encrypt_folder,
    is_encrypted,
    read_marker,
    recovery_key_of,
    unlock,
)
from desktop.store.locks import APP_LOCK, SYNC_LOCK, DataDirLock
from desktop.store.secrets import keyring_available
from desktop.tr import QT_TRANSLATE_NOOP

ACTIONS = ("status", "enable", "disable", "unlock", "recovery-key")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    command = subparsers.add_parser(
        "encryption",
        parents=[common],
        help="encrypt the data folder's database (status, enable, disable, unlock, recovery-key)",
    )
    command.add_argument("action", choices=ACTIONS, nargs="?", default="status")
    command.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="read the passphrase (or recovery key) from standard input, not a prompt",
    )
    command.add_argument(
        "--remember",
        action="store_true",
        help="unlock: keep the key in this computer's keyring",
    )
    command.set_defaults(handler=run_encryption)


def run_encryption(context: CliContext) -> int:
    action = context.args.action
    data_dir = context.data_dir
    if action == "status":
        marker = read_marker(data_dir)
        encrypted = is_encrypted(data_dir)
        context.emit(
            {
                "encrypted": encrypted,
                "passphrase": bool(marker and marker.wrapped),
                "keyring": keyring_available(),
            },
            ("encrypted" if encrypted else "not encrypted")
            + (" (with a passphrase)" if encrypted and marker and marker.wrapped else ""),
        )
        return 0
    if action == "unlock":
        unlock(data_dir, _secret(context, "Passphrase or recovery key: "), remember=True)
        context.emit({"unlocked": True}, "Unlocked; the key is kept in this computer's keyring.")
        return 0
    if action == "recovery-key":
        key = recovery_key_of(data_dir)
        context.emit({"recovery_key": key}, key)
        return 0
    with _Exclusive(data_dir):
        if action == "enable":
            passphrase = (
                _secret(context, "New passphrase (empty: the keyring alone): ") or None
                if context.args.passphrase_stdin or sys.stdin.isatty()
                else None
            )
            key = encrypt_folder(data_dir, passphrase=passphrase)
            context.emit(
                {"encrypted": True, "recovery_key": key},
                "The database is encrypted. Write down this recovery key and keep it apart "
                f"from the laptop; it opens the data when nothing else does:\n\n    {key}\n",
            )
        else:
            decrypt_folder(data_dir)
            context.emit({"encrypted": False}, "The database is no longer encrypted.")
    return 0


def _secret(context: CliContext, prompt: str) -> str:
    if context.args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "No terminal to ask for the passphrase: use --passphrase-stdin."
            )
        )
    return getpass.getpass(prompt)


class _Exclusive:
    """The app and any sync stay away while the database file is replaced."""

    def __init__(self, data_dir: Any) -> None:
        self.locks = [DataDirLock(data_dir, APP_LOCK), DataDirLock(data_dir, SYNC_LOCK)]

    def __enter__(self) -> None:
        for lock in self.locks:
            if not lock.acquire():
                self.__exit__()
                raise StorageError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Field Dossier or a sync is using this data folder. Close it and "
                        "try again; nothing was changed.",
                    )
                )

    def __exit__(self, *_exc: object) -> None:
        for lock in self.locks:
            lock.release()
