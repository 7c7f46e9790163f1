"""Who is coming: attendees from forms, tables, lists and sentences, and the sender from the signature.

Each reader returns candidates in the order written; `attendees` merges them, decides whether the
sender is one of them ("ich und meine Kollegin…" yes, "hiermit melde ich Herrn X an" no) and fills
the sender's address from `From`/`Reply-To` only for the sender.
"""

from __future__ import annotations

import re

from ..models import InboundMail, Person
from .names import (FULL_NAME, NAME_WORD, PARTICLE, ROLE, SALUTATION, TITLE, looks_like_name, salutation_from_word,
                    split_name)

PARTICLE_RE = PARTICLE
from .text import fold
from .text import sentences as split_sentences

EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[a-zA-Z]{2,24}\b")
FUNCTIONAL = re.compile(
    r"^(info|post|poststelle|kontakt|bauamt|stadtplanung|mail|office|buero|verwaltung|rathaus|sekretariat|"
    r"zentrale|bauverwaltung|hauptamt|stadtverwaltung|gemeinde|vg|stadt|planung|service|team|anmeldung)\b"
)

_KEYS = {
    "name": "name", "teilnehmer": "name", "teilnehmerin": "name", "teilnehmer/in": "name", "person": "name",
    "vor- und nachname": "name", "vor- und zuname": "name", "vollständiger name": "name", "full name": "name",
    "vorname": "given", "first name": "given", "nachname": "family", "familienname": "family", "zuname": "family",
    "last name": "family", "titel": "title", "akad. titel": "title", "anrede": "salutation",
    "funktion": "role", "position": "role", "rolle": "role", "dienststellung": "role", "tätigkeit": "role",
    "role": "role", "e-mail": "email", "email": "email", "e-mail-adresse": "email", "mail": "email",
    "emailadresse": "email", "e-mail adresse": "email", "name, vorname": "name", "nachname, vorname": "name",
    "name/vorname": "name", "vorname, name": "name", "vorname name": "name",
}
_KV = re.compile(r"^[ \t>*\-•]*(?:\d+\.\s*)?([A-Za-zÄÖÜäöüß/ .,\-]{2,30}?)(?:\s*\d+)?\s*[:=]\s*(.*)$")
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•–·]|[a-z]\))\s+(.+)$")


def _person(name: str, title: str | None, salutation: str | None, email: str | None, role: str | None) -> Person:
    return Person(name=name, email=email.lower() if email else None, role=role or None, title=title,
                  salutation=salutation)


def _from_fields(text: str) -> list[Person]:
    """Key–value forms; a repeated key starts the next person."""
    records: list[dict[str, str]] = []
    current: dict[str, str] = {}
    for line in text.splitlines():
        if re.match(r"^\s*(?:\d+\.\s*)?(?:Teilnehmer(?:in)?|Person)\s*\d+\s*:?\s*$", line):
            if current:
                records.append(current)
            current = {}
            continue
        if not line.strip() and any(k in current for k in ("name", "given", "family")):
            records.append(current)
            current = {}
            continue
        m = _KV.match(line)
        if not m:
            continue
        key = _KEYS.get(m.group(1).strip().lower())
        value = m.group(2).strip()
        if not key or not value:
            continue
        if key in current or (key in ("name", "given", "family") and "name" in current):
            records.append(current)
            current = {}
        current[key] = value
    if current:
        records.append(current)
    people = []
    for rec in records:
        raw = rec.get("name") or " ".join(x for x in (rec.get("given"), rec.get("family")) if x)
        if not raw:
            continue
        surname_first = re.fullmatch(rf"\s*{NAME_WORD}\s*,\s*{NAME_WORD}(?:\s+{NAME_WORD})?\s*", raw)
        if ("," in raw and not (surname_first and not ROLE.search(raw))) or EMAIL.search(raw):
            seg = _from_segment(raw)
            if seg is not None:
                email_m = EMAIL.search(rec.get("email", ""))
                people.append(Person(seg.name, (email_m.group(0).lower() if email_m else seg.email),
                                     rec.get("role") or seg.role, seg.title, seg.salutation))
                continue
        if rec.get("salutation"):
            raw = f"{rec['salutation']} {raw}"
        if rec.get("title"):
            raw = f"{rec['title']} {raw}" if not raw.startswith(("Herr", "Frau")) else raw
        name, title, sal = split_name(raw)
        if rec.get("title") and not title:
            title = rec["title"]
        if not looks_like_name(name, sal) and not (rec.get("given") and rec.get("family")):
            continue
        email_m = EMAIL.search(rec.get("email", ""))
        people.append(_person(name, title, sal, email_m.group(0) if email_m else None, rec.get("role")))
    return people


