"""Finding people in a text: names in their usual forms, e-mail addresses, phone numbers.

Everything is matched in the folded text (case, accents, "ß"/"ss", "ĳ"/"ij" and the
German "ü"/"ue" do not matter) and reported as spans of the original text, each
with the person it belongs to. What to put in their place is privacy.py's business.

A name is recognised as a sequence of words ("tokens"), separated by spaces, line
breaks, hyphens, dots, underscores, commas or apostrophes, so "Zofia Łukaszewska",
"ZOFIA  ŁUKASZEWSKA", "Łukaszewska, Zofia", "Z. Łukaszewska", "zofia_lukaszewska.jpg",
"Frau Dr. Łukaszewska", "mevrouw Van der Berg-Ĳzerman", "dhr. Mulder" and
"Łukaszewskas Vorschlag" are all found. See `NameForms` for which forms count.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Final

from desktop.export.folding import FoldedText
from desktop.export.function_words import FUNCTION_WORDS, MONTHS
from desktop.store.textfold import fold

# Courtesy and academic titles (folded, without the dot) that belong to a mention
# of a person: "Frau Łukaszewska" is redacted as a whole, not as "Frau [withheld]".
TITLES: Final = frozenset(
    {
        "frau", "fr", "herr", "hr", "hrn", "herrn", "mevrouw", "mevr", "mw", "meneer", "mnr",
        "heer", "dhr", "mr", "mrs", "ms", "miss", "dr", "prof", "drs", "ir", "ing", "dipl",
        "madame", "mme", "monsieur",
    }
)  # fmt: skip
# Words of a family name that are no name on their own ("van der Berg": Berg is).
PARTICLES: Final = frozenset(
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le",
        "la", "te", "ter", "ten", "het", "t", "zu", "zum", "zur", "vom", "op", "el", "al",
        "ben", "bin", "ibn",
    }
)  # fmt: skip
# A single given or family name alone must be at least this long to count.
MIN_SINGLE_NAME: Final = 3
# At most this many characters between two words of one name (", " or " - ").
MAX_GAP: Final = 3
_GAP_CHARACTERS: Final = frozenset(" \t\r\n.,-_'’ʼ‐‑–/")
_TOKEN: Final = re.compile(r"[^\W_ʼ]+")
_DIGIT_RUN: Final = re.compile(r"[+(]*\d(?:[ \t./()\-‐‑–]{0,3}\d)*")
# Country calling codes (ITU-T E.164) of one and two digits; all others have three.
_ONE_DIGIT_CODES: Final = frozenset({"1", "7"})
_TWO_DIGIT_CODES: Final = frozenset(
    "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 "
    "63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split()
)
# A phone number is recognised from this many of its last digits (a local number
# without area code; a postal code that happens to equal them is replaced too).
MIN_PHONE_DIGITS: Final = 5


@dataclass(frozen=True)
class Found:
    """Original characters [start, end) that name the person `owner` (an index)."""

    start: int
    end: int
    owner: int


def tokens_of(text: str) -> list[str]:
    """The folded words of a name ("Berg-Ĳzerman" -> ["berg", "ijzerman"])."""
    return _TOKEN.findall(fold(text))


# -- names ---------------------------------------------------------------------------------

# What a resolver returns besides a person's index: a name that stays as written (a
# consented person's full name, which must not be taken apart), and a name that
# belongs to several hidden people (replaced, but by no one's pseudonym).
KEEP: Final = -1
SEVERAL: Final = -2
# The owner of the workspace's place and topic names (NameForms.add_phrase).
VOCABULARY: Final = -3
# Whose name a form is: (folded words, preceded by a title?) -> owner, KEEP, SEVERAL
# or None for no name at all.
Resolver = Callable[[tuple[str, ...], bool], int | None]


@dataclass(frozen=True)
class Form:
    owner: int
    # A full name always counts; a family or given name alone only where it is
    # unambiguous (or after a title: "Frau Nowak") — privacy.py decides.
    full: bool


@dataclass
class NameForms:
    """Every recognised form of every person, by its sequence of folded words.

    For "Dr. Marĳke van der Berg-Ĳzerman" (titles are dropped):
    - full names: "marijke van der berg ijzerman", "marijke berg ijzerman", the
      family name first ("van der berg ijzerman, marijke"), with the initial
      ("m. van der berg-ijzerman");
    - partial names: the family name with and without particles ("van der berg
      ijzerman", "berg ijzerman"), and each name word of three letters or more
      alone ("marijke", "berg", "ijzerman"; not "van", "der").
    German umlauts also count as written out ("Brüggemann", "Brueggemann").
    """

    forms: dict[tuple[str, ...], list[Form]] = field(default_factory=dict)
    longest: int = 0
    # First words of the forms, and those with a genitive "s": where a scan can start.
    _first_words: set[str] = field(default_factory=set)
    _genitives: set[str] = field(default_factory=set)

    def add_person(self, owner: int, name: str) -> None:
        words = name_words(name)
        if not words:
            return
        word_tokens = [_word_spellings(word) for word in words]
        given, family = word_tokens[0], word_tokens[1:]
        suffixes = _family_suffixes(family)
        for given_spelling in given:
            if not family:
                self._add(given_spelling, owner, full=True)
            for suffix in suffixes:
                self._add(given_spelling + suffix, owner, full=True)
                self._add(suffix + given_spelling, owner, full=True)
                self._add((given_spelling[0][0], *suffix), owner, full=True)
        for suffix in suffixes:
            self._add(suffix, owner, full=False)
        for spellings in word_tokens:
            for spelling in spellings:
                for token in spelling:
                    if len(token) >= MIN_SINGLE_NAME and token not in PARTICLES:
                        self._add((token,), owner, full=False)

    def add_phrase(self, owner: int, phrase: str) -> None:
        """A name that is no person's ("Berg Fidel"), as a partial form of `owner`."""
        key = tuple(tokens_of(phrase))
        if key:
            self._add(key, owner, full=False)

    def _add(self, key: tuple[str, ...], owner: int, *, full: bool) -> None:
        self._first_words.add(key[0])
        self._genitives.add(key[0] + "s")
        entries = self.forms.setdefault(key, [])
        if Form(owner, full) not in entries:
            entries.append(Form(owner, full))
        self.longest = max(self.longest, len(key))

    def find(self, text: FoldedText, resolve: Resolver) -> Iterator[Found]:
        """Mentions of people in `text`, longest form first, titles included."""
        words = _TOKEN.findall(text.folded)
        first_words = self._first_words
        if first_words.isdisjoint(words) and self._genitives.isdisjoint(words):
            return  # most texts name nobody: decided at C speed
        scan = _Scan(text)
        index = 0
        while index < len(scan.words):
            word = scan.words[index]
            if word in first_words or (word.endswith("s") and word[:-1] in first_words):
                match = self._match_at(scan, index, resolve)
            else:
                match = None
            if match is None:
                index += 1
                continue
            length, owner = match
            first = scan.with_titles(index)
            last = scan.with_genitive(index + length - 1)
            start, end = text.span_of(scan.tokens[first][0], scan.tokens[last][1])
            yield Found(start, end, owner)
            index = last + 1

    def _match_at(self, scan: _Scan, index: int, resolve: Resolver) -> tuple[int, int] | None:
        words = scan.words
        titled = index > 0 and words[index - 1] in TITLES and scan.joined(index - 1)
        last = index
        while last < len(words) - 1 and last - index < self.longest and scan.joined(last):
            last += 1
        for length in range(min(self.longest, last - index + 1), 0, -1):
            key = tuple(words[index : index + length])
            if length == 1 and not titled and scan.ordinary_word(index):
                return None
            owner = resolve(key, titled) if key in self.forms else None
            if owner is None and length == 1 and key[0].endswith("s") and len(key[0]) > 4:
                shorter = (key[0][:-1],)  # the German genitive: "Łukaszewskas Vorschlag"
                owner = resolve(shorter, titled) if shorter in self.forms else None
            if owner is not None:
                return length, owner
        return None


class _Scan:
    """The words of one folded text, and how they hang together."""

    def __init__(self, text: FoldedText) -> None:
        self.text = text
        self.tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text.folded)]
        self.words = [text.folded[start:end] for start, end in self.tokens]

    def joined(self, index: int) -> bool:
        """Whether word `index` and the next one are close enough to be one name."""
        if index + 1 >= len(self.tokens):
            return False
        gap = self.text.folded[self.tokens[index][1] : self.tokens[index + 1][0]]
        return len(gap) <= MAX_GAP and all(c in _GAP_CHARACTERS for c in gap)

    def ordinary_word(self, index: int) -> bool:
        """A function word written in lower case ("haar", Dutch: her) is no "Haar";
        a month next to a number ("10 jan 2010", "Jan 2010") no "Jan"."""
        word = self.words[index]
        if word in MONTHS and any(
            0 <= i < len(self.words) and self.words[i].isdigit() and self.joined(min(i, index))
            for i in (index - 1, index + 1)
        ):
            return True
        if word not in FUNCTION_WORDS:
            return False
        start, end = self.text.span_of(*self.tokens[index])
        return self.text.original[start:end].islower()

    def with_titles(self, index: int) -> int:
        """Index of the first title before the name ("Frau Dr. Łukaszewska", "de heer Mulder")."""
        words = self.words
        while index > 0 and self.joined(index - 1):
            previous = words[index - 1]
            if previous in TITLES or (previous == "de" and words[index] == "heer"):
                index -= 1
            else:
                break
        return index

    def with_genitive(self, last: int) -> int:
        """Include an apostrophe-s after the name ("Zofia's", "Łukaszewska’s")."""
        if last + 1 < len(self.words) and self.words[last + 1] == "s":
            gap = self.text.folded[self.tokens[last][1] : self.tokens[last + 1][0]]
            if gap in ("'", "’", "ʼ"):
                return last + 1
        return last


