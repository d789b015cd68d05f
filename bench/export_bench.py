"""Dossier export benchmark: 1,000 observations, 100 adaptation notes and 50 photos.

For each template and format: seconds, pages, pages per second and the peak RSS of
a fresh process doing just that export; beside it the floor — the same texts as
plain paragraphs through bare reportlab and bare python-docx, also in a fresh
process. Word files have no pages until laid out; their page count here is
LibreOffice's layout of the file (counted after the timing, if LibreOffice is
installed), only to put pages/s on the same footing.

    .venv/bin/python -m bench.export_bench [--data-dir DIR] [--observations 1000]
        [--template core] [--format pdf]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402

from bench.common import observation_text  # noqa: E402
from desktop.export import ExportOptions, export_dossier  # noqa: E402
from desktop.models import ELEMENT_KINDS  # noqa: E402
from desktop.services.records import create_record  # noqa: E402
from desktop.services.taxonomy import Taxonomy  # noqa: E402
from desktop.services.workspace import Scope, open_scope  # noqa: E402
from desktop.store import Database, open_database  # noqa: E402

TEMPLATES = ("visit", "core", "manual")
FORMATS = ("pdf", "docx")
ACTIVITIES = 40
STATUSES = ("idea", "planned", "piloting", "implemented", "dropped")


@dataclass(frozen=True)
class Run:
    seconds: float
    pages: int
    records: int
    peak_rss_mb: float
    path: str


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--observations", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--template", choices=TEMPLATES, action="append", help="only these")
    parser.add_argument("--format", choices=FORMATS, action="append", help="only these")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="export-bench-"))
    data_dir = args.data_dir or work / "data"
    db = open_database(data_dir)
    scope = open_scope(db, "bench")
    started = time.perf_counter()
    visit_id = fill(db, scope, args.observations, args.notes, args.photos)
    db.dispose()
    print(f"data dir {data_dir}: filled in {time.perf_counter() - started:.1f} s")
    print(f"{args.observations} observations, {args.notes} adaptation notes, {args.photos} photos")
    print()
    header = (
        f"{'template':8} {'format':6} {'seconds':>8} {'pages':>6} {'pages/s':>8} "
        f"{'records':>8} {'peak RSS':>9}"
    )
    print(header)
    print("-" * len(header))
    spawn = multiprocessing.get_context("spawn")
    for template in args.template or TEMPLATES:
        for fmt in args.format or FORMATS:
            out = work / f"{template}.{fmt}"
            with spawn.Pool(1) as pool:
                run = pool.apply(export_once, (str(data_dir), template, fmt, visit_id, str(out)))
            pages = run.pages if fmt == "pdf" else libreoffice_pages(out, work)
            shown = f"{pages:6d}" if pages else "     –"
            rate = f"{pages / run.seconds:8.1f}" if pages else "       –"
            note = "" if fmt == "pdf" or not pages else "  (pages: LibreOffice layout)"
            print(
                f"{template:8} {fmt:6} {run.seconds:8.2f} {shown} {rate} {run.records:8d} "
                f"{run.peak_rss_mb:7.0f} MB{note}"
            )
            with spawn.Pool(1) as pool:
                floor = pool.apply(floor_once, (str(data_dir), template, fmt, visit_id, str(work)))
            floor_pages = floor.pages if fmt == "pdf" else libreoffice_pages(Path(floor.path), work)
            floor_rate = f"{floor_pages / floor.seconds:8.1f}" if floor_pages else "       –"
            floor_shown = f"{floor_pages:6d}" if floor_pages else "     –"
            print(
                f"{'  floor':8} {fmt:6} {floor.seconds:8.2f} {floor_shown} {floor_rate} "
                f"{floor.records:8d} {floor.peak_rss_mb:7.0f} MB"
            )
    print("\nfloor rows: the same texts as plain paragraphs (records column: paragraphs)")
    print(f"files in {work}")


# -- data ----------------------------------------------------------------------------------


def fill(db: Database, scope: Scope, observations: int, notes: int, photos: int) -> str:
    """Activities, observations (some with Markdown), notes, contacts and photos."""
    rng = random.Random(7)
    with db.write(scope.actor) as session:
        taxonomy = Taxonomy(session, scope.workspace_id)
        fields = [t.name for t in taxonomy.terms_of("field_of_action")]
        types = [t.name for t in taxonomy.terms_of("activity_type")]
        activities = []
        for index in range(ACTIVITIES):
            activities.append(
                create_record(
                    session,
                    scope,
                    "activity",
                    {
                        "title": f"Hospitation {index + 1}: Quartiersarbeit und Beteiligung",
                        "activity_type": types[index % len(types)],
                        "starts_on": (date(2009, 1, 5) + timedelta(days=index * 23)).isoformat(),
                        "host_municipality": "Almelo" if index % 2 else "Münster",
                        "participants": "Kerngruppe Münster\nKerngroep Almelo\nGäste",
                        "description": observation_text(rng, index),
                        "fields_of_action": rng.sample(fields, 2),
                    },
                    taxonomy=taxonomy,
                    flush=False,
                )
            )
        session.flush()
        observation_ids = []
        for index in range(observations):
            activity = activities[index % ACTIVITIES]
            text = observation_text(rng, index)
            if index % 5 == 0:
                text = f"**Wichtig:** {text}\n\n- erster Punkt\n- zweiter *Punkt*"
            record = create_record(
                session,
                scope,
                "observation",
                {
                    "activity_id": activity.id,
                    "text": text,
                    "observed_on": activity.starts_on.isoformat(),  # type: ignore[attr-defined]
                    "author": rng.choice(["Ute Brinkmann", "Anouk Jansen", "Murat Aksoy"]),
                    "fields_of_action": rng.sample(fields, rng.randint(1, 3)),
                    "tags": [rng.choice(["Leitbild", "Mediation", "Elternarbeit", "wijkaanpak"])],
                },
                taxonomy=taxonomy,
                flush=False,
            )
            observation_ids.append(record.id)
        session.flush()
        note_ids = []
        for index in range(notes):
            record = create_record(
                session,
                scope,
                "adaptation",
                {
                    "activity_id": activities[index % ACTIVITIES].id,
                    "element_kind": ELEMENT_KINDS[index % len(ELEMENT_KINDS)],
                    "element": f"Element {index // 2 + 1}: Stadtteilkonferenz",
                    "from_municipality": "Münster",
                    "to_municipality": "Almelo",
                    "origin_description": observation_text(rng, index),
                    "adaptation": observation_text(rng, index + 1),
                    "rationale": observation_text(rng, index + 2),
                    "framework_factors": ["law", "funding"],
                    "status": STATUSES[index % len(STATUSES)],
                    "effects": observation_text(rng, index + 3),
                    "observation_ids": rng.sample(observation_ids, 3),
                },
                taxonomy=taxonomy,
                flush=False,
            )
            note_ids.append(record.id)
        for index in range(60):
            create_record(
                session,
                scope,
                "contact",
                {
                    "name": f"Person {index} Łukasiewicz-Öztürk",
                    "organisation": "Verein",
                    "consent_given": index % 2 == 0,
                    "consent_date": "2009-05-01" if index % 2 == 0 else None,
                    "activity_ids": [activities[index % ACTIVITIES].id],
                },
                taxonomy=taxonomy,
                flush=False,
            )
        session.flush()
        owners = [*observation_ids[::20], *(a.id for a in activities)]
        for index in range(photos):
            attach_photo(db, session, scope, owners[index % len(owners)], index)
    return str(activities[0].id)


def attach_photo(db: Database, session: object, scope: Scope, owner_id: str, index: int) -> None:
    from desktop.models import Attachment

    image = Image.new("RGB", (1600, 1200), (40 + index * 4 % 200, 90, 140))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    data = buffer.getvalue()
    sha256 = db.blobs.put_bytes(data)
    session.add(  # type: ignore[attr-defined]
        Attachment(
            workspace_id=scope.workspace_id,
            owner_id=owner_id,
            sha256=sha256,
            size=len(data),
            mime="image/jpeg",
            file_name=f"foto-{index}.jpg",
            caption=f"Foto {index + 1} aus dem Quartier",
            position=index,
        )
    )


# -- one export per process (for an honest peak RSS) ---------------------------------------


def export_once(data_dir: str, template: str, fmt: str, visit_id: str, out: str) -> Run:
    db = open_database(Path(data_dir))
    scope = open_scope(db, "bench")
    options = ExportOptions(
        template,
        fmt,  # type: ignore[arg-type]
        "de",
        activity_id=visit_id if template == "visit" else None,
    )
    started = time.perf_counter()
    result = export_dossier(db, scope, options, Path(out))
    seconds = time.perf_counter() - started
    db.dispose()
    return Run(seconds, result.pages, result.records, peak_rss_mb(), out)


def floor_once(data_dir: str, template: str, fmt: str, visit_id: str, work: str) -> Run:
    """The same record texts as plain paragraphs through the bare library."""
    texts = record_texts(data_dir, template, visit_id)
    out = Path(work) / f"floor-{template}.{fmt}"
    started = time.perf_counter()
    pages = bare_pdf(texts, out) if fmt == "pdf" else bare_docx(texts, out)
    return Run(time.perf_counter() - started, pages, len(texts), peak_rss_mb(), str(out))


def record_texts(data_dir: str, template: str, visit_id: str) -> list[str]:
    from sqlalchemy import select

    from desktop.models import AdaptationNote, Observation
    from desktop.services.markup import to_plain

    db = open_database(Path(data_dir))
    with db.read() as session:
        notes = list(session.scalars(select(AdaptationNote)))
        query = select(Observation)
        if template == "visit":
            query = query.where(Observation.activity_id == visit_id)
            notes = [n for n in notes if n.activity_id == visit_id]
        elif template == "manual":
            wanted = {oid for n in notes for oid in n.observation_ids}
            query = query.where(Observation.id.in_(wanted))
        observations = list(session.scalars(query))
    db.dispose()
    texts = [to_plain(o.text) for o in observations]
    for note in notes:
        texts += [
            note.element,
            note.origin_description,
            note.adaptation,
            note.rationale,
            note.effects,
        ]
    return texts


def bare_pdf(texts: list[str], out: Path) -> int:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.export.fonts import face_name, register_pdf_fonts
    from desktop.export.typography import SERIF

    register_pdf_fonts()  # the same embedded font: the floor includes subsetting
    style = getSampleStyleSheet()["BodyText"]
    style.fontName = face_name(SERIF)
    document = SimpleDocTemplate(str(out))
    document.build(
        [Paragraph(text.replace("&", "&amp;").replace("<", "&lt;"), style) for text in texts]
    )
    return int(document.page)


def bare_docx(texts: list[str], out: Path) -> int:
    import docx

    document = docx.Document()
    for text in texts:
        document.add_paragraph(text)
    document.save(str(out))
    return 0


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def libreoffice_pages(path: Path, work: Path) -> int:
    """Pages of LibreOffice's layout of a Word file (0 if LibreOffice is not installed)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return 0
    from pypdf import PdfReader

    outdir = work / "libreoffice"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(path),
        ],
        capture_output=True,
        check=True,
        timeout=600,
    )
    return len(PdfReader(outdir / f"{path.stem}.pdf").pages)


if __name__ == "__main__":
    main()
