"""Thanks for our confirmation: read by a person, never taken for a second registration."""

from __future__ import annotations

import re

from ..text import sentences
from .facts import Facts
from .wording import _QUESTION, _commitment

_THANKS = re.compile(r"(?i)\b(?:danke|dank|thanks|thank\s+you)\b[^.!?\n]{0,40}?\b(?:bestätigung|anmeldebestätigung|"
                     r"rückmeldung|nachricht|mail|info\w*|confirmation|reply)\b")


# Our confirmation, quoted or in the subject: its wording, or one of the event's personal codes (EventTerms).
_CONFIRMED = re.compile(r"(?i)anmeldung\s+(?:ist\s+)?(?:hiermit\s+)?bestätigt|anmeldebestätigung|bestätigung\s+ihrer\s+"
                        r"anmeldung|registration\s+confirm")


# A short acknowledgement on its own: "Vielen Dank, ich freue mich!", "ok", "Alles klar, danke."
_SHORT_ACK = re.compile(r"(?i)^\W*(?:(?:vielen|herzlichen|besten|lieben)\s+)?(?:dank\w*|ok(?:ay)?|alles\s+klar|super|"
                        r"prima|perfekt|passt|thanks?|thank\s+you|great)\b")
MAX_ACK = 160


def _confirmed(f: Facts) -> bool:
    """The subject or the quoted text is our confirmation (its wording, or a personal code of this event)."""
    answered = f"{f.mail.subject}\n{(f.mail.quoted or '')[:5_000]}"
    return bool(_CONFIRMED.search(answered) or f.terms.code_shape.search(answered))


def short_ack(f: Facts) -> bool:
    """Answering our confirmation with a few words of thanks, nothing else: no person, no question."""
    words = f.statements.strip()
    # "Danke für die Erinnerung, wir sind dabei!" under our own subject only says again what we confirmed
    ours = bool(f.terms.our_subject.search(f.mail.subject or ""))
    return (len(words) <= MAX_ACK and bool(_SHORT_ACK.match(words)) and not f.has_people
            and not _QUESTION.search(f.text) and (ours or not any(
                _commitment(s) and not re.search(r"(?i)\bfreue?n?\b", s) for s in sentences(words)))
            and _confirmed(f))


def thanks_rule(f: Facts) -> str | None:
    """"Vielen Dank für die Bestätigung, bis zum 20.!": an answer to our confirmation that adds nobody and
    changes nothing is for a person to read, not a second registration."""
    if short_ack(f):
        return "a short thank-you to our confirmation"
    if not f.reply_to_us or f.has_people or not _THANKS.search(f.statements) or _QUESTION.search(f.text):
        return None
    if not _confirmed(f):
        return None  # thanks for an invitation, then "ich nehme gern teil", is a sign-up
    rest = [_THANKS.sub(" ", s) for s in sentences(f.statements)]
    if any(_commitment(s) and not re.search(r"(?i)\bfreue?n?\b", s) for s in rest):
        return None
    return "thanks for our mail, nothing new"
