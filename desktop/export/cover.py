"""Measures of the cover's foot shared by both renderers: the row of emblem and logos."""

from __future__ import annotations

from typing import Final

from desktop.export import typography as ty
from desktop.export.model import Photo

# The emblem and the logos stand in one row this high (the EU asks for an emblem at
# least as prominent as the other logos).
LOGO_HEIGHT: Final = 14 * ty.MM
LOGO_GAP: Final = 6 * ty.MM
NO_BREAK_SPACE: Final = "\u00a0"


def logo_height(logos: list[Photo], space: float) -> float:
    """The logos' common height: LOGO_HEIGHT, or less so that all fit into `space`."""
    if not logos:
        return LOGO_HEIGHT
    ratios = sum(logo.width_px / logo.height_px for logo in logos)
    return min(LOGO_HEIGHT, (space - LOGO_GAP * len(logos)) / ratios)


def title_breaks(title: str) -> str:
    """A title that never ends a line with a dash: the dash is bound to the next word.

    "Migrationsleitbild Münster – Almelo" breaks before "– Almelo", not after "Münster –".
    """
    for dash in ("–", "—", "-"):
        title = title.replace(f" {dash} ", f" {dash}{NO_BREAK_SPACE}")
    return title
