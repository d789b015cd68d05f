"""Every fixed sentence and heading a dossier prints, marked for the dossier catalogue.

Templates translate these through `DossierLanguage.tr` / `.format` (translate first,
then fill in the `{placeholders}`). Field and enumeration labels are in labels.py.
"""

from __future__ import annotations

from typing import Final

from desktop.tr import QT_TRANSLATE_NOOP

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
ISSUED: Final = QT_TRANSLATE_NOOP("Dossier", "Issued")
PERIOD: Final = QT_TRANSLATE_NOOP("Dossier", "Period")
WHOLE_PERIOD: Final = QT_TRANSLATE_NOOP("Dossier", "all dates")
PERIOD_FROM: Final = QT_TRANSLATE_NOOP("Dossier", "from {date}")
PERIOD_UNTIL: Final = QT_TRANSLATE_NOOP("Dossier", "until {date}")
MUNICIPALITIES: Final = QT_TRANSLATE_NOOP("Dossier", "Municipalities")
ACTIVITY_TYPES: Final = QT_TRANSLATE_NOOP("Dossier", "Types of activity")
NAMES: Final = QT_TRANSLATE_NOOP("Dossier", "Names of persons")
NAMES_AS_INITIALS: Final = QT_TRANSLATE_NOOP("Dossier", "shown as initials")
DATE_RANGE: Final = QT_TRANSLATE_NOOP("Dossier", "{start} to {end}")

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
    "Names are shown as initials, and e-mail addresses and phone numbers are left out.",
)
MANUAL_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier",
    "For every transferred element, this manual shows how it works at its origin, how it "
    "was adapted at its destination and why, its status and the effects observed so far, "
    "with references to the observations that support it. A transfer is never a copy.",
)
APPENDIX_INTRO: Final = QT_TRANSLATE_NOOP(
    "Dossier", "The observations the adaptation notes refer to, in date order."
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
