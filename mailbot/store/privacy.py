"""Data-protection requests in SQL, inside the deciding transaction (decisions.py): reading what is stored about an
address for an access report (Art. 15 DSGVO), and deleting a person's data for an erasure (Art. 17).

Functions over a connection, so the read, the decision and its replies are one transaction, and an erasure is
written together with its confirmation or not at all.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..access_report import AccessReport, Colleague, DeskNote, SentRegistration, SentReply, StoredAttendee, StoredMail
from ..commands.parse import verb_of
from ..models import Erasure, State
from . import tables as t
from .rows import Lookup, sender_hash

# Our mails to the organisers that carry a person's own mail (their question, their mail under review).
FORWARD_KINDS = ("question_forward", "desk_review")
# What an erased person's name, address and code become in the organisers' audit (the templates word it).
ERASED_MARK = "[erased]"
_SUMMARY_KEY = re.compile(r"[a-z_]+")


# ---- access (Art. 15 DSGVO) ------------------------------------------------------------------------------------

def access_subject(lookup: Lookup, state: State) -> str | None:
    """Whose data the decision may need: the writer's, for an access request; the address we asked, for an answer
    to our request to confirm one (the report only ever goes to the address it is about)."""
    action: Mapping[str, Any] | None = state.answered.action if state.answered else None
    if action and action.get("do") == "access" and action.get("address"):
        return str(action["address"]).strip().lower()
    if lookup.access and lookup.sender:
        return lookup.sender.strip().lower()
    return None


def read_access(conn: Connection, address: str, current: int | None = None) -> AccessReport:
    """Everything stored about `address` (a pure read). `current`: the mail being decided, when it is from there
    (it is stored too, though its row names no sender until the decision is written)."""
    a, r, i, o = t.attendees.c, t.registrations.c, t.inbound_mail.c, t.outbox.c
    address = address.strip().lower()
    own_rows = conn.execute(
        select(a.id, a.registration_id, a.name, a.title, a.salutation, a.email, a.role, a.status, a.code,
               a.created_at, a.status_changed_at, r.organisation, r.municipality, r.notes, r.sender_email)
        .select_from(t.attendees.join(t.registrations)).where(func.lower(a.email) == address)
        .order_by(a.queue_seq)).all()
    names_by_registration: dict[int, list[str]] = {}
    regs = {row.registration_id for row in own_rows}
    if regs:
        for reg_id, name in conn.execute(select(a.registration_id, a.name).where(a.registration_id.in_(regs))):
            names_by_registration.setdefault(reg_id, []).append(name)
    attendees = tuple(StoredAttendee(
        name=row.name, title=row.title, salutation=row.salutation, email=row.email, role=row.role,
        organisation=row.organisation, municipality=row.municipality,
        notes=tuple(n for n in json.loads(row.notes or "[]")
                    if _names(n, row.name) or not any(_names(n, x) for x in names_by_registration[row.registration_id])),
        status=row.status, code=row.code, registered_at=row.created_at, status_changed_at=row.status_changed_at,
        by_someone_else=bool(row.sender_email) and row.sender_email.lower() != address,
    ) for row in own_rows)

    registrations = []
    for reg in conn.execute(select(r.id, r.created_at, r.organisation, r.municipality, r.notes)
                            .where(func.lower(r.sender_email) == address).order_by(r.created_at, r.id)):
        others = conn.execute(select(a.name, a.title, a.role, a.email).where(a.registration_id == reg.id)
                              .order_by(a.queue_seq)).all()
        registrations.append(SentRegistration(
            at=reg.created_at, organisation=reg.organisation, municipality=reg.municipality,
            notes=tuple(json.loads(reg.notes or "[]")),
            colleagues=tuple(Colleague(name=x.name, title=x.title, role=x.role)
                             for x in others if (x.email or "").lower() != address)))

    theirs = or_(i.sender_hash == sender_hash(address), i.id == current) if current is not None \
        else i.sender_hash == sender_hash(address)
    inbound = conn.execute(select(i.id, i.received_at, i.raw).where(theirs).order_by(i.received_at, i.id)).all()
    mails = tuple(StoredMail(at=row.received_at, subject=_subject(row.raw)) for row in inbound)
    mail_ids = [row.id for row in inbound]

    sent = or_(func.lower(o.recipient) == address, *(
        [and_(o.inbound_id.in_(mail_ids), o.kind.in_(FORWARD_KINDS))] if mail_ids else []))
    replies = tuple(SentReply(at=row.sent_at or row.created_at, kind=row.kind, status=row.status,
                              to_organisers=row.recipient.lower() != address)
                    for row in conn.execute(select(o.kind, o.recipient, o.status, o.created_at, o.sent_at)
                                            .where(sent).order_by(o.created_at, o.id)))

    marked = conn.execute(select(t.undeliverable.c.at).where(t.undeliverable.c.address == address)).scalar()
    bounces = tuple(conn.execute(select(t.bounce_events.c.at).where(t.bounce_events.c.address == address)
                                 .order_by(t.bounce_events.c.at)).scalars())
    d = t.desk_actions.c
    codes = [row.code for row in own_rows]
    desk = tuple(DeskNote(at=row.at, what=_key(row.summary))
                 for row in conn.execute(select(d.at, d.summary).where(or_(*(d.codes.like(f'%"{c}"%') for c in codes)))
                                         .order_by(d.at, d.id))) if codes else ()
    return AccessReport(address=address, attendees=attendees, registrations=tuple(registrations), mails=mails,
                        replies=replies, undeliverable_since=marked, bounces=bounces, desk=desk)


def note_access(conn: Connection, now: datetime) -> None:
    """The digest says that an access report went out, and when; never to whom."""
    conn.execute(insert(t.activity).values(at=now, kind="access_report"))


def _subject(raw: bytes) -> str:
    """The decoded Subject of a stored mail ("" when it has none or it cannot be read)."""
    try:
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0][:65536]
        return " ".join(str(BytesHeaderParser(policy=default_policy).parsebytes(head).get("Subject") or "").split())
    except Exception:  # noqa: BLE001 - a header the parser cannot decode is shown as no subject
        return ""


def _key(summary: str) -> str:
    match = _SUMMARY_KEY.match(summary or "")
    return match[0] if match else ""


def _names(note: str, person: str) -> bool:
    """A note names this person (by family name), as store.notes_for reads notes."""
    family = person.split()[-1] if person.split() else ""
    return bool(family) and re.search(rf"(?<!\w){re.escape(family)}(?!\w)", note, re.IGNORECASE) is not None


# ---- erasure (Art. 17 DSGVO) -----------------------------------------------------------------------------------

def erase_person(conn: Connection, erase: Erasure, inbound_id: int | None, now: datetime) -> tuple[list[int], list[str]]:
    """Delete the person's attendee rows (their registrations when left empty, notes that name them when not), the
    mails queued for or about them, the address's bounce marks; unlink the registrations the address sent, so the
    colleagues in them stay registered (those left without any address are noted for the organisers); neutralise
    the organisers' audit entries that name them. Returns the inbound mails to blank (the address's own, this
    request included) and the Message-IDs of the deleted outbox rows (their .eml files go at the next pass)."""
    a, r, o, i = t.attendees.c, t.registrations.c, t.outbox.c, t.inbound_mail.c
    address = erase.address.lower()
    rows = conn.execute(select(a.id, a.registration_id, a.name, a.email, a.code)
                        .where(a.code.in_(list(erase.codes)))).all() if erase.codes else []
    ids, regs = [row.id for row in rows], {row.registration_id for row in rows}
    _neutralise_audit(conn, codes={row.code for row in rows}, words={address, *(row.name for row in rows),
                                                                     *(row.email or "" for row in rows)} - {""})
    if ids:
        conn.execute(t.activity.delete().where(t.activity.c.attendee_id.in_(ids)))
        conn.execute(t.attendees.delete().where(a.id.in_(ids)))
    for reg in regs:
        if conn.execute(select(a.id).where(a.registration_id == reg).limit(1)).first() is None:
            conn.execute(update(t.registrations).where(r.id == reg).values(inbound_id=None))
            conn.execute(t.registrations.delete().where(r.id == reg))
        else:
            _drop_notes_naming(conn, reg, [row.name for row in rows if row.registration_id == reg])
    _unlink_sender(conn, address, now)
    inbound = [row[0] for row in conn.execute(select(i.id).where(i.sender_hash == sender_hash(address)))]
    inbound += [inbound_id] if inbound_id is not None and inbound_id not in inbound else []
    about = [o.codes.like(f'%"{code}"%') for code in erase.codes]
    gone = or_(func.lower(o.recipient) == address, o.inbound_id.in_(inbound), *about)
    sent = [row[0] for row in conn.execute(select(o.message_id).where(gone)) if row[0]]
    conn.execute(update(t.registrations).where(r.inbound_id.in_(inbound)).values(inbound_id=None))
    conn.execute(update(t.activity).where(t.activity.c.inbound_id.in_(inbound)).values(inbound_id=None))
    conn.execute(t.outbox.delete().where(gone))
    conn.execute(t.undeliverable.delete().where(t.undeliverable.c.address == address))
    conn.execute(t.bounce_events.delete().where(t.bounce_events.c.address == address))
    return inbound, sent


def erase_mails(conn: Connection, inbound: list[int], sent: Iterable[str], now: datetime) -> None:
    """Blank the stored mails (their dedupe keys stay, so a mail delivered again is not answered) and note the
    erasure: when, and what the next pass deletes — the mails in the mailbox (by dedupe key) and the file
    transport's .eml files of the deleted outbox rows (`out:` + Message-ID); the digest says one was done."""
    i = t.inbound_mail.c
    keys = [row[0] for row in conn.execute(select(i.dedupe_key).where(i.id.in_(inbound)))] if inbound else []
    if inbound:
        conn.execute(update(t.inbound_mail).where(i.id.in_(inbound)).values(
            raw=b"", message_id=None, reason="erased (Art. 17 DSGVO)", question=None, sender_hash=None,
            instruction=None))
    conn.execute(insert(t.erasures).values(at=now, mail_keys=json.dumps(keys + [f"out:{m}" for m in sent])))
    conn.execute(insert(t.activity).values(at=now, kind="erased", detail=f"{len(keys)} mail(s)"))


