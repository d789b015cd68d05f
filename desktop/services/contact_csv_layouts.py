"""The column names other programs write in contact CSVs, and what each one means.

Outlook (English, German, Dutch), Google (the old "Given Name"/"E-mail 1 - Type"
and the new "First Name"/"E-mail 1 - Label" layouts), Thunderbird, Apple/Excel
re-saves, Roundcube, and this program's own public field names. A column maps to a
`Target`: a name part, a plain field, an e-mail or phone of a kind, or one part of an
address of a kind. Google's numbered columns ("Phone 2 - Value") are matched by pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from desktop.store.textfold import fold


@dataclass(frozen=True)
class Target:
    what: str  # name|first|middle|last|prefix|suffix|field|email|phone|address|numbered
    kind: str = ""  # email/phone/address kind, or the public field for "field"
    part: str = ""  # address part; for "numbered": "email:2:value" etc.


def _t(what: str, kind: str = "", part: str = "") -> Target:
    return Target(what, kind, part)


_ADDRESS_PARTS = {
    "street": ("Street", "Straße", "straat"),
    "locality": ("City", "Ort", "plaats"),
    "region": ("State", "Region", "provincie"),
    "postcode": ("Postal Code", "Postleitzahl", "postcode"),
    "country": ("Country", "Land/Region", "Land/regio"),
}

_COLUMNS: dict[str, Target] = {}


def _add(target: Target, *names: str) -> None:
    for name in names:
        _COLUMNS[normal(name)] = target


def normal(header: str) -> str:
    return " ".join(fold(header).replace("_", " ").split())


# Names
_add(_t("name"), "Display Name", "Name", "Full Name", "File As", "Anzeigename", "Weergavenaam")
_add(_t("first"), "First Name", "Given Name", "Vorname", "Voornaam")
_add(_t("middle"), "Middle Name", "Additional Name", "Weitere Vornamen", "Middelste naam")
_add(_t("last"), "Last Name", "Family Name", "Nachname", "Achternaam")
_add(_t("prefix"), "Title", "Name Prefix", "Anrede", "Titel")
_add(_t("suffix"), "Suffix", "Name Suffix", "Achtervoegsel")
# Plain fields
_add(
    _t("field", "organisation"),
    "Company",
    "Organization",
    "Organization Name",
    "Organization 1 - Name",
    "Firma",
    "Bedrijf",
)
_add(
    _t("field", "role"),
    "Job Title",
    "Organization Title",
    "Organization 1 - Title",
    "Position",
    "Functie",
)
_add(_t("field", "notes"), "Notes", "Notizen", "Notities")
_add(_t("field", "languages"), "Language", "Sprache")
# E-mails
_add(_t("email", "", "1"), "E-mail Address", "E-Mail-Adresse", "E-mailadres", "Primary Email")
_add(_t("email", "", "2"), "E-mail 2 Address", "E-Mail 2: Adresse", "E-mailadres 2")
_add(_t("email", "", "3"), "E-mail 3 Address", "E-Mail 3: Adresse", "E-mailadres 3")
_add(_t("email", "", "4"), "Secondary Email")
_add(_t("email", "home"), "Email Home")
_add(_t("email", "work"), "Email Work")
_add(_t("email", "other"), "Email Other")
# Phones
_add(
    _t("phone", "work"),
    "Business Phone",
    "Business Phone 2",
    "Work Phone",
    "Telefon geschäftlich",
    "Telefon geschäftlich 2",
    "Telefoon op werk",
    "Telefoon op werk 2",
    "Telefon Firma",
)
_add(
    _t("phone", "home"),
    "Home Phone",
    "Home Phone 2",
    "Telefon privat",
    "Telefon (privat)",
    "Telefon (privat 2)",
    "Telefoon thuis",
    "Telefoon thuis 2",
)
_add(
    _t("phone", "mobile"),
    "Mobile Phone",
    "Mobile Number",
    "Home Mobile",
    "Mobiltelefon",
    "Mobiltelefon 2",
    "Mobiele telefoon",
)
_add(_t("phone", "work-fax"), "Business Fax", "Fax geschäftlich", "Fax op werk")
_add(_t("phone", "home-fax"), "Home Fax", "Fax privat", "Fax thuis")
_add(_t("phone", "fax"), "Fax Number", "Other Fax", "Weiteres Fax", "Andere fax")
_add(_t("phone", "pager"), "Pager", "Pager Number", "Pieper")
_add(
    _t("phone", "main"),
    "Primary Phone",
    "Company Main Phone",
    "Haupttelefon",
    "Hoofdtelefoon",
    "Hoofdtelefoon bedrijf",
)
_add(
    _t("phone", "other"),
    "Other Phone",
    "Car Phone",
    "Assistant's Phone",
    "Radio Phone",
    "Callback",
    "ISDN",
    "Telex",
    "TTY/TDD Phone",
    "Phone Video",
    "Weiteres Telefon",
    "Autotelefon",
    "Telefon Assistent",
    "Andere telefoon",
    "Autotelefoon",
)
# Addresses: Outlook English ("Business Street", "Home Country/Region"), Thunderbird
# ("Work Address", "Home ZipCode"), Outlook German and Dutch.
for _kind, _en in (("work", "Business"), ("home", "Home"), ("other", "Other")):
    _add(_t("address", _kind, "street"), f"{_en} Street", f"{_en} Street 2", f"{_en} Street 3")
    _add(_t("address", _kind, "locality"), f"{_en} City")
    _add(_t("address", _kind, "region"), f"{_en} State")
    _add(_t("address", _kind, "postcode"), f"{_en} Postal Code", f"{_en} Zip")
    _add(_t("address", _kind, "country"), f"{_en} Country", f"{_en} Country/Region")
for _kind, _tb in (("work", "Work"), ("home", "Home")):
    _add(_t("address", _kind, "street"), f"{_tb} Address", f"{_tb} Address 2")
    _add(_t("address", _kind, "locality"), f"{_tb} City")
    _add(_t("address", _kind, "region"), f"{_tb} State")
    _add(_t("address", _kind, "postcode"), f"{_tb} ZipCode", f"{_tb} Zip")
    _add(_t("address", _kind, "country"), f"{_tb} Country")
for _kind, _de in (("work", "geschäftlich"), ("home", "privat")):
    _add(
        _t("address", _kind, "street"),
        f"Straße {_de}",
        f"Straße {_de} 2",
        f"Straße {_de} 3",
    )
    _add(_t("address", _kind, "locality"), f"Ort {_de}")
    _add(_t("address", _kind, "region"), f"Region {_de}", f"Bundesland/Kanton {_de}")
    _add(_t("address", _kind, "postcode"), f"Postleitzahl {_de}")
    _add(_t("address", _kind, "country"), f"Land/Region {_de}")
_add(_t("address", "other", "street"), "Weitere Straße", "Weitere Straße 2", "Weitere Straße 3")
_add(_t("address", "other", "locality"), "Weiterer Ort")
_add(_t("address", "other", "region"), "Weiteres/r Bundesland/Kanton")
_add(_t("address", "other", "postcode"), "Weitere Postleitzahl")
_add(_t("address", "other", "country"), "Weiteres/e Land/Region")
_add(_t("address", "work", "street"), "Werkadres, straat")
_add(_t("address", "work", "locality"), "Werkplaats")
_add(_t("address", "work", "region"), "Werkprovincie")
_add(_t("address", "work", "postcode"), "Werkadres, postcode")
_add(_t("address", "work", "country"), "Land/regio (werk)")
_add(_t("address", "home", "street"), "Huisadres, straat")
_add(_t("address", "home", "locality"), "Huisadres, plaats")
_add(_t("address", "home", "region"), "Provincie")
_add(_t("address", "home", "postcode"), "Huisadres, postcode")
_add(_t("address", "home", "country"), "Land/regio (thuis)")
_add(_t("address", "other", "street"), "Ander adres, straat")
_add(_t("address", "other", "locality"), "Ander adres, plaats")
_add(_t("address", "other", "postcode"), "Ander adres, postcode")
_add(_t("address", "other", "country"), "Land/regio (anders)")

# Google: "E-mail 1 - Type|Label|Value", "Phone 2 - Value", "Address 1 - Street"…
_NUMBERED = re.compile(
    r"^(e-mail|phone|address) (\d+) - "
    r"(type|label|value|street|city|region|postal code|country|po box|extended address)$"
)
_GOOGLE_PARTS: Final = {
    "street": "street",
    "city": "locality",
    "region": "region",
    "postal code": "postcode",
    "country": "country",
    "po box": "pobox",
    "extended address": "extended",
}

# This program's own export and hand-made sheets: public field names and the usual
# German, Dutch and English spellings of them.
OWN_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "name": ("naam", "vollstandiger name", "kontakt", "contact"),
    "organisation": ("organisatie", "institution"),
    "role": ("rol", "rolle", "funktion", "function"),
    "municipality": ("gemeente", "kommune", "gemeinde", "stadt", "city"),
    "country": ("land", "staat"),
    "email": ("e-mail", "mail", "email address", "email"),
    "phone": ("telefon", "telefoon", "tel", "telephone", "telefonnummer", "telefoonnummer"),
    "languages": ("sprachen", "talen"),
    "contact_type": ("type",),
    "fields_of_action": ("handlungsfelder", "beleidsvelden", "fields of action"),
    "met_at": ("where met", "kennengelernt", "ontmoet", "getroffen"),
    "notes": ("notizen", "notities", "bemerkungen", "opmerkingen", "note"),
}
# Consent columns are recognised but only used when the user maps them explicitly.
CONSENT_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "consent_given": ("consent", "einwilligung", "toestemming"),
    "consent_date": ("einwilligungsdatum", "datum toestemming", "consent date"),
    "consent_scope": ("umfang der einwilligung", "reikwijdte toestemming", "consent scope"),
    "consent_use": ("consent covers", "einwilligung umfasst", "toestemming geldt voor"),
    "consent_until": (
        "consent valid until",
        "einwilligung gültig bis",
        "toestemming geldig tot",
    ),
    "consent_note": ("consent note",),
}
for _field, _aliases in {**OWN_FIELDS, **CONSENT_FIELDS}.items():
    for _alias in (_field, *_aliases):
        _COLUMNS.setdefault(normal(_alias), _t("field", _field))

# Thunderbird writes its CSV without a header row when asked for "comma separated"
# in older versions: its fixed column order.
THUNDERBIRD_COLUMNS: Final = (
    "First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,"
    "Work Phone,Home Phone,Fax Number,Pager Number,Mobile Number,Home Address,"
    "Home Address 2,Home City,Home State,Home ZipCode,Home Country,Work Address,"
    "Work Address 2,Work City,Work State,Work ZipCode,Work Country,Job Title,Department,"
    "Organization,Web Page 1,Web Page 2,Birth Year,Birth Month,Birth Day,Custom 1,"
    "Custom 2,Custom 3,Custom 4,Notes"
).split(",")


def target_of(header: str) -> Target | None:
    key = normal(header)
    found = _COLUMNS.get(key)
    if found is not None:
        return found
    match = _NUMBERED.match(key)
    if match is None:
        return None
    what, number, part = match.groups()
    what = {"e-mail": "email"}.get(what, what)
    return Target("numbered", what, f"{number}:{_GOOGLE_PARTS.get(part, part)}")


# Kinds as Google and others write them in "Type"/"Label" cells ("* Work", "Mobile").
_KIND_WORDS: Final = {
    "work": "work",
    "business": "work",
    "home": "home",
    "private": "home",
    "other": "other",
    "mobile": "mobile",
    "cell": "mobile",
    "main": "main",
    "pager": "pager",
    "work fax": "work-fax",
    "home fax": "home-fax",
    "fax": "fax",
}


def kind_word(text: str) -> str:
    return _KIND_WORDS.get(normal(text).lstrip("* ").strip(), "")
