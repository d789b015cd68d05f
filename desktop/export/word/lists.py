"""Numbered lists that restart at 1: one numbering instance (w:num) per list.

Word's "List Number" style numbers every paragraph of that style in one sequence
through the whole document; a new w:num with a start override (17.9.8) per list
makes each list of an observation start again at 1.
"""

from __future__ import annotations

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph


class NumberedLists:
    def __init__(self, document: WordDocument) -> None:
        self._numbering = document.part.numbering_part.element
        style_ppr = document.styles["List Number"].element.pPr
        num_id = (
            style_ppr.numPr.numId.val
            if style_ppr is not None and style_ppr.numPr is not None
            else None
        )
        self._abstract_id = self._abstract_of(num_id)

    def _abstract_of(self, num_id: int | None) -> str | None:
        for num in self._numbering.findall(qn("w:num")):
            if num_id is not None and num.get(qn("w:numId")) == str(num_id):
                abstract = num.find(qn("w:abstractNumId"))
                return abstract.get(qn("w:val")) if abstract is not None else None
        return None

    def new_list(self) -> int | None:
        """A fresh numbering instance starting at 1; None if the template has no numbering."""
        if self._abstract_id is None:
            return None
        used = [int(n.get(qn("w:numId"))) for n in self._numbering.findall(qn("w:num"))]
        num_id = max(used, default=0) + 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        abstract = OxmlElement("w:abstractNumId")
        abstract.set(qn("w:val"), self._abstract_id)
        num.append(abstract)
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
        self._numbering.append(num)
        return num_id

    @staticmethod
    def apply(paragraph: Paragraph, num_id: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        numpr = ppr.get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num_id
