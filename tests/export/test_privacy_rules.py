"""The privacy rules on their own: which mentions of a person are recognised, what
replaces them, how excerpts are shortened, and that every text of the document
model goes through them."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path
from typing import Any

import pytest

from desktop.export import model
from desktop.export.model import (
    Bar,
    BulletList,
    Callout,
    Chart,
    Column,
    Document,
    Figure,
    Funding,
    Heading,
    Metadata,
    Paragraph,
    Photo,
    Span,
    Table,
    TableOfContents,
    TitlePage,
    map_text,
)
from desktop.export.privacy import Person, Privacy, pseudonym_letters
from desktop.services.markup import first_line, shorten

ZOFIA = Person("Zofia Łukaszewska", "z.lukaszewska@polonia.example", "+49 251 4901-560")
MARIJKE = Person("Marĳke van der Berg-Ĳzerman", "m.vanderberg@almelo.example", "0546 541 212")
INGRID = Person("Ingrid ter Haar", "i.terhaar@almelo.example", "+31 546 541 447")
UTE = Person("Ute Brinkmann", "ute@example.org", "0251 2108-414")


def withholding(*people: Person, named: tuple[Person, ...] = (UTE,)) -> Privacy:
    return Privacy(people, named, pseudonymise=False, withheld_label="[–]")


@pytest.mark.parametrize(
    "text",
    [
        "Zofia Łukaszewska",
        "ZOFIA  ŁUKASZEWSKA",
        "Zofia\nLukaszewska",
        "Łukaszewska, Zofia",
        "Z. Łukaszewska",
        "Frau Łukaszewska",
        "Frau Dr. Łukaszewska",
        "Łukaszewska",
        "lukaszewska",
        "Łukaszewskas",
        "Łukaszewska’s",
        "Zofia",
        "zofia_lukaszewska",
        "z.lukaszewska@polonia.example",
        "Z.Lukaszewska@Polonia.EXAMPLE",
        "+49 251 4901560",
        "0049 (0)251-49 01 560",
        "(0251) 4901560",
        "0251/4901560",
        "4901-560",
    ],
)
def test_a_withheld_person_is_recognised_however_written(text: str) -> None:
    assert withholding(ZOFIA)(f"Gespräch mit {text}: gut.") == "Gespräch mit [–]: gut."


@pytest.mark.parametrize(
    "text",
    [
        "mevrouw Van der Berg-Ĳzerman",
        "mevrouw Van der Berg",
        "mw. Berg-IJzerman",
        "Marĳke van der Berg-Ĳzerman",
        "Marijke Berg-Ijzerman",
        "Ĳzerman",
        "Marĳke",
    ],
)
def test_dutch_particles_and_double_names_are_recognised(text: str) -> None:
    assert withholding(MARIJKE)(f"Met {text} gesproken.") == "Met [–] gesproken."


def test_german_umlauts_count_as_written_out() -> None:
    privacy = withholding(Person("Käthe Brüggemann"))
    assert privacy("Frau Brueggemann und BRÜGGEMANN, Kaethe") == "[–] und [–]"


def test_names_inside_other_words_and_lowercase_function_words_stay() -> None:
    privacy = withholding(ZOFIA, INGRID)
    assert privacy("Łukaszewskastraße") == "Łukaszewskastraße"
    # "haar" (Dutch: her) is no "Haar"; written as a name, after a title, it is.
    assert privacy("De kita stemt haar thema's af.") == "De kita stemt haar thema's af."
    assert privacy("Haar idee; mevrouw ter Haar; Ingrid") == "[–] idee; [–]; [–]"


def test_a_first_name_alone_is_withheld_only_where_nobody_named_shares_it() -> None:
    privacy = withholding(ZOFIA, named=(UTE, Person("Zofia Nowak")))
    assert privacy("Zofia sagte") == "Zofia sagte", "Zofia Nowak may be named"
    assert privacy("Zofia Łukaszewska sagte") == "[–] sagte"
    assert privacy("Zofia Nowak sagte") == "Zofia Nowak sagte"
    # A family name shared with someone named still goes after a title.
    shared = withholding(ZOFIA, named=(Person("Jan Łukaszewska"),))
    assert shared("Łukaszewska und Frau Łukaszewska") == "Łukaszewska und [–]"


def test_someone_named_in_a_form_of_a_withheld_name_is_withheld() -> None:
    """The author field says "Frau Łukaszewska": that is her, not a namesake."""
    privacy = withholding(ZOFIA, named=(Person("Frau Łukaszewska"), Person("ZOFIA ŁUKASZEWSKA")))
    assert privacy("Zofia schrieb, Łukaszewska") == "[–] schrieb, [–]"


def test_a_name_split_across_bold_and_plain_runs_is_still_found() -> None:
    spans = (Span("Mit "), Span("Zofia", bold=True), Span(" Łukaszewska gesprochen."))
    assert withholding(ZOFIA).inline(spans) == (
        Span("Mit "),
        Span("[–]", bold=True),
        Span(" gesprochen."),
    )


def test_an_excerpt_is_redacted_first_then_shortened_at_a_word_boundary() -> None:
    text = "Gespräch mit Zofia Łukaszewska (z.lukaszewska@polonia.example) über die Lotsen"
    (excerpt,) = withholding(ZOFIA).inline((Span(text, limit=40),))
    assert excerpt == Span("Gespräch mit [–] ([–]) über die Lotsen")
    (shorter,) = withholding(ZOFIA).inline((Span(text, limit=28),))
    assert shorter.text == "Gespräch mit [–] ([–]) über…"
    # A cut never goes through a replacement.
    long_label = Privacy([ZOFIA], [], pseudonymise=False, withheld_label="[Name nicht genannt]")
    (cut,) = long_label.inline((Span("Mit Zofia Łukaszewska", limit=16),))
    assert cut.text == "Mit…"


def test_shortening_keeps_words_whole() -> None:
    assert shorten("Die Lotsinnen begleiten Familien", 20) == "Die Lotsinnen…"
    assert shorten("kurz", 20) == "kurz"
    assert first_line("**Erste** Zeile mit Worten\n\nZweite", 12) == "Erste Zeile…"
    assert first_line("Erste Zeile\n\nZweite", None) == "Erste Zeile"


def test_pseudonyms_are_stable_and_given_in_order_of_appearance() -> None:
    privacy = Privacy(
        [INGRID],
        [UTE, Person("Ayşe Yılmaz", "ayse@mail.example", "+49 171 4420 318")],
        pseudonymise=True,
        withheld_label="[–]",
        pseudonym="Persoon {}".format,
    )
    assert privacy("Ayşe Yılmaz en Ute Brinkmann") == "Persoon A en Persoon B"
    assert privacy("Frau Brinkmann; Ute; ute@example.org; 0251 2108414") == (
        "Persoon B; Persoon B; Persoon B; Persoon B"
    )
    assert privacy("Mevrouw Yılmaz: ayse@mail.example") == "Persoon A: Persoon A"
    assert privacy("Ingrid ter Haar") == "[–]", "withheld people get no pseudonym"
    assert [pseudonym_letters(n) for n in (0, 25, 26, 27, 701, 702)] == [
        "A", "Z", "AA", "AB", "ZZ", "AAA",
    ]  # fmt: skip


def test_without_pseudonyms_named_people_stay_as_written() -> None:
    assert (
        withholding(ZOFIA)("Ute Brinkmann (ute@example.org)") == "Ute Brinkmann (ute@example.org)"
    )


# -- every text of the model goes through the privacy step ---------------------------------

SECRET = "Zofia Łukaszewska"
IDENTIFIERS = {
    "anchor", "link", "style", "kind", "tone", "orientation", "language", "page_of", "align"
}  # fmt: skip


def every_block() -> Document:
    """One block of every kind, a mention of the secret in every text field."""
    photo = Photo(Path(f"{SECRET}.jpg"), 10, 10)
    spans = (Span(SECRET),)
    document = Document(
        meta=Metadata(SECRET, SECRET, SECRET, "de-DE", (SECRET,)),
        running_title=SECRET,
        footer_note=SECRET,
        page_label=SECRET,
        draft_mark=SECRET,
    )
    funding = Funding((SECRET,), SECRET, SECRET, photo, (photo,))
    document.add(
        TitlePage(SECRET, SECRET, SECRET, SECRET, ((SECRET, SECRET),), funding, SECRET),
        TableOfContents(SECRET, SECRET),
        Heading(1, SECRET, "h_1"),
        Paragraph(spans, "body", "p_1"),
        BulletList((spans,)),
        Table((Column(SECRET, 1.0),), ((spans,),)),
        Figure(photo, SECRET, spans, "fig_1"),
        Figure(Chart((Bar(SECRET, 1),), axis_label=SECRET), SECRET, spans, "fig_2"),
        Callout(SECRET, (spans,)),
    )
    return document


def strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, list | tuple):
        return [s for i, item in enumerate(value) for s in strings(item, f"{path}[{i}]")]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name), f.name)
        ]
    return []


def test_every_text_of_every_block_passes_the_privacy_step() -> None:
    mapped = map_text(every_block(), withholding(ZOFIA))
    leaked = [(path, text) for path, text in strings(mapped) if "Łukaszewska" in text]
    assert not leaked


def test_only_identifiers_are_left_verbatim() -> None:
    """A new text field is redacted unless declared verbatim — and only ids may be."""
    verbatim = set()
    for name in dir(model):
        cls = getattr(model, name)
        if isinstance(cls, type) and dataclasses.is_dataclass(cls):
            verbatim |= {f.name for f in dataclasses.fields(cls) if f.metadata.get("verbatim")}
    assert verbatim <= IDENTIFIERS
    hints = typing.get_type_hints(model.Figure)
    assert hints["caption"] == model.Inline


def test_the_workspaces_place_names_are_no_person() -> None:
    """ "Berg Fidel" is a district of Münster, whoever else is called Berg."""
    privacy = Privacy(
        [Person("Anna Berg")],
        [MARIJKE],
        pseudonymise=True,
        withheld_label="[–]",
        vocabulary=["Berg Fidel", "Coerde"],
    )
    assert privacy("in Berg Fidel und Coerde") == "in Berg Fidel und Coerde"
    assert privacy("Frau Berg aus Berg Fidel; Anna Berg") == "[–] aus Berg Fidel; [–]"
    assert privacy("mevrouw Van der Berg") == "Person A"


def test_every_e_mail_and_number_of_a_withheld_contact_is_withheld() -> None:
    """A contact keeps several e-mails and numbers: the second ones name the person
    as surely as the preferred one."""
    person = Person(
        "Jan de Vries",
        "jan@almelo.example",
        "+31 546 541 111",
        more_emails=("jan.privat@thuis.example",),
        more_phones=("06 1234 5678",),
    )
    text = "Mail an jan.privat@thuis.example oder 06-12345678."
    assert withholding(person)(text) == "Mail an [–] oder [–]."
