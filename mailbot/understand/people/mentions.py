"""Attendees named in list items, person lines, sentences ("meine Kollegin Frau X") and bare enumerations."""

from __future__ import annotations

import re

from ...models import Person
from ..names import (
    FULL_NAME,
    NAME_WORD,
    PARTICLE,
    ROLE,
    SALUTATION,
    TITLE,
    known_given,
    looks_like_name,
    salutation_from_word,
    split_name,
)
from .common import EMAIL, sentences
from .common import person as _person

PARTICLE_RE = PARTICLE
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•–·]|[a-z]\))\s+(.+)$")


def from_segment(segment: str) -> Person | None:
    """One list item or table row: "Herr Dr. Max Müller, Bürgermeister, max@…"."""
    email_m = EMAIL.search(segment)
    email = email_m.group(0) if email_m else None
    rest = EMAIL.sub(" ", segment)
    rest = re.sub(r"(?i)\b(?:e-?mail|mail|tel\.?|telefon)\s*:?", " ", rest)
    parts = [p.strip(" :<>[]") for p in re.split(r"[,;|\t()]| - | – | / ", rest) if p.strip(" :<>[]")]
    name = title = sal = role = None
    for part in parts:
        if name is None:
            cand = split_name(part)
            if looks_like_name(cand[0], cand[2]):
                name, title, sal = cand
                continue
            # a job title between salutation/academic title and name: "Dipl.-Ing. Architektin Eva Roth"
            m = re.match(rf"^((?:{SALUTATION}\s+)?(?:{TITLE}\s*)*)([A-ZÄÖÜ][\wäöüß\-]+(?:\s+[a-zäöüß]+)?)\s+"
                         rf"((?:{TITLE}\s*)*{FULL_NAME})$", part)
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


ORG_START = re.compile(
    r"(?i)^(stadt|gemeinde|stadtverwaltung|gemeindeverwaltung|landratsamt|landkreis|verwaltungsgemeinschaft|vg|"
    r"büro|planungsbüro|ingenieurbüro|thüringer|ministerium|amt)\b|gmbh|partg|architekten")
_PERSON_LINE = re.compile(rf"^\s*(?:{SALUTATION}|{TITLE})\s+\S")


_NAME_THEN_ROLE = re.compile(rf"^\s*(?:{SALUTATION}\s+)?(?:{TITLE}\s*)*{FULL_NAME}\s*,\s*\S")


def _person_line(line: str) -> bool:
    """"Torsten Apel, Fachdienstleiter": a name, a comma and a role, as people list colleagues without bullets."""
    if len(line) > 120 or not _NAME_THEN_ROLE.match(line):
        return False
    name = split_name(line.split(",")[0])
    return looks_like_name(name[0], name[2]) and bool(ROLE.search(line.split(",", 1)[1]))


def _given_name_line(line: str) -> bool:
    """"Jörg Mittag, Ortsteilentwicklung": a common given name, a family name and a comma, whatever follows."""
    if len(line) > 120 or not _NAME_THEN_ROLE.match(line):
        return False
    name = split_name(line.split(",")[0])
    return looks_like_name(name[0], name[2]) and known_given(name[0].split()[0])


_TURNED = re.compile(rf"^(\s*(?:\d{{1,2}}[.)]\s+|[-*•–·]\s+|[^:\n]{{1,60}}:[ \t]+)?)({NAME_WORD}),[ \t]*"
                     rf"({NAME_WORD}(?:[ \t]+{NAME_WORD})?)[ \t]*(?:[-–|;,][ \t]*(.*)|(\(.*))?$")
_SURNAME_FIRST = re.compile(r"(?i)\b(?:nach)?name\s*,\s*vorname\b|\bfamilienname\s*,\s*vorname\b")


def _turned_round(rows: list[str], text: str) -> list[str]:
    """"Schlegelmilch, Petra - Bürgermeisterin": family name first, as lists do when the mail says "(Name,
    Vorname)" or when several lines are written so under a colon; read as "Petra Schlegelmilch, Bürgermeisterin"."""
    hits = {}
    for i, line in enumerate(rows):
        m = _TURNED.match(line)
        if m and looks_like_name(f"{m.group(3)} {m.group(2)}") and not ROLE.search(m.group(3)):
            hits[i] = m
    if not hits:
        return rows
    cued = bool(_SURNAME_FIRST.search(text)) or len(hits) >= 2 and any(
        i > 0 and rows[i - 1].rstrip().endswith(":") for i in hits)
    if not cued:
        return rows
    out = list(rows)
    for i, m in hits.items():
        rest = f", {m.group(4)}" if m.group(4) else f" {m.group(5)}" if m.group(5) else ""
        out[i] = f"{m.group(1)}{m.group(3)} {m.group(2)}{rest}"
    return out


