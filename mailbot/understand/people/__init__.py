"""Who is coming: attendees from forms, tables, lists and sentences, and the sender from the signature.

Each reader returns candidates in the order written; `attendees` merges them, decides whether the
sender is one of them ("ich und meine Kollegin…" yes, "hiermit melde ich Herrn X an" no) and fills
the sender's address from `From`/`Reply-To` only for the sender.
"""

from __future__ import annotations

import dataclasses
import re

from ...models import InboundMail, Person
from .. import places
from ..names import NAME_WORD, SALUTATION, TITLE, looks_like_name
from ..text import fold
from . import mayor
from .common import EMAIL, FUNCTIONAL, sentences
from .directory import complete as complete_from
from .directory import directory, listed
from .finders import FINDERS
from .sender import _NOT_SELF, _SELF, _stated_address, assistant, self_cue, sender

__all__ = ["EMAIL", "FUNCTIONAL", "SENDER_SELF", "attendees", "complete_from", "complete_names", "dedupe", "directory", "found_by", "listed", "mayor", "others",
           "same", "self_cue", "sender", "sentences"]


def _same(a: Person, b: Person) -> bool:
    fa, fb = fold(a.name).split(), fold(b.name).split()
    if not fa or not fb:
        return False
    if fa == fb or (len(fa) > 1 and sorted(fa) == sorted(fb)):
        return True
    if fa[-1] == fb[-1] and (len(fa) == 1 or len(fb) == 1 or fa[0][0] == fb[0][0]):
        return True
    # one address for two different full names is a shared mailbox, not one person
    return bool(a.email and b.email and a.email == b.email and (len(fa) == 1 or len(fb) == 1))


def same(a: Person, b: Person) -> bool:
    """Whether two mentions are the same person (same family name and compatible given name, or same address)."""
    return _same(a, b)


def complete_names(people: list[Person], text: str) -> list[Person]:
    """"Herr Dr. Wendel" alone gets his given name where the mail (or our quoted confirmation) writes it in full."""
    out = []
    for p in people:
        words = p.name.split()
        if len(words) == 1 and text:
            for m in re.finditer(rf"\b({NAME_WORD})\s+{re.escape(words[0])}\b", text):
                given = m.group(1)
                if not re.fullmatch(rf"{SALUTATION}|{TITLE}", given) and looks_like_name(f"{given} {words[0]}"):
                    p = Person(f"{given} {words[0]}", p.email, p.role, p.title, p.salutation)
                    break
        out.append(p)
    return out


def _merge(a: Person, b: Person) -> Person:
    """Keep the fuller name and every detail either mention gives."""
    name = a.name if len(a.name.split()) >= len(b.name.split()) else b.name
    return Person(name=name, email=a.email or b.email, role=a.role or b.role, title=a.title or b.title,
                  salutation=a.salutation or b.salutation)


def dedupe(people: list[Person]) -> list[Person]:
    out: list[Person] = []
    for p in people:
        for i, q in enumerate(out):
            if _same(p, q):
                out[i] = _merge(q, p)
                break
        else:
            out.append(p)
    return out


def _claim_addresses(people: list[Person], text: str) -> list[Person]:
    """An address stated apart from its person ("Bestätigung bitte an Frau Roth: e.roth@…", or on the next
    line) belongs to the one named person without an address whose family name its local part spells."""
    taken = {p.email for p in people if p.email}
    free = [a.lower() for a in dict.fromkeys(EMAIL.findall(text)) if a.lower() not in taken]
    if not free:
        return people
    out = list(people)
    for addr in free:
        local = fold(addr.split("@")[0]).replace(" ", "")
        owners = [i for i, p in enumerate(out) if p.email is None and p.name.split()
                  and len(fold(p.name.split()[-1])) >= 3 and fold(p.name.split()[-1]).replace(" ", "") in local]
        if len(owners) == 1:
            p = out[owners[0]]
            out[owners[0]] = Person(p.name, addr, p.role, p.title, p.salutation)
    return out


def spells(address: str, person: Person) -> bool:
    """Whether the address's local part spells the person's family name ("s.werther@…" for Steffen Werther)."""
    words = fold(person.name).split()
    if not words or "@" not in address:
        return False
    local = fold(address.split("@")[0]).replace(" ", "")
    family = words[-1]
    plain = family.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return len(family) >= 3 and (family in local or plain in local)


def _own_addresses(people: list[Person]) -> list[Person]:
    """An address goes to the person whose name it spells, not to the nearest person on the line:
    in "ich (Max Roth) und Frau Eva Kern, eva.kern@…" the address is Eva Kern's, not Max Roth's."""
    out = []
    for p in people:
        if p.email and not spells(p.email, p) and any(
                q is not p and not _same(p, q) and spells(p.email, q) for q in people):
            p = Person(p.name, None, p.role, p.title, p.salutation)
        out.append(p)
    return out