def name_words(name: str) -> list[str]:
    """The words of a stored name without titles ("Dr. Bram Nĳhof" -> Bram, Nĳhof)."""
    words = name.split()
    return [w for w in words if tokens_of(w) and not (len(words) > 1 and is_title(w))]


def name_key(name: str) -> tuple[str, ...]:
    """A stored name as the folded words it is recognised by."""
    return tuple(token for word in name_words(name) for token in tokens_of(word))


def is_title(word: str) -> bool:
    """A title in a stored name ("Dr. Bram Nĳhof"), not part of the name itself."""
    tokens = tokens_of(word)
    if len(tokens) != 1 or tokens[0] not in TITLES:
        return False
    return word.endswith(".") or tokens[0] in _NAME_TITLES


_NAME_TITLES: Final = frozenset({"frau", "herr", "mevrouw", "meneer", "dr", "prof", "drs"})


def _word_spellings(word: str) -> list[tuple[str, ...]]:
    """A word of a name as folded tokens, in each of its spellings."""
    plain = tuple(tokens_of(word))
    umlauts = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    spelled = tuple(tokens_of("".join(umlauts.get(letter, letter) for letter in word)))
    return [plain] if spelled == plain else [plain, spelled]


def _family_suffixes(family: list[list[tuple[str, ...]]]) -> list[tuple[str, ...]]:
    """The family name from each of its words on, in every spelling.

    A double name also counts by each of its halves ("van der Berg-Ĳzerman":
    "van der Berg", "Ĳzerman").
    """
    suffixes: set[tuple[str, ...]] = set()
    for start in range(len(family)):
        partial: list[tuple[str, ...]] = [()]
        for spellings in family[start:]:
            halves = [(token,) for spelling in spellings if len(spelling) > 1 for token in spelling]
            partial = [p + s for p in partial for s in [*spellings, *halves]]
        suffixes.update(p for p in partial if any(t not in PARTICLES for t in p))
    return sorted(suffixes)


