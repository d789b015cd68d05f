"""Text folding for search and sorting, so "Munster" finds "Münster" and "lodz" finds "Łódź".

SQLite's `unicode61 remove_diacritics 2` tokenizer folds case and most accents, but
not letters that carry no decomposable accent (ł, ø, đ), ligatures (Dutch ĳ) or ß.
`fold_for_index` maps those before text reaches FTS5; `fold` additionally removes
accents and case in Python, for sort keys and for highlighting snippets.
"""

from __future__ import annotations

import unicodedata

_LETTER_MAP = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "ĳ": "ij",
        "Ĳ": "IJ",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "ı": "i",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "þ": "th",
        "Þ": "TH",
        "ﬁ": "fi",
        "ﬂ": "fl",
    }
)


def fold_for_index(text: str) -> str:
    """What FTS5 stores and what queries are matched with (tokenizer does the rest)."""
    return text.translate(_LETTER_MAP)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: "Straße Münster ĲSSEL" -> "strasse munster ijssel"."""
    mapped = text.translate(_LETTER_MAP)
    if mapped.isascii():
        return mapped.casefold()
    decomposed = unicodedata.normalize("NFKD", mapped)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(text: str, length: int = 64) -> str:
    """A prefix of the folded text, stored in `sort_key` columns for SQL ordering."""
    return fold(" ".join(text[: length * 2].split()))[:length]
