"""Plain values the store hands out, and the keys it files mail under."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class InboundRow:
    id: int
    raw: bytes
    received_at: datetime


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    recipient: str
    raw: bytes
    attempts: int


@dataclass(frozen=True)
class Lookup:
    """What identifies the people a mail is about: its sender, stated addresses, quoted codes, threading."""

    sender: str
    emails: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # In-Reply-To and References of the mail


@dataclass(frozen=True)
class PendingMove:
    inbound_id: int
    uid: int
    target: str  # "processed" | "review"


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def sender_hash(address: str) -> str:
    """Reply limits count per sender without the store keeping the address on the inbound row."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def dedupe_key(message_id: str | None, raw: bytes) -> str:
    """Message-ID identifies a mail across folders and UIDVALIDITY changes; bytes when it is missing."""
    mid = (message_id or "").strip()
    if mid and len(mid) <= 500:
        return "mid:" + mid
    return "sha:" + content_hash(raw)
