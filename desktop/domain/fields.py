"""One field of a record kind: its public name, type, label and rules.

A field's label is declared here once, in the "Fields" translation context, and both
catalogues use it: the interface translates it into the user's language, a dossier
into the dossier's language (translations/field_dossier_*.ts and dossier_*.ts hold the
same context). Public names are part of the scripting interface (docs/data-format.md):
never rename one without a migration of that interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from desktop.tr import QT_TRANSLATE_NOOP

FieldType = Literal[
    "text",  # one line
    "markdown",  # multi-line text with simple formatting
    "date",
    "bool",
    "enum",
    "enum_list",
    "email",
    "phone",
    "country",
    "languages",
    "record",  # id of another record
    "records",  # list of ids of other records
    "term",  # name of a taxonomy term
    "terms",  # list of names of taxonomy terms
    "municipality",  # name of a municipality
    "points",  # a contact's e-mails, phones or addresses (desktop/domain/contact_points.py)
]
LIST_TYPES: Final = frozenset({"enum_list", "languages", "records", "terms", "points"})
FREE_TEXT_TYPES: Final = frozenset({"text", "markdown", "email", "phone", "country"})

FIELD_CONTEXT: Final = "Fields"
# "What's this?" texts: the interface explains them, dossiers never print them.
FIELD_HELP_CONTEXT: Final = "FieldHelp"
CHOICES_CONTEXT: Final = "Choices"

# What the services fill in when a new record leaves the field empty.
TODAY: Final = "<today>"
ACTOR: Final = "<actor>"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    label: str
    column: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    term_kind: str | None = None
    target_kind: str | None = None
    # Unknown names create a new term (tags, districts) instead of being an error.
    creates_terms: bool = False
    # False for values a record always has (its date): they can change, not be removed.
    empty_allowed: bool = True
    max_length: int | None = None
    # Filled in by the services for a new record (TODAY, ACTOR or a literal value).
    default: str | None = None
    # Shown in a new, empty form (the user may change it before anything is saved).
    suggested: str | None = None
    # What the field is for and why it matters ("What's this?"), context FIELD_HELP_CONTEXT.
    help: str = ""

    @property
    def attr(self) -> str:
        """The model column the field is stored in."""
        return self.column or self.name

    @property
    def link_target(self) -> str | None:
        """The kind of row this field refers to (mirrored into `record_link`), if any."""
        if self.type in ("record", "records"):
            return self.target_kind
        if self.type in ("term", "terms"):
            return "term"
        if self.type == "municipality":
            return "municipality"
        return None

    @property
    def is_list(self) -> bool:
        return self.type in LIST_TYPES


def fields_of_action() -> FieldSpec:
    return FieldSpec(
        "fields_of_action",
        "terms",
        QT_TRANSLATE_NOOP("Fields", "Fields of action"),
        term_kind="field_of_action",
    )


def tags() -> FieldSpec:
    return FieldSpec(
        "tags", "terms", QT_TRANSLATE_NOOP("Fields", "Tags"), term_kind="tag", creates_terms=True
    )


# Labels of enumeration values, shown in the UI and in dossiers.
CHOICE_LABELS: Final[dict[str, str]] = {
    "module": QT_TRANSLATE_NOOP("Choices", "Module"),
    "structure": QT_TRANSLATE_NOOP("Choices", "Structure"),
    "method": QT_TRANSLATE_NOOP("Choices", "Method"),
    "principle": QT_TRANSLATE_NOOP("Choices", "Principle"),
    "idea": QT_TRANSLATE_NOOP("Choices", "Idea"),
    "planned": QT_TRANSLATE_NOOP("Choices", "Planned"),
    "piloting": QT_TRANSLATE_NOOP("Choices", "Piloting"),
    "implemented": QT_TRANSLATE_NOOP("Choices", "Implemented"),
    "dropped": QT_TRANSLATE_NOOP("Choices", "Dropped"),
    "law": QT_TRANSLATE_NOOP("Choices", "Law"),
    "funding": QT_TRANSLATE_NOOP("Choices", "Funding"),
    "administrative_culture": QT_TRANSLATE_NOOP("Choices", "Administrative culture"),
    "actors": QT_TRANSLATE_NOOP("Choices", "Actors"),
    "other": QT_TRANSLATE_NOOP("Choices", "Other"),
    # What a contact is (vCard KIND) and the kinds of its e-mails, phones, addresses.
    "person": QT_TRANSLATE_NOOP("Choices", "Person"),
    "org": QT_TRANSLATE_NOOP("Choices", "Organisation"),
    "group": QT_TRANSLATE_NOOP("Choices", "Group"),
    "home": QT_TRANSLATE_NOOP("Choices", "Home"),
    "work": QT_TRANSLATE_NOOP("Choices", "Work"),
    "mobile": QT_TRANSLATE_NOOP("Choices", "Mobile"),
    "fax": QT_TRANSLATE_NOOP("Choices", "Fax"),
    "home-fax": QT_TRANSLATE_NOOP("Choices", "Home fax"),
    "work-fax": QT_TRANSLATE_NOOP("Choices", "Work fax"),
    "pager": QT_TRANSLATE_NOOP("Choices", "Pager"),
    "main": QT_TRANSLATE_NOOP("Choices", "Main number"),
    # What a contact's consent covers (desktop/domain/consent.py).
    "internal": QT_TRANSLATE_NOOP("Choices", "Internal reports only"),
    "boards": QT_TRANSLATE_NOOP("Choices", "Also project-group dossiers"),
    "public": QT_TRANSLATE_NOOP("Choices", "Also publications"),
}
# The element kinds as chapter titles of the adaptation manual.
CHOICE_PLURALS: Final[dict[str, str]] = {
    "module": QT_TRANSLATE_NOOP("Choices", "Modules"),
    "structure": QT_TRANSLATE_NOOP("Choices", "Structures"),
    "method": QT_TRANSLATE_NOOP("Choices", "Methods"),
    "principle": QT_TRANSLATE_NOOP("Choices", "Principles"),
}
# Labels of the bookkeeping fields every record has (conflicts and history name them).
META_FIELD_LABELS: Final[dict[str, str]] = {
    "deleted_at": QT_TRANSLATE_NOOP("Fields", "In the trash"),
    "caption": QT_TRANSLATE_NOOP("Fields", "Caption"),
    "credit": QT_TRANSLATE_NOOP("Fields", "Photo credit"),
    "file_name": QT_TRANSLATE_NOOP("Fields", "File name"),
}
# Labels of rows that are no record kind (conflicts and history name them).
OTHER_ROW_LABELS: Final[dict[str, str]] = {
    "attachment": QT_TRANSLATE_NOOP("Fields", "Photo or file"),
}

LANGUAGES_CONTEXT: Final = "Languages"
# ISO 639-1 codes of the languages contacts speak most often in the project's region.
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "tr": QT_TRANSLATE_NOOP("Languages", "Turkish"),
    "pl": QT_TRANSLATE_NOOP("Languages", "Polish"),
    "ar": QT_TRANSLATE_NOOP("Languages", "Arabic"),
    "ru": QT_TRANSLATE_NOOP("Languages", "Russian"),
    "ku": QT_TRANSLATE_NOOP("Languages", "Kurdish"),
    "fa": QT_TRANSLATE_NOOP("Languages", "Persian"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ro": QT_TRANSLATE_NOOP("Languages", "Romanian"),
    "bg": QT_TRANSLATE_NOOP("Languages", "Bulgarian"),
    "sr": QT_TRANSLATE_NOOP("Languages", "Serbian"),
    "hr": QT_TRANSLATE_NOOP("Languages", "Croatian"),
    "bs": QT_TRANSLATE_NOOP("Languages", "Bosnian"),
    "sq": QT_TRANSLATE_NOOP("Languages", "Albanian"),
    "vi": QT_TRANSLATE_NOOP("Languages", "Vietnamese"),
    "ti": QT_TRANSLATE_NOOP("Languages", "Tigrinya"),
    "so": QT_TRANSLATE_NOOP("Languages", "Somali"),
    "uk": QT_TRANSLATE_NOOP("Languages", "Ukrainian"),
}