# "Bürgermeister Benny Sieber" as a line of a list: the office first, then the name
_ROLE_FIRST = re.compile(rf"^\s*(?P<role>(?:Erste[rn]?\s+|Stellvertretende[rn]?\s+)?(?:Ober)?[Bb]ürgermeister(?:in)?|"
                         rf"(?:Bau|Haupt|Ordnungs)?[Aa]mtsleiter(?:in)?|Beigeordnete[rn]?|Stadtplaner(?:in)?|"
                         rf"Fachbereichsleiter(?:in)?|Fachdienstleiter(?:in)?|Sachbearbeiter(?:in)?|Kämmerer|Kämmerin)\s+"
                         rf"(?P<name>(?:{TITLE}\s*)*{FULL_NAME})(?P<rest>\s*(?:[,(].*)?)$")


def _in_block(rows: list[str], i: int) -> bool:
    """A line among listed persons, or under a line that ends in a colon."""
    near = [rows[j] for j in (i - 1, i + 1) if 0 <= j < len(rows)]
    return (i > 0 and rows[i - 1].rstrip().endswith(":")) or any(
        _PERSON_LINE.match(r) or _ITEM.match(r) or _ROLE_FIRST.match(r) for r in near)


def from_list(text: str) -> list[Person]:
    """Bulleted or numbered items, lines that start with Herr/Frau or a title, and "Name, Funktion" lines
    that stand in a block of such lines or under a line ending in a colon (not a lone sign-off line)."""
    people = []
    rows = _turned_round([line for line in text.splitlines() if line.strip()], text)
    for i, line in enumerate(rows):
        m = _ITEM.match(line)
        segment = m.group(1) if m else (line if (_PERSON_LINE.match(line) or EMAIL.search(line)) and len(line) < 160
                                        else None)
        role_first = _ROLE_FIRST.match(line)
        if segment is None and role_first and _in_block(rows, i):
            segment = f"{role_first.group('name')}, {role_first.group('role')}{role_first.group('rest') or ''}"
        if segment is None and _person_line(line) and (
                (i > 0 and (rows[i - 1].rstrip().endswith(":") or _person_line(rows[i - 1])))
                or (i + 1 < len(rows) and (_person_line(rows[i + 1]) or EMAIL.search(rows[i + 1])
                                           and _NAME_THEN_ROLE.match(rows[i + 1])))):
            segment = line
        if segment is None and i > 0 and _person_line(rows[i - 1]) and _given_name_line(line):
            segment = line  # "Jörg Mittag, Ortsteilentwicklung" under "Anja Päßler, Bauverwaltung": the same list
        if segment:
            p = from_segment(segment)
            if p:
                people.append(p)
    return people


_CUE = re.compile(
    r"(?i)anmeld|betrifft|betroffen|gilt\s+für|aufnehm|nachträglich|vormerk|eintrag|bringe|mitbring|mitnehm|nehme\s+(?:\S+\s+){0,8}mit\b|colleague|cancel|registration|melde|\bteil\b|absag|\bab\b|storn|verhindert|zurück|streichen|teilnehm|teilnahme|kommen|kommt|dabei|begleit|mit mir|und ich|ich und|sowie|statt|"
    r"anstelle|vertritt|vertreten|zusätzlich|register|attend|join|nachmeld|ersetz|übernimmt|wird .* teilnehmen|"
    r"dazunehm|hinzufüg|hinzunehm|nachtrag|wahrnehm|\b(?:kann|können)\s+(?:\S+\s+){0,3}?nicht\b|\bfäll[t]?\s+(?:\S+\s+){0,3}?aus\b|trage[nt]?\s+(?:\S+\s+){0,8}(?:ein|nach)\b|auf\s+die\s+\w*liste"
)
_REL = (r"(?:Kollegin|Kollegen|Kollege|[Cc]olleague|Mitarbeiterin|Mitarbeiter|Vertreterin|Vertreter|Stellvertreterin|"
        r"Stellvertreter|Chefin|Chef|Bürgermeisterin|Bürgermeister|Amtsleiterin|Amtsleiter|Leiterin|Leiter|"
        r"Bauamtsleiterin|Bauamtsleiter|Gemeinderätin|Gemeinderat|Stadträtin|Stadtrat|Ortschaftsrätin|Ortschaftsrat|"
        r"Ortsteilrätin|Ortsteilrat|Ortsteilbürgermeisterin|Ortsteilbürgermeister|Beigeordnete|Beigeordneter|"
        r"Sachbearbeiterin|Sachbearbeiter|Referentin|Referent|Kämmerin|Kämmerer|Hauptamtsleiterin|Hauptamtsleiter)")
