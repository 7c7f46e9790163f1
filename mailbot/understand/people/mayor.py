""""Der Bürgermeister nimmt persönlich teil": the mayor the mail means, by the one name it gives a mayor.

Secretaries and Verwaltungsgemeinschaften register the mayor by office, not by name; the name stands
elsewhere — in another sentence ("Herr Bürgermeister Jens Tauscher hat sich den Termin eingeplant"), a
letterhead or signature line ("Bürgermeister Jens Tauscher", "Jens Tauscher\nBürgermeister"). A careful
reader writes down that person when the mail names exactly one mayor, and nobody when it names none or two.
"""

from __future__ import annotations

import re

from ...models import Person
from ..names import FULL_NAME, NAME_WORD, SALUTATION, TITLE, looks_like_name, split_name
from .common import person as _person
from .common import sentences

_OFFICE = r"(?:Ober)?[Bb]ürgermeister(?:in)?"
# the office as the subject or object, not followed by the name ("der Bürgermeister nimmt teil", "unseren Bürgermeister")
_MEANT = re.compile(rf"\b(?:[Dd]er|[Dd]ie|[Dd]en|[Uu]nser|[Uu]nsere|[Uu]nseren|[Uu]nserer)\s+(?:(?:[Ee]hrenamtliche|"
                    rf"[Hh]auptamtliche|[Ee]rste)[rn]?\s+)?(?P<office>{_OFFICE})\b(?!\s*,?\s*(?:{SALUTATION}|{TITLE}|"
                    rf"{NAME_WORD}\s+{NAME_WORD}))")
_ATTENDS = re.compile(r"(?i)teil\b|teilnehm|teilnahme|kommt|kommen|dabei|anmeld|melde|absag|sagt|verhindert|"
                      r"zurück|storn|vertret|begleit|attend")
_FORMER = r"(?!\s*a\.\s?D\.)"
_NAMED = (
    re.compile(rf"(?<![\w-]){_OFFICE}[ \t]*:?[ \t]+(?:{SALUTATION}[ \t]+)?(?P<name>(?:{TITLE}[ \t]*)*{FULL_NAME}){_FORMER}"),
    re.compile(rf"(?m)^[ \t]*(?:{SALUTATION}[ \t]+)?(?P<name>(?:{TITLE}[ \t]*)*{FULL_NAME})[ \t]*(?:,[ \t]*|\n[ \t]*)"
               rf"(?:(?:[Ee]hrenamtliche|[Hh]auptamtliche|[Ee]rste)[rn]?[ \t]+)?{_OFFICE}\b[ \t]*$"),
)


def meant(text: str) -> str | None:
    """The office ("Bürgermeister"/"Bürgermeisterin") when a sentence has the mayor attend or withdraw unnamed."""
    for sentence in sentences(text):
        m = _MEANT.search(sentence)
        if m and _ATTENDS.search(sentence[m.end():] + " " + sentence[: m.start()]):
            return m.group("office")
    return None


def named(text: str, signature_lines: list[str]) -> list[Person]:
    """Every distinct person the mail calls mayor, in the text or the signature, with the office as role."""
    found: list[Person] = []
    for source in (text, "\n".join(signature_lines)):
        for pattern in _NAMED:
            for m in pattern.finditer(source):
                name, title, sal = split_name(m.group("name"))
                while name and not looks_like_name(name, sal) and len(name.split()) > 2:
                    name = " ".join(name.split()[:-1])
                if len(name.split()) < 2 or not looks_like_name(name, sal):
                    continue
                office = re.search(_OFFICE, m.group(0))
                role = office.group(0) if office else None
                if not any(p.name.split()[-1] == name.split()[-1] for p in found):
                    found.append(_person(name, title, sal, None, role))
    return found


def resolve(text: str, signature_lines: list[str]) -> Person | None:
    """The one named mayor a mail means by "der Bürgermeister", or None when it names none or several."""
    if meant(text) is None:
        return None
    mayors = named(text, signature_lines)
    return mayors[0] if len(mayors) == 1 else None
