"""What a contact's consent covers: which uses, and until when (issue 16).

A person agrees to one of three uses, each including the ones before it:

- "internal": reports the project team keeps for itself (the visit report);
- "boards": dossiers for the project's groups (core, bridge and steering group);
- "public": publications, such as the adaptation manual.

Every dossier template says which of these it is (`TemplateSpec.audience`). A
contact is named in a dossier only while their consent is given, has not ended
(`consent_until` is today or later, or not set) and covers the dossier's use;
otherwise the dossier treats them exactly like a person who never consented.

Contacts from before the scope was recorded keep what their consent meant then:
every dossier ("public"); their `consent_use` is null (so is a row an older laptop
sends). A value this version does not know (from a newer one) counts as the
narrowest use.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final, Literal, TypeAlias

# A contact's consent, field by field: what contact files carry and an import may set.
CONSENT_FIELDS: Final[tuple[str, ...]] = (
    "consent_given",
    "consent_date",
    "consent_until",
    "consent_use",
    "consent_scope",
    "consent_note",
)

ConsentUse: TypeAlias = Literal["internal", "boards", "public"]
# In order: each use includes those before it.
CONSENT_USES: Final[tuple[ConsentUse, ...]] = ("internal", "boards", "public")
# What consent meant before it had a scope, and what an unknown value counts as.
DEFAULT_USE: Final[ConsentUse] = "public"


def consent_use(value: object) -> ConsentUse:
    """A stored use as one of CONSENT_USES (empty: the old meaning; unknown: narrowest)."""
    for use in CONSENT_USES:
        if value == use:
            return use
    return DEFAULT_USE if not value else CONSENT_USES[0]


def consent_expired(until: date | None, today: date | None = None) -> bool:
    """Whether consent that lasted `until` (inclusive) is over; None never ends."""
    return until is not None and until < (today or date.today())


def use_covers(use: object, audience: ConsentUse) -> bool:
    """Whether consent to `use` includes an export for `audience`."""
    return CONSENT_USES.index(consent_use(use)) >= CONSENT_USES.index(audience)


def consent_covers(contact: Any, audience: ConsentUse, today: date | None = None) -> bool:
    """Whether `contact` (a Contact or anything with its consent fields) may be named
    in an export for `audience` on `today`."""
    return (
        bool(contact.consent_given)
        and not consent_expired(contact.consent_until, today)
        and use_covers(contact.consent_use, audience)
    )


def has_expired_consent(contact: Any, today: date | None = None) -> bool:
    """Consent was given but has ended: what the app flags."""
    return bool(contact.consent_given) and consent_expired(contact.consent_until, today)