def _from_segment(segment: str) -> Person | None:
    """One list item or table row: "Herr Dr. Max Müller, Bürgermeister, max@…"."""
    email_m = EMAIL.search(segment)
    email = email_m.group(0) if email_m else None
    rest = EMAIL.sub(" ", segment)
    rest = re.sub(r"(?i)\b(?:e-?mail|mail|tel\.?|telefon)\s*:?", " ", rest)
    parts = [p.strip(" :<>[]") for p in re.split(r"[,;|\t()]| - | – | / ", rest) if p.strip(" :<>[]")]
    name = title = sal = role = None
    for part in parts:
        if name is None:
            m = re.match(rf"^({SALUTATION}\s+)?((?:{TITLE}\s*)*)(?:([A-ZÄÖÜ][\wäöüß\-]*(?:in)?)\s+)?({FULL_NAME})$", part)
            cand = split_name(part)
            if looks_like_name(cand[0], cand[2]):
                name, title, sal = cand
                continue
            m = re.match(rf"^({SALUTATION})\s+(\S+(?:\s+\S+)?)\s+((?:{TITLE}\s*)*{FULL_NAME})$", part)
            if m and ROLE.search(m.group(2)):
                cand = split_name(f"{m.group(1)} {m.group(3)}")
                if looks_like_name(cand[0], cand[2]):
                    name, title, sal = cand
                    role = m.group(2)
                    continue
        if role is None and ROLE.search(part) and len(part) < 80:
            role = part
        elif name is not None and re.fullmatch(TITLE, part):
            title = f"{title} {part}" if title else part
    if name is None:
        return None
    return _person(name, title, sal, email, role)


def _from_table(text: str) -> list[Person]:
    """Rows with " | " or tab separated cells; a header row names the columns."""
    rows = [re.split(r"\s*\|\s*|\t+", line.strip().strip("|")) for line in text.splitlines()
            if ("|" in line or "\t" in line)]
    rows = [[c.strip() for c in r] for r in rows if len([c for c in r if c.strip()]) >= 2]
    if not rows:
        return []
    header: dict[str, int] = {}
    first = [fold(c) for c in rows[0]]
    for i, cell in enumerate(first):
        key = _KEYS.get(rows[0][i].strip().lower().rstrip(":"))
        if key is None and "name" in cell:
            key = "family" if "nach" in cell else ("given" if "vor" in cell and "nach" not in cell else "name")
        if key is None and "mail" in cell:
            key = "email"
        if key is None and any(w in cell for w in ("funktion", "position", "rolle")):
            key = "role"
        if key:
            header.setdefault(key, i)
    people = []
    body = rows[1:] if header else rows
    for row in body:
        if header:
            def cell(key: str) -> str:
                i = header.get(key)
                return row[i].strip() if i is not None and i < len(row) else ""
            raw = cell("name") or f"{cell('given')} {cell('family')}".strip()
            if cell("salutation"):
                raw = f"{cell('salutation')} {raw}"
            if cell("title"):
                raw = f"{cell('title')} {raw}"
            name, title, sal = split_name(raw)
            if not looks_like_name(name, sal):
                continue
            email_m = EMAIL.search(cell("email") or " ".join(row))
            people.append(_person(name, title, sal, email_m.group(0) if email_m else None, cell("role") or None))
        else:
            p = _from_segment(" | ".join(row))
            if p:
                people.append(p)
    return people


