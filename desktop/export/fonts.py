"""The font files shipped in desktop/resources/fonts (Noto Serif and Noto Sans, SIL OFL 1.1)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.export.typography import SANS, SERIF
from desktop.resources import FONTS, resource_dir

_FILES: Final = {SERIF: "NotoSerif", SANS: "NotoSans"}


def face_suffix(bold: bool, italic: bool) -> str:
    if bold and italic:
        return "BoldItalic"
    if bold:
        return "Bold"
    if italic:
        return "Italic"
    return "Regular"


def font_file(family: str, *, bold: bool = False, italic: bool = False) -> Path:
    """The TrueType file of one face of a family, e.g. Noto Sans Bold."""
    return resource_dir(FONTS) / f"{_FILES[family]}-{face_suffix(bold, italic)}.ttf"


def face_name(family: str, *, bold: bool = False, italic: bool = False) -> str:
    """The name a face is registered under in reportlab ("NotoSans-Bold")."""
    return f"{_FILES[family]}-{face_suffix(bold, italic)}"


def families() -> tuple[str, ...]:
    return tuple(_FILES)


@cache
def register_pdf_fonts() -> None:
    """Register every face with reportlab once per process, and the bold/italic families.

    reportlab embeds a subset of each TrueType face it uses, with a ToUnicode map, so the
    PDF shows and extracts exactly the characters of the input.
    """
    for family in families():
        for bold, italic in ((False, False), (True, False), (False, True), (True, True)):
            name = face_name(family, bold=bold, italic=italic)
            pdfmetrics.registerFont(TTFont(name, str(font_file(family, bold=bold, italic=italic))))
        pdfmetrics.registerFontFamily(
            face_name(family),
            normal=face_name(family),
            bold=face_name(family, bold=True),
            italic=face_name(family, italic=True),
            boldItalic=face_name(family, bold=True, italic=True),
        )
