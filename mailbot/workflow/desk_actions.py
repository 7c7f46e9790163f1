"""What an organiser's command does, as decision parts: register, cancel, edit, promote, resend, note.

`Desk` collects the parts of one answer (several commands may stand in one mail or digest reply),
keeping the seat count current between them, and closes with one acknowledgement to the organisers.
Its outcomes are data (`Outcome`): the templates word them in German, the audit keeps them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Any

from ..commands import Command, without_tags
from ..models import (
    AttendeeEdit, AuditEntry, Decision, DeskEffects, NewAttendee, Person, PlannedReply, Registered,
    RegistrationDetails, StatusChange,
)
from ..understand import forwarded_original
from ..understand.names import split_name
from ..understand.places import named as municipalities_named
from .cancel import promotions, targets
from .case import Case
from .signup import allocate, same_person

FIELD_LABELS = {"name": "Name", "email": "E-Mail", "municipality": "Kommune", "organisation": "Organisation",
                "role": "Funktion", "title": "Titel", "salutation": "Anrede"}
_EMAIL = re.compile(r"^[^@\s<>(),;:]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$")
_CODE = re.compile(r"^[A-Z]{2,10}-[A-Z2-9]{4}-[A-Z2-9]{4}$", re.IGNORECASE)
SEATED = ("confirmed", "provisional")
RESEND_KIND = {"confirmed": "confirmation", "waitlisted": "waitlist", "provisional": "missing_details"}


@dataclass(frozen=True)
class Outcome:
    """What became of one command: done | queued | already | failed, and a key saying what (for the templates)."""

    outcome: str
    what: str
    codes: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    item: int | None = None
    by: str | None = None
    at: datetime | None = None
    detail: str = ""
    decision: str | None = None

    def as_result(self, line: str) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if v not in (None, "", ())}
        out["line"] = line
        return out


@dataclass
class Desk:
    """The parts of one organiser answer, gathered command by command."""

    case: Case
    by: str
    item: bool = False  # deciding a parked mail on an organiser's instruction (not the organiser's own mail)
    new: list[NewAttendee] = field(default_factory=list)
    changes: list[StatusChange] = field(default_factory=list)
    replies: list[PlannedReply] = field(default_factory=list)
    edits: list[AttendeeEdit] = field(default_factory=list)
    known: list[Registered] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    release: str | None = None

    # ---- bookkeeping --------------------------------------------------------------------------

    def note(self, command: Command, outcome: Outcome) -> None:
        self.results.append(outcome.as_result(command.line))
        summary = outcome.what + (f": {', '.join(outcome.names)}" if outcome.names else "") + (
            f" ({outcome.detail})" if outcome.detail else "")
        self.audit.append(AuditEntry(by=self.by, command=_command_text(command), outcome=outcome.outcome,
                                     summary=summary[:1000], item_id=outcome.item, codes=outcome.codes))

    def _seat(self, added: Sequence[NewAttendee], leaving: Sequence[Registered], promoted: Sequence[str]) -> None:
        """Keep the case's counts current, so the next command of the same answer sees this one's seats."""
        state = self.case.state
        seated = sum(n.status in SEATED for n in added) - sum(k.status in SEATED for k in leaving) + len(promoted)
        waiting = sum(n.status == "waitlisted" for n in added) - sum(k.status == "waitlisted" for k in leaving)
        head = tuple(w for w in state.waitlist_head if w.code not in promoted and w not in leaving)
        self.case = replace(self.case, state=replace(state, seats_taken=state.seats_taken + seated,
                                                     waitlist_length=max(state.waitlist_length + waiting - len(promoted), 0),
                                                     waitlist_head=head))

    def find(self, target: str) -> tuple[list[Registered], str | None]:
        """Attendees a command names by code or by name; the reason when there is not exactly one."""
        people = {k.code: k for k in (*self.case.state.existing, *(self.case.state.desk.named
                                                                 if self.case.state.desk else ()))}
        target = target.strip().strip(".,;")
        if not target:
            return [], "no_target"
        if _CODE.match(target):
            found = [k for k in people.values() if k.code == target.upper()]
            return (found, None) if found else ([], "unknown_code")
        wanted = Person(name=split_name(target)[0])
        found = [k for k in people.values() if same_person(wanted, k)]
        active = [k for k in found if k.status != "cancelled"] or found
        if not active:
            return [], "unknown_name"
        if len(active) > 1:
            return active, "ambiguous_name"
        return active, None

    # ---- commands that act at once ------------------------------------------------------------

    def run(self, command: Command) -> None:
        handler = {"register": lambda c: self.register([dict(b) for b in c.blocks], c), "cancel": self.cancel,
                   "edit": self.edit, "promote": self.promote, "resend": self.resend, "note": self.add_note,
                   "announce": self.announce}
        if command.verb in handler:
            handler[command.verb](command)
        else:  # OK, IGNORIEREN, ANTWORT need a parked mail ("#17 OK", or an answer to its review mail)
            self.note(command, Outcome("failed", "needs_item"))

    def register(self, blocks: list[dict[str, str]], command: Command) -> None:
        """ANMELDEN: exactly these persons, one registration; each with an address gets the confirmation."""
        people, details, problem = persons_from(blocks)
        if problem:
            self.note(command, Outcome("failed", problem))
            return
        active = [k for k in (*self.case.state.existing, *(self.case.state.desk.named if self.case.state.desk
                                                            else ())) if k.status != "cancelled"]
        twice = [k for k in active if any(same_person(p, k) for p in people)]
        fresh = [p for p in people if not any(same_person(p, k) for k in active)]
        if not fresh:
            self.note(command, Outcome("already", "registered", codes=tuple(k.code for k in twice),
                                       names=tuple(k.name for k in twice)))
            return
        case = replace(self.case, understanding=replace(self.case.understanding, municipality=details.municipality))
        new = [replace(n, details=details) for n in allocate(case, fresh, provisional=False)]
        self.new += new
        self._seat(new, (), ())
        by_address: dict[str, list[NewAttendee]] = {}
        for n in new:
            if n.person.email:
                by_address.setdefault(n.person.email, []).append(n)
        for address, group in by_address.items():
            kind = "confirmation" if any(n.status == "confirmed" for n in group) else "waitlist"
            self.replies.append(PlannedReply(
                kind=kind, to=address, to_name=group[0].person.name, codes=tuple(n.code for n in group),
                answers_mail=self.item and address == self.case.sender,
                ics_method="REQUEST" if kind == "confirmation" else None, extra={"first_contact": True}))
        unmailed = tuple(n.person.name for n in new if not n.person.email)
        self.note(command, Outcome("done", "registered", codes=tuple(n.code for n in new),
                                   names=tuple(n.person.name for n in new),
                                   detail="ohne E-Mail: " + ", ".join(unmailed) if unmailed else ""))

    def cancel(self, command: Command) -> None:
        found, problem = self.find(command.target)
        if problem:
            self.note(command, Outcome("failed", problem, names=tuple(k.name for k in found), detail=command.target))
            return
        self._cancel(found, command)

    def cancel_item(self, command: Command) -> None:
        """ABMELDEN on a parked mail: whom the mail is about, as the bot reads it; the organiser is the proof."""
        self._cancel(targets(self.case), command)

    def _cancel(self, found: list[Registered], command: Command) -> None:
        leaving = [k for k in found if k.status != "cancelled"]
        if not leaving:
            self.note(command, Outcome("already" if found else "failed", "cancelled" if found else "unknown_person",
                                       codes=tuple(k.code for k in found), names=tuple(k.name for k in found)))
            return
        changes, promoted = promotions(self.case, leaving)
        self.changes += [StatusChange(k.code, "cancelled", "cancelled") for k in leaving] + changes
        self.known += leaving + [w for w in self.case.state.waitlist_head if any(c.code == w.code for c in changes)]
        for address, group in _by_address(leaving).items():
            self.replies.append(PlannedReply(kind="cancelled", to=address, to_name=group[0].name,
                                             codes=tuple(k.code for k in group), ics_method="CANCEL",
                                             answers_mail=self.item and address == self.case.sender))
        self.replies += promoted
        self._seat((), leaving, [c.code for c in changes])
        self.note(command, Outcome("done", "cancelled", codes=tuple(k.code for k in leaving),
                                   names=tuple(k.name for k in leaving),
                                   detail=", ".join(c.code for c in changes)))

    def one(self, command: Command) -> Registered | None:
        """The one attendee a command names; None (and the reason noted) when there is not exactly one."""
        found, problem = self.find(command.target)
        if problem or len(found) != 1:
            self.note(command, Outcome("failed", problem or "ambiguous_name", detail=command.target))
            return None
        return found[0]

    def edit(self, command: Command) -> None:
        """ÄNDERN: attendee fields change on the attendee, Kommune and Organisation on the registration."""
        if (who := self.one(command)) is None:
            return
        fields = dict(command.blocks[0]) if command.blocks else {}
        people, details, problem = persons_from([{"name": fields.get("name") or who.name, **fields}])
        if problem or not fields:
            self.note(command, Outcome("failed", problem or "no_field", codes=(who.code,)))
            return
        p = people[0]
        changed = {key: value for key, value in (("name", p.name), ("email", p.email), ("role", p.role),
                                                 ("title", p.title), ("salutation", p.salutation))
                   if key in fields and value}
        registration = {key: value for key, value in (
            ("municipality", details.municipality.name if details.municipality else None),
            ("organisation", details.organisation)) if key in fields and value}
        self.edits.append(AttendeeEdit(who.code, changed, details if registration else None))
        self.known.append(who)
        before = {"name": who.name, "email": who.email, "role": who.role}
        detail = "; ".join([f"{FIELD_LABELS[key]}: {before.get(key) or '–'} → {value}"
                            for key, value in changed.items()]
                           + [f"{FIELD_LABELS[key]}: {value}" for key, value in registration.items()])
        self.note(command, Outcome("done", "edited", codes=(who.code,), names=(p.name,), detail=detail))

    def promote(self, command: Command) -> None:
        if (k := self.one(command)) is None:
            return
        if k.status != "waitlisted":
            self.note(command, Outcome("failed", "not_waitlisted", codes=(k.code,), names=(k.name,),
                                       detail=k.status))
            return
        over = self.case.state.seats_taken >= self.case.event.capacity
        self.changes.append(StatusChange(k.code, "confirmed", "promoted"))
        self.known.append(k)
        address = (k.email or k.registration_sender or "").lower()
        if address:
            self.replies.append(PlannedReply(kind="promotion", to=address, to_name=k.name, codes=(k.code,),
                                             answers_mail=False, ics_method="REQUEST"))
        self._seat((), (), [k.code])
        self.note(command, Outcome("done", "promoted", codes=(k.code,), names=(k.name,),
                                   detail=("over_capacity" if over else "") + ("" if address else " no_address")))

    def resend(self, command: Command) -> None:
        if (k := self.one(command)) is None:
            return
        address = (k.email or k.registration_sender or "").lower()
        if k.status not in RESEND_KIND or not address:
            self.note(command, Outcome("failed", "no_address" if not address else "cancelled", codes=(k.code,),
                                       names=(k.name,)))
            return
        kind = RESEND_KIND[k.status]
        self.known.append(k)
        self.replies.append(PlannedReply(kind=kind, to=address, to_name=k.name, codes=(k.code,), answers_mail=False,
                                         ics_method="REQUEST" if kind == "confirmation" else None,
                                         extra={"resend": True, "missing": k.missing}))
        self.note(command, Outcome("done", "resent", codes=(k.code,), names=(k.name,), detail=address))

    def announce(self, command: Command) -> None:
        """The organisers allow a changed date, time or venue to go out to every confirmed attendee."""
        self.release = command.target
        self.note(command, Outcome("done", "released", detail=command.target))

    def add_note(self, command: Command) -> None:
        if not command.text.strip():
            self.note(command, Outcome("failed", "no_text", detail=command.target))
            return
        if (k := self.one(command)) is None:
            return
        stamp = self.case.now.astimezone(self.case.event.tz).strftime("%d.%m.%Y")
        text = f"{command.text.strip()} ({self.by}, {stamp})"
        self.edits.append(AttendeeEdit(k.code, {}, None, note=text))
        self.note(command, Outcome("done", "noted", codes=(k.code,), names=(k.name,), detail=text))

    # ---- closing ----------------------------------------------------------------------------------

    def effects(self, **kw: Any) -> DeskEffects:
        return DeskEffects(edits=tuple(self.edits), audit=tuple(self.audit), actor=self.by, release=self.release, **kw)

    def decision(self, effects: DeskEffects, kind: str = "DeskCommands", inbound_status: str = "done") -> Decision:
        """The gathered parts, plus one acknowledgement to every organiser address."""
        codes = tuple(dict.fromkeys(c for r in self.results for c in r.get("codes", ())))
        acks = tuple(PlannedReply(kind="desk_done", to=address, to_name=None, answers_mail=False, codes=codes,
                                  extra={"results": self.results, "by": self.by, "on_item": self.item,
                                         "subject": "" if self.item else without_tags(self.case.mail.subject)})
                     for address in sorted(self.case.organisers) if self.results)
        outcomes = ", ".join(f"{r['what']} {r['outcome']}" for r in self.results) or "nothing"
        return Decision(kind=kind, reason=f"organiser {self.by}: {outcomes}"[:2000], inbound_status=inbound_status,
                        new_attendees=tuple(self.new), changes=tuple(self.changes),
                        replies=tuple(self.replies) + acks, known=tuple(self.known), desk=effects)


def _command_text(command: Command) -> str:
    lines = [command.line]
    for block in command.blocks:
        lines += [f"{FIELD_LABELS.get(k, k)}: {v}" for k, v in block.items()]
    if command.text and command.verb == "answer":
        lines.append(command.text)
    return "\n".join(lines)[:4000]


def _by_address(people: Sequence[Registered]) -> dict[str, list[Registered]]:
    out: dict[str, list[Registered]] = {}
    for k in people:
        address = (k.email or k.registration_sender or "").lower()
        if address:
            out.setdefault(address, []).append(k)
    return out


def persons_from(blocks: Sequence[Mapping[str, str]]) -> tuple[list[Person], RegistrationDetails, str | None]:
    """Field blocks → persons and one registration's details; the first problem found, by key."""
    people: list[Person] = []
    municipality, organisation = None, None
    for block in blocks:
        raw_name = (block.get("name") or "").strip()
        if not raw_name:
            return [], RegistrationDetails(), "no_name"
        name, title, salutation = split_name(raw_name)
        email = (block.get("email") or "").strip().strip("<>").lower() or None
        if email and not _EMAIL.match(email):
            return [], RegistrationDetails(), "bad_email"
        people.append(Person(name=name, email=email, role=(block.get("role") or "").strip() or None,
                             title=(block.get("title") or "").strip() or title,
                             salutation=(block.get("salutation") or "").strip() or salutation))
        if block.get("municipality"):
            found = municipalities_named(block["municipality"])
            if len(found) != 1:
                return [], RegistrationDetails(), "unknown_municipality" if not found else "ambiguous_municipality"
            municipality = municipality or found[0]
        organisation = organisation or (block.get("organisation") or "").strip() or None
    if not people:
        return [], RegistrationDetails(), "no_person"
    org_type = "municipality" if municipality and not organisation else None
    details = RegistrationDetails(organisation=organisation, organisation_type=org_type, municipality=municipality,
                                  by_desk=True)
    return people, details, None


