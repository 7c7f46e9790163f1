"""Plain values the store hands out, and the keys it files mail under."""

from __future__ import annotations

import hashlib
from email.parser import BytesHeaderParser
from email.policy import compat32
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class InboundRow:
    id: int
    raw: bytes
    received_at: datetime
    instruction: Mapping[str, Any] | None = None  # an organiser's instruction for processing it again


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
    tokens: tuple[str, ...] = ()  # desk tokens the mail carries (organisers' answers)
    items: tuple[int, ...] = ()  # parked mails a command names by number (#17)
    names: tuple[str, ...] = ()  # attendees a command names instead of a code
    people: tuple[str, ...] = ()  # the persons a mail names: someone registered may write from another address
    returned: tuple[str, ...] = ()  # a delivery report: Message-IDs of the mail it returns (ours, if we sent it)
    access: bool = False  # an access request (Art. 15 DSGVO): read what is stored about the sender
    municipalities: tuple[str, ...] = ()  # AGS of the municipality the mail names: its seats are counted
    per_municipality: bool = True  # the event limits seats per municipality: count the seats there


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


def message_id_of(raw: bytes) -> str | None:
    """The Message-ID for deduplication, read from the header block alone (cheap, never raises)."""
    try:
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0][:65536]
        value = BytesHeaderParser(policy=compat32).parsebytes(head).get("Message-ID")
    except Exception:  # a header block the parser cannot read has no usable Message-ID
        return None
    value = " ".join(str(value).split()) if value else ""
    return value or None
