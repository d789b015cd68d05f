"""A paragraph's runs written as one piece of XML and parsed once.

python-docx adds a run in steps (the w:r, its w:t, then a w:rPr for bold, italic
and colour), each finding its place in the schema's order of children; for the
thousands of runs of a dossier that is most of the Word export's time. Here the
runs of a paragraph are one string, parsed in one go into exactly the elements the
step-by-step way makes (tests/export/test_word_runs.py compares the two). Spans it
cannot write - page references (fields), tabs, control characters - return None,
and the caller takes the step-by-step way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement

from desktop.export.model import Inline

# What python-docx's run text turns into other elements (tab, break), or what XML
# cannot hold: left to python-docx. "\n" is handled here: a run with a break.
_NOT_PLAIN = re.compile(r"[\x00-\x09\x0b-\x1f]")
_ATTRIBUTE = {'"': "&quot;"}
_W = nsdecls("w")


def runs_xml(spans: Inline, link_colour: str) -> str | None:
    """The runs (and hyperlinks) of `spans`, as python-docx would write them; or None."""
    parts: list[str] = []
    for span in spans:
        if span.page_of is not None or _NOT_PLAIN.search(span.text):
            return None
        properties = (
            ("<w:b/>" if span.bold else "")
            + ("<w:i/>" if span.italic else "")
            + (f'<w:color w:val="{link_colour}"/>' if span.link else "")
        )
        runs: list[str] = []
        for index, line in enumerate(span.text.split("\n")):
            if index:
                runs.append("<w:r><w:br/></w:r>")
            if not line:
                continue
            # python-docx keeps the spaces of a text that starts or ends with any.
            space = ' xml:space="preserve"' if len(line.strip()) < len(line) else ""
            runs.append(f"<w:r><w:rPr>{properties}</w:rPr><w:t{space}>{escape(line)}</w:t></w:r>")
        if span.link:
            anchor = escape(span.link, _ATTRIBUTE)
            parts.append(f'<w:hyperlink w:anchor="{anchor}" w:history="1">')
            parts += runs
            parts.append("</w:hyperlink>")
        else:
            parts += runs
    return "".join(parts)


def parsed(xml: str) -> Iterable[BaseOxmlElement]:
    """The elements of a piece of paragraph content, to append to a w:p."""
    return list(paragraph_element(xml))


def paragraph_element(xml: str) -> BaseOxmlElement:
    """A w:p with this content."""
    return parse_xml(f"<w:p {_W}>{xml}</w:p>")


def style_xml(style_id: str) -> str:
    """A paragraph's properties naming only its style (what `p.style = id` makes)."""
    return f'<w:pPr><w:pStyle w:val="{escape(style_id, _ATTRIBUTE)}"/></w:pPr>'