# -- e-mail addresses and phone numbers ----------------------------------------------------


def email_pattern(addresses: dict[str, int]) -> re.Pattern[str] | None:
    """One pattern for all the (folded) addresses, longest first."""
    if not addresses:
        return None
    ordered = sorted(addresses, key=len, reverse=True)
    return re.compile("|".join(re.escape(address) for address in ordered))


def find_emails(
    text: FoldedText, pattern: re.Pattern[str] | None, owners: dict[str, int]
) -> Iterator[Found]:
    if pattern is None or "@" not in text.folded:
        return
    for match in pattern.finditer(text.folded):
        start, end = text.span_of(match.start(), match.end())
        yield Found(start, end, owners[match.group(0)])


def national_number(phone: str) -> str:
    """The digits that identify a number in any notation: no country code, no trunk 0.

    "+49 251 4901-560", "0049 (0)251 4901560" and "0251/4901560" -> "2514901560".
    """
    digits = re.sub(r"\D", "", phone)
    international = phone.strip().startswith("+") or digits.startswith("00")
    if international:
        digits = digits[2:] if digits.startswith("00") else digits
        if digits[:1] in _ONE_DIGIT_CODES:
            digits = digits[1:]
        elif digits[:2] in _TWO_DIGIT_CODES:
            digits = digits[2:]
        else:
            digits = digits[3:]
    return digits.lstrip("0") if digits.startswith("0") else digits