_ORG_START = re.compile(
    r"(?i)^(stadt|gemeinde|stadtverwaltung|gemeindeverwaltung|landratsamt|landkreis|verwaltungsgemeinschaft|vg|"
    r"büro|planungsbüro|ingenieurbüro|thüringer|ministerium|amt)\b|gmbh|partg|architekten")
_PERSON_LINE = re.compile(rf"^\s*(?:{SALUTATION}|{TITLE})\s+\S")


def _from_list(text: str) -> list[Person]:
    """Bulleted or numbered items, and lines that start with Herr/Frau or a title."""
    people = []
    for line in text.splitlines():
        m = _ITEM.match(line)
        segment = m.group(1) if m else (line if (_PERSON_LINE.match(line) or EMAIL.search(line)) and len(line) < 160
                                        else None)
        if segment:
            p = _from_segment(segment)
            if p:
                people.append(p)
    return people


_CUE = re.compile(
    r"(?i)anmeld|melde|\bteil\b|absag|\bab\b|storn|verhindert|zurück|streichen|teilnehm|teilnahme|kommen|kommt|dabei|begleit|mit mir|und ich|ich und|sowie|statt|"
    r"anstelle|vertritt|vertreten|zusätzlich|register|attend|join|nachmeld|ersetz|übernimmt|wird .* teilnehmen"
)
_REL = (r"(?:Kollegin|Kollegen|Kollege|Mitarbeiterin|Mitarbeiter|Vertreterin|Vertreter|Stellvertreterin|"
        r"Stellvertreter|Chefin|Chef|Bürgermeisterin|Bürgermeister|Amtsleiterin|Amtsleiter|Leiterin|Leiter|"
        r"Bauamtsleiterin|Bauamtsleiter)")
_MENTION = re.compile(
    rf"(?:(?P<rel>{_REL})\s+(?P<sal>{SALUTATION}\s+)?|(?P<sal2>{SALUTATION})\s+)(?P<role>(?:Bürgermeisterin|Bürgermeister|Oberbürgermeister(?:in)?|Beigeordnete[rn]?|"
    rf"Amtsleiterin|Amtsleiter|Bauamtsleiterin|Bauamtsleiter)\s+)?(?P<name>(?:{TITLE}\s*)*{FULL_NAME})"
)
_GREETING_BEFORE = re.compile(r"(?i)(geehrte[rn]?|liebe[rn]?|hallo|guten tag|hi|dear|an)\s*$")


_SENTENCE_END = re.compile(r"(?<![A-Z][a-z]\.)(?<!\bIng\.)(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[A-ZÄÖÜ])|\n\s*\n")


def sentences(text: str) -> list[str]:
    """Sentences, not broken after "Dr.", "Dipl.-Ing." or a date's "20."; a line break alone does not end one."""
    return split_sentences(text, by_line=False)


_NOUNISH = re.compile(r"(?i)(ung|heit|keit|schaft|tion|ität|amt|ismus|veranstaltung|programm|stadt|gemeinde|"
                      r"kreis|straße|platz|ring|weg|büro|verwaltung|planung|rei)$")
_BARE = re.compile(rf"(?P<name>(?:{TITLE}\s*)*{NAME_WORD}(?:\s+(?:{PARTICLE_RE}\s+)?{NAME_WORD}){{1,2}})")


