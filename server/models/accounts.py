"""Accounts, workspaces, memberships, devices, tokens and login throttling."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base, Id, utcnow


class Account(Base):
    __tablename__ = "account"

    id: Mapped[Id]
    username: Mapped[str] = mapped_column(String(200), unique=True)
    # server.usernames.username_key(username): lookups and uniqueness use this (case
    # folding can make a name up to three times longer).
    username_key: Mapped[str] = mapped_column(String(600), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled: Mapped[bool] = mapped_column(default=False)


class Workspace(Base):
    __tablename__ = "workspace"

    id: Mapped[Id]
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The last change sequence number handed out; only ever read and bumped while the
    # workspace's push lock is held, so numbers are assigned in commit order.
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Membership(Base):
    __tablename__ = "membership"

    account_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    workspace_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("workspace.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Device(Base):
    """A laptop's data dir (its `device_id`), registered by the account signed in there."""

    __tablename__ = "device"

    id: Mapped[Id]
    account_id: Mapped[str] = mapped_column(String(36), ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(100), default="")
    registered_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class TokenFamily(Base):
    """One sign-in: its refresh tokens rotate within the family; logout revokes it."""

    __tablename__ = "token_family"

    id: Mapped[Id]
    account_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_reason: Mapped[str] = mapped_column(String(40), default="")


class RefreshToken(Base):
    """Only the SHA-256 of a refresh token is stored; each is usable once."""

    __tablename__ = "refresh_token"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("token_family.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)


class LoginThrottle(Base):
    """Failed sign-ins per key ("user:<name>" or "addr:<ip>") within a window."""

    __tablename__ = "login_throttle"
    __table_args__ = (Index("ix_login_throttle_locked", "locked_until"),)

    key: Mapped[str] = mapped_column(String(250), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    lockouts: Mapped[int] = mapped_column(default=0)
    window_started_at: Mapped[datetime] = mapped_column(default=utcnow)
    locked_until: Mapped[datetime | None] = mapped_column(default=None)


class ServerMeta(Base):
    """Facts about this server database, e.g. its `server_instance_id`."""

    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
