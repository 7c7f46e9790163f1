"""The organisers' desk in SQL: tokens, parked mails by number, instructions, edits, the audit.

Functions over a connection, called inside the deciding transaction (decisions.py), so an organiser's
command, its effects and its acknowledgement are written together or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine

from ..models import DeskEffects, DeskItem, DeskState, DeskToken, Registered
from . import tables as t
from .rows import content_hash, dedupe_key, message_id_of, sender_hash


def read_token(conn: Connection, tokens: Sequence[str]) -> DeskToken | None:
    """The first known token among those an answer carries."""
    d = t.desk_tokens.c
    for value in tokens:
        row = conn.execute(select(d.token, d.kind, d.item_id, d.proposal, d.payload, d.used_by, d.used_at)
                           .where(d.token == value)).first()
        if row is not None:
            return DeskToken(token=row.token, kind=row.kind, item_id=row.item_id,
                             proposal=tuple(json.loads(row.proposal or "[]")), payload=row.payload,
                             used_by=row.used_by, used_at=row.used_at)
    return None


def desk_state(conn: Connection, token: DeskToken | None, items: Sequence[int], names: Sequence[str],
               registered: Callable[[Connection, Any], tuple[Registered, ...]]) -> DeskState:
    """The token, the parked mails it and the commands name, and the attendees named instead of coded."""
    d = t.desk_tokens.c
    wanted = set(items) | ({token.item_id} if token and token.item_id is not None else set())
    found: dict[int, DeskItem] = {}
    if wanted:
        c = t.inbound_mail.c
        rows = conn.execute(select(c.id, c.status, c.resolved_by, c.resolved_at).where(c.id.in_(wanted))).all()
        proposals = dict(conn.execute(
            select(d.item_id, d.proposal).where(and_(d.item_id.in_(wanted), d.kind == "review"))
            .order_by(d.created_at)).all())
        for row in rows:
            proposal = json.loads(proposals.get(row.id) or "[]")
            found[row.id] = DeskItem(id=row.id, status=row.status, resolved_by=row.resolved_by,
                                     resolved_at=row.resolved_at,
                                     proposal=proposal[0].get("decision") if proposal else None)
    named: tuple[Registered, ...] = ()
    if names:
        a = t.attendees.c
        named = registered(conn, func.lower(a.name).in_([n.lower() for n in names]))
    return DeskState(token=token, items=found, named=named)


def apply_desk(conn: Connection, effects: DeskEffects, inbound_id: int | None, now: datetime) -> None:
    """Everything an organiser's answer does beyond registrations and mails."""
    for token in effects.tokens:
        conn.execute(insert(t.desk_tokens).values(
            token=token.token, kind=token.kind, item_id=token.item_id if token.item_id is not None else inbound_id,
            proposal=json.dumps(list(token.proposal), ensure_ascii=False, default=str), payload=token.payload,
            created_at=now))
    if effects.use_token:
        conn.execute(update(t.desk_tokens).where(and_(t.desk_tokens.c.token == effects.use_token,
                                                      t.desk_tokens.c.used_by.is_(None)))
                     .values(used_by=effects.actor, used_at=now))
    c = t.inbound_mail.c
    for requeue in effects.requeue:
        conn.execute(update(t.inbound_mail).where(and_(c.id == requeue.item_id, c.id != (inbound_id or -1)))
                     .values(status="new", claimed_at=None, attempts=0, last_fault=None,
                             instruction=json.dumps(dict(requeue.instruction), ensure_ascii=False),
                             resolved_by=requeue.instruction.get("by"), resolved_at=now))
    for edit in effects.edits:
        _edit(conn, edit.code, edit.fields, edit.details, edit.note)
    if effects.inject is not None:
        _inject(conn, effects.inject, effects.inject_instruction or {}, now)
    if effects.resolves and inbound_id is not None:
        conn.execute(update(t.inbound_mail).where(c.id == inbound_id)
                     .values(resolved_by=effects.resolves, resolved_at=now, instruction=None))
    if effects.release:
        release_marker(conn, effects.release, now)
    for entry in effects.audit:
        conn.execute(insert(t.desk_actions).values(
            at=now, by=entry.by, command=entry.command, outcome=entry.outcome, summary=entry.summary,
            item_id=entry.item_id if entry.item_id is not None else (inbound_id if effects.resolves else None),
            codes=json.dumps(list(entry.codes)), inbound_id=inbound_id))


