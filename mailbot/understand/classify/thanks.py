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


def thanks_rule(f: Facts) -> str | None:
    """"Vielen Dank für die Bestätigung, bis zum 20.!": an answer to our confirmation that adds nobody and
    changes nothing is for a person to read, not a second registration."""
    if not f.reply_to_us or f.has_people or not _THANKS.search(f.statements) or _QUESTION.search(f.text):
        return None
    if not _CONFIRMED.search(f"{f.mail.subject}\n{(f.mail.quoted or '')[:5_000]}"):
        return None  # thanks for an invitation, then "ich nehme gern teil", is a sign-up
    rest = [_THANKS.sub(" ", s) for s in sentences(f.statements)]
    if any(_commitment(s) and not re.search(r"(?i)\bfreue?n?\b", s) for s in rest):
        return None
    return "thanks for our mail, nothing new"
