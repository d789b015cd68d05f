"""Every fixed sentence and heading a dossier prints, marked for the dossier catalogue.

Templates translate these through `DossierLanguage.tr` / `.format` (translate first,
then fill in the `{placeholders}`). Field and enumeration labels are declared with
the record kinds (desktop/domain), in the contexts "Fields" and "Choices".
"""

from __future__ import annotations

from typing import Final

from desktop.tr import QT_TRANSLATE_NOOP
from desktop.tr import plural_noop as translate

# -- kinds of dossier, front matter -------------------------------------------------------
VISIT_REPORT: Final = QT_TRANSLATE_NOOP("Dossier", "Visit report")
CORE_DOSSIER: Final = QT_TRANSLATE_NOOP("Dossier", "Core-group dossier")
MANUAL: Final = QT_TRANSLATE_NOOP("Dossier", "Adaptation manual")
CONTENTS: Final = QT_TRANSLATE_NOOP("Dossier", "Contents")
TOC_HINT: Final = QT_TRANSLATE_NOOP(
    "Dossier", "Word fills in the page numbers when it updates this table (it asks on opening)."
)
PAGE_LABEL: Final = QT_TRANSLATE_NOOP("Dossier", "Page {page} of {pages}")
WITHHELD: Final = QT_TRANSLATE_NOOP("Dossier", "[name withheld]")
# A pseudonymised person: "Person A", "Person B", … (letters go on: "Person AA").
PSEUDONYM: Final = QT_TRANSLATE_NOOP("Dossier", "Person {letter}")
ISSUED: Final = QT_TRANSLATE_NOOP("Dossier", "Issued")
PERIOD: Final = QT_TRANSLATE_NOOP("Dossier", "Period")
WHOLE_PERIOD: Final = QT_TRANSLATE_NOOP("Dossier", "all dates")
PERIOD_FROM: Final = QT_TRANSLATE_NOOP("Dossier", "from {date}")
PERIOD_UNTIL: Final = QT_TRANSLATE_NOOP("Dossier", "until {date}")
MUNICIPALITIES: Final = QT_TRANSLATE_NOOP("Dossier", "Municipalities")
ACTIVITY_TYPES: Final = QT_TRANSLATE_NOOP("Dossier", "Types of activity")
NAMES: Final = QT_TRANSLATE_NOOP("Dossier", "Names of persons")
NAMES_AS_PSEUDONYMS: Final = QT_TRANSLATE_NOOP("Dossier", "replaced by pseudonyms ({examples}, …)")
# -- publication: imprint, draft mark ------------------------------------------------------
MANUAL_TITLE: Final = QT_TRANSLATE_NOOP(
    "Dossier", "What was transferred, how it was adapted, and why"
)
# Texts with a number take their plural form from the catalogue (DossierLanguage.count).
DRAFT_MARK: Final = translate("Dossier", "Draft — %n open conflict(s)", None, 0)
DRAFT_NOTE: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "This is a draft: some of its records are in conflict (see “Open conflicts”). Do not "
    "publish it before they are resolved.",
)
IMPRINT: Final = QT_TRANSLATE_NOOP("Dossier", "Imprint")
TITLE: Final = QT_TRANSLATE_NOOP("Dossier", "Title")
PROJECT: Final = QT_TRANSLATE_NOOP("Dossier", "Project")
PUBLISHER: Final = QT_TRANSLATE_NOOP("Dossier", "Published by")
CONTACT: Final = QT_TRANSLATE_NOOP("Dossier", "Contact")
EDITOR: Final = QT_TRANSLATE_NOOP("Dossier", "Responsible editor")
VERSION: Final = QT_TRANSLATE_NOOP("Dossier", "Version")
VERSION_LINE: Final = QT_TRANSLATE_NOOP("Dossier", "{version} of {date}")
PHOTO_CREDITS: Final = QT_TRANSLATE_NOOP("Dossier", "Photo credits")
PHOTOS_BY_PARTNERS: Final = QT_TRANSLATE_NOOP("Dossier", "the project partners")
LICENCE: Final = QT_TRANSLATE_NOOP("Dossier", "Licence")
FUNDING_DISCLAIMER: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "The publisher is solely responsible for the content of this publication. The "
    "European Union is not liable for any use that may be made of the information it "
    "contains.",
)

