"""A word-level difference between two texts (conflicts and the history show it).

Words, runs of white space and single punctuation marks are compared as tokens, so a
changed word is marked as a whole and a moved comma does not mark its neighbours.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Literal

Op = Literal["same", "removed", "added"]
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[tuple[Op, str]]:
    """`new` against `old`: ("same" | "removed" | "added", text) runs, in reading order."""
    a, b = tokens(old), tokens(new)
    runs: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            _add(runs, "same", "".join(a[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _add(runs, "removed", "".join(a[i1:i2]))
        if tag in ("insert", "replace"):
            _add(runs, "added", "".join(b[j1:j2]))
    return runs


def _add(runs: list[tuple[Op, str]], op: Op, text: str) -> None:
    if not text:
        return
    if runs and runs[-1][0] == op:
        runs[-1] = (op, runs[-1][1] + text)
    else:
        runs.append((op, text))
