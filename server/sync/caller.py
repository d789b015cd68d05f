"""Who is calling: an account, from a registered device, with a role in one workspace."""

from __future__ import annotations

from dataclasses import dataclass

# Core group members and administrators resolve conflicts on anyone's records; staff
# resolve conflicts they are a party to or on records they created (docs/sync.md).
REVIEWER_ROLES = frozenset({"core", "admin"})


@dataclass(frozen=True)
class Caller:
    account_id: str
    username: str
    device_id: str
    role: str

    @property
    def is_reviewer(self) -> bool:
        return self.role in REVIEWER_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"