def _edit(conn: Connection, code: str, fields: Any, details: Any, note: str | None) -> None:
    a, r = t.attendees.c, t.registrations.c
    row = conn.execute(select(a.id, a.registration_id).where(a.code == code)).first()
    if row is None:
        return
    if fields:
        conn.execute(update(t.attendees).where(a.id == row.id).values(**dict(fields)))
    values: dict[str, Any] = {}
    if details is not None:
        if details.municipality:
            values.update(municipality=details.municipality.name, ags=details.municipality.ags,
                          district=details.municipality.district)
        if details.organisation:
            values.update(organisation=details.organisation)
        if details.municipality or details.organisation:
            values.update(missing="[]")
    if note:
        old = conn.execute(select(r.notes).where(r.id == row.registration_id)).scalar_one_or_none()
        values["notes"] = json.dumps(list(json.loads(old or "[]")) + [note], ensure_ascii=False)
    if values:
        conn.execute(update(t.registrations).where(r.id == row.registration_id).values(**values))


def _inject(conn: Connection, raw: bytes, instruction: Any, now: datetime) -> None:
    """A participant's mail an organiser forwarded: filed as if it had arrived, with the organiser's word."""
    message_id = message_id_of(raw)
    key = dedupe_key(message_id, raw)
    if conn.execute(select(t.inbound_mail.c.id).where(t.inbound_mail.c.dedupe_key == key)).first():
        return  # the participant's own copy is here already: it was (or will be) processed as such
    conn.execute(insert(t.inbound_mail).values(
        dedupe_key=key, message_id=message_id, folder="desk", moved=True, content_hash=content_hash(raw),
        received_at=now, raw=raw, size=len(raw), status="new",
        instruction=json.dumps(dict(instruction), ensure_ascii=False)))


@dataclass(frozen=True)
class Parked:
    """A mail waiting for an organiser (`mailbot review`)."""

    id: int
    received_at: datetime
    reason: str
    reason_code: str | None
    raw: bytes
    proposal: str | None


@dataclass(frozen=True)
class Event:
    """One line of a person's history: a mail in, a mail out, or an organiser's action."""

    at: datetime
    direction: str  # in | out | desk
    what: str  # the inbound outcome, the outbox kind, or the command
    detail: str  # the reason, the delivery status, the summary
    item_id: int | None = None
    raw: bytes | None = None  # for mail in: to show its sender and subject


def parked(engine: Engine, item_id: int | None = None) -> list[Parked]:
    """Parked mails not yet resolved, oldest first (or the one asked for, whatever its status)."""
    c, d = t.inbound_mail.c, t.desk_tokens.c
    where = c.id == item_id if item_id is not None else c.status == "review"
    with engine.begin() as conn:
        rows = conn.execute(select(c.id, c.received_at, c.reason, c.reason_code, c.raw).where(where)
                            .order_by(c.id)).all()
        proposals = dict(conn.execute(select(d.item_id, d.proposal).where(and_(
            d.kind == "review", d.item_id.in_([r.id for r in rows])))).all()) if rows else {}
    out = []
    for row in rows:
        proposal = json.loads(proposals.get(row.id) or "[]")
        out.append(Parked(row.id, row.received_at, row.reason or "", row.reason_code, row.raw or b"",
                          proposal[0].get("decision") if proposal else None))
    return out


