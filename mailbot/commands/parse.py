"""An organiser's answer → Command values: keywords on the first lines, field blocks, free text.

Only the organiser's own new words count (message.parse has split off the quoted original), and
only lines at the top: a keyword further down, in a signature or a quoted review mail, is no command.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

# Keyword → verb. German first, English aliases; matched case-insensitively at the start of a line.
VERBS: tuple[tuple[str, str], ...] = (
    ("erneut senden", "resend"), ("nochmal senden", "resend"), ("resend", "resend"),
    ("nachrücken", "promote"), ("nachruecken", "promote"), ("promote", "promote"),
    ("anmelden", "register"), ("register", "register"),
    ("abmelden", "cancel"), ("cancel", "cancel"),
    ("ändern", "edit"), ("aendern", "edit"), ("edit", "edit"), ("change", "edit"),
    ("notiz", "note"), ("note", "note"),
    ("ignorieren", "ignore"), ("ignore", "ignore"),
    ("antwort", "answer"), ("antworten", "answer"), ("reply", "answer"), ("answer", "answer"),
    ("ok", "ok"), ("okay", "ok"), ("approve", "ok"),
)
_VERB = re.compile(
    r"^\s*(?:#(?P<item>\d{1,9})\s*[:.)-]?\s*)?(?P<verb>" + "|".join(re.escape(k) for k, _ in VERBS) + r")\b[:.!,]?"
    r"(?:\s+(?P<rest>.*))?$", re.IGNORECASE)

# Field label → key. "E-Mail:", "Kommune:" … as the issue and the help blocks name them.
FIELDS: tuple[tuple[str, str], ...] = (
    ("name", "name"), ("e-mail", "email"), ("email", "email"), ("e-mail-adresse", "email"), ("mail", "email"),
    ("kommune", "municipality"), ("gemeinde", "municipality"), ("stadt", "municipality"),
    ("municipality", "municipality"),
    ("organisation", "organisation"), ("organization", "organisation"), ("behörde", "organisation"),
    ("funktion", "role"), ("rolle", "role"), ("role", "role"), ("position", "role"),
    ("titel", "title"), ("title", "title"), ("anrede", "salutation"),
)
_FIELD = re.compile(r"^\s*[-*•]?\s*(?P<label>" + "|".join(re.escape(k) for k, _ in sorted(FIELDS, key=lambda f: -len(f[0])))
                    + r")\s*:\s*(?P<value>.*?)\s*$", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(hallo|guten (tag|morgen)|hi|liebe|lieber|sehr geehrte)\b.{0,60}$", re.IGNORECASE)
MAX_LEAD_LINES = 2  # a greeting ("Hallo,") may stand above the first command, nothing more


@dataclass(frozen=True)
class Command:
    """One organiser instruction. `line` is the first line as written, for the acknowledgement and the audit."""

    verb: str  # ok register cancel edit promote resend note ignore answer
    line: str
    item: int | None = None  # "#17": the parked mail or question it is about
    target: str = ""  # a code or a name
    text: str = ""  # NOTIZ / ANTWORT
    blocks: tuple[Mapping[str, str], ...] = field(default=(), hash=False)  # ANMELDEN: one per person; ÄNDERN: one

    def as_dict(self) -> dict[str, Any]:
        return {"verb": self.verb, "line": self.line, "item": self.item, "target": self.target, "text": self.text,
                "blocks": [dict(b) for b in self.blocks]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Command:
        return cls(verb=data["verb"], line=data.get("line", ""), item=data.get("item"),
                   target=data.get("target", ""), text=data.get("text", ""),
                   blocks=tuple(dict(b) for b in data.get("blocks", ())))


def verb_of(line: str) -> re.Match[str] | None:
    """The keyword at the start of a line ("OK", "#17 ABMELDEN ISEK-…"), or None."""
    return _VERB.match(line)


def field_of(line: str) -> tuple[str, str] | None:
    m = _FIELD.match(line)
    if not m:
        return None
    label = m.group("label").lower()
    return dict(FIELDS)[label], m.group("value")


def read_commands(text: str) -> list[Command]:
    """The commands on the first lines of `text`; [] when the text does not start with one."""
    lines = text.replace("\r\n", "\n").split("\n")
    i, lead = 0, 0
    commands: list[Command] = []
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        m = verb_of(line)
        if m is None:
            if commands or lead >= MAX_LEAD_LINES or not _GREETING.match(line):
                break
            lead += 1
            i += 1
            continue
        command, i = _one(m, line, lines, i + 1)
        commands.append(command)
        if command.verb == "answer":  # the free text runs to the end of the organiser's words
            break
    return commands


def _one(m: re.Match[str], line: str, lines: list[str], i: int) -> tuple[Command, int]:
    verb = dict(VERBS)[m.group("verb").lower()]
    item = int(m.group("item")) if m.group("item") else None
    rest = (m.group("rest") or "").strip()
    if verb == "answer":
        body = "\n".join(lines[i:]).strip("\n")
        return Command(verb, line, item, text=(rest + "\n" + body).strip() if rest else body), len(lines)
    if verb == "note":
        target, _, note = rest.partition(" ")
        return Command(verb, line, item, target=target, text=note.strip()), i
    blocks: list[dict[str, str]] = []
    if verb in ("register", "edit"):
        blocks, i = _blocks(lines, i, one=verb == "edit")
        pair = field_of(rest) if verb == "register" else None
        if pair:  # "ANMELDEN Name: Anna Schmidt", further fields below
            blocks = [{pair[0]: pair[1], **(blocks[0] if blocks else {})}, *blocks[1:]]
            rest = ""
    return Command(verb, line, item, target=rest, blocks=tuple(blocks)), i


def _blocks(lines: list[str], i: int, one: bool) -> tuple[list[dict[str, str]], int]:
    """Field lines after the keyword; a blank line starts the next person; anything else ends the list."""
    blocks: list[dict[str, str]] = []
    current: dict[str, str] = {}
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            if current and not one:
                blocks.append(current)
                current = {}
            i += 1
            continue
        pair = field_of(line)
        if pair is None:
            break
        key, value = pair
        if key in current and not one:  # a second "Name:" without a blank line: the next person
            blocks.append(current)
            current = {}
        current[key] = value
        i += 1
    if current:
        blocks.append(current)
    return blocks, i


@dataclass(frozen=True)
class Referenced:
    """What commands point at, so the store can read exactly those: codes, names, addresses, mail numbers."""

    codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    items: tuple[int, ...] = ()


_CODE_SHAPE = re.compile(r"^[A-Z]{2,10}-[A-Z2-9]{4}-[A-Z2-9]{4}$", re.IGNORECASE)


def referenced(commands: list[Command] | tuple[Command, ...]) -> Referenced:
    codes: list[str] = []
    names: list[str] = []
    emails: list[str] = []
    items: list[int] = []
    for c in commands:
        if c.item is not None:
            items.append(c.item)
        target = c.target.strip().strip(".,;")
        if target:
            (codes if _CODE_SHAPE.match(target) else names).append(target.upper() if _CODE_SHAPE.match(target)
                                                                   else target)
        for block in c.blocks:
            if block.get("email"):
                emails.append(block["email"].strip().lower())
            if block.get("name") and c.verb == "register":
                names.append(block["name"].strip())
    return Referenced(tuple(codes), tuple(names), tuple(emails), tuple(items))
