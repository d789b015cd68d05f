"""Fonts embedded in the Word file, so its layout holds where Noto is not installed.

python-docx has no API for it, so this writes what ECMA-376 Part 1 describes:
each face as an obfuscated TrueType part (17.8.1, "Font Embedding"; the first 32
bytes XORed with a key made from a GUID, which the font table names as `w:fontKey`),
related from the font table and referenced by `w:embedRegular` / `w:embedBold` /
`w:embedItalic` / `w:embedBoldItalic` (17.8.3.3), and `w:embedTrueTypeFonts` plus
`w:saveSubsetFonts` in the settings (17.15.1.29, 17.15.1.75). Word and LibreOffice
read them.

Each face is subset (fontTools) to the Latin letters of the project's languages and
the characters the document uses, without its OpenType layout tables — Word does
not apply them unless told to — which makes a dossier about 220 KB bigger, not 4.5 MB.
"""

from __future__ import annotations

import io
import string
import uuid
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, Final

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.oxml import serialize_part_xml
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from fontTools import subset
from fontTools.ttLib import TTFont

from desktop.export.fonts import families, font_file
from desktop.export.word.ooxml import SETTINGS_AFTER_UPDATE_FIELDS, put

CONTENT_TYPE: Final = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
# Face -> the font table's element for it (17.8.3.3).
_FACES: Final = (
    ("embedRegular", False, False),
    ("embedBold", True, False),
    ("embedItalic", False, True),
    ("embedBoldItalic", True, True),
)
# Always there, whatever the document says: ASCII (also for the page numbers Word fills
# in later), Latin-1 and Latin Extended-A (the letters of German, Dutch, Polish, Turkish,
# French names), general punctuation and the euro. LibreOffice keeps the first embedded
# face of a name for its whole session: a second dossier opened next to the first is
# drawn with the first one's subset, so every subset must hold the common letters.
_ALWAYS: Final = (
    string.printable
    + "".join(chr(c) for c in range(0xA0, 0x180))
    + "".join(chr(c) for c in range(0x2010, 0x2040))
    + "€ȘșȚț"
)
_SETTINGS_AFTER_EMBED: Final = (
    "w:saveSubsetFonts", "w:saveFormsData", "w:mirrorMargins", "w:alignBordersAndEdges",
    "w:bordersDoNotSurroundHeader", "w:bordersDoNotSurroundFooter", "w:gutterAtTop",
    "w:hideSpellingErrors", "w:hideGrammaticalErrors", "w:activeWritingStyle",
    "w:proofState", "w:formsDesign", "w:attachedTemplate", "w:linkStyles",
    "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType", "w:mailMerge",
    "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves", "w:doNotTrackFormatting",
    "w:documentProtection", "w:autoFormatOverride", "w:styleLockTheme",
    "w:styleLockQFSet", "w:defaultTabStop", "w:autoHyphenation", "w:consecutiveHyphenLimit",
    "w:hyphenationZone", "w:doNotHyphenateCaps", "w:showEnvelope", "w:summaryLength",
    "w:clickAndTypeStyle", "w:defaultTableStyle", "w:evenAndOddHeaders",
    "w:bookFoldRevPrinting", "w:bookFoldPrinting", "w:bookFoldPrintingSheets",
    "w:drawingGridHorizontalSpacing", "w:drawingGridVerticalSpacing",
    "w:displayHorizontalDrawingGridEvery", "w:displayVerticalDrawingGridEvery",
    "w:doNotUseMarginsForDrawingGridOrigin", "w:drawingGridHorizontalOrigin",
    "w:drawingGridVerticalOrigin", "w:doNotShadeFormData", "w:noPunctuationKerning",
    "w:characterSpacingControl", "w:printTwoOnOne", "w:strictFirstAndLastChars",
    "w:noLineBreaksAfter", "w:noLineBreaksBefore", "w:savePreviewPicture",
    "w:doNotValidateAgainstSchema", "w:saveInvalidXml", "w:ignoreMixedContent",
    "w:alwaysShowPlaceholderText", "w:doNotDemarcateInvalidXml", "w:saveXmlDataOnly",
    "w:useXSLTWhenSaving", "w:saveThroughXslt", "w:showXMLTags",
    "w:alwaysMergeEmptyNamespace", "w:updateFields", *SETTINGS_AFTER_UPDATE_FIELDS,
)  # fmt: skip


def embed_fonts(document: WordDocument, characters: Iterable[str]) -> None:
    """Embed every face of the dossier's families, subset to `characters`."""
    table_part = _font_table_part(document)
    root = parse_xml(table_part.blob)
    used = set(_ALWAYS).union(*characters)
    unicodes = sorted({ord(c) for c in used})
    number = 0
    for family in families():
        font = _font_element(root, family)
        for tag, bold, italic in _FACES:
            number += 1
            key = "{" + str(uuid.uuid4()).upper() + "}"
            data = obfuscate(_subset(font_file(family, bold=bold, italic=italic), unicodes), key)
            part = Part(
                PackURI(f"/word/fonts/font{number}.odttf"),
                CONTENT_TYPE,
                data,
                table_part.package,
            )
            r_id = table_part.relate_to(part, RELATIONSHIP_TYPE.FONT)
            embed = OxmlElement(f"w:{tag}")
            embed.set(qn("r:id"), r_id)
            embed.set(qn("w:fontKey"), key)
            font.append(embed)
    table_part._blob = serialize_part_xml(root)
    settings = document.settings.element
    put(
        settings,
        OxmlElement("w:embedTrueTypeFonts"),
        ("w:embedTrueTypeFonts", *_SETTINGS_AFTER_EMBED),
    )
    put(settings, OxmlElement("w:saveSubsetFonts"), _SETTINGS_AFTER_EMBED)


def obfuscate(font: bytes, key: str) -> bytes:
    """ECMA-376 Part 1, 17.8.1: XOR the first 32 bytes with the GUID's 16 bytes, reversed.

    The key is the GUID's hexadecimal digits read from the last pair to the first;
    the same operation undoes it (Word and LibreOffice do so when reading).
    """
    digits = key.strip("{}").replace("-", "")
    secret = bytes.fromhex(digits)[::-1]
    head = bytes(b ^ secret[i % 16] for i, b in enumerate(font[:32]))
    return head + font[32:]


@cache
def _face_bytes(path: Path) -> bytes:
    return path.read_bytes()


def _subset(path: Path, unicodes: list[int]) -> bytes:
    # From bytes in memory: a lazily read font file would stay open.
    font = TTFont(io.BytesIO(_face_bytes(path)), lazy=True)
    options = subset.Options()
    options.name_IDs = ["*"]  # the family's names: Word matches the embedded face by them
    options.notdef_outline = True
    options.hinting = False
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


def _font_table_part(document: WordDocument) -> Part:
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/word/fontTable.xml":
            found: Part = part
            return found
    raise LookupError("the Word template has no font table")


def _font_element(root: Any, family: str) -> Any:
    """The font table's w:font for `family` (styles.py registered it)."""
    for font in root.findall(qn("w:font")):
        if font.get(qn("w:name")) == family:
            return font
    font = OxmlElement("w:font")
    font.set(qn("w:name"), family)
    root.append(font)
    return font
