"""Helpers for dossier tests: the demo workspace with its cached exports, and readers
that get the text back out of PDF and Word files."""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from desktop.export import ExportOptions, ExportResult, export_dossier
from desktop.models import Contact
from desktop.services.demo import demo_id, load_demo
from desktop.services.workspace import Scope, open_scope
from desktop.store import Database, open_database

VISIT_ACTIVITY = "coaching-almelo"


class Demo:
    """A data dir with the demo workspace, and the dossiers written from it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db: Database = open_database(root / "laptop")
        self.scope: Scope = open_scope(self.db, "Anna Tester")
        load_demo(self.db, self.scope)
        self._written: dict[tuple[str, str, str], ExportResult] = {}

    def export(self, template: str, fmt: str, language: str) -> ExportResult:
        key = (template, fmt, language)
        if key not in self._written:
            options = ExportOptions(
                template,  # type: ignore[arg-type]
                fmt,  # type: ignore[arg-type]
                language,  # type: ignore[arg-type]
                activity_id=demo_id(VISIT_ACTIVITY) if template == "visit" else None,
            )
            out = self.root / "dossiers" / f"{template}-{language}.{fmt}"
            out.parent.mkdir(exist_ok=True)
            self._written[key] = export_dossier(self.db, self.scope, options, out)
        return self._written[key]

    def contacts(self, *, consent: bool) -> list[Contact]:
        with self.db.read() as session:
            query = select(Contact).where(Contact.consent_given.is_(consent))
            return list(session.scalars(query))


# -- reading files back --------------------------------------------------------------------


def squash(text: str) -> str:
    """Whitespace runs as one space: a name wrapped across lines is still found."""
    return re.sub(r"\s+", " ", text).strip()


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    return squash(" ".join(page.extract_text() or "" for page in reader.pages))


def docx_text(path: Path) -> str:
    """Every text of every part (body, tables, headers, footers, properties), as read.

    Runs of one paragraph join without a gap (a bold word is one run among others);
    paragraphs, line breaks and tabs become spaces.
    """
    found = []
    token = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(?:br|tab|cr)\b[^>]*/>|</w:p>")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".xml"):
                continue
            xml = archive.read(name).decode("utf-8")
            found += [m.group(1) if m.group(1) is not None else " " for m in token.finditer(xml)]
            found += [" ", *re.findall(r"<(?:dc|cp):\w+(?: [^>]*)?>([^<]*)<", xml), " "]
    return squash(html.unescape("".join(found)))


def text_of(path: Path) -> str:
    return pdf_text(path) if path.suffix == ".pdf" else docx_text(path)


def outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(getattr(item, "title", "")))

    walk(reader.outline)
    return titles
