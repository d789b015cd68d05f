"""Expected sync failures, as typed UserErrors with translatable messages.

Messages are marked for Qt's lupdate (context "Errors") and formatted after
translating, with named placeholders. None of these means data was lost: the
outbox keeps every change until the server has acknowledged it.
"""

from __future__ import annotations

from desktop.errors import Phrase, UserError
from desktop.services.os_errors import connection_problem
from desktop.tr import QT_TRANSLATE_NOOP


class SyncError(UserError):
    """Base class of everything the sync engine reports to the user."""


class ServerUnreachableError(SyncError):
    """No answer from the server; the message names the cause in plain words
    (desktop/services/os_errors.py), never the operating system's English text."""

    def __init__(self, url: str, error: BaseException) -> None:
        super().__init__(connection_problem(error), url=url)
        self.detail = (str(error) or type(error).__name__)[:200]  # for the log


class ServerFailedError(SyncError):
    def __init__(self, url: str, status: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sync server {url} had a problem (HTTP {status}). Your work is safe on "
                "this computer; try again later.",
            ),
            url=url,
            status=status,
        )


class ServerProtocolError(SyncError):
    def __init__(self, url: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sync server {url} answered something this version does not understand "
                "({detail}). Is it a Field Dossier sync server of a matching version?",
            ),
            url=url,
            detail=detail,
        )


class WrongPasswordError(SyncError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The user name or the password is wrong."))


class AccountLockedError(SyncError):
    def __init__(self, seconds: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Too many failed sign-ins. For safety the account is locked for "
                "{seconds} seconds; try again then.",
            ),
            seconds=seconds,
        )


class NotAMemberError(SyncError):
    def __init__(self, user: str, workspace: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{user} is not a member of the workspace \u201c{workspace}\u201d on this server. "
                "Ask an administrator to add you.",
            ),
            user=user,
            workspace=workspace,
        )


class NoWorkspaceError(SyncError):
    def __init__(self, user: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{user} is not a member of any workspace on this server. Ask an "
                "administrator to add you.",
            ),
            user=user,
        )


class ChooseWorkspaceError(SyncError):
    def __init__(self, user: str, names: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{user} belongs to several workspaces ({names}). Choose one of them."
            ),
            user=user,
            names=names,
        )


class WorkspaceMismatchError(SyncError):
    def __init__(self, bound: str, requested: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This data folder belongs to the workspace \u201c{bound}\u201d. Use a separate "
                "data folder for \u201c{requested}\u201d.",
            ),
            bound=bound,
            requested=requested,
        )


class PermissionDeniedError(SyncError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The sync server refused this: {detail}"), detail=detail
        )


class SessionExpiredError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Your sign-in has expired or was ended. Please sign in again; nothing was lost.",
            )
        )


class NotSignedInError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This computer is not signed in to a sync server. Sign in first "
                "(field-dossier login).",
            )
        )


class SignInNotKeptError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sign-in was kept for one run only (there is no keyring on this "
                "computer). Sign in again, e.g. with sync --password-stdin.",
            )
        )


class KeyringUnavailableError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no secure password store (keyring) on this computer, so the "
                "sign-in cannot be remembered. You can sign in for this run only; the "
                "sign-in is then forgotten when the program ends.",
            )
        )


class SyncInProgressError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "A sync is already running. Wait for it to finish.")
        )


class SyncCancelledError(SyncError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The sync was cancelled. Nothing was lost; the next sync continues where "
                "this one stopped.",
            )
        )


class UnknownRecordError(SyncError):
    def __init__(self, record_id: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The sync server has no record with the id {id}."),
            id=record_id,
        )


# Why a bundle is refused, as the bundle reader and desktop/sync/bundles.py say it
# (the protocol package imports nothing of ours, so its reasons are marked here for
# translation; a reason with details in it stays English).
BUNDLE_REASONS = (
    QT_TRANSLATE_NOOP("Errors", "it is not a zip file"),
    QT_TRANSLATE_NOOP("Errors", "it is larger than 2 GB"),
    QT_TRANSLATE_NOOP("Errors", "it holds a file twice"),
    QT_TRANSLATE_NOOP("Errors", "its manifest cannot be read"),
    QT_TRANSLATE_NOOP("Errors", "its signature does not match this device's key"),
    QT_TRANSLATE_NOOP("Errors", "files are missing or were added"),
    QT_TRANSLATE_NOOP("Errors", "it is not an answer from the server"),
    QT_TRANSLATE_NOOP("Errors", "it was made for another computer or workspace"),
    QT_TRANSLATE_NOOP("Errors", "its answer cannot be read"),
    QT_TRANSLATE_NOOP("Errors", "this computer has no bundle key: sign in once while online"),
)


class BundleError(SyncError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is not a usable sync bundle: {reason}. Nothing was changed.",
            ),
            path=path,
            # A fixed reason is translated with the message; one with details stays English.
            reason=Phrase(reason) if reason in BUNDLE_REASONS else reason,
        )


class BadServerAddressError(SyncError):
    def __init__(self, address: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "\u201c{address}\u201d is not a server address. Type it like "
                "https://sync.example.org (the https:// may be left out).",
            ),
            address=address,
        )
