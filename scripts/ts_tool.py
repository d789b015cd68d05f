#!/usr/bin/env python3
"""Helpers for translators working on Qt .ts catalogues (no Qt Linguist needed).

ts_tool.py unfinished FILE.ts            JSON {context: [source, ...]} still untranslated
ts_tool.py apply FILE.ts MAPPING.json    fill translations from {context: {source: text}}
                                         (a list value fills plural forms in order)
ts_tool.py check FILE.ts                 report placeholders that differ from the source
ts_tool.py keep FILE.ts CONTEXT...       drop every context not named (split a catalogue)
ts_tool.py drop FILE.ts CONTEXT...       drop the named contexts
ts_tool.py reuse FILE.ts OTHER.ts...     fill unfinished messages from the same source text
                                         finished in the other catalogues (any context)
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages(root: ET.Element):  # type: ignore[no-untyped-def]
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def unfinished(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for context, message in messages(ET.parse(path).getroot()):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            found.setdefault(context, []).append(message.findtext("source") or "")
    return found


def apply(path: Path, mapping: dict[str, dict[str, str | list[str]]]) -> int:
    tree = ET.parse(path)
    filled = 0
    for context, message in messages(tree.getroot()):
        source = message.findtext("source") or ""
        value = mapping.get(context, {}).get(source)
        translation = message.find("translation")
        if value is None or translation is None:
            continue
        if isinstance(value, list):
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in value:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value
        translation.attrib.pop("type", None)
        filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def _write(path: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def select_contexts(path: Path, names: set[str], *, keep: bool) -> int:
    """Keep (or drop) the contexts named; returns how many contexts were removed."""
    tree = ET.parse(path)
    root = tree.getroot()
    removed = 0
    for context in list(root.findall("context")):
        if ((context.findtext("name") or "") in names) != keep:
            root.remove(context)
            removed += 1
    _write(path, tree)
    return removed


def reuse(path: Path, others: list[Path]) -> int:
    """Unfinished messages take the finished translation of the same source elsewhere."""
    known: dict[tuple[str, bool], ET.Element] = {}
    for other in others:
        for _context, message in messages(ET.parse(other).getroot()):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            plural = message.get("numerus") == "yes"
            known.setdefault((message.findtext("source") or "", plural), translation)
    tree = ET.parse(path)
    filled = 0
    for _context, message in messages(tree.getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        found = known.get((message.findtext("source") or "", message.get("numerus") == "yes"))
        if found is None:
            continue
        message.remove(translation)
        message.append(found)
        filled += 1
    _write(path, tree)
    return filled


def check(path: Path) -> list[str]:
    problems = []
    for context, message in messages(ET.parse(path).getroot()):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                if "%n" in source and "%n" not in form and len(forms) > 1:
                    continue  # a singular form may spell the number out
                problems.append(f"{context}: {source!r} -> {form!r}")
    return problems


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "unfinished":
        print(json.dumps(unfinished(Path(argv[1])), ensure_ascii=False, indent=1))
        return 0
    if len(argv) >= 3 and argv[0] == "apply":
        mapping = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"filled {apply(Path(argv[1]), mapping)} message(s)")
        return 0
    if len(argv) >= 3 and argv[0] in ("keep", "drop"):
        removed = select_contexts(Path(argv[1]), set(argv[2:]), keep=argv[0] == "keep")
        print(f"removed {removed} context(s)")
        return 0
    if len(argv) >= 3 and argv[0] == "reuse":
        print(f"filled {reuse(Path(argv[1]), [Path(a) for a in argv[2:]])} message(s)")
        return 0
    if len(argv) >= 2 and argv[0] == "check":
        problems = check(Path(argv[1]))
        print("\n".join(problems) or "ok")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
