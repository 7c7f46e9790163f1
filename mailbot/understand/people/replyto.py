"""Whose address a Reply-To is: a shared mailbox (poststelle@, info@) often sends with the attendee's own Reply-To."""

from __future__ import annotations

import re
from email.utils import parseaddr

from ...models import InboundMail, Person
from ..text import fold


def _reply_to_name(mail: InboundMail) -> str:
    """The Reply-To display name, read from the raw header because the parsed mail keeps only the address."""
    for name, value in mail.headers:
        if name == "reply-to":
            return parseaddr(value)[0]
    return ""


def _names(person: Person, display: str, local: str) -> bool:
    """Whether a display name or an address's local part ("u.kesselring", "uta-kesselring") names the person."""
    words = fold(person.name).split()
    if not words:
        return False
    shown = fold(display).split()
    if shown and shown[-1] == words[-1] and (len(shown) == 1 or len(words) == 1 or shown[0][0] == words[0][0]):
        return True
    parts = [p for p in re.split(r"[^a-z0-9]+", fold(local)) if p]
    if words[-1] in parts:
        given = [p for p in parts if p != words[-1]]
        return not given or len(words) == 1 or all(p[0] == words[0][0] for p in given)
    # "ukesselring", "utakesselring": given name or initial glued to the family name
    return len(parts) == 1 and len(words) > 1 and parts[0].endswith(words[-1]) and parts[0][0] == words[0][0] \
        and len(parts[0]) - len(words[-1]) in (1, len(words[0]))


def reply_to_owner(attendees: list[Person], mail: InboundMail) -> list[Person]:
    """The one attendee a Reply-To names gets that address, unless someone else already has it."""
    address = (mail.reply_to or "").lower()
    if not address or address == (mail.from_addr or "").lower() or any(p.email == address for p in attendees):
        return attendees
    display, local = _reply_to_name(mail), address.split("@")[0]
    owners = [i for i, p in enumerate(attendees) if _names(p, display, local)]
    if len(owners) != 1:
        return attendees
    p = attendees[owners[0]]
    if p.email and p.email != (mail.from_addr or "").lower():
        return attendees  # an address of her own, stated in the text, outranks the header
    out = list(attendees)
    out[owners[0]] = Person(p.name, address, p.role, p.title, p.salutation)
    return out