# -- chapters ------------------------------------------------------------------------------
SUMMARY: Final = QT_TRANSLATE_NOOP("Dossier", "Summary")
ACTIVITIES: Final = QT_TRANSLATE_NOOP("Dossier", "Activities")
OBSERVATIONS: Final = QT_TRANSLATE_NOOP("Dossier", "Observations")
ADAPTATION_NOTES: Final = QT_TRANSLATE_NOOP("Dossier", "Adaptation notes")
UNATTACHED_NOTES: Final = QT_TRANSLATE_NOOP("Dossier", "Adaptation notes without an activity")
CONTACTS: Final = QT_TRANSLATE_NOOP("Dossier", "Contacts")
CONTACTS_MET: Final = QT_TRANSLATE_NOOP("Dossier", "Contacts met")
PHOTOS: Final = QT_TRANSLATE_NOOP("Dossier", "Photos")
OPEN_CONFLICTS: Final = QT_TRANSLATE_NOOP("Dossier", "Open conflicts")
THE_ACTIVITY: Final = QT_TRANSLATE_NOOP("Dossier", "The activity")
OTHER_OBSERVATIONS: Final = QT_TRANSLATE_NOOP("Dossier", "Further observations")
OVERVIEW: Final = QT_TRANSLATE_NOOP("Dossier", "Overview")
SUPPORTING_APPENDIX: Final = QT_TRANSLATE_NOOP("Dossier", "Supporting observations")

# -- summary figures -----------------------------------------------------------------------
KEY_FIGURES: Final = QT_TRANSLATE_NOOP("Dossier", "Key figures")
CONSENTED_CONTACTS: Final = QT_TRANSLATE_NOOP("Dossier", "Contacts (with consent)")
PERIOD_COVERED: Final = QT_TRANSLATE_NOOP("Dossier", "Activities between")
FIGURE: Final = QT_TRANSLATE_NOOP("Dossier", "Figure {number}")
BY_FIELD: Final = QT_TRANSLATE_NOOP("Dossier", "Observations by field of action")
BY_MUNICIPALITY: Final = QT_TRANSLATE_NOOP(
    "Dossier", "Observations by municipality (host of the activity)"
)
BY_MONTH: Final = QT_TRANSLATE_NOOP("Dossier", "Observations by month")
BY_YEAR: Final = QT_TRANSLATE_NOOP("Dossier", "Observations by year")
NUMBER_OF_OBSERVATIONS: Final = QT_TRANSLATE_NOOP("Dossier", "Number of observations")
NO_FIELD: Final = QT_TRANSLATE_NOOP("Dossier", "(no field of action)")
NO_MUNICIPALITY: Final = QT_TRANSLATE_NOOP("Dossier", "(no municipality)")
NOTES_BY_STATUS: Final = QT_TRANSLATE_NOOP("Dossier", "Adaptation notes by kind and status")
TOTAL: Final = QT_TRANSLATE_NOOP("Dossier", "Total")
SUMMARY_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "This dossier compiles the activities, observations and adaptation notes recorded "
    "for the period and selection on the title page. The figures below count what it "
    "contains.",
)

