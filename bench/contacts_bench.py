"""Contact import benchmark: a 5,000-card vCard file, as an address book exports it.

Prints, each the best of `--runs`: reading the file (decoding, unfolding, vobject's
tokenising, mapping), the import preview (read + match + validate, rolled back),
the import itself into an empty data dir, and the preview of importing the same file
again (every card matched, nothing new). Beside them the floor of the same run: the
same 5,000 contacts created through the services from ready-made values, with no file.

    .venv/bin/python -m bench.contacts_bench [--cards 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.services.importing import import_file  # noqa: E402
from desktop.services.records import create_record  # noqa: E402
from desktop.services.taxonomy import Taxonomy  # noqa: E402
from desktop.services.vcard import parse_vcards  # noqa: E402
from desktop.services.workspace import open_scope  # noqa: E402
from desktop.store import open_database  # noqa: E402

FIRST = ["Jürgen", "Małgorzata", "Çağlar", "Anouk", "Sanne", "Lukas", "Zofia", "Ayşe", "Jan"]
LAST = ["Müller", "Nowak", "Doğan", "de Vries", "van der Berg", "Gruber", "Yılmaz", "Weiß"]
TOWNS = [("Münster", "Deutschland"), ("Almelo", "Nederland"), ("Gdańsk", "Polska")]


def vcard_file(cards: int, seed: int = 7) -> bytes:
    """Cards as phones and Outlook write them: 3.0 and 2.1 with quoted-printable."""
    rng = random.Random(seed)
    out = []
    for number in range(cards):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        town, country = rng.choice(TOWNS)
        if number % 5 == 0:  # vCard 2.1, quoted-printable UTF-8
            name = f"{first} {last} {number}".encode()
            qp = "".join(f"={b:02X}" if b > 127 or b == 61 else chr(b) for b in name)
            out.append(
                "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{qp}\r\n"
                f"TEL;CELL:+49 171 {number:07d}\r\nTEL;WORK;VOICE:+49 251 {number:06d}\r\n"
                f"EMAIL;PREF;INTERNET:p{number}@example.org\r\nEND:VCARD\r\n"
            )
            continue
        out.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:{first} {last} {number}\r\nN:{last};{first};;;\r\n"
            f"ORG:Gemeinde {town};Soziales\r\nTITLE:Beraterin\r\n"
            f"item1.EMAIL;type=INTERNET;type=WORK;type=pref:c{number}@{town.lower()}.example\r\n"
            f"EMAIL;type=HOME:privat{number}@mail.example\r\n"
            f"TEL;type=CELL:+31 6 {number:08d}\r\nTEL;type=WORK:+31 546 {number:06d}\r\n"
            f"ADR;type=WORK:;;Rathausplatz {number % 90 + 1};{town};;48143;{country}\r\n"
            "NOTE:Kennt das Quartier\\, sehr gut vernetzt.\\nZweite Zeile.\r\n"
            "LANG:de\r\nEND:VCARD\r\n"
        )
    return "".join(out).encode("utf-8")


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="contacts-bench-"))
    path = root / "adressbuch.vcf"
    path.write_bytes(vcard_file(args.cards))
    size = path.stat().st_size / 1e6
    print(f"{args.cards} cards, {size:.1f} MB")

    parsed = parse_vcards(path.read_bytes())
    assert len(parsed.contacts) == args.cards and not parsed.problems
    read = best(args.runs, lambda: parse_vcards(path.read_bytes()))

    def fresh(name: str) -> tuple[object, object]:
        data_dir = root / name
        data_dir.mkdir()
        db = open_database(data_dir)
        return db, open_scope(db, "Bench")

    db, scope = fresh("preview")
    preview = best(args.runs, lambda: import_file(db, scope, path, dry_run=True))  # type: ignore[arg-type]

    imports = []
    for run in range(args.runs):
        db, scope = fresh(f"import-{run}")
        start = time.perf_counter()
        report = import_file(db, scope, path)  # type: ignore[arg-type]
        imports.append(time.perf_counter() - start)
        assert report.created["contact"] == args.cards
    again = best(args.runs, lambda: import_file(db, scope, path, dry_run=True))  # type: ignore[arg-type]
    report = import_file(db, scope, path, dry_run=True)  # type: ignore[arg-type]
    assert report.unchanged["contact"] == args.cards and not report.created

    floors = []
    for run in range(args.runs):
        floor_db, floor_scope = fresh(f"floor-{run}")
        start = time.perf_counter()
        with floor_db.write("Bench") as session:  # type: ignore[attr-defined]
            taxonomy = Taxonomy(session, floor_scope.workspace_id)  # type: ignore[attr-defined]
            for contact in parsed.contacts:
                create_record(
                    session,
                    floor_scope,  # type: ignore[arg-type]
                    "contact",
                    contact.data,
                    taxonomy=taxonomy,
                    flush=False,
                )
        floors.append(time.perf_counter() - start)

    rate = args.cards / min(imports)
    print(f"read (decode, unfold, tokenise, map):  {read:6.2f} s")
    print(f"import preview (rolled back):          {preview:6.2f} s")
    print(f"import into an empty data dir:         {min(imports):6.2f} s  ({rate:,.0f} cards/s)")
    print(f"preview of the same file again:        {again:6.2f} s  (all {args.cards} matched)")
    print(f"floor: same contacts via services, no file: {min(floors):6.2f} s")


if __name__ == "__main__":
    main()