def find_phones(text: FoldedText, numbers: dict[str, int]) -> Iterator[Found]:
    """Any notation of the numbers, also a local number without its area code.

    A run of digits (with spaces, dashes, slashes, dots or brackets between them)
    counts if it contains a number's last `MIN_PHONE_DIGITS` or more digits. The
    whole group of digits they are in goes, and so do a country code, trunk prefix
    or "(0)" in front of them (groups of at most 5 digits in all).
    """
    if not numbers:
        return
    for run in _DIGIT_RUN.finditer(text.folded):
        positions = [run.start() + i for i, c in enumerate(run.group(0)) if c.isdigit()]
        if len(positions) < MIN_PHONE_DIGITS:
            continue
        digits = "".join(text.folded[p] for p in positions)
        groups = _DigitGroups(positions)
        for number, owner in numbers.items():
            for first, last in _tails_in(number, digits):
                first, last = groups.widened(first, last)
                start = positions[first]
                while start > run.start() and text.folded[start - 1] in "+(":
                    start -= 1
                start, end = text.span_of(start, positions[last - 1] + 1)
                yield Found(start, end, owner)


class _DigitGroups:
    """The groups of digits of a run ("+49 (0)251 4901-560": 49, 0, 251, 4901, 560)."""

    def __init__(self, positions: list[int]) -> None:
        self.group = [0]
        for before, after in itertools.pairwise(positions):
            self.group.append(self.group[-1] + (after > before + 1))
        self.first = {g: self.group.index(g) for g in set(self.group)}
        self.end = {g: len(self.group) - self.group[::-1].index(g) for g in set(self.group)}

    def widened(self, first: int, last: int) -> tuple[int, int]:
        """Digits [first, last) grown to whole groups, with up to 5 digits of prefix."""
        first = self.first[self.group[first]]
        prefix = 0
        while first and prefix + first - self.first[self.group[first - 1]] <= 5:
            prefix += first - self.first[self.group[first - 1]]
            first = self.first[self.group[first - 1]]
        return first, self.end[self.group[last - 1]]


def _tails_in(number: str, digits: str) -> Iterator[tuple[int, int]]:
    """Where endings of `number` (at least MIN_PHONE_DIGITS long) are in `digits`, in
    order: the earliest first, the longest of those that start there."""
    position = 0
    endings = [number[-length:] for length in range(len(number), MIN_PHONE_DIGITS - 1, -1)]
    while position < len(digits):
        found = [(where, -len(e)) for e in endings if (where := digits.find(e, position)) >= 0]
        if not found:
            return
        where, length = min(found)
        yield where, where - length
        position = where - length
