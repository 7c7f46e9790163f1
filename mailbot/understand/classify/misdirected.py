"""Mail meant for a colleague that reached our inbox by mistake (a wrong address picked from the autocomplete).

Nobody at a registration address is greeted by first name and "du"; a mail that does so, answers none of our
mails and names our event nowhere is internal mail of the sender's office: a person looks at it, the bot
answers nothing and forwards nothing as a question.
"""

from __future__ import annotations

import re

from ..names import known_given
from .facts import Facts

_FIRST_NAME_GREETING = re.compile(r"(?m)^\W*(?:[Hh]allo|[Hh]i|[Ll]iebe|[Ll]ieber|[Mm]oin|[Ss]ervus|[Hh]ey)\s+"
                                  r"(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s*[,!]")
_INFORMAL = re.compile(r"(?i)\b(?:du|dich|dir|dein\w*|euch|eure?\w*)\b")


def misdirected_rule(f: Facts) -> str | None:
    """"Hallo Anne, anbei der Entwurf – kannst du bis Freitag drüberschauen?": internal mail, not for us."""
    if f.reply_to_us or f.has_people:
        return None
    greeting = _FIRST_NAME_GREETING.search(f.text[:300])
    if greeting is None or not known_given(greeting.group("name")):
        return None
    if not _INFORMAL.search(f.text) or f.terms.our_event.search(f"{f.subject}\n{f.text}"):
        return None
    return f"addressed to a colleague by first name: „{' '.join(greeting.group(0).split())}“"
