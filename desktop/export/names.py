"""Where a person's name goes in an index: under the family name, particles aside.

A Dutch or German reader looks up "Jan van Dijk" under D ("Dijk, Jan van") and
"Dr. Ulrike von der Heide" under H; titles ("Dr.", "Frau", "dhr.") are no part of
the order. "Łukaszewska, Zofia" is written family name first already.
"""

from __future__ import annotations

from desktop.export.recognise import PARTICLES, TITLES
from desktop.store.textfold import fold


def family_sort_key(name: str) -> tuple[str, str]:
    """(family name without particles, given names), folded, for sorting an index."""
    if "," in name:
        family, _, given = name.partition(",")
        words = [w for w in family.split() if not _is_title(w)]
        return _core(words), fold(given.strip())
    words = [w for w in name.split() if not _is_title(w)]
    if not words:
        return fold(name), ""
    # The family name: the last word and the particles right before it ("van der Berg").
    start = len(words) - 1
    while start > 1 and fold(words[start - 1]).strip(".") in PARTICLES:
        start -= 1
    return _core(words[start:]), fold(" ".join(words[:start]))


def _core(words: list[str]) -> str:
    """The family name without its particles: "van der Berg-Ĳzerman" -> "berg-ijzerman"."""
    kept = [w for w in words if fold(w).strip(".") not in PARTICLES] or words
    return fold(" ".join(kept))


def _is_title(word: str) -> bool:
    return fold(word).strip(".").strip() in TITLES