_POSSESSIVE = re.compile(r"(?i)\b(?P<who>seine|ihre|his|her)\s+(?:\S+\s+){0,2}?(?:e-?mail-?adresse|adresse|e-?mail|"
                         r"anschrift|address)\b[^@]{0,20}$")
# "Sie erreichen sie unter …", "er ist unter … erreichbar": a pronoun points back at the person just named.
_REACH_PRONOUN = re.compile(r"\berreichen\s+(?:Sie\s+)?(sie|ihn)\b[^@]{0,20}$|"
                            r"^\W*(Sie|Er)\s+ist\s+(?:\S+\s+){0,3}?(?:unter|per|über)\b[^@]{0,20}$")
_PLURAL = re.compile(r"(?i)\b(?:beide[n]?|alle(?:\s+drei|\s+zwei)?|allesamt|both|all\s+of\s+them|jeweils)\b")
_NOT_FOR_THEM = re.compile(r"(?i)bestätigung|kopie|\bcc\b|antwort|rückmeldung|sekretariat|vorzimmer|\bpost\b|"
                           r"über\s+mich|an\s+mich")


def _said_reachable(people: list[Person], text: str) -> list[Person]:
    """"Herr Kirchner ist unter buergermeister@… erreichbar": an address written right after one person's
    name in the same sentence is that person's, even when it spells a role rather than the name; "seine
    E-Mail-Adresse: …" after two names is the last man's; "Beide erreichen Sie über bauamt@…" gives the
    shared address to everyone just named without one."""
    taken = {p.email for p in people if p.email}
    out = list(people)
    last_named: list[int] = []
    for sentence in sentences(text):
        mentioned = [i for i, p in enumerate(out) if p.name.split()
                     and re.search(rf"\b{re.escape(p.name.split()[-1])}\b", sentence)]
        addrs = [a.lower() for a in EMAIL.findall(sentence) if a.lower() not in taken]
        if len(addrs) == 1:
            before = sentence[: sentence.lower().index(addrs[0])]
            without = [i for i in last_named if out[i].email is None]
            if (not mentioned and len(without) >= 2 and _PLURAL.search(before) and not _NOT_FOR_THEM.search(before)):
                for i in without:
                    p = out[i]
                    out[i] = Person(p.name, addrs[0], p.role, p.title, p.salutation)
                taken.add(addrs[0])
            elif not _NOT_FOR_THEM.search(before):
                owners = [i for i in mentioned if out[i].email is None
                          and re.search(rf"\b{re.escape(out[i].name.split()[-1])}\b", before)]
                pos = _POSSESSIVE.search(before[-80:]) or _REACH_PRONOUN.search(before[-80:])
                if pos and not mentioned:  # "… Herrn X an. Seine E-Mail-Adresse lautet …": the one just named
                    owners = [i for i in last_named if out[i].email is None]
                if pos and len(owners) > 1:
                    who = next((g for g in pos.groups() if g), "").lower()
                    wanted = "Herr" if who in ("seine", "his", "ihn", "er") else "Frau"
                    owners = [i for i in owners if out[i].salutation == wanted] or owners
                    owners = owners[-1:] if owners else owners
                if len(owners) == 1 and (pos or not FUNCTIONAL.match(addrs[0].split("@")[0])) and re.search(
                        r"(?i)\b(?:unter|per|via|e-?mail|mail|adresse|erreichbar|:)\W*\S*\s*$|"
                        r"\b(?:unter|per|via|e-?mail|mail|adresse)\b", before[-60:]):
                    p = out[owners[0]]
                    out[owners[0]] = Person(p.name, addrs[0], p.role, p.title, p.salutation)
                    taken.add(addrs[0])
        if mentioned:
            last_named = mentioned
    return out


_PLACE_WORDS = re.compile(r"(?i)^(?:bad|stadt|gemeinde|kloster|sankt|st\.?)\b")


def _not_a_place(person: Person) -> bool:
    """A municipality's name ("Bad Lobenstein", the venue) is never an attendee, unless Herr/Frau precede it."""
    if person.salutation:
        return True
    key = fold(person.name)
    if key in places.gazetteer().index or _PLACE_WORDS.match(person.name):
        return False
    # a place of two or more words after a noun ("Ankunft Bad Lobenstein", "Raum Bad Salzungen") is no name
    words = person.name.split()
    return not any(_PLACE_WORDS.match(w) for w in words[1:]) and not any(
        fold(" ".join(words[i:])) in places.gazetteer().index for i in range(1, len(words) - 1))


def others(text: str) -> list[Person]:
    """Everyone the sender's own words name as attending, in the order written."""
    return found_by(text)[0]


