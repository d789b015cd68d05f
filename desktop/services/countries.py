"""Country names as address books write them -> ISO 3166-1 alpha-2 codes.

pycountry brings the ISO list with its names in many languages (the iso-codes
catalogues), so "Schweiz", "Polska", "Duitsland" and "U.S.A." are recognised; a
short alias table covers what no catalogue calls a country ("Holland", "UK").
A text that is not recognised gives no code - it never rejects a contact.
"""

from __future__ import annotations

import gettext
import unicodedata
from functools import cache
from typing import Final

# Languages whose country names are recognised (the project's and its neighbours').
_LANGUAGES: Final = ("de", "nl", "fr", "pl", "es", "it", "da", "cs", "tr")
_ALIASES: Final = {
    "holland": "NL",
    "uk": "GB",
    "great britain": "GB",
    "united states": "US",
    "usa": "US",
    "us": "US",
    "turkey": "TR",
    "russia": "RU",
    "czech republic": "CZ",
    "the netherlands": "NL",
    "niederlande": "NL",
    "deutschland": "DE",
}


def country_code(text: str) -> str:
    """The ISO code for `text` ("" when it cannot be recognised)."""
    key = _normal(text)
    if not key:
        return ""
    return _names().get(key, "")


def _normal(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(c if c.isalnum() else " " if c in " -" else "" for c in letters)
    return " ".join(kept.split())


@cache
def _names() -> dict[str, str]:
    # pycountry (and its metadata lookups) load with the first country recognised, not
    # with every module that saves a record (the app's start).
    import pycountry

    names: dict[str, str] = {}
    catalogues = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _LANGUAGES
    ]
    for country in pycountry.countries:
        code = country.alpha_2
        english = [
            country.name,
            getattr(country, "official_name", ""),
            getattr(country, "common_name", ""),
        ]
        texts = [country.alpha_2, country.alpha_3, *english]
        texts += [c.gettext(name) for c in catalogues for name in english if name]
        for text in texts:
            if text:
                names.setdefault(_normal(text), code)
    for alias, code in _ALIASES.items():
        names[_normal(alias)] = code
    return names