_MENTION = re.compile(
    rf"(?:(?P<rel>{_REL})\s+(?P<sal>{SALUTATION}\s+)?|(?P<sal2>{SALUTATION})\s+)(?P<role>(?:(?:Ortsteil|Orts)?[Bb]ürgermeisterin|(?:Ortsteil|Orts)?[Bb]ürgermeister|Oberbürgermeister(?:in)?|Beigeordnete[rn]?|"
    rf"Amtsleiterin|Amtsleiter|Bauamtsleiterin|Bauamtsleiter)\s+)?(?P<name>(?:{TITLE}\s*)*{FULL_NAME})"
)
_GREETING_BEFORE = re.compile(r"(?i)(geehrte[rn]?|liebe[rn]?|hallo|guten tag|hi|dear|an)\s*$")


_NOUNISH = re.compile(r"(?i)(ung|heit|keit|schaft|tion|ität|amt|ismus|veranstaltung|programm|stadt|gemeinde|"
                      r"kreis|straße|platz|ring|weg|büro|verwaltung|planung|rei)$")
_BARE = re.compile(rf"(?P<name>(?:{TITLE}\s*)*{NAME_WORD}(?:\s+(?:{PARTICLE_RE}\s+)?{NAME_WORD}){{1,2}})")


def _bare_ok(name: str) -> bool:
    """A name written without Herr/Frau needs a given name's shape: a known given name (then the family name
    may end like a noun, "Heike Hartung"), or a short first word that ends like no noun ("Regionalexpress
    Erfurt Saalfeld", "Dienstwagen Kennzeichen SOK" are no persons)."""
    words = name.split()
    if len(words) < 2 or not looks_like_name(name):
        return False
    if known_given(words[0]):
        return not any(_NOUNISH.search(w) for w in words[:-1])
    return len(words[0]) <= 9 and not any(_NOUNISH.search(w) for w in words)


_PRONOUNS = {"Sie", "Ihnen", "Er", "Es", "Wir", "Uns", "Ich", "Mich", "Mir", "Euch"}


def _inner_name(words: str) -> str | None:
    """"Sie Kai Brandt", "Ute Lamm von der Teilnehmerliste": the name inside a run of capitalised words that
    starts with a pronoun, or runs on into "von der <noun>" (a unit's name like "VG Riechheimer Berg" stays out)."""
    w = words.split()
    if len(w) >= 3 and w[0] in _PRONOUNS and _bare_ok(" ".join(w[1:])):
        return " ".join(w[1:])
    # "Mitarbeiterinnen Gudrun Schilling", "Ansprechpartner Peter Lutz": a noun before a known given name
    if len(w) >= 3 and not known_given(w[0]) and known_given(w[1]) and _bare_ok(" ".join(w[1:])):
        return " ".join(w[1:])
    for i in range(2, len(w)):
        if w[i] in ("von", "vom", "zu", "zur", "zum") and _bare_ok(" ".join(w[:i])):
            return " ".join(w[:i])
    return None


def from_enumeration(text: str) -> list[Person]:
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
            after = sentence[m.end(): m.end() + 6]
            if re.search(rf"{SALUTATION}\s*$|(?i:stadt|gemeinde|geehrte[rn]?|liebe[rn]?|hallo)\s*$", before):
                continue
            if not (re.search(r"[:(,;]\s*$|\b(?:und|sowie|uns|wir|an)\s*$", before) or re.match(r"\s*[(,;–-]|\s+(?:und|sowie)\b", after)
                    or re.match(r"\s*$|\s*\.", after)):
                continue
            full, title, sal = split_name(m.group("name"))
            name = full if _bare_ok(full) else _inner_name(full)
            if name is None:
                continue
            tail = sentence[m.end():]  # to the sentence's end: a window would cut an address short ("….exampl")
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


# "… eine neue Kollegin, Frau X. Könnten Sie sie bitte nachmelden?": the next sentence points back at X.
_POINTS_BACK = re.compile(r"\b(?:sie|ihn|ihm|die\s+beiden|beide|diese[nr]?)\b|^\W*(?:Sie|Er)\s+(?:würde|wird|möchte|kommt|nimmt)\b")


def _cued(parts: list[str], i: int) -> bool:
    """The sentence asks to register someone, or the next one does and points back at the person named."""
    return bool(_CUE.search(parts[i])) or (i + 1 < len(parts) and bool(_CUE.search(parts[i + 1]))
                                           and bool(_POINTS_BACK.search(parts[i + 1])))


def from_sentences(text: str) -> list[Person]:
    """"meine Kollegin Frau Sabine Weber, sabine.weber@…", "Herrn Bürgermeister Peter Lange"."""
    people = []
    parts = sentences(text)
    for i, sentence in enumerate(parts):
        if not _cued(parts, i):
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
            tail = sentence[m.end():]  # to the sentence's end: a window would cut an address short ("….exampl")
            near = EMAIL.search(tail.split(".\n")[0]) if not _MENTION.search(tail[:40]) else None
            email_m = EMAIL.match(tail.lstrip(" ,(<:–-")) or (near if near and near.start() < 60 else None)
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
