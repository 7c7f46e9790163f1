"""Desk tokens: the proof that an answer belongs to a mail we sent to the organisers.

A token is unguessable (`secrets`) and travels twice: in our Message-ID (answers carry it in
In-Reply-To/References) and in the subject (`[#17 k3f9q2…]`), because some clients and forwards
drop the references. A token alone proves nothing; with an organiser's address it does.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Iterable

TOKEN_LENGTH = 12  # base32: 60 bits
_IN_MESSAGE_ID = re.compile(r"<desk\.([a-z2-7]{12})\.\d+@", re.IGNORECASE)
_IN_SUBJECT = re.compile(r"\[(?:#\d{1,9}\s+|[A-Za-zÄÖÜäöü]{3,20}\s+)?([a-z2-7]{12})\]", re.IGNORECASE)


def new_token() -> str:
    return base64.b32encode(secrets.token_bytes(8)).decode().lower()[:TOKEN_LENGTH]


def desk_message_id(token: str, index: int, domain: str) -> str:
    """One Message-ID per organiser copy, all carrying the same token."""
    return f"<desk.{token}.{index}@{domain}>"


def subject_tag(token: str, item: int | None = None, label: str = "Übersicht") -> str:
    return f"[#{item} {token}]" if item is not None else f"[{label} {token}]"


def tokens_in(subject: str, references: Iterable[str]) -> tuple[str, ...]:
    """Candidate tokens of an answer: from the references first (most reliable), then the subject."""
    found = [m.group(1).lower() for ref in references for m in _IN_MESSAGE_ID.finditer(ref or "")]
    found += [m.group(1).lower() for m in _IN_SUBJECT.finditer(subject or "")]
    return tuple(dict.fromkeys(found))


def without_tags(subject: str) -> str:
    """A subject with our token tags removed: an acknowledgement must carry no proof."""
    return " ".join(_IN_SUBJECT.sub("", subject or "").split())
