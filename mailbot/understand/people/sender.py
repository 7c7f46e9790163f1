"""The sender as a person (display name, signature) and whether their words include themself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import InboundMail, Person
from ..names import NAME_WORD, ROLE, known_given, looks_like_name, split_name
from ..text import fold
from .common import EMAIL, FUNCTIONAL
from .common import person as _person
from .mentions import ORG_START as _ORG_START
from .wording import NOT_SELF, SELF

_SELF = SELF  # the writer counts themself in …
_NOT_SELF = NOT_SELF  # … unless they count themself out


_PIPED = re.compile(r"\s*[|·•]\s*|\s+/\s+")


def sender(mail: InboundMail, signature_lines: list[str]) -> Person | None:
    """The sender as a person: name from `From` or the signature, role from the signature."""
    name = title = sal = None
    display = re.sub(r"\s*[\(\[].*?[\)\]]", "", mail.from_name or "").strip(" '\"")
    if display and display.islower():  # "horst leffler": webmail users often type their name in lower case
        display = display.title()
    if display:
        cand = split_name(display)
        comma = re.fullmatch(rf"({NAME_WORD}),\s*({NAME_WORD})", display)  # "Kämmerer, Tobias"
        natural = f"{comma.group(2)} {comma.group(1)}" if comma else cand[0]
        if looks_like_name(cand[0], cand[2]):
            name, title, sal = cand
        elif _display_name(natural, display, signature_lines):
            name, title, sal = natural, cand[1], cand[2]
    sig_name = None
    role = None
    for i, line in enumerate(signature_lines[:8]):
        clean = re.sub(r"(?i)^(?:i\.\s?A\.|i\.\s?V\.|im auftrag|in vertretung|gruß|gruss|grüße|mfg|lg|vg|viele grüße|"
                       r"beste grüße|mit freundlichen grüßen|freundliche grüße)[ ,]+", "", line.strip(" -–*|"))
        if clean.islower() and len(clean.split()) in (2, 3):  # "sven kötteritzsch", typed in lower case
            clean = clean.title()
        if _PIPED.search(clean):  # "Martina Sembdner | Bürgermeisterin | Gemeinde Bibra": one line, fields piped
            clean = ", ".join(part.strip() for part in _PIPED.split(clean) if part.strip())
        cand = split_name(clean.split(",")[0] if "," in clean and not re.match(rf"^{NAME_WORD},\s*{NAME_WORD}$", clean)
                          else clean)
        if looks_like_name(cand[0], cand[2]) and not EMAIL.search(clean):
            sig_name = cand
            for nxt in signature_lines[i + 1:i + 4]:
                if (ROLE.search(nxt) and not EMAIL.search(nxt) and len(nxt) < 80 and not re.search(r"\d{3}", nxt)
                        and not _ORG_START.match(nxt)):
                    role = nxt.strip(" -–*|")
                    break
            if "," in clean and role is None:
                tail = clean.split(",", 2)[1].strip()
                if ROLE.search(tail):
                    role = tail
            break
    # "Saalfrank Andreas" in From (family name first, no comma) signed "Andreas Saalfrank": the signature's order
    swapped = name is not None and sig_name is not None and sorted(fold(sig_name[0]).split()) == sorted(fold(name).split())
    if sig_name is not None and (name is None or swapped or (fold(sig_name[0]).split()[-1:] == fold(name).split()[-1:]
                                                             and len(fold(sig_name[0])) >= len(fold(name)))):
        name, title, sal = sig_name[0], sig_name[1] or title, sig_name[2] or sal
    if name is None:
        return None
    email = mail.from_addr or None
    if mail.reply_to and mail.reply_to.lower() != (mail.from_addr or "").lower():
        local = mail.reply_to.split("@")[0].lower()
        if (email is None or FUNCTIONAL.match(email.split("@")[0])
                or fold(name).split()[-1].replace(" ", "") in local.replace("-", " ").replace(".", " ")):
            email = mail.reply_to.lower()
    if email and re.match(r"(?i)^(no-?reply|mailer-daemon|postmaster)", email):
        email = None
    return _person(name, title, sal, email, role)


# Family names that are also calendar words ("Bernhard Montag", "Eva Mai"): in a display name they are names.
_CALENDAR = {"montag", "dienstag", "mai", "april", "juni", "juli", "august", "winter", "sommer", "ostern"}


def _display_name(name: str, display: str, signature_lines: Sequence[str]) -> bool:
    """A From display name of a given name and a calendar-word family name is still a person's name; so is one
    whose family name is also a role word ("Kämmerer, Tobias", "Tobias Baumeister") when it is written as people
    are (family name, comma, given name) or the signature says the same name."""
    words = name.split()
    if not (len(words) == 2 and words[-1][0].isupper() and looks_like_name(f"{words[0]} Muster")):
        return False
    if words[-1].lower() in _CALENDAR:
        return True
    return known_given(words[0]) and ("," in display or any(fold(name) in fold(line) for line in signature_lines[:8]))


# "damals noch mit meiner privaten Adresse x@…", "statt x@…": an address named as the old one is no longer hers.
_OLD_ADDRESS = re.compile(r"(?i)\b(?:alte[nrs]?|bisher\w*|bislang|ursprünglich\w*|vorher|damals|früher\w*|ehemalige[nrs]?|statt|anstatt|"
                          r"nicht\s+mehr|old|previous|former)\b[^.!?@]*$")


def _stated_address(me: Person, text: str, named: list[Person]) -> Person:
    """"Bitte an meine dienstliche Adresse x@… senden": an address in the text that is nobody else's is the sender's."""
    taken = {p.email for p in named if p.email}
    free = [m.group(0).lower() for m in EMAIL.finditer(text) if m.group(0).lower() not in taken
            and not _OLD_ADDRESS.search(text[max(0, m.start() - 60): m.start()].split(".\n")[-1])]
    if not free:
        return me
    surname = fold(me.name).split()[-1] if me.name else ""
    for addr in free:
        local = fold(addr.split("@")[0])
        if surname and surname in local.replace(" ", ""):
            return Person(me.name, addr, me.role, me.title, me.salutation)
    if len(set(free)) == 1 and re.search(r"(?i)\b(meine|mich unter|an mich)\b[^.\n]{0,60}(adresse|e-?mail|mail)", text):
        return Person(me.name, free[0], me.role, me.title, me.salutation)
    return me


def self_cue(text: str) -> bool:
    return bool(_SELF.search(text)) and not _NOT_SELF.search(text)


_ASSISTANT = re.compile(r"(?i)sekretariat|vorzimmer|sekretär|assistenz|assistent|büro\s+de[rs]\s+(?:ober)?bürgermeister|"
                        r"personal\s+assistant|secretary|office\s+of\s+the")


def assistant(mail: InboundMail, signature_lines: list[str]) -> bool:
    """The sender writes for someone else (secretary, Vorzimmer, assistant), by the display name or signature."""
    return bool(_ASSISTANT.search(mail.from_name or "") or any(_ASSISTANT.search(line) for line in signature_lines[:8]))
