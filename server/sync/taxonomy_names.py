"""Taxonomy entries are one row per name: the same tag typed on two laptops merges.

The laptops derive term and municipality ids from the kind and the folded name
(desktop/services/taxonomy.py), so "Moschee" typed on one laptop and "moschee" on
another arrive as concurrent inserts of one row. The spelling that came first stays;
a name differing only in case, accents or spacing is not a conflict.
"""

from __future__ import annotations

import unicodedata
from typing import Any

NAMED_BY_ID = frozenset({"term", "municipality"})


def without_same_name(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The client's changes without a name that only spells the current one differently."""
    name = changes.get("name")
    if isinstance(name, str) and loose(name) == loose(str(current.get("name", ""))):
        return {k: v for k, v in changes.items() if k != "name"}
    return changes


def loose(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())