def merge(first: Decision, second: Decision) -> Decision:
    """A decision and the organiser's acknowledgement of it, applied as one."""
    return replace(first, replies=first.replies + second.replies, desk=second.desk,
                   reason=f"{first.reason}; {second.reason}"[:2000])


# ---- reading an organiser's mail that carries no proof -----------------------------------------------

def forwarded_participant_mail(case: Case) -> bytes | None:
    """A participant's mail an organiser forwarded, rebuilt as the participant's own (to process after an OK)."""
    inner = forwarded_original(case.mail)
    if inner is None or not inner.from_addr or inner.from_addr in case.organisers:
        return None
    msg = EmailMessage()
    msg["From"] = f"{inner.from_name} <{inner.from_addr}>" if inner.from_name else inner.from_addr
    msg["To"] = case.event.sender.address
    msg["Subject"] = inner.subject or case.mail.subject
    msg["Date"] = format_datetime(inner.date or case.now)
    if inner.message_id:
        msg["Message-ID"] = inner.message_id
    msg.set_content(inner.full_text or inner.text or "", charset="utf-8")
    return msg.as_bytes()


def reading_as_commands(case: Case) -> tuple[dict[str, Any], ...]:
    """A phone registration or cancellation in the organiser's own words, as the commands it amounts to."""
    u = case.understanding
    if u.intent == "cancellation" and u.codes:
        return tuple(Command("cancel", f"ABMELDEN {code}", target=code).as_dict() for code in u.codes)
    if u.intent != "registration":
        return ()
    organiser_name = (case.mail.from_name or "").casefold()
    people = [p for p in u.attendees if (p.email or "") not in case.organisers
              and p.name.casefold() != organiser_name]
    blocks = []
    for i, p in enumerate(people):
        block = {"name": " ".join(x for x in (p.title, p.name) if x), "email": p.email or "", "role": p.role or ""}
        if i == 0:
            block.update(municipality=u.municipality.name if u.municipality else "", organisation=u.organisation or "")
        blocks.append({k: v for k, v in block.items() if v})
    return (Command("register", "ANMELDEN", blocks=tuple(blocks)).as_dict(),) if blocks else ()


def understood(case: Case) -> dict[str, Any]:
    """What the bot read, as one-line values for the organisers' mails."""
    u = case.understanding
    return {
        "intent": u.intent,
        "persons": [", ".join(x for x in (" ".join(y for y in (p.title, p.name) if y), p.email, p.role) if x)
                    for p in u.attendees],
        "organisation": u.organisation or "",
        "municipality": f"{u.municipality.name} ({u.municipality.district})" if u.municipality else "",
        "notes": list(u.notes),
        "missing": list(u.missing),
        "question": u.question or "",
        "codes": list(u.codes),
    }


def describe(decision: Decision) -> dict[str, Any]:
    """The bot's proposal for a parked mail: the decision it would take, and whom it concerns."""
    known = {k.code: k.name for k in decision.known}
    return {"kind": decision.kind,
            "persons": [{"name": n.person.name, "status": n.status} for n in decision.new_attendees]
            + [{"name": known.get(c.code, c.code), "status": c.status} for c in decision.changes]}