def _bare_ok(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(_NOUNISH.search(w) for w in words) and looks_like_name(name)


def _from_enumeration(text: str) -> list[Person]:
    """Bare names listed where people are registered: "wir (Simone Taubert und Lukas Sandig) nehmen teil"."""
    people: list[Person] = []
    for sentence in sentences(text):
        if not _CUE.search(sentence):
            continue
        pair = re.search(rf"(?:^|[:(,;]\s*|\b[a-zäöüß]+\s+)({NAME_WORD})\s+und\s+({NAME_WORD})\s+({NAME_WORD})\b", sentence)
        if pair and not all(looks_like_name(f"{g} {pair.group(3)}") for g in pair.groups()[:2]):
            pair = None
        for m in _BARE.finditer(sentence):
            before = sentence[max(0, m.start() - 12): m.start()]
            after = sentence[m.end(): m.end() + 3]
            if re.search(rf"{SALUTATION}\s*$|(?i:stadt|gemeinde|geehrte[rn]?|liebe[rn]?|hallo)\s*$", before):
                continue
            if not (re.search(r"[:(,;]\s*$|\b(?:und|sowie|uns|wir|an)\s*$", before) or re.match(r"\s*[(,;–-]|\s+und\b", after)
                    or re.match(r"\s*$|\s*\.", after)):
                continue
            name, title, sal = split_name(m.group("name"))
            if not _bare_ok(name):
                continue
            tail = sentence[m.end(): m.end() + 80]
            email_m = re.match(r"^\s*[(,–-]?\s*(?:[^()@,;]{0,40}?,\s*)?((?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.[a-zA-Z]{2,24})", tail)
            role_m = re.match(r"^\s*\(\s*([^,()@]{3,60}?)\s*[,)]", tail)
            role = role_m.group(1) if role_m and not EMAIL.search(role_m.group(1)) else None
            if pair and pair.start(1) <= m.start() < pair.end():
                given1, given2, family = pair.groups()
                if looks_like_name(f"{given1} {family}") and not _NOUNISH.search(family):
                    people.append(_person(f"{given1} {family}", None, None, None, None))
                    people.append(_person(f"{given2} {family}", None, None, None, None))
                    continue
            people.append(_person(name, title, sal, email_m.group(1) if email_m else None, role))
    return people


def _from_sentences(text: str) -> list[Person]:
    """"meine Kollegin Frau Sabine Weber, sabine.weber@…", "Herrn Bürgermeister Peter Lange"."""
    people = []
    for sentence in sentences(text):
        if not _CUE.search(sentence):
            continue
        for m in _MENTION.finditer(sentence):
            salword = m.group("sal") or m.group("sal2")
            if _GREETING_BEFORE.search(sentence[: m.start()]):
                continue
            raw = m.group("name")
            raw_words = raw.split()
            # cut trailing capitalised non-name words ("Frau Weber Bescheid")
            name, title, _ = split_name(raw)
            sal = None
            if salword:
                sal = split_name(salword.strip() + " X")[2]
            elif m.group("rel"):
                sal = salutation_from_word(m.group("rel"))
            while name and not looks_like_name(name, sal) and len(name.split()) > 1:
                name = " ".join(name.split()[:-1])
            if not looks_like_name(name, sal):
                continue
            if not salword and len(name.split()) < 2:
                continue
            del raw_words
            tail = sentence[m.end(): m.end() + 80]
            email_m = EMAIL.match(tail.lstrip(" ,(<:–-")) or (EMAIL.search(tail.split(".\n")[0][:60])
                                                                if not _MENTION.search(tail[:40]) else None)
            role = m.group("role") or None
            if role is None and m.group("rel") and ROLE.search(m.group("rel")):
                role = m.group("rel")
            before = re.search(r"(\S+)\s+$", sentence[: m.start()])
            if role is None and before and ROLE.search(before.group(1)) and before.group(1)[0].isupper():
                role = before.group(1)
            role_m = re.match(r"^\s*[,(]\s*([^,()@\n]{3,60}?)\s*[,)]", tail)
            if role_m and ROLE.search(role_m.group(1)) and not EMAIL.search(role_m.group(1)):
                role = role_m.group(1)
            people.append(_person(name, title, sal, email_m.group(0) if email_m else None,
                                  role.strip() if role else None))
    return people


_SELF = re.compile(
    r"(?i)\b(melde\s+(?:ich\s+)?mich|mich\s+(?:\w+\s+){0,4}(?:an|anmelden|anzumelden)\b|meine\s+(?:verbindliche\s+)?"
    r"teilnahme|ich\s+(?:\w+\s+){0,3}teil\b|nehme\s+ich|ich\s+(?:\w+\s+){0,3}teilnehmen|ich\s+komme|komme\s+ich|"
    r"ich\s+bin\s+(?:gerne\s+)?dabei|ich\s+und|und\s+ich\b|mit\s+mir|wir\s+(?:beide|zwei|drei|kommen|nehmen|möchten"
    r"|würden|werden)|melden\s+uns|uns\s+(?:\w+\s+){0,3}an\b|ich\s+würde\s+gern|ich\s+möchte\s+gern\w*\s+teil|"
    r"mich\s+selbst|selbst\s+(?:und|sowie)|(?:anmelden|melde)\s+(?:\w+\s+){0,3}mich|"
    r"I\s+would\s+like\s+to\s+(?:attend|register|participate|join)|register\s+me|sign\s+me\s+up|myself|"
    r"I\s+will\s+attend|ich\s+(?:\w+\s+){0,3}dabei)"
)
_NOT_SELF = re.compile(r"(?i)\b(ich\s+selbst\s+(?:\w+\s+){0,4}(?:nicht|verhindert)|ohne\s+mich|nicht\s+(?:selbst|persönlich))")


def sender(mail: InboundMail, signature_lines: list[str]) -> Person | None:
    """The sender as a person: name from `From` or the signature, role from the signature."""
    name = title = sal = None
    display = re.sub(r"\s*[\(\[].*?[\)\]]", "", mail.from_name or "").strip(" '\"")
    if display:
        cand = split_name(display)
        if looks_like_name(cand[0], cand[2]):
            name, title, sal = cand
    sig_name = None
    role = None
    for i, line in enumerate(signature_lines[:8]):
        clean = re.sub(r"(?i)^(?:i\.\s?A\.|i\.\s?V\.|im auftrag|in vertretung|gruß|gruss|grüße|mfg|lg|vg|viele grüße|"
                       r"beste grüße|mit freundlichen grüßen|freundliche grüße)[ ,]+", "", line.strip(" -–*|"))
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
                tail = clean.split(",", 1)[1].strip()
                if ROLE.search(tail):
                    role = tail
            break
    if sig_name is not None:
        if name is None or (fold(sig_name[0]).split()[-1:] == fold(name).split()[-1:] and len(sig_name[0]) >= len(name)):
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


def _stated_address(me: Person, text: str, named: list[Person]) -> Person:
    """"Bitte an meine dienstliche Adresse x@… senden": an address in the text that is nobody else's is the sender's."""
    taken = {p.email for p in named if p.email}
    free = [e.lower() for e in EMAIL.findall(text) if e.lower() not in taken]
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


def _same(a: Person, b: Person) -> bool:
    fa, fb = fold(a.name).split(), fold(b.name).split()
    if not fa or not fb:
        return False
    if fa == fb or (len(fa) > 1 and sorted(fa) == sorted(fb)):
        return True
    if fa[-1] == fb[-1] and (len(fa) == 1 or len(fb) == 1 or fa[0][0] == fb[0][0]):
        return True
    return bool(a.email and b.email and a.email == b.email)


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


def others(text: str) -> list[Person]:
    """Everyone the sender's own words name as attending, in the order written."""
    found = _from_fields(text) + _from_table(text) + _from_list(text)
    found += _from_sentences(text)
    found += _from_enumeration(text)
    return dedupe(found)


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
                return named, "sender is among the named attendees"
    self_cue = bool(_SELF.search(text)) and not _NOT_SELF.search(text)
    if me is not None:
        me = _stated_address(me, text, named)
    if me is None:
        return named, "sender's name not found"
    if not named:
        return ([me], "sender registers themself") if registering or self_cue else ([], "")
    if self_cue:
        return [me] + named, "sender and named colleagues"
    return named, "sender registers others only"
