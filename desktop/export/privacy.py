"""Who may be named in a dossier, and how: the GDPR/AVG rules of PRODUCT.md.

- A contact without recorded consent never appears in an export: not in the
  contact index (templates never list them), and not by name, e-mail or phone
  anywhere in the text either — an observation that mentions them, an author
  field, a caption. Their full name, family name, e-mail and phone are replaced by
  a neutral "[name withheld]".
- With "pseudonymise", everyone else the dossier names (consented contacts,
  observation authors, people in conflict records) appears as initials
  ("Ayşe Yılmaz" -> "A. Y.", "Frau Yılmaz" -> "Frau Y."), and their e-mail
  addresses and phone numbers are withheld.

`Privacy` is applied by `model.map_text` to every text of the finished document,
so no template can forget it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

# Academic and courtesy titles that are not part of a person's initials.
_TITLES: Final = frozenset(
    {"dr", "dr.", "prof", "prof.", "drs", "drs.", "ir", "ir.", "mr", "mr.", "mrs", "mrs.", "ms"}
)
_MIN_FAMILY_NAME = 3


@dataclass(frozen=True)
class Person:
    name: str
    email: str = ""
    phone: str = ""


def initials(name: str) -> str:
    """'Marĳke van der Berg-Ĳzerman' -> 'M. v. d. B.-Ĳ.'; titles are dropped."""
    parts = [part for part in name.split() if part.lower() not in _TITLES]
    return " ".join(
        "-".join(piece[0] + "." for piece in part.split("-") if piece) for part in parts
    )


def family_name(name: str) -> str:
    """The name without titles and the first given name ('Dr. Bram Nĳhof' -> 'Nĳhof')."""
    parts = [part for part in name.split() if part.lower() not in _TITLES]
    return " ".join(parts[1:])


class Privacy:
    """Replaces withheld people by a placeholder and, if asked, everyone else by initials."""

    def __init__(
        self,
        withheld: Iterable[Person],
        named: Iterable[Person],
        *,
        pseudonymise: bool,
        withheld_label: str,
    ) -> None:
        self.pseudonymise = pseudonymise
        self.withheld_label = withheld_label
        withheld = [p for p in withheld if p.name.strip()]
        # A withheld contact who also wrote an observation is still withheld.
        hidden = {_key(p.name) for p in withheld}
        named = [p for p in named if p.name.strip() and _key(p.name) not in hidden]
        literal = _Replacements()
        full = _Replacements()
        family = _Replacements()
        named_tokens = {token for person in named for token in person.name.split()}
        for person in named:
            full.add(person.name, initials(person.name) if pseudonymise else person.name)
            surname = family_name(person.name)
            if pseudonymise:
                if len(surname) >= _MIN_FAMILY_NAME:
                    family.add(surname, initials(surname))
                for value in (person.email, person.phone):
                    literal.add(value, withheld_label)
        for person in withheld:
            # Added last: withheld wins over a named person of the same name.
            full.add(person.name, withheld_label)
            full.add(
                " ".join(p for p in person.name.split() if p.lower() not in _TITLES), withheld_label
            )
            surname = family_name(person.name)
            if len(surname) >= _MIN_FAMILY_NAME and not set(surname.split()) & named_tokens:
                family.add(surname, withheld_label)
            for value in (person.email, person.phone):
                literal.add(value, withheld_label)
        # Contact details first, then full names (longest first), then family names alone.
        self._passes = [
            r for r in (literal.compile(True), full.compile(True), family.compile(False)) if r
        ]

    def __call__(self, text: str) -> str:
        for pattern, replace in self._passes:
            if text:
                text = pattern.sub(replace, text)
        return text


class _Replacements:
    """Whole-word replacements, matched by one regex with the longest alternative first."""

    def __init__(self) -> None:
        self._by_key: dict[str, tuple[str, str]] = {}

    def add(self, original: str, replacement: str) -> None:
        if original.strip():
            self._by_key[_key(original)] = (" ".join(original.split()), replacement)

    def compile(
        self, ignore_case: bool
    ) -> tuple[re.Pattern[str], Callable[[re.Match[str]], str]] | None:
        if not self._by_key:
            return None
        originals = sorted((o for o, _ in self._by_key.values()), key=len, reverse=True)
        # A space in a name matches any run of whitespace (text wrapped inside a record).
        body = "|".join(r"\s+".join(re.escape(word) for word in o.split()) for o in originals)
        pattern = re.compile(
            rf"(?<![\w@.])(?P<name>{body})(?![\w@])(?P<dot>\.(?!\.))?",
            re.IGNORECASE if ignore_case else 0,
        )
        by_key = self._by_key
        exact = {original: replacement for original, replacement in by_key.values()}

        def replace(match: re.Match[str]) -> str:
            found = match.group("name")
            new = by_key[_key(found)][1] if ignore_case else exact[" ".join(found.split())]
            dot = match.group("dot") or ""
            # Initials end in a full stop already: "… U. B." not "… U. B..".
            return new if dot and new.endswith(".") else new + dot

        return pattern, replace


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()
