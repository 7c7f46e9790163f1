"""People the mail names together with an address outside the sender's words: Cc, Reply-To and To
headers, forwarded originals, and the attendee list of our own confirmation quoted back.

The text often names a colleague by surname only ("Herrn Hollandt") or without an address; a careful
reader completes both from the Cc line ("Hollandt, Rüdiger <r.hollandt@…>") or from our confirmation
("- Karsten Beil (k.beil@…)"). Only persons the text already names are completed; nobody is added.
"""

from __future__ import annotations

import re

from ...models import InboundMail, Person
from ..names import FULL_NAME, SALUTATION, TITLE, looks_like_name, split_name
from ..text import fold
from .common import EMAIL

_ENTRY = re.compile(r"\s*,?\s*\"?(?P<name>[^\"<>]*?)\"?\s*<(?P<addr>[^<>\s]+@[^<>\s]+)>")
_QUOTED_ENTRY = re.compile(
    rf"^[ \t>]*(?:[-*•–]\s*|\d{{1,2}}[.)]\s*|(?:Von|From|An|To|Cc|Kopie)\s*:\s*)?\"?"
    rf"(?P<name>(?:{SALUTATION}\s+)?(?:{TITLE}\s*)*{FULL_NAME}(?:,\s*{FULL_NAME})?)\"?\s*[(<,:]?\s*"
    rf"(?P<addr>(?<![\w.+\-])[\w.+\-]{{1,64}}@[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{0,8}}\.[a-zA-Z]{{2,24}})[)>]?\s*$",
    re.MULTILINE,
)
_MACHINE = re.compile(r"(?i)^(?:no-?reply|mailer-daemon|postmaster|anmeldung)\b")
MAX_SCAN = 20_000


def _person(display: str, addr: str) -> Person | None:
    name, title, sal = split_name(display)
    if not looks_like_name(name, sal) or len(name.split()) < 2 or _MACHINE.match(addr):
        return None
    return Person(name=name, email=addr.lower(), title=title, salutation=sal)


def directory(mail: InboundMail) -> list[Person]:
    """Named persons with addresses from Reply-To, Cc, To, forwarded originals and quoted text, in that order."""
    found: list[Person] = []
    for key, value in mail.headers[:200]:
        if key in ("reply-to", "cc", "to"):
            for m in _ENTRY.finditer(value[:2_000]):
                p = _person(m.group("name").strip(), m.group("addr"))
                if p is not None:
                    found.append(p)
    for inner in mail.forwarded[:5]:
        if inner.from_name and inner.from_addr:
            p = _person(inner.from_name, inner.from_addr)
            if p is not None:
                found.append(p)
    for m in _QUOTED_ENTRY.finditer((mail.quoted or "")[:MAX_SCAN]):
        if EMAIL.fullmatch(m.group("addr")):
            p = _person(m.group("name"), m.group("addr"))
            if p is not None:
                found.append(p)
    return found


def _matches(p: Person, d: Person) -> bool:
    mine, theirs = fold(p.name).split(), fold(d.name).split()
    if not mine or not theirs or mine[-1] != theirs[-1]:
        return False
    return len(mine) == 1 or mine == theirs or mine[0][0] == theirs[0][0]


def complete(people: list[Person], known: list[Person]) -> list[Person]:
    """A surname alone gets the full name, and a person without address the address, of the one known
    person with that family name (and compatible given name); several candidates leave it as written."""
    out = []
    for p in people:
        candidates = [d for d in known if _matches(p, d)]
        if p.email:
            candidates = [d for d in candidates if d.email == p.email] or (
                candidates if len(p.name.split()) == 1 else [])
        if len({d.email for d in candidates}) == 1:
            d = candidates[0]
            name = d.name if len(p.name.split()) == 1 else p.name
            p = Person(name, p.email or d.email, p.role, p.title or d.title, p.salutation or d.salutation)
        out.append(p)
    return out


# Our confirmation quoted back lists who is registered: "Angemeldet:\n- Rainer Rosenbusch\n- Maik Luck (m.luck@…)"
# or, in the bot's own wording, "- Maik Luck: Teilnahme bestätigt".
_OUR_LIST_HEAD = re.compile(r"(?im)^[ \t>]*(?:angemeldet(?:\s+sind)?|ihre\s+anmeldung|(?:jetzt\s+)?angemeldete\s+personen|"
                            r"teilnehmende|registered)\s*:[ \t]*$")
_OUR_ITEM = re.compile(
    rf"^[ \t>]*[-*•–][ \t]+(?P<name>(?:{TITLE}[ \t]*)*{FULL_NAME})[ \t]*(?:\((?P<addr>[^()\s]+@[^()\s]+)\))?"
    rf"[ \t]*(?::.*)?$")


def listed(mail: InboundMail) -> list[Person]:
    """The persons our quoted confirmation lists as registered, with their addresses where it gives them."""
    quoted = (mail.quoted or "")[:MAX_SCAN]
    head = _OUR_LIST_HEAD.search(quoted)
    if head is None:
        return []
    found: list[Person] = []
    for line in quoted[head.end():].lstrip("\n").splitlines()[:20]:
        if not line.strip(" \t>"):
            if found:
                break
            continue
        m = _OUR_ITEM.match(line)
        if m is None:
            if re.match(r"^[ \t>]+\S", line) and found and not re.match(r"^[ \t>]*[-*•–]", line):
                continue  # "  Persönlicher Anmeldecode: …" under an item
            break
        name, title, sal = split_name(m.group("name"))
        if len(name.split()) >= 2 and looks_like_name(name, sal):
            addr = m.group("addr")
            found.append(Person(name=name, email=addr.lower() if addr and EMAIL.fullmatch(addr) else None,
                                title=title, salutation=sal))
    return found
