"""Read a contact file of any supported kind: vCard (.vcf) or CSV."""

from __future__ import annotations

from pathlib import Path

from desktop.errors import NotFoundError, StorageError
from desktop.services.contact_source import ParsedSource
from desktop.services.contacts_csv import parse_contacts_csv
from desktop.services.os_errors import os_reason
from desktop.services.vcard import parse_vcards
from desktop.tr import QT_TRANSLATE_NOOP


def read_contact_file(path: Path, *, encoding: str | None = None) -> ParsedSource:
    raw = read_bytes(path)
    if is_vcard(path, raw):
        return parse_vcards(raw, encoding)
    return parse_contacts_csv(raw, encoding)


def is_vcard(path: Path, raw: bytes) -> bool:
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    head = raw[:64].replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \r\n").upper()
    return head.startswith(b"BEGIN:VCARD")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path)
        ) from exc
    except OSError as exc:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {reason}"),
            path=str(path),
            reason=os_reason(exc),
        ) from exc