def history(engine: Engine, who: str) -> list[Event]:
    """Every mail in and out for a person (by address or registration code) and what the desk did."""
    a, r, c, o, d = t.attendees.c, t.registrations.c, t.inbound_mail.c, t.outbox.c, t.desk_actions.c
    who = who.strip()
    with engine.begin() as conn:
        if "@" in who:
            addresses = {who.lower()}
            people = conn.execute(select(a.id, a.code, a.email, r.sender_email, r.inbound_id)
                                  .select_from(t.attendees.join(t.registrations))
                                  .where(or_(func.lower(a.email) == who.lower(),
                                             func.lower(r.sender_email) == who.lower()))).all()
        else:
            people = conn.execute(select(a.id, a.code, a.email, r.sender_email, r.inbound_id)
                                  .select_from(t.attendees.join(t.registrations))
                                  .where(a.code == who.upper())).all()
            addresses = {x.lower() for p in people for x in (p.email, p.sender_email) if x}
        codes = {p.code for p in people}
        mail_ids = {p.inbound_id for p in people if p.inbound_id} | set(conn.execute(
            select(t.activity.c.inbound_id).where(and_(t.activity.c.attendee_id.in_([p.id for p in people]),
                                                       t.activity.c.inbound_id.is_not(None)))).scalars())
        hashes = [sender_hash(x) for x in addresses]
        events = [Event(row.received_at, "in", row.outcome or row.status, row.reason or "", row.id, row.raw)
                  for row in conn.execute(select(c.id, c.received_at, c.status, c.outcome, c.reason, c.raw)
                                          .where(or_(c.sender_hash.in_(hashes), c.id.in_(mail_ids))))]
        sent = or_(func.lower(o.recipient).in_(addresses), *(o.codes.like(f'%"{code}"%') for code in codes))
        events += [Event(row.created_at, "out", row.kind, f"{row.recipient}: {row.status}"
                         + (f" ({row.last_error})" if row.last_error else ""), row.inbound_id)
                   for row in conn.execute(select(o.created_at, o.kind, o.recipient, o.status, o.last_error,
                                                  o.inbound_id).where(sent))]
        acted = [d.codes.like(f'%"{code}"%') for code in codes] + [d.item_id.in_(mail_ids)]
        events += [Event(row.at, "desk", row.command.split("\n")[0], f"{row.outcome}: {row.summary} ({row.by})",
                         row.item_id)
                   for row in conn.execute(select(d.at, d.by, d.command, d.outcome, d.summary, d.item_id)
                                           .where(or_(*acted)))]
    return sorted(events, key=lambda e: (e.at, {"in": 0, "desk": 1, "out": 2}[e.direction]))


def unreported_actions(conn: Connection) -> list[Any]:
    """Organisers' actions no digest has listed yet."""
    d = t.desk_actions.c
    return list(conn.execute(select(d.id, d.at, d.by, d.command, d.outcome, d.summary, d.item_id)
                             .where(d.reported_at.is_(None)).order_by(d.at, d.id)).all())


RELEASED = "announce:released:"
ASKED = "announce:asked:"


def release_marker(conn: Connection, version: str, now: datetime) -> None:
    s = t.schedule_state.c
    if conn.execute(select(s.name).where(s.name == RELEASED + version)).first() is None:
        conn.execute(insert(t.schedule_state).values(name=RELEASED + version, done_at=now))


def ask_once(engine: Engine, version: str, token: DeskToken, mails: Sequence[Any], now: datetime,
             enqueue: Callable[[Connection, Any, int | None, datetime], bool]) -> bool:
    """Ask the organisers once per event-file version: the question mails, their token and the marker together."""
    s = t.schedule_state.c
    with engine.begin() as conn:
        if conn.execute(select(s.name).where(s.name == ASKED + version)).first() is not None:
            return False
        conn.execute(insert(t.schedule_state).values(name=ASKED + version, done_at=now))
        conn.execute(insert(t.desk_tokens).values(
            token=token.token, kind=token.kind, proposal=json.dumps(list(token.proposal)), created_at=now))
        for mail in mails:
            enqueue(conn, mail, None, now)
    return True
