"""Who may be named in a dossier, and how: the GDPR/AVG rules of PRODUCT.md.

- A contact without recorded consent ("withheld") never appears in an export: not
  in the contact index (templates never list them), and not by name, e-mail or
  phone anywhere else either. Every mention becomes a neutral "[name withheld]".
- With "pseudonymise", everyone else the dossier could name (consented contacts,
  authors, people in conflict records) becomes "Person A", "Person B", … — the
  same person the same letter throughout one dossier, letters given in order of
  first appearance. The key is nowhere in the file. Their e-mail addresses and
  phone numbers become their pseudonym too.

How people are recognised (full name, title + family name, a name word alone where
unambiguous, e-mail, phone in any notation) is in recognise.py. `Privacy` is
applied by `model.map_text` to every text of the finished document — before any
excerpt is shortened — so no template can forget it and no cut name survives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from string import ascii_uppercase

from desktop.export.folding import fold_text
from desktop.export.model import Inline, Span
from desktop.export.recognise import (
    KEEP,
    MIN_PHONE_DIGITS,
    SEVERAL,
    VOCABULARY,
    Found,
    NameForms,
    email_pattern,
    find_emails,
    find_phones,
    name_key,
    national_number,
    tokens_of,
)
from desktop.services.markup import shorten
from desktop.store.textfold import fold


@dataclass(frozen=True)
class Person:
    name: str
    email: str = ""
    phone: str = ""
    # A contact's other e-mails and numbers: withheld as surely as the preferred ones.
    more_emails: tuple[str, ...] = ()
    more_phones: tuple[str, ...] = ()

    @property
    def emails(self) -> tuple[str, ...]:
        return (self.email, *self.more_emails)

    @property
    def phones(self) -> tuple[str, ...]:
        return (self.phone, *self.more_phones)


def pseudonym_letters(number: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA": as many letters as there are people."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, len(ascii_uppercase))
        letters = ascii_uppercase[rest] + letters
    return letters


class Privacy:
    """Replaces withheld people by a placeholder and, if asked, everyone else by pseudonyms.

    `pseudonym` turns letters into the dossier language's label ("Person A",
    "Persoon A"). `vocabulary` are the workspace's own names of places and topics
    ("Berg Fidel", a district of Münster): a name word inside them is no person,
    unless after a title or in a full name. Call it on texts (`text`) or on runs of
    formatted text (`inline`), which are redacted as one text so a name split across
    bold and plain survives nowhere, and shortened only afterwards.
    """

    def __init__(
        self,
        withheld: Iterable[Person],
        named: Iterable[Person],
        *,
        pseudonymise: bool,
        withheld_label: str,
        pseudonym: Callable[[str], str] = "Person {}".format,
        vocabulary: Iterable[str] = (),
    ) -> None:
        self.pseudonymise = pseudonymise
        self.withheld_label = withheld_label
        self._pseudonym = pseudonym
        withheld_people = [
            p for p in withheld if name_key(p.name) or any(p.emails) or any(p.phones)
        ]
        # Someone named as a form of a withheld person's name is that person: a
        # withheld contact who wrote an observation, or signed "Frau Łukaszewska".
        theirs = NameForms()
        for owner, person in enumerate(withheld_people):
            theirs.add_person(owner, person.name)
        named_people = [
            p for p in named if name_key(p.name) and name_key(p.name) not in theirs.forms
        ]
        self._people = [*withheld_people, *named_people]
        self._withheld = set(range(len(withheld_people)))
        self._names = NameForms()
        emails: dict[str, int] = {}
        self._phones: dict[str, int] = {}
        for owner, person in enumerate(self._people):
            self._names.add_person(owner, person.name)
            if owner in self._withheld or pseudonymise:
                for email in person.emails:
                    if "@" in email:
                        emails.setdefault(fold(email.strip()), owner)
                for phone in person.phones:
                    number = national_number(phone)
                    if len(number) >= MIN_PHONE_DIGITS:
                        self._phones.setdefault(number, owner)
        # Only names of places and topics with a person's name word in them matter.
        name_words = {word for key in self._names.forms for word in key}
        for phrase in vocabulary:
            if name_words.intersection(tokens_of(phrase)):
                self._names.add_phrase(VOCABULARY, phrase)
        self._emails = emails
        self._email_pattern = email_pattern(emails)
        self._letters: dict[int, str] = {}

    # -- the two entry points --------------------------------------------------------------

    def __call__(self, text: str) -> str:
        return self.text(text)

    def text(self, text: str) -> str:
        redacted, _ = self._redact(text)
        return redacted

    def inline(self, spans: Inline) -> Inline:
        """Redact the runs as one text, then shorten those with a `limit`."""
        joined = "".join(span.text for span in spans)
        found = self._found(joined) if joined else []
        if not found and all(span.limit is None for span in spans):
            return spans  # nobody in it: most runs
        result: list[Span] = []
        offset = 0
        for span in spans:
            end = offset + len(span.text)
            text, kept = self._rebuild(joined, found, offset, end)
            if span.limit is not None:
                text = shorten(text, span.limit, keep=kept)
            result.append(replace(span, text=text, limit=None))
            offset = end
        return tuple(span for span in result if span.text or span.link or span.page_of)

    # -- finding and replacing -------------------------------------------------------------

    def _redact(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        return self._rebuild(text, self._found(text), 0, len(text)) if text else (text, [])

    def _found(self, text: str) -> list[tuple[int, int, str]]:
        """Non-overlapping (start, end, replacement) in `text`, in order."""
        folded = fold_text(text)
        found: list[Found] = [
            *find_emails(folded, self._email_pattern, self._emails),
            *find_phones(folded, self._phones),
            *self._names.find(folded, self._resolve),
        ]
        merged: list[tuple[int, int, int]] = []
        for item in sorted(found, key=lambda f: (f.start, -f.end)):
            if merged and item.start < merged[-1][1]:
                start, end, owner = merged[-1]
                merged[-1] = (start, max(end, item.end), self._stricter(owner, item.owner))
            else:
                merged.append((item.start, item.end, item.owner))
        replaced = [(s, e, self._label(o)) for s, e, o in merged if o != KEEP]
        return _joined_labels(text, replaced)

    def _rebuild(
        self, text: str, found: Sequence[tuple[int, int, str]], start: int, end: int
    ) -> tuple[str, list[tuple[int, int]]]:
        """text[start:end] with replacements; a replacement goes where it starts.

        Also returns where the replacements are in the result, so shortening does
        not cut through "[name withheld]".
        """
        pieces: list[str] = []
        kept: list[tuple[int, int]] = []
        position = start
        length = 0
        for found_start, found_end, label in found:
            if found_end <= start or found_start >= end or found_end <= position:
                continue
            if found_start >= position:
                pieces.append(text[position:found_start])
                length += found_start - position
                kept.append((length, length + len(label)))
                pieces.append(label)
                length += len(label)
            position = min(max(position, found_end), end)
        pieces.append(text[position:end])
        return "".join(pieces), kept

    def _resolve(self, key: tuple[str, ...], titled: bool) -> int | None:
        forms = self._names.forms[key]
        full = {form.owner for form in forms if form.full}
        owners = full or {form.owner for form in forms}
        if not full and VOCABULARY in owners:
            if not titled:
                return KEEP  # "Berg Fidel" is a district, whoever is called Berg
            owners.discard(VOCABULARY)
            if not owners:
                return None
        withheld = sorted(owners & self._withheld)
        if full:
            if withheld:
                return withheld[0]
            if not self.pseudonymise:
                return KEEP
            return owners.pop() if len(owners) == 1 else SEVERAL
        if self.pseudonymise:  # nobody is named: only the label is in question
            return owners.pop() if len(owners) == 1 else SEVERAL
        if withheld and (titled or owners <= self._withheld):
            return withheld[0]
        return None

    def _stricter(self, first: int, second: int) -> int:
        """Owner of two overlapping mentions: withheld wins; two people are SEVERAL."""
        if first == second or second == KEEP:
            return first
        if first == KEEP:
            return second
        for owner in (first, second):
            if owner in self._withheld:
                return owner
        return SEVERAL

    def _label(self, owner: int) -> str:
        if owner == SEVERAL or owner in self._withheld:
            return self.withheld_label
        if owner not in self._letters:
            self._letters[owner] = pseudonym_letters(len(self._letters))
        return self._pseudonym(self._letters[owner])


def _joined_labels(text: str, replaced: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One label for neighbours with the same label ("[withheld] [withheld]" -> one)."""
    joined: list[tuple[int, int, str]] = []
    for start, end, label in replaced:
        if joined and joined[-1][2] == label and not text[joined[-1][1] : start].strip():
            joined[-1] = (joined[-1][0], end, label)
        else:
            joined.append((start, end, label))
    return joined
