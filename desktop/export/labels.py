"""Fixed labels a dossier prints for field names, enumeration values and languages.

Marked for the *dossier* catalogue (translations/dossier_*.ts) so that a dossier's
language is independent of the interface language; the application catalogue has
its own copies of some of these words for the UI.
"""

from __future__ import annotations

from typing import Final

from desktop.tr import QT_TRANSLATE_NOOP

FIELDS_CONTEXT: Final = "DossierFields"
CHOICES_CONTEXT: Final = "DossierChoices"
LANGUAGES_CONTEXT: Final = "DossierLanguages"

# By model attribute; covers every public field of the four record kinds.
FIELD_LABELS: Final[dict[str, str]] = {
    "title": QT_TRANSLATE_NOOP("DossierFields", "Title"),
    "activity_type_id": QT_TRANSLATE_NOOP("DossierFields", "Type of activity"),
    "starts_on": QT_TRANSLATE_NOOP("DossierFields", "Start date"),
    "ends_on": QT_TRANSLATE_NOOP("DossierFields", "End date"),
    "host_municipality_id": QT_TRANSLATE_NOOP("DossierFields", "Host municipality"),
    "place": QT_TRANSLATE_NOOP("DossierFields", "Place"),
    "participants": QT_TRANSLATE_NOOP("DossierFields", "Participants"),
    "description": QT_TRANSLATE_NOOP("DossierFields", "Description"),
    "fields_of_action": QT_TRANSLATE_NOOP("DossierFields", "Fields of action"),
    "activity_id": QT_TRANSLATE_NOOP("DossierFields", "Activity"),
    "text": QT_TRANSLATE_NOOP("DossierFields", "Text"),
    "observed_on": QT_TRANSLATE_NOOP("DossierFields", "Date"),
    "author": QT_TRANSLATE_NOOP("DossierFields", "Author"),
    "district_id": QT_TRANSLATE_NOOP("DossierFields", "District"),
    "target_groups": QT_TRANSLATE_NOOP("DossierFields", "Target groups"),
    "tags": QT_TRANSLATE_NOOP("DossierFields", "Tags"),
    "gender_remark": QT_TRANSLATE_NOOP("DossierFields", "Gender mainstreaming"),
    "element_kind": QT_TRANSLATE_NOOP("DossierFields", "Kind of element"),
    "element": QT_TRANSLATE_NOOP("DossierFields", "Element"),
    "from_municipality_id": QT_TRANSLATE_NOOP("DossierFields", "From"),
    "to_municipality_id": QT_TRANSLATE_NOOP("DossierFields", "To"),
    "origin_description": QT_TRANSLATE_NOOP("DossierFields", "At the origin"),
    "adaptation": QT_TRANSLATE_NOOP("DossierFields", "Adaptation"),
    "rationale": QT_TRANSLATE_NOOP("DossierFields", "Rationale"),
    "framework_factors": QT_TRANSLATE_NOOP("DossierFields", "Framework conditions"),
    "status": QT_TRANSLATE_NOOP("DossierFields", "Status"),
    "effects": QT_TRANSLATE_NOOP("DossierFields", "Effects observed"),
    "observation_ids": QT_TRANSLATE_NOOP("DossierFields", "Supporting observations"),
    "principles": QT_TRANSLATE_NOOP("DossierFields", "Principles"),
    "name": QT_TRANSLATE_NOOP("DossierFields", "Name"),
    "organisation": QT_TRANSLATE_NOOP("DossierFields", "Organisation"),
    "role": QT_TRANSLATE_NOOP("DossierFields", "Role"),
    "municipality_id": QT_TRANSLATE_NOOP("DossierFields", "Municipality"),
    "country": QT_TRANSLATE_NOOP("DossierFields", "Country"),
    "email": QT_TRANSLATE_NOOP("DossierFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("DossierFields", "Phone"),
    "languages": QT_TRANSLATE_NOOP("DossierFields", "Languages"),
    "activity_ids": QT_TRANSLATE_NOOP("DossierFields", "Met at"),
    "met_at": QT_TRANSLATE_NOOP("DossierFields", "Where met"),
    "notes": QT_TRANSLATE_NOOP("DossierFields", "Notes"),
    "consent_given": QT_TRANSLATE_NOOP("DossierFields", "Consent given"),
    "consent_date": QT_TRANSLATE_NOOP("DossierFields", "Consent date"),
    "consent_scope": QT_TRANSLATE_NOOP("DossierFields", "Consent scope"),
    "consent_note": QT_TRANSLATE_NOOP("DossierFields", "Consent note"),
    "deleted_at": QT_TRANSLATE_NOOP("DossierFields", "Deleted"),
    "caption": QT_TRANSLATE_NOOP("DossierFields", "Caption"),
    "file_name": QT_TRANSLATE_NOOP("DossierFields", "File name"),
}

# Enumeration values (models: ELEMENT_KINDS, ADAPTATION_STATUSES, FRAMEWORK_FACTORS).
CHOICE_LABELS: Final[dict[str, str]] = {
    "module": QT_TRANSLATE_NOOP("DossierChoices", "Module"),
    "structure": QT_TRANSLATE_NOOP("DossierChoices", "Structure"),
    "method": QT_TRANSLATE_NOOP("DossierChoices", "Method"),
    "principle": QT_TRANSLATE_NOOP("DossierChoices", "Principle"),
    "idea": QT_TRANSLATE_NOOP("DossierChoices", "Idea"),
    "planned": QT_TRANSLATE_NOOP("DossierChoices", "Planned"),
    "piloting": QT_TRANSLATE_NOOP("DossierChoices", "Piloting"),
    "implemented": QT_TRANSLATE_NOOP("DossierChoices", "Implemented"),
    "dropped": QT_TRANSLATE_NOOP("DossierChoices", "Dropped"),
    "law": QT_TRANSLATE_NOOP("DossierChoices", "Law"),
    "funding": QT_TRANSLATE_NOOP("DossierChoices", "Funding"),
    "administrative_culture": QT_TRANSLATE_NOOP("DossierChoices", "Administrative culture"),
    "actors": QT_TRANSLATE_NOOP("DossierChoices", "Actors"),
    "other": QT_TRANSLATE_NOOP("DossierChoices", "Other"),
}

# The element kinds as chapter titles of the adaptation manual.
ELEMENT_KIND_PLURALS: Final[dict[str, str]] = {
    "module": QT_TRANSLATE_NOOP("DossierChoices", "Modules"),
    "structure": QT_TRANSLATE_NOOP("DossierChoices", "Structures"),
    "method": QT_TRANSLATE_NOOP("DossierChoices", "Methods"),
    "principle": QT_TRANSLATE_NOOP("DossierChoices", "Principles"),
}

# The record kinds, as named in the list of open conflicts.
KIND_LABELS: Final[dict[str, str]] = {
    "activity": QT_TRANSLATE_NOOP("DossierChoices", "Activity"),
    "observation": QT_TRANSLATE_NOOP("DossierChoices", "Observation"),
    "adaptation_note": QT_TRANSLATE_NOOP("DossierChoices", "Adaptation note"),
    "contact": QT_TRANSLATE_NOOP("DossierChoices", "Contact"),
    "attachment": QT_TRANSLATE_NOOP("DossierChoices", "Photo or file"),
}

# ISO 639-1 codes of the languages contacts speak most often in the project's region.
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "de": QT_TRANSLATE_NOOP("DossierLanguages", "German"),
    "nl": QT_TRANSLATE_NOOP("DossierLanguages", "Dutch"),
    "en": QT_TRANSLATE_NOOP("DossierLanguages", "English"),
    "fr": QT_TRANSLATE_NOOP("DossierLanguages", "French"),
    "tr": QT_TRANSLATE_NOOP("DossierLanguages", "Turkish"),
    "pl": QT_TRANSLATE_NOOP("DossierLanguages", "Polish"),
    "ar": QT_TRANSLATE_NOOP("DossierLanguages", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("DossierLanguages", "Russian"),
    "ku": QT_TRANSLATE_NOOP("DossierLanguages", "Kurdish"),
    "fa": QT_TRANSLATE_NOOP("DossierLanguages", "Persian"),
    "es": QT_TRANSLATE_NOOP("DossierLanguages", "Spanish"),
    "it": QT_TRANSLATE_NOOP("DossierLanguages", "Italian"),
    "pt": QT_TRANSLATE_NOOP("DossierLanguages", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("DossierLanguages", "Romanian"),
    "bg": QT_TRANSLATE_NOOP("DossierLanguages", "Bulgarian"),
    "sr": QT_TRANSLATE_NOOP("DossierLanguages", "Serbian"),
    "hr": QT_TRANSLATE_NOOP("DossierLanguages", "Croatian"),
    "bs": QT_TRANSLATE_NOOP("DossierLanguages", "Bosnian"),
    "sq": QT_TRANSLATE_NOOP("DossierLanguages", "Albanian"),
    "vi": QT_TRANSLATE_NOOP("DossierLanguages", "Vietnamese"),
    "ti": QT_TRANSLATE_NOOP("DossierLanguages", "Tigrinya"),
    "so": QT_TRANSLATE_NOOP("DossierLanguages", "Somali"),
    "uk": QT_TRANSLATE_NOOP("DossierLanguages", "Ukrainian"),
}
