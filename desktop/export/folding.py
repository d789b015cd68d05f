"""Case- and accent-folded text that still knows where each folded letter came from.

Names are found in the folded form ("łukaszewska" finds "ŁUKASZEWSKA" and
"Lukaszewska"), but replaced in the text as written, so every folded position maps
back to a character of the original. Folding uses the same rules as search
(`desktop.store.textfold.fold`), one character at a time ("ß" becomes two letters,
a combining accent none); the positions are only worked out for texts in which
something was found.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate
from typing import Final

from desktop.store.textfold import fold

# Each character's folded form, as a str.translate table: a dossier repeats the same
# few hundred characters, and folding one at a time in Python is slow. ASCII is
# casefolded afterwards. (Shared by export threads; entries never change.)
_TABLE: dict[int, str] = {}
_KNOWN: set[str] = {chr(code) for code in range(128)}
_MOST: Final = 50_000


class FoldedText:
    def __init__(self, original: str) -> None:
        self.original = original
        self.folded = _fold(original)

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """starts[j]: where original character j begins in `folded`; one more at the end."""
        text = self.original
        if len(self.folded) == len(text) and text.isascii():
            return tuple(range(len(text) + 1))
        table = _TABLE
        lengths = [
            1 if code < 128 else len(table[code]) if code in table else len(fold(chr(code)))
            for code in map(ord, text)
        ]
        return (0, *accumulate(lengths))

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind the folded characters [start, end)."""
        starts = self.starts
        first = bisect_right(starts, start) - 1
        last = bisect_left(starts, end)
        # Accents that folded to nothing belong to the letter before them.
        while last < len(self.original) and starts[last + 1] == starts[last]:
            last += 1
        return max(first, 0), min(last, len(self.original))


def _fold(text: str) -> str:
    """fold(text), character by character."""
    if text.isascii():
        return text.casefold()
    for character in set(text).difference(_KNOWN):
        if len(_TABLE) >= _MOST:
            return "".join(fold(c) for c in text)
        _TABLE[ord(character)] = fold(character)
        _KNOWN.add(character)
    return text.translate(_TABLE).casefold()


def fold_text(text: str) -> FoldedText:
    return FoldedText(text)
