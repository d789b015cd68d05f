"""The Markdown subset: what the editor writes is what the exports and snippets read."""

from __future__ import annotations

from desktop.services.markup import parse_blocks, to_plain, unwrap


def test_soft_wrapped_paragraphs_and_list_items_are_joined() -> None:
    wrapped = (
        "Im Stadtteil Kerkelanden erklärte der Wijkregisseur, wie das Wijkteam jeden\n"
        "Morgen die Fälle verteilt.\n"
        "\n"
        "- ein langer Punkt, der über das Zeilenende\n"
        "  hinausgeht\n"
        "- zweiter Punkt\n"
        "1. erstens\n"
        "\n"
        "Zeile mit hartem Umbruch  \n"
        "bleibt getrennt"
    )
    assert unwrap(wrapped) == (
        "Im Stadtteil Kerkelanden erklärte der Wijkregisseur, wie das Wijkteam jeden "
        "Morgen die Fälle verteilt.\n"
        "\n"
        "- ein langer Punkt, der über das Zeilenende hinausgeht\n"
        "- zweiter Punkt\n"
        "1. erstens\n"
        "\n"
        "Zeile mit hartem Umbruch  \n"
        "bleibt getrennt"
    )


def test_blocks_and_inline_emphasis() -> None:
    blocks = parse_blocks("**Mediation** mit *allen*\n\n- eins\n- zwei **fett**\n\n2. nummeriert")
    assert [b.kind for b in blocks] == ["paragraph", "bullet", "bullet", "numbered"]
    first = blocks[0].runs
    assert [(r.text, r.bold, r.italic) for r in first] == [
        ("Mediation", True, False),
        (" mit ", False, False),
        ("allen", False, True),
    ]
    assert to_plain("**a** _b_\n\n- c") == "a b\n• c"


def test_stars_inside_words_and_escapes_are_text() -> None:
    assert to_plain("3 \\* 4 = 12, Gender\\*innen") == "3 * 4 = 12, Gender*innen"
