"""Attendees typed into key–value forms ("Name: …", "Vorname: …") and tables with a header row."""

from __future__ import annotations

import re

from ...models import Person
from ..names import NAME_WORD, ROLE, looks_like_name, split_name
from ..text import fold
from .common import EMAIL
from .common import person as _person
from .mentions import from_segment as _from_segment

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


def from_fields(text: str) -> list[Person]:
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
        # "Name: Langguth" beside "Vorname: Susanne" is the family name, in either order
        if key == "given" and "given" not in current and len(current.get("name", "").split()) == 1:
            current["family"] = current.pop("name")
        elif key == "name" and len(value.split()) == 1 and "given" in current and "family" not in current:
            key = "family"
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


def from_table(text: str) -> list[Person]:
    """Rows with " | " or tab separated cells; a header row names the columns."""
    rows = [re.split(r"\s*\|\s*|\t+", line.strip().strip("|")) for line in text.splitlines()
            if ("|" in line or "\t" in line)]
    rows = [[c.strip() for c in r] for r in rows if len([c for c in r if c.strip()]) >= 2]
    # "Funktion:<tab>Bauamt" is a form pasted as text, read by from_fields; its labels are no names
    rows = [r for r in rows if not re.search(r"[:=]$", r[0])]
    if not rows:
        return []
    header: dict[str, int] = {}
    first = [fold(c) for c in rows[0]]
    for i, label in enumerate(first):
        key = _KEYS.get(rows[0][i].strip().lower().rstrip(":"))
        if key is None and "name" in label:
            key = "family" if "nach" in label else ("given" if "vor" in label and "nach" not in label else "name")
        if key is None and "mail" in label:
            key = "email"
        if key is None and any(w in label for w in ("funktion", "position", "rolle")):
            key = "role"
        if key:
            header.setdefault(key, i)
    # "Vorname | Name": beside a given-name column, "Name" is the family name, in whatever order the columns come
    if "given" in header and "name" in header and "family" not in header:
        header["family"] = header.pop("name")
    people = []
    body = rows[1:] if header else rows
    for row in body:
        if header:
            def cell(key: str, row: list[str] = row) -> str:
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