def _unlink_sender(conn: Connection, address: str, now: datetime) -> None:
    """The registrations the address sent keep their attendees but lose the address; an active attendee left with no
    address at all is noted for the organisers (activity `contact_erased`: the digest names them, not the sender)."""
    a, r = t.attendees.c, t.registrations.c
    sent = [row[0] for row in conn.execute(select(r.id).where(func.lower(r.sender_email) == address))]
    if not sent:
        return
    stranded = conn.execute(select(a.id).where(a.registration_id.in_(sent), a.email.is_(None),
                                               a.status != "cancelled")).scalars().all()
    for attendee_id in stranded:
        conn.execute(insert(t.activity).values(at=now, kind="contact_erased", attendee_id=attendee_id))
    conn.execute(update(t.registrations).where(r.id.in_(sent)).values(sender_email=None))


def _drop_notes_naming(conn: Connection, reg_id: int, names: list[str]) -> None:
    r = t.registrations.c
    notes = json.loads(conn.execute(select(r.notes).where(r.id == reg_id)).scalar() or "[]")
    kept = [n for n in notes if not any(_names(n, name) for name in names)]
    if kept != notes:
        conn.execute(update(t.registrations).where(r.id == reg_id).values(notes=json.dumps(kept, ensure_ascii=False)))