def found_by(text: str) -> tuple[list[Person], tuple[str, ...]]:
    """`others(text)` and the names of the finders (finders.FINDERS) that found someone of them."""
    by_finder = [(finder.name, finder.find(text)) for finder in FINDERS]
    found = [p for p in _own_addresses([p for _, people in by_finder for p in people]) if _not_a_place(p)]
    result = _said_reachable(_claim_addresses(dedupe(found), text), text)
    rules = tuple(name for name, people in by_finder if any(_same(p, q) for p in people for q in result))
    return result, rules


def _signed_by(person: Person, signature_lines: list[str]) -> bool:
    """Whether the signature names the person by family name (often with an initial: "G. Schimmelbusch")."""
    family = person.name.split()[-1].lower() if person.name.split() else ""
    return bool(family) and any(family in line.lower().split() for line in signature_lines[:6])


_SIGNER_LINE = re.compile(r"^(?:(?:i\.\s?A\.|i\.\s?V\.|[Ii]m\s+[Aa]uftrag|[Ii]n\s+[Vv]ertretung|gez\.)\s+)?"
                          r"(?:(?P<initial>[A-ZÄÖÜ])\.\s?|(?P<given>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+)?"
                          r"(?P<family>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$")


def _signer(named: list[Person], signature_lines: list[str]) -> Person | None:
    """The one named person without an address whom the signature's first lines sign for ("J. Neudeck",
    "i. A. Neudeck"): a signer line is a name alone, its initial or given name agreeing with the person's."""
    for line in signature_lines[:3]:
        m = _SIGNER_LINE.match(line.strip(" ,-–"))
        if not m:
            continue
        family = fold(m.group("family"))
        first = fold(m.group("initial") or m.group("given") or "")
        hits = [p for p in named if p.name.split() and fold(p.name).split()[-1] == family
                and (not first or fold(p.name).startswith(first))]
        if len(hits) == 1:
            return hits[0] if hits[0].email is None else None
    return None

# How `attendees` treated the sender: each outcome is a named rule, "name: what it means", shown in `reasons`.
SENDER_AMONG_NAMED = "sender_among_named: the sender is one of the attendees the text names"
SIGNER_SHARED_MAILBOX = "signer_shared_mailbox: a named attendee signs the mail from a shared mailbox"
SENDER_UNKNOWN = "sender_unknown: the sender's own name was not found"
ON_BEHALF_UNNAMED = "on_behalf_unnamed: written on behalf of someone the text does not name"
SENDER_SELF = "sender_self: the sender registers themself"
SENDER_AND_NAMED = "sender_and_named: the sender comes with the colleagues named"
OTHERS_ONLY = "others_only: the sender registers the named attendees, not themself"


def attendees(mail: InboundMail, text: str, signature_lines: list[str], registering: bool,
              named: list[Person] | None = None) -> tuple[list[Person], str]:
    """The attendees and how the sender was treated (for `reasons`); `named` when `others(text)` is known."""
    named = list(named) if named is not None else others(text)
    me = sender(mail, signature_lines)
    if me is not None:
        for i, p in enumerate(named):
            if _same(p, me):
                merged = _merge(p, me)
                if p.email is None or (me.email and p.email == me.email):
                    merged = Person(merged.name, p.email or me.email, merged.role, merged.title, merged.salutation)
                else:
                    merged = Person(merged.name, p.email, merged.role, merged.title, merged.salutation)
                named[i] = merged
                return named, SENDER_AMONG_NAMED
    self_cue = bool(_SELF.search(text)) and not _NOT_SELF.search(text)
    if me is not None:
        me = _stated_address(me, text, named)
    if me is None:
        signer = _signer(named, signature_lines)
        if signer is not None and mail.from_addr and not assistant(mail, signature_lines) and not re.match(
                r"(?i)^(no-?reply|mailer-daemon|postmaster)", mail.from_addr):
            # "Frau J. Neudeck und Herr M. Trautloft" from bauamt@, signed "J. Neudeck": the signer writes from
            # the shared office box, which is where she reads our answer
            named = [dataclasses.replace(p, email=mail.from_addr) if p is signer else p for p in named]
            return named, SIGNER_SHARED_MAILBOX
        if self_cue and len(named) == 1 and named[0].email is None and mail.from_addr and _signed_by(
                named[0], signature_lines):
            # "Anmelden möchte ich mich selbst, Bürgermeisterin X" from the shared gemeinde@ box, signed "G. X"
            return [dataclasses.replace(named[0], email=mail.from_addr)], SIGNER_SHARED_MAILBOX
        return named, SENDER_UNKNOWN
    if not named:
        if assistant(mail, signature_lines) and not self_cue:
            return [], ON_BEHALF_UNNAMED
        return ([me], SENDER_SELF) if registering or self_cue else ([], "")
    if self_cue:
        return [me] + named, SENDER_AND_NAMED
    return named, OTHERS_ONLY
