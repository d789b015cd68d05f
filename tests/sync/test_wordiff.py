"""The word diff that conflicts and the history show."""

from __future__ import annotations

from desktop.sync.wordiff import word_diff


def test_a_changed_word_is_marked_as_a_whole() -> None:
    assert word_diff("Der Bus fährt um 8 Uhr.", "Der Zug fährt um 9 Uhr.") == [
        ("same", "Der "),
        ("removed", "Bus"),
        ("added", "Zug"),
        ("same", " fährt um "),
        ("removed", "8"),
        ("added", "9"),
        ("same", " Uhr."),
    ]


def test_both_texts_can_be_read_back_from_the_runs() -> None:
    old, new = "eins, zwei\ndrei", "eins zwei\ndrei vier"
    runs = word_diff(old, new)
    assert "".join(t for op, t in runs if op != "added") == old
    assert "".join(t for op, t in runs if op != "removed") == new
