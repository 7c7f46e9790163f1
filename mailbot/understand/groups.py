"""Persons a mail means by office or as a group: "der Bürgermeister", "wir beide".

A secretary writes "Der Bürgermeister nimmt teil" and names him elsewhere; a couple writes "wir müssen beide
absagen" under our quoted confirmation, which lists them. A careful reader writes down the persons meant.
"""

from __future__ import annotations

import re

from ..models import InboundMail, Person
from . import classify, people

# "…, Herr X und ich kommen wie angemeldet", "Herr Y bleibt angemeldet": those still coming withdraw nothing.
_STILL = re.compile(r"(?i)\bwie\s+(?:angemeldet|geplant|vorgesehen|gemeldet|besprochen)|\bbleib(?:t|en)\s+(?:\S+\s+){0,2}?"
                    r"(?:angemeldet|dabei|bestehen)|\bkomm(?:t|en|e)\s+(?:aber\s+)?(?:trotzdem|weiterhin|wie\s+gehabt)|"
                    r"\b(?:sind|ist|bin)\s+(?:aber\s+)?(?:weiterhin|trotzdem)\s+dabei")
_CLAUSE = re.compile(r"\s*(?:[,;]|\s[–-]\s)\s*")
# "…, bei Frau Y ändert sich nichts", "Herr Z ist davon nicht betroffen": named only to say they stay as they are
_UNTOUCHED = re.compile(r"(?i)ändert\s+sich\s+nichts|\bunverändert\b|\bnicht\s+betroffen\b|bleibt\s+(?:\S+\s+){0,2}?(?:wie|bei)\b")
# what a clause about someone still coming says when it changes something after all ("kommt wie geplant, aber erst ab 11")
_CHANGES = re.compile(r"(?i)\b(?:erst|nur|später|früher|statt|anstelle|anstatt|ersetz\w*|zusätzlich|neue?[nrs]?|aber|jedoch|"
                      r"vegetar\w*|vegan\w*)\b")


# "… angemeldet: Frau X und ich. Wir müssen beide absagen.", "Herr X ist angemeldet. Leider kann er nicht.":
# the group or person withdrawing was named just before (a pronoun in lower case: "Sie" is the reader).
_BOTH = re.compile(r"(?i:\b(?:wir|uns)\s+(?:\S+\s+){0,2}?(?:beide|alle|zwei|drei)\b)|\b(?:er|ihn|ihm|sie)\b")


def withdrawn(text: str, concerns: re.Pattern[str]) -> str:
    """The sentences that withdraw someone (and a following "Das betrifft …", or the sentence before that names
    the "wir beide" who withdraw), without clauses about those who still come: the persons concerned by a
    cancellation are named there and only there."""
    parts = people.sentences(text)
    cancelling = [s for i, s in enumerate(parts) if classify.cancelled(s) or (
        i > 0 and classify.cancelled(parts[i - 1]) and concerns.search(s)) or (
        i + 1 < len(parts) and classify.cancelled(parts[i + 1]) and _BOTH.search(parts[i + 1])
        and people.others(s))]
    kept = [", ".join(c for c in _CLAUSE.split(s) if classify.cancelled(c) or not _STILL.search(c))
            for s in cancelling]
    return "\n\n".join(k for k in kept if k.strip()) or text


_BUT = re.compile(r"(?i)\s*(?:aber|jedoch|allerdings|doch|nur|erst)\b")


def changed(text: str) -> str:
    """The text without clauses that name someone only to say they still come as registered: in a change
    those persons are not concerned ("Herr X kommt erst mittags, Frau Y wie geplant den ganzen Tag")."""
    out, dropped = [], False
    for s in people.sentences(text):
        clauses = _CLAUSE.split(s)
        kept = [c for i, c in enumerate(clauses) if not (
            (_STILL.search(c) or _UNTOUCHED.search(c)) and not _CHANGES.search(c)
            and not (i + 1 < len(clauses) and _BUT.match(clauses[i + 1])))]
        dropped = dropped or len(kept) < len(clauses)
        out.append(", ".join(kept) if len(kept) < len(clauses) else s)
    if not dropped:
        return text
    return "\n\n".join(o for o in out if o.strip()) or text


def the_mayor(mail: InboundMail, attendees: list[Person], how: str, text: str, concerned: str,
              sig_lines: list[str]) -> tuple[list[Person], str]:
    """"Der Bürgermeister nimmt teil" from the office: the one mayor the mail names attends (or withdraws);
    the writer only when their own words include them."""
    if people.mayor.meant(concerned) is None:
        return attendees, ""
    mayors = people.mayor.named(text, sig_lines)
    if len(mayors) != 1 or any(people.same(mayors[0], p) for p in attendees):
        return attendees, ""
    found = mayors[0]
    me = people.sender(mail, sig_lines)
    if me is not None and people.same(me, found):
        found = Person(found.name, me.email, found.role, found.title or me.title, found.salutation or me.salutation)
    elif me is not None and how == people.SENDER_SELF and not people.self_cue(text):
        attendees = [p for p in attendees if not people.same(p, me)]
    return attendees + [found], "the mayor the mail names"


_WE = re.compile(r"(?i)\b(?:wir|uns|unsere|we|us|our)\b")
_ALL_OF_US = re.compile(r"(?i)\b(?:beide[n]?|alle|allesamt|zu\s+(?:zweit|dritt|viert)|both|all\s+of\s+us)\b")


def the_group(mail: InboundMail, attendees: list[Person], concerned: str,
              sig_lines: list[str]) -> tuple[list[Person], str]:
    """"Wir müssen beide absagen" in reply to our confirmation: everyone it lists as registered withdraws,
    when the sender is one of them (or says "beide"/"alle") and the text names nobody but the sender."""
    if not _WE.search(concerned):
        return attendees, ""
    group = people.listed(mail)
    if len(group) < 2:
        return attendees, ""
    me = people.sender(mail, sig_lines)
    in_group = me is not None and any(people.same(me, p) for p in group)
    if not (in_group or _ALL_OF_US.search(concerned)):
        return attendees, ""
    if any(not (me is not None and people.same(p, me)) for p in attendees):
        return attendees, ""
    return people.dedupe(attendees + group), "everyone our quoted confirmation lists"
