"""Hostile input as a suite: Hypothesis against every importer.

Each file kind a user can import - the JSON data file, vCards, a CSV of contacts - is
generated thousands of times, from plausible records with hostile values to bytes
that are no format at all, and fed through the public `import_file` (so the suite
holds when the vCard and CSV readers are rewritten). The promise checked every time:
the import succeeds, or it raises a `UserError` whose messages are translatable
(their source text is in the German catalogue) and one line each - and then every
table of the database is exactly as before. A handful of the same files go through
the `field-dossier import` command in a subprocess: exit 1, no traceback.

Bundles are fuzzed in tests/sync/test_import_fuzz_bundles.py (they need a server).
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain import KINDS, RECORD_KINDS, FieldSpec, kind_spec
from desktop.errors import ImportProblemError, ImportRejectedError, UserError
from desktop.services.importing import import_file
from desktop.services.records import create_record
from desktop.services.workspace import Scope, open_scope
from desktop.store import DATABASE_FILE, Database, open_database
from tests.cli.test_cli import Cli
from tests.fingerprint import sqlite_fingerprint

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.timeout(600)
# Cases per importer (three importers: 1,800 in all by default; bundles add 500).
CASES = int(os.environ.get("FIELD_DOSSIER_IMPORT_FUZZ_CASES", "600"))
FUZZ = settings(
    max_examples=CASES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


# -- what must hold ---------------------------------------------------------------------


def _catalogue() -> set[str]:
    """The source texts of the "Errors" context: a message not in it is not translatable."""
    root = ET.parse(ROOT / "translations" / "field_dossier_de.ts").getroot()
    return {
        message.findtext("source") or ""
        for context in root.iter("context")
        if context.findtext("name") == "Errors"
        for message in context.iter("message")
    }


CATALOGUE = _catalogue()


def fingerprint(data_dir: Path) -> str:
    """Every row of every table, and every file in the blob store."""
    return sqlite_fingerprint(data_dir / DATABASE_FILE, data_dir / "blobs")


def _problems(error: UserError) -> Iterator[UserError]:
    yield error
    for problem in getattr(error, "problems", []):
        yield from _problems(problem)
    if isinstance(error, ImportProblemError):
        yield from _problems(error.inner)


def _check_refusal(error: UserError) -> None:
    for problem in _problems(error):
        template = problem.where if isinstance(problem, ImportProblemError) else problem.message
        assert template in CATALOGUE, f"not in the catalogue: {template!r}"
        if not isinstance(problem, ImportRejectedError):
            assert "\n" not in problem.english() and "\r" not in problem.english(), problem
    # A refused file: one line saying so, then one line per problem.
    lines = error.english().split("\n")
    assert len(lines) == 1 + len(getattr(error, "problems", []))


class Importer:
    """One data folder, with a few records an import may update; a file per case."""

    def __init__(self, root: Path) -> None:
        self.data_dir = root / "laptop"
        self.db: Database = open_database(self.data_dir)
        self.scope: Scope = open_scope(self.db, "fuzz")
        self.ids: list[str] = []
        with self.db.write("fuzz") as session:
            for text in ("Gespräch im Rathaus", "Wijkteam Almelo"):
                self.ids.append(
                    create_record(session, self.scope, "observation", {"text": text}).id
                )
            contact = {
                "name": "Jan Jansen",
                "email": "jan@example.org",
                "consent_given": True,
                "consent_date": "2009-03-12",
            }
            self.ids.append(create_record(session, self.scope, "contact", contact).id)
        self.source = root / "incoming"
        self.source.mkdir()
        self.outcomes = {"imported": 0, "refused": 0}
        self.state = fingerprint(self.data_dir)

    def check(self, name: str, content: bytes) -> None:
        path = self.source / name
        path.write_bytes(content)
        try:
            import_file(self.db, self.scope, path)
        except UserError as error:
            _check_refusal(error)
            assert fingerprint(self.data_dir) == self.state, "a refused import changed the data"
            self.outcomes["refused"] += 1
        else:
            self.outcomes["imported"] += 1
            self.state = fingerprint(self.data_dir)

    def close(self) -> None:
        self.db.dispose()


@pytest.fixture
def importer(tmp_path: Path) -> Iterator[Importer]:
    importer = Importer(tmp_path)
    yield importer
    importer.close()


# -- hostile values ---------------------------------------------------------------------

NASTY_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "\ud800",
        "x\udcff",
        "A\u0308nne",
        "\u202eevil",
        "\r\n",
        "=?utf-8?q?=C3=A4?=",
        "../../etc/passwd",
        "' OR 1=1 --",
        "<script>",
        "\\",
        ";",
        ",",
        '"',
    ]
)
# Longer than any text field may be (built lazily: Hypothesis prints strategies).
LONG_TEXT = st.sampled_from([201_000, 70_000]).map(lambda n: "x" * n if n > 100_000 else "é" * n)
TEXT = st.one_of(st.text(max_size=40), NASTY_TEXT, LONG_TEXT)
NUMBERS = st.one_of(
    st.integers(),
    st.sampled_from([2**31, 2**63 - 1, 2**63, -(2**63) - 1, 2**64, 10**40]),
    st.floats(allow_nan=True, allow_infinity=True),
)
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        ["0000-01-01", "9999-12-31", "10000-01-01", "2009-02-30", "2009-13-01", "12.03.2009"]
    ),
)
TIMES = st.one_of(
    st.datetimes().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "9999-12-31T23:59:59-05:00",
            "0001-01-01T00:00:00+05:00",
            "2009-03-12T10:00:00Z",
            "2009-03-12T25:00:00",
        ]
    ),
)
SCALARS = st.one_of(st.none(), st.booleans(), NUMBERS, TEXT, DATES)


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4)


JSON_VALUES = st.recursive(SCALARS, _containers, max_leaves=12)


def _value_for(spec: FieldSpec, ids: list[str]) -> st.SearchStrategy[Any]:
    plausible: dict[str, st.SearchStrategy[Any]] = {
        "date": DATES,
        "bool": st.booleans(),
        "enum": st.sampled_from(spec.choices or ("x",)),
        "enum_list": st.lists(st.sampled_from(spec.choices or ("x",)), max_size=3),
        "email": st.one_of(st.emails(), TEXT),
        "record": st.sampled_from(ids) | st.uuids().map(str),
        "records": st.lists(st.sampled_from(ids) | st.uuids().map(str), max_size=3),
        "terms": st.lists(TEXT, max_size=3),
        "languages": st.lists(st.sampled_from(["de", "nl", "en", "xx", ""]), max_size=3),
    }
    return st.one_of(plausible.get(spec.type, TEXT), JSON_VALUES)


def _record(kind: str, ids: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    spec = kind_spec(kind)
    meta = {
        "id": st.sampled_from(ids) | st.uuids().map(str) | TEXT,
        "created_at": TIMES,
        "updated_at": TIMES,
        "deleted_at": st.none() | TIMES,
        "version": NUMBERS,
    }
    optional = {f.name: _value_for(f, ids) for f in spec.fields} | meta
    return st.fixed_dictionaries({}, optional=optional)


_SECTIONS = {kind: spec.section for kind, spec in KINDS.items()}


def _data_file(ids: list[str]) -> st.SearchStrategy[bytes]:
    sections = {
        _SECTIONS[kind]: st.lists(st.one_of(_record(kind, ids), JSON_VALUES), max_size=3)
        for kind in RECORD_KINDS
    }
    extra = {
        "workspace": st.fixed_dictionaries({}, optional={"name": TEXT, "settings": JSON_VALUES}),
        "municipalities": st.lists(
            st.fixed_dictionaries({}, optional={"name": TEXT, "country": TEXT}), max_size=2
        ),
        "terms": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "kind": st.sampled_from(["tag", "district", "field_of_action", "x"]) | TEXT,
                    "name": TEXT,
                    "labels": JSON_VALUES,
                    "position": NUMBERS,
                },
            ),
            max_size=2,
        ),
        "attachments": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "id": st.uuids().map(str),
                    "owner_id": st.sampled_from(ids) | TEXT,
                    "sha256": st.sampled_from(["0" * 64, "z" * 64, "../" * 21 + "x"]) | TEXT,
                    "size": NUMBERS,
                    "content_base64": st.sampled_from(["", "AAAA", "!!", "aGVsbG8="]) | TEXT,
                    "file_name": TEXT,
                    "mime": TEXT,
                },
            ),
            max_size=2,
        ),
    }
    document = st.fixed_dictionaries(
        {
            "format": st.sampled_from(["field-dossier-data", "other"]),
            "format_version": st.sampled_from([1, 2, 0, "1", None]),
        },
        optional={**sections, **extra},
    )
    loose = st.lists(
        st.sampled_from(list(_SECTIONS)).flatmap(
            lambda kind: _record(kind, ids).map(lambda record: {"kind": kind, **record})
        ),
        max_size=3,
    )
    as_json = st.one_of(document, loose, JSON_VALUES).map(
        lambda value: json.dumps(value, ensure_ascii=True, allow_nan=True).encode()
    )
    return st.one_of(as_json, as_json.flatmap(_damaged), st.binary(max_size=200), _beyond_json())


def _beyond_json() -> st.SearchStrategy[bytes]:
    """JSON that json.dumps cannot write: numbers of thousands of digits, deep nesting."""
    head = b'{"format":"field-dossier-data","format_version":1,"terms":['

    def build(shape: tuple[str, int]) -> bytes:
        kind, size = shape
        if kind == "digits":
            return head + b"9" * size + b"]}"
        if kind == "lists":
            return head + b"[" * size + b"]" * size + b"]}"
        return head + b'{"a":' * size + b"1" + b"}" * size + b"]}"

    sizes = st.sampled_from([40, 900, 5_000, 60_000])
    return st.tuples(st.sampled_from(["digits", "lists", "objects"]), sizes).map(build)


def _damaged(content: bytes) -> st.SearchStrategy[bytes]:
    """The same bytes cut short, or with a few bytes replaced."""
    return st.one_of(
        st.integers(0, len(content)).map(lambda n: content[:n]),
        st.tuples(st.integers(0, max(len(content) - 1, 0)), st.binary(min_size=1, max_size=4)).map(
            lambda cut: content[: cut[0]] + cut[1] + content[cut[0] + len(cut[1]) :]
        ),
    )


# -- vCards and CSV ---------------------------------------------------------------------

VCARD_PROPERTIES = st.sampled_from(
    ["FN", "N", "EMAIL", "TEL", "ORG", "TITLE", "NOTE", "ADR", "BDAY", "LANG", "URL",
     "CATEGORIES", "PHOTO", "item1.EMAIL", "X-ABLabel", "VERSION", "BEGIN", "END", "KIND", ""]
)  # fmt: skip
VCARD_PARAMETERS = st.sampled_from(
    ["", ";TYPE=work", ";TYPE=INTERNET,pref", ";CHARSET=UTF-8", ";CHARSET=ISO-8859-1",
     ";CHARSET=x-unknown", ";ENCODING=QUOTED-PRINTABLE", ";ENCODING=BASE64", ";ENCODING=b",
     ";PREF=1", ';TYPE="a,b"', ";LANGUAGE=de", ";=", ";;"]
)  # fmt: skip
VCARD_VALUES = st.one_of(
    TEXT,
    st.sampled_from(
        ["Jansen;Jan;;;", "=C3=A4=\r\n=", "=XY", "a\\nb\\,c\\;d", "2009-03-12", "--0312",
         "AAAA", "@@", "+31 546 541 111", "jan@example.org", ";;;;;;;;", "\\"]
    ),
)  # fmt: skip


NAMES = st.text(
    alphabet=st.characters(categories=["L", "Zs"], exclude_characters="\x85\u2028\u2029"),
    min_size=1,
    max_size=30,
).filter(str.strip)


@st.composite
def vcard_files(draw: st.DrawFn) -> bytes:
    """Address books as real programs write them (a third of the files), and cards
    with odd properties, parameters, encodings, versions and endings."""
    well_formed = draw(st.integers(0, 2)) == 0
    cards = []
    for _ in range(draw(st.integers(1 if well_formed else 0, 3))):
        if well_formed:
            name = draw(NAMES)
            version = draw(st.sampled_from(["3.0", "4.0"]))
            cards.append(
                ["BEGIN:VCARD", f"VERSION:{version}", f"FN:{name}",
                 f"EMAIL;TYPE=INTERNET:{len(name)}@example.org", "END:VCARD"]
            )  # fmt: skip
            continue
        version = draw(st.sampled_from(["2.1", "3.0", "4.0", "", "9"]))
        lines = [draw(st.sampled_from(["BEGIN:VCARD", "begin:vcard", "BEGIN:VCARD "]))]
        if version:
            lines.append(f"VERSION:{version}")
        for _ in range(draw(st.integers(0, 6))):
            name = draw(VCARD_PROPERTIES)
            lines.append(f"{name}{draw(VCARD_PARAMETERS)}:{draw(VCARD_VALUES)}")
            if draw(st.booleans()):
                lines.append(" " + draw(TEXT)[:20])  # a folded continuation line
        if draw(st.integers(0, 4)) > 0:
            lines.append("END:VCARD")
        cards.append(lines)
    newline = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    text = newline.join(newline.join(lines) for lines in cards)
    if well_formed:
        return text.encode("utf-8")
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"]))
    raw = text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")
    return draw(st.one_of(st.just(raw), _damaged(raw), st.binary(max_size=200)))


CSV_HEADERS = st.sampled_from(
    ["name", "Name", "naam", "E-Mail", "email", "phone", "Telefon", "organisation", "Firma",
     "municipality", "country", "languages", "notes", "consent_given", "Einwilligung",
     "consent_date", "unknown", "", "name"]
)  # fmt: skip


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    columns = draw(st.lists(CSV_HEADERS, min_size=0, max_size=6))
    rows = [columns] + [
        [draw(st.one_of(TEXT, DATES, st.sampled_from(["ja", "yes", "1", "x"]))) for _ in columns]
        + draw(st.lists(TEXT, max_size=1))
        for _ in range(draw(st.integers(0, 4)))
    ]

    def cell(value: str) -> str:
        if draw(st.booleans()) or any(c in value for c in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    text = "\n".join(delimiter.join(cell(v) for v in row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    raw = text.encode(encoding, "surrogatepass" if encoding.startswith("utf-8") else "replace")
    return draw(st.one_of(st.just(raw), _damaged(raw), st.binary(max_size=200)))


# -- the suite ----------------------------------------------------------------------------


def _fuzz(importer: Importer, name: str, files: st.SearchStrategy[bytes]) -> None:
    @FUZZ
    @given(content=files)
    def run(content: bytes) -> None:
        importer.check(name, content)

    run()
    # Both outcomes were seen: the generator reaches past the first check.
    assert importer.outcomes["imported"] > 0 and importer.outcomes["refused"] > 0


def test_json_data_files_import_or_are_refused_with_the_data_unchanged(
    importer: Importer,
) -> None:
    _fuzz(importer, "data.json", _data_file(importer.ids))


def test_vcard_files_import_or_are_refused_with_the_data_unchanged(importer: Importer) -> None:
    _fuzz(importer, "contacts.vcf", vcard_files())


def test_csv_files_import_or_are_refused_with_the_data_unchanged(importer: Importer) -> None:
    _fuzz(importer, "contacts.csv", csv_files())


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("nul.json", b'[{"kind":"observation","text":"a\\u0000b"}]'),
        ("deep.json", b"[" * 50_000 + b"]" * 50_000),
        ("binary.vcf", bytes(range(256))),
        ("wide.csv", b"name\n" + b"x" * 300_000 + b"\n"),
    ],
    ids=["nul", "deep", "binary-vcard", "wide-csv"],
)
def test_the_import_command_exits_1_with_a_message_for_hostile_files(
    tmp_path: Path, cli_run: Callable[..., Any], name: str, content: bytes
) -> None:
    source = tmp_path / name
    source.write_bytes(content)
    result = cli_run("import", str(source))
    assert result.returncode == 1, result.stdout
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("field-dossier: ")


@pytest.fixture
def cli_run(tmp_path: Path) -> Callable[..., Any]:
    return Cli(tmp_path / "cli-laptop").run