def _neutralise_audit(conn: Connection, codes: set[str], words: set[str]) -> None:
    """The organisers' audit keeps that an action happened, not whom it named: in each entry about the person (by
    code, name or address) the command is cut to its keyword and the summary's names, addresses and codes become
    ERASED_MARK; the codes leave the entry."""
    d = t.desk_actions.c
    needles = [w for w in (*codes, *words) if w]
    if not needles:
        return
    for row in conn.execute(select(d.id, d.command, d.summary, d.codes)).all():
        listed = json.loads(row.codes or "[]")
        named = any(n.lower() in f"{row.command}\n{row.summary}".lower() for n in needles)
        if not named and not codes.intersection(listed):
            continue
        conn.execute(update(t.desk_actions).where(d.id == row.id).values(
            command=_keyword(row.command, needles), summary=_replaced(row.summary, needles),
            codes=json.dumps([c for c in listed if c not in codes])))


def _keyword(command: str, needles: Iterable[str]) -> str:
    """"#17 ABMELDEN Anna Schmidt" → "#17 ABMELDEN": the keyword as written, without what it named; a command line
    of the CLI ("registrations note ISEK-…") or a mail subject keeps its first line with the person's marks replaced."""
    first = (command or "").split("\n", 1)[0]
    match = verb_of(first)
    if match is not None:
        return (f"#{match['item']} " if match["item"] else "") + match["verb"]
    return _replaced(first, needles)


def _replaced(text: str, needles: Iterable[str]) -> str:
    for needle in sorted(set(needles), key=len, reverse=True):
        text = re.sub(re.escape(needle), ERASED_MARK, text, flags=re.IGNORECASE)
    return text