# -- records -------------------------------------------------------------------------------
PHOTO_BY: Final = QT_TRANSLATE_NOOP("Dossier", "photo: {credit}")
SEVERAL_FIELDS: Final = translate(
    "Dossier",
    "%n observation(s) concern several fields of action and count under each of them: "
    "the bars add up to more than the number of observations.",
    None,
    0,
)
PHOTO_OF: Final = QT_TRANSLATE_NOOP("Dossier", "Photo: {title}")
PHOTO_MISSING: Final = QT_TRANSLATE_NOOP(
    "Dossier", "The photo “{name}” is not available on this computer yet."
)
NO_OBSERVATIONS: Final = QT_TRANSLATE_NOOP(
    "Dossier", "No observations were recorded for this activity."
)
DIRECTION: Final = QT_TRANSLATE_NOOP("Dossier", "from {origin} to {destination}")
DIRECTION_FROM: Final = QT_TRANSLATE_NOOP("Dossier", "from {origin}")
DIRECTION_TO: Final = QT_TRANSLATE_NOOP("Dossier", "to {destination}")
DIRECTION_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Direction")
KIND_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Kind")
STATUS_LINE: Final = QT_TRANSLATE_NOOP("Dossier", "Status: {status}")
OBSERVATION_REF: Final = QT_TRANSLATE_NOOP("Dossier", "{date}, {activity}")
NOT_IN_DOSSIER: Final = QT_TRANSLATE_NOOP("Dossier", "{date} (not part of this dossier)")
UNTITLED: Final = QT_TRANSLATE_NOOP("Dossier", "(untitled)")
CONTACTS_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "Only people who have consented to being named in the project’s documents are listed.",
)
CONTACTS_PSEUDONYMISED: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "Names are replaced by pseudonyms; roles, organisations, e-mail addresses and phone "
    "numbers are left out.",
)
MANUAL_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "For every transferred element, this manual shows how it works at its origin, how it "
    "was adapted at its destination and why, its status and the effects observed so far, "
    "with references to the observations that support it. A transfer is never a copy.",
)
APPENDIX_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "The observations the adaptation notes refer to, numbered in date order; each says "
    "for which elements it is cited, and on which page.",
)

# -- the adaptation manual -----------------------------------------------------------------
STATUS_BY_CITY: Final = QT_TRANSLATE_NOOP("Dossier", "Status by city")
STATUS_MATRIX_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "The newest status of each element in each city it was transferred to, with the "
    "date of the note that records it.",
)
CITIES_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Cities")
NOTES_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Notes")
EVIDENCE_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Evidence")
PAGE_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Page")
PAGE_ABBREVIATION: Final = QT_TRANSLATE_NOOP("Dossier", "p.")
# An observation cited as evidence: "E12" in English, "B12" (Beleg, bewijs) in German and Dutch.
EVIDENCE_NUMBER: Final = QT_TRANSLATE_NOOP("Dossier", "E{number}")
STATUS_TODAY: Final = QT_TRANSLATE_NOOP("Dossier", "Status today")
STATUS_SINCE: Final = QT_TRANSLATE_NOOP("Dossier", "{status} (since {date})")
STEP_BY_STEP: Final = QT_TRANSLATE_NOOP("Dossier", "How it was adapted, step by step")
CITED_FOR: Final = QT_TRANSLATE_NOOP("Dossier", "Cited for")
ELEMENT_SUMMARY: Final = QT_TRANSLATE_NOOP(
    "Dossier", "Every element with its kind, cities, number of notes and evidence, and page"
)
STATUS_SUMMARY: Final = QT_TRANSLATE_NOOP(
    "Dossier", "The newest status of every element in every city"
)

# -- open conflicts ------------------------------------------------------------------------
CONFLICTS_TITLE: Final = QT_TRANSLATE_NOOP("Dossier", "Unreviewed data")
CONFLICTS_WARNING: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "Some records in this dossier were edited on two computers at once, and nobody has "
    "decided yet which version is right (open conflicts: {count}). The dossier prints the "
    "version kept on the server. The chapter “{chapter}” lists them; resolve them before "
    "publishing.",
)
CONFLICTS_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "These fields were changed differently on two computers and still await a decision. "
    "The dossier prints the version kept on the server.",
)
RECORD_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Record")
FIELD_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Field")
SINCE_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Since")
EDITED_BY_COLUMN: Final = QT_TRANSLATE_NOOP("Dossier", "Edited by")
