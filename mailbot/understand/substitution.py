"""Who is replaced in a change: "statt Herrn X kommt Frau Y", "anstelle von X", "X wird durch Y vertreten".

The attendees list of a change names everyone concerned; the workflow needs to know which of them
leaves, so that the newcomer can take that seat.
"""

from __future__ import annotations

import re

from ..models import Person

_TITLES = r"(?:(?:herrn?|frau|kollegen?|kollegin|bürgermeister(?:in)?|dr\.|prof\.|dipl\.-\w+\.?|mr\.?|mrs\.?|ms\.?)\s+)*"
_BEFORE = re.compile(r"(?i)(?:\bstatt|\banstatt|\banstelle\s+von|\ban\s+stelle\s+von|\banstelle|\bfür|\binstead\s+of)\s+"
                     + _TITLES + r"(?:[\w.-]+\s+){0,2}$")
_AFTER = re.compile(r"(?i)^[\w.-]*\s*(?:\([^)]*\)\s*)?,?\s*(?:\w+\s+){0,8}?(?:wird\s.{0,80}?\b(?:vertreten|ersetzt)|"
                    r"(?:ist\s+)?(?:(?:leider|doch|nun|jetzt|kurzfristig|krankheitsbedingt)\s+){0,3}verhindert|"
                    r"kann\s+(?:(?:leider|doch|nun|jetzt|dann)\s+){0,3}nicht|fällt\s+(?:leider\s+)?aus|"
                    r"will\s+be\s+replaced|cannot\s+attend)")


def replaced(attendees: tuple[Person, ...], text: str) -> tuple[Person, ...]:
    """The attendees the text says are replaced or drop out; empty when the text says no such thing."""
    out = []
    for person in attendees:
        family = person.name.split()[-1] if person.name.split() else ""
        if len(family) < 2:
            continue
        for m in re.finditer(r"\b" + re.escape(family) + r"\b", text):
            if _BEFORE.search(text[max(0, m.start() - 60): m.start()]) or _AFTER.search(text[m.end(): m.end() + 140]):
                out.append(person)
                break
    return tuple(out) if len(out) < len(attendees) else ()


_SELF_REPLACED = re.compile(
    r"(?i)\b(?:(?<!nicht\s)an\s+meiner\s+stelle|statt\s+(?:meiner|mir)\b|anstelle\s+(?:von\s+mir|meiner)|anstatt\s+(?:meiner|mir)|"
    r"für\s+mich\s+(?:kommt|nimmt|wird|geht|fährt|springt)|vertritt\s+mich|mich\s+(?:\S+\s+){0,3}vertreten|"
    r"(?:werde|bin)\s+(?:\S+\s+){0,8}vertreten|in\s+meiner\s+vertretung|in\s+vertretung\s+(?:für|von)\s+mich|"
    r"meine\s+vertret(?:ung|erin|er)\s+(?:\S+\s+){0,4}(?:kommt|nimmt|wird|ist)|"
    r"in\s+my\s+place|instead\s+of\s+me|replace\s+me|take\s+my\s+place|attend\s+for\s+me)"
)


def sender_replaced(text: str) -> bool:
    """Whether the sender says someone takes their own place ("An meiner Stelle kommt Frau X", "vertritt mich")."""
    return bool(_SELF_REPLACED.search(text))
