"""A small workspace whose texts Hypothesis fills with mentions of withheld people.

One activity with two observations (one with a photo, the other supporting an
adaptation note), the note, a consented contact, two contacts without consent and
open conflicts on the observations. Every text a dossier prints is a "slot" the
property test fills with generated words and mentions; the withheld contacts'
names, addresses and numbers are generated too. Also: what counts as a trace of
a person in an exported file, and how to read every text and metadata out of one.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from random import Random
from typing import Any

import docx
from hypothesis import assume
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader
from sqlalchemy.orm import Session

from desktop.export.function_words import FUNCTION_WORDS, MONTHS
from desktop.export.recognise import PARTICLES, TITLES, name_key, national_number
from desktop.export.selection import DossierData, people_of
from desktop.models import Activity, AdaptationNote, Attachment, Contact, Observation, SyncConflict
from desktop.services.attachments import attach_file
from desktop.services.records import create_record
from desktop.services.search import record_title
from desktop.services.workspace import Scope
from desktop.store import Database
from desktop.store.textfold import fold
from desktop.sync.conflicts import ConflictView

# -- generated people ----------------------------------------------------------------------

ONSETS = ["ł", "ż", "ś", "kw", "zb", "qu", "x", "ğ", "ş", "vł", "dž", "ř", "ĳ", "cz", "wj", "j"]
NUCLEI = ["a", "e", "i", "o", "u", "ą", "ę", "ö", "ü", "ä", "é", "ø", "å", "ı", "y", "ó"]
CODAS = ["", "", "k", "sz", "ł", "x", "rz", "ß", "ń"]
PARTICLE_CHOICES = ["", "", "", "van ", "van der ", "de ", "ter ", "von ", "El "]
COURTESY = ["Frau", "Herr", "mevrouw", "meneer", "de heer", "dhr.", "mw.", "Dr.", "Frau Dr.", "Mr"]


@dataclass(frozen=True)
class Withheld:
    given: str
    particle: str  # "van der " (with its space) or ""
    core: str  # the family name without particle: "Kwąło-Zbøy"
    title: str  # "Dr. " or ""
    email: str
    phone: str  # as stored
    digits: str  # the national number: "345678456"

    @property
    def name(self) -> str:
        return f"{self.title}{self.given} {self.particle}{self.core}"

    @property
    def family(self) -> str:
        return self.particle + self.core

    def fragments(self) -> set[str]:
        """Every 4 letters of its name words, e-mail address (but the ".example")."""
        grams: set[str] = set()
        words = [w for w in name_key(self.name) if w not in PARTICLES]
        local, domain = fold(self.email).split("@")
        for part in [*words, local, domain.removesuffix(".example")]:
            grams |= {part[i : i + 4] for i in range(len(part) - 3)}
        return grams

    def digit_fragments(self) -> set[str]:
        return {self.digits[i : i + 4] for i in range(len(self.digits) - 3)}


def name_word(rnd: Random) -> str:
    """Two or three syllables of letters from Polish, Turkish, Dutch, German, Nordic names."""
    syllables = [rnd.choice(ONSETS) + rnd.choice(NUCLEI) for _ in range(rnd.randint(2, 3))]
    word = "".join(syllables) + rnd.choice(CODAS)
    return word[0].upper() + word[1:]


@st.composite
def withheld_people(draw: st.DrawFn) -> Withheld:
    """A contact without consent. The shape of the name (double given or family name,
    particle, title) and the notation of the phone are drawn one by one; the letters
    come from one drawn Random (drawing each from Hypothesis makes generating slow)."""
    rnd = draw(st.randoms(use_true_random=True))
    given = name_word(rnd)
    if draw(st.integers(0, 3)) == 0:
        given += "-" + name_word(rnd)
    core = name_word(rnd)
    if draw(st.booleans()):
        core += "-" + name_word(rnd)
    particle = draw(st.sampled_from(PARTICLE_CHOICES))
    title = draw(st.sampled_from(["", "", "", "Dr. "]))
    ascii_given, ascii_core = (re.sub(r"[^a-z]", "", fold(w)) for w in (given, core))
    local = rnd.choice(
        [f"{ascii_given[0]}.{ascii_core}", f"{ascii_given}.{ascii_core}", ascii_core]
    )
    domain = re.sub(r"[^a-z]", "", fold(name_word(rnd)))
    digits = "".join(rnd.choice("345678") for _ in range(rnd.randint(8, 10)))
    country = draw(st.sampled_from(["+49", "+31"]))
    stored = draw(
        st.sampled_from([f"{country} {digits[:3]} {digits[3:]}", f"0{digits[:3]}-{digits[3:]}"])
    )
    person = Withheld(given, particle, core, title, f"{local}@{domain}.example", stored, digits)
    assert national_number(stored) == digits
    words = [w for w in name_key(person.name) if w not in PARTICLES]
    assume(not any(w in FUNCTION_WORDS or w in TITLES or w in MONTHS for w in words))
    return person


# -- mentions ------------------------------------------------------------------------------


def phone_notations(person: Withheld) -> list[str]:
    d = person.digits
    area, rest = d[:3], d[3:]
    return [
        f"+49 {area} {rest}",
        f"0049 (0){area}-{rest[:3]} {rest[3:]}",
        f"(0{area}) {rest}",
        f"0{area}/{rest}",
        f"+31-{area}-{rest[:2]}-{rest[2:]}",
        f"0{area} {' '.join(rest[i : i + 2] for i in range(0, len(rest), 2))}",
        f"0{area}.{rest}",
        rest if len(rest) >= 5 else f"0{area}{rest}",  # the local number alone
    ]


def mention_forms(person: Withheld) -> list[str]:
    given, core, family = person.given, person.core, person.family
    capital_family = family[:1].upper() + family[1:]
    halves = core.split("-")
    forms = [
        f"{given} {family}",
        f"{given} {core}",
        capital_family,
        core,
        given,
        *halves,
        f"{core}, {given}",
        f"{given[0]}. {family}",
        f"{core}s",
        f"{core}'s",
        f"{given}’s",
        f"**{given}** {family}",
        f"_{given} {core}_",
        person.email,
        f"mailto:{person.email}",
        f"{fold(given)}_{fold(core)}_2009.jpg",
        *phone_notations(person),
    ]
    forms += [f"{title} {capital_family}" for title in COURTESY]
    forms += [f"{title} {core}" for title in COURTESY]
    return forms


def strip_accents(text: str) -> str:
    plain = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss"}
    decomposed = unicodedata.normalize("NFKD", text.translate(str.maketrans(plain)))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spell_as_ascii(text: str) -> str:
    return text.translate(
        str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
    )


SPELLINGS = [str, str.upper, str.lower, strip_accents, spell_as_ascii]
FILLER = (
    "Gespräch mit der Gruppe über das Quartier und die Schule sowie den Bezirk heute im Rathaus "
    "Kolleginnen Projekt Arbeit wijk buurt gemeente overleg samen morgen Beratung Stadtteil "
    "mit Eltern"
).split()
BEFORE = [" ", " (", " „", ": ", " – ", "\n"]
AFTER = ["", ".", ",", ")", "“", ":", " –"]


def mention(rnd: Random, forms: list[str]) -> str:
    """One of the forms, in one of the spellings."""
    return str(rnd.choice(SPELLINGS)(rnd.choice(forms)))


def filler_words(rnd: Random, most: int) -> str:
    """Up to `most` filler words: any length of text before a mention, so every cut."""
    start = rnd.randrange(len(FILLER))
    return " ".join((FILLER * 2)[start : start + rnd.randint(0, most)])


def text_with_mentions(rnd: Random, forms: list[str]) -> str:
    """Words, then a mention (so that excerpts of 60, 80, 90 characters cut through it)."""
    parts = [
        filler_words(rnd, 18) + rnd.choice(BEFORE) + mention(rnd, forms) + rnd.choice(AFTER)
        for _ in range(rnd.randint(1, 2))
    ]
    return " ".join(parts) + " " + filler_words(rnd, 5)


# -- the workspace -------------------------------------------------------------------------

TEXT_SLOTS = {
    (Activity, "activity"): ("title", "place", "participants", "description"),
    (Observation, "first"): ("text", "gender_remark"),
    (Observation, "second"): ("text",),
    (AdaptationNote, "note"): (
        "element", "origin_description", "adaptation", "rationale", "effects",
    ),
    (Attachment, "photo"): ("caption", "file_name"),
    (Contact, "consented"): ("organisation", "role"),
}  # fmt: skip
NAME_SLOTS = {
    (Observation, "first"): ("author",),
    (Observation, "second"): ("author",),
    (SyncConflict, "conflict"): ("server_author", "client_author"),
}
# Both kinds of slot (one record may have both: not a dict, which would merge them).
SLOTS = [*TEXT_SLOTS.items(), *NAME_SLOTS.items()]


@dataclass
class World:
    db: Database
    scope: Scope
    root: Path
    ids: dict[str, str] = field(default_factory=dict)

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(f"World({self.root})")  # Hypothesis prints it with a failing example


@st.composite
def fillings(draw: st.DrawFn, people: list[Withheld]) -> dict[tuple[str, str], str]:
    """A text with mentions for every slot; a name (as written, or "Frau …") for authors.

    The many small choices come from one drawn Random: drawing each from Hypothesis
    would make generating the slow part of the test.
    """
    rnd = draw(st.randoms(use_true_random=True))
    forms = [form for person in people for form in mention_forms(person)]
    found: dict[tuple[str, str], str] = {}
    for (_, key), attributes in TEXT_SLOTS.items():
        for attribute in attributes:
            found[(key, attribute)] = text_with_mentions(rnd, forms)
    if rnd.random() < 0.5:
        found[("photo", "caption")] = ""  # then "Photo: " and an excerpt of the observation
    names = [n for p in people for n in (p.name, f"Frau {p.family}", p.core, p.name.upper())]
    for (_, key), attributes in NAME_SLOTS.items():
        for attribute in attributes:
            found[(key, attribute)] = rnd.choice(names)
    return found


def build_world(db: Database, scope: Scope, tmp: Path) -> World:
    world = World(db, scope, tmp)
    with db.write(scope.actor) as session:
        activity = create_record(
            session,
            scope,
            "activity",
            {"title": "A", "activity_type": "Coaching-Tag", "starts_on": "2009-03-19",
             "host_municipality": "Münster"},
        )  # fmt: skip
        first, second = (
            create_record(
                session,
                scope,
                "observation",
                {
                    "activity_id": activity.id,
                    "text": "x",
                    "observed_on": "2009-03-19",
                    "fields_of_action": ["Wohnen"],
                },
            )  # fmt: skip
            for _ in range(2)
        )
        note = create_record(
            session,
            scope,
            "adaptation",
            {"activity_id": activity.id, "element_kind": "method", "element": "E",
             "from_municipality": "Almelo", "to_municipality": "Münster",
             "observation_ids": [second.id]},
        )  # fmt: skip
        picture = tmp / "photo.jpg"
        Image.new("RGB", (120, 80), (40, 90, 160)).save(picture, "JPEG")
        photo = attach_file(session, scope, db.blobs, first.id, picture)
        contacts = {}
        for key, consent in (("consented", True), ("withheld-1", False), ("withheld-2", False)):
            contacts[key] = create_record(
                session,
                scope,
                "contact",
                {"name": "Ayşe Yılmaz" if consent else f"Platzhalter {key[-1]}",
                 "email": "ayse.yilmaz@mail.example" if consent else "",
                 "phone": "+49 171 4420 318" if consent else "",
                 "consent_given": consent, "consent_date": "2009-03-19" if consent else None,
                 "activity_ids": [activity.id], "languages": ["tr", "de"]},
            )  # fmt: skip
    world.ids = {
        "activity": activity.id, "first": first.id, "second": second.id, "note": note.id,
        "photo": photo.id, **{key: contact.id for key, contact in contacts.items()},
        "conflict": "c0nf1ict-0000-0000-0000-0000000000aa",
    }  # fmt: skip
    with db.write("sync") as session:
        for key, row in (("conflict", first.id), ("conflict-2", second.id)):
            session.add(
                SyncConflict(
                    id=world.ids["conflict"] if key == "conflict" else key.ljust(36, "0"),
                    workspace_id=scope.workspace_id, table_name="observation", row_id=row,
                    field_name="text", base_value="a", server_value="b", client_value="c",
                    server_author="Ute Brinkmann", client_author="Anouk Jansen",
                    created_at=datetime(2009, 3, 20, tzinfo=UTC),
                )
            )  # fmt: skip
    return world


def fill(world: World, people: list[Withheld], slots: dict[tuple[str, str], str]) -> None:
    """Write the generated texts and people into the workspace (one transaction)."""
    with world.db.write("sync", apply_remote=True) as session:
        for (model, key), attributes in SLOTS:
            row = session.get(model, world.ids[key])
            assert row is not None
            for attribute in attributes:
                setattr(row, attribute, slots[(key, attribute)])
        for key, person in zip(("withheld-1", "withheld-2"), people, strict=False):
            _set_contact(session, world.ids[key], person)


def fill_selected(
    world: World, data: DossierData, people: list[Withheld], slots: dict[tuple[str, str], str]
) -> None:
    """The same, in records already selected for a dossier (no database: fast).

    Who is withheld and who is named is worked out again by the selection's own rule.
    """
    rows = _rows_of(data)
    for (_, key), attributes in SLOTS:
        for row in rows.get(world.ids[key], []):
            for attribute in attributes:
                if not isinstance(row, ConflictView):
                    setattr(row, attribute, slots[(key, attribute)])
    data.conflicts = [_refilled(view, rows, world, slots) for view in data.conflicts]
    contacts = [
        *data.contacts,
        *(Contact(name=p.name, email=p.email, phone=p.phone, consent_given=False) for p in people),
    ]
    observations = [o for found in data.observations.values() for o in found]
    authors = {o.author for o in [*observations, *data.supporting.values()]}
    authors |= {c.server_author for c in data.conflicts} | {c.client_author for c in data.conflicts}
    data.withheld, data.named = people_of(contacts, authors)


def _refilled(
    view: ConflictView, rows: dict[str, list[Any]], world: World, slots: dict[tuple[str, str], str]
) -> ConflictView:
    """A conflict as `describe` would tell it of the refilled records (it is frozen)."""
    if view.id == world.ids["conflict"]:
        view = replace(
            view,
            server_author=slots[("conflict", "server_author")],
            client_author=slots[("conflict", "client_author")],
        )
    record = next(r for r in rows.get(view.record_id, []) if not isinstance(r, ConflictView))
    return replace(view, record_title=record_title(record, None))


def _rows_of(data: DossierData) -> dict[str, list[Any]]:
    """Every selected row by id (an observation may be there twice: printed, supporting)."""
    rows: dict[str, list[Any]] = {}
    everything = [
        *data.activities, *data.activity_index.values(), *data.adaptations, *data.contacts,
        *data.conflicts, *data.supporting.values(),
        *(o for found in data.observations.values() for o in found),
        *(p for found in data.photos.values() for p in found),
    ]  # fmt: skip
    for row in everything:
        if not any(row is seen for seen in rows.get(row.id, [])):
            rows.setdefault(row.id, []).append(row)
    return rows


def _set_contact(session: Session, contact_id: str, person: Withheld) -> None:
    contact = session.get(Contact, contact_id)
    assert contact is not None
    contact.name, contact.email, contact.phone = person.name, person.email, person.phone


# -- traces in what a dossier prints ---------------------------------------------------------

_PHONE_LIKE = re.compile(r"\d(?:[\s\-/.()+]{0,3}\d)*")


def digit_runs(text: str) -> list[str]:
    """Numbers as a phone could be written in them, separators removed."""
    return [re.sub(r"\D", "", run) for run in _PHONE_LIKE.findall(text)]


def traces(texts: list[str], people: list[Withheld]) -> list[tuple[str, str]]:
    """(fragment, where) for every 4 letters of a withheld name or address, 4 digits of
    a withheld number, found case- and accent-folded in `texts`."""
    folded = fold("¦".join(texts))  # "¦": no letter, digit or space joins two texts
    runs = [(m.start(), re.sub(r"\D", "", m.group(0))) for m in _PHONE_LIKE.finditer(folded)]
    found = []
    for person in people:
        for gram in fragments_of(person):
            at = folded.find(gram)
            if at >= 0:
                found.append((gram, folded[max(0, at - 60) : at + 30]))
        for gram in digit_fragments_of(person):
            found += [
                (gram, f"{person.phone}: {folded[max(0, at - 60) : at + 30]}")
                for at, run in runs
                if gram in run
            ]
    return found


@cache
def fragments_of(person: Withheld) -> frozenset[str]:
    return frozenset(person.fragments())


@cache
def digit_fragments_of(person: Withheld) -> frozenset[str]:
    return frozenset(person.digit_fragments())


def pdf_strings(path: Path) -> list[str]:
    """Page texts, document information (title, author, subject, keywords…) and bookmarks."""
    reader = PdfReader(path)
    strings = [page.extract_text() or "" for page in reader.pages]
    metadata = reader.metadata or {}
    strings += [str(v) for k, v in metadata.items() if k not in ("/CreationDate", "/ModDate")]

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                strings.append(str(getattr(item, "title", "")))

    walk(reader.outline)
    strings += list(reader.named_destinations)
    return strings


_XML_TEXT = re.compile(r">([^<]+)<")
# Attributes a reader or a screen reader gets to see: alt texts, picture, bookmark
# and font names, link targets (not sizes, ids and colours).
_XML_ATTRIBUTE = re.compile(r"""\s(?:descr|title|name|w:name|Target|r:id)="([^"]*)\"""")


def docx_strings(path: Path) -> list[str]:
    """Core properties, and every text and attribute value of every part (body,
    headers, footers, alt texts, picture names), and the names of the parts."""
    document = docx.Document(str(path))
    core = document.core_properties
    strings = [
        core.title, core.subject, core.author, core.keywords, core.comments,
        core.last_modified_by, core.category, core.content_status, core.identifier,
    ]  # fmt: skip
    strings += [p.text for section in document.sections for p in section.header.paragraphs]
    with zipfile.ZipFile(path) as archive:
        strings += archive.namelist()
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                # A paragraph ends a text: words of two paragraphs never run together.
                xml = archive.read(name).decode("utf-8").replace("</w:p>", "</w:p>\n")
                strings.append("".join(_XML_TEXT.findall(xml)))
                strings += _XML_ATTRIBUTE.findall(xml)
    return [s for s in strings if s]
