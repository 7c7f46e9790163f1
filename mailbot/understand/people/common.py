"""What the people readers share: the address pattern, functional mailboxes, sentences, a Person builder."""

from __future__ import annotations

import re

from ...models import Person
from ..text import sentences as split_sentences

EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[a-zA-Z]{2,24}\b")
FUNCTIONAL = re.compile(
    r"^(info|post|poststelle|kontakt|bauamt|stadtplanung|mail|office|buero|verwaltung|rathaus|sekretariat|"
    r"zentrale|bauverwaltung|hauptamt|stadtverwaltung|gemeinde|vg|stadt|planung|service|team|anmeldung)\b"
)


def person(name: str, title: str | None, salutation: str | None, email: str | None, role: str | None) -> Person:
    role = role.strip(" ,;:–-") if role else None  # "Bauamtsleiter," at the end of a signature line
    return Person(name=name, email=email.lower() if email else None, role=role or None, title=title,
                  salutation=salutation)


def sentences(text: str) -> list[str]:
    """Sentences, not broken after "Dr.", "Dipl.-Ing." or a date's "20."; a line break alone does not end one."""
    return split_sentences(text, by_line=False)
