"""Thanks for our confirmation: read by a person, never taken for a second registration."""

from __future__ import annotations

import re

from ..text import sentences
from .facts import Facts
from .wording import _QUESTION, _commitment

_THANKS = re.compile(r"(?i)\b(?:danke|dank|thanks|thank\s+you)\b[^.!?\n]{0,40}?\b(?:bestätigung|anmeldebestätigung|"
                     r"rückmeldung|nachricht|mail|info\w*|confirmation|reply)\b")


_CONFIRMED = re.compile(r"(?i)anmeldung\s+(?:ist\s+)?(?:hiermit\s+)?bestätigt|anmeldebestätigung|bestätigung\s+ihrer\s+"
                        r"anmeldung|\bISEK-[A-Z0-9]{4}-[A-Z0-9]{4}\b|registration\s+confirm")


# A short acknowledgement on its own: "Vielen Dank, ich freue mich!", "ok", "Alles klar, danke."
_SHORT_ACK = re.compile(r"(?i)^\W*(?:(?:vielen|herzlichen|besten|lieben)\s+)?(?:dank\w*|ok(?:ay)?|alles\s+klar|super|"
                        r"prima|perfekt|passt|thanks?|thank\s+you|great)\b")
MAX_ACK = 160


def short_ack(f: Facts) -> bool:
    """Answering our confirmation with a few words of thanks, nothing else: no person, no question."""
    words = f.statements.strip()
    return (len(words) <= MAX_ACK and bool(_SHORT_ACK.match(words)) and not f.has_people
            and not _QUESTION.search(f.text) and not any(_commitment(s) and not re.search(r"(?i)\bfreue?n?\b", s)
                                                         for s in sentences(words))
            and bool(_CONFIRMED.search(f"{f.mail.subject}\n{(f.mail.quoted or '')[:5_000]}")))


def thanks_rule(f: Facts) -> str | None:
    """"Vielen Dank für die Bestätigung, bis zum 20.!": an answer to our confirmation that adds nobody and
    changes nothing is for a person to read, not a second registration."""
    if short_ack(f):
        return "a short thank-you to our confirmation"
    if not f.reply_to_us or f.has_people or not _THANKS.search(f.statements) or _QUESTION.search(f.text):
        return None
    if not _CONFIRMED.search(f"{f.mail.subject}\n{(f.mail.quoted or '')[:5_000]}"):
        return None  # thanks for an invitation, then "ich nehme gern teil", is a sign-up
    rest = [_THANKS.sub(" ", s) for s in sentences(f.statements)]
    if any(_commitment(s) and not re.search(r"(?i)\bfreue?n?\b", s) for s in rest):
        return None
    return "thanks for our mail, nothing new"
