"""The SQL of the scheduled jobs: digest, reminders, event updates. Functions over a `Store`.

Each writing function is one transaction that queues the mails AND records what they did (the
day's marker, `reported_at`, the announced event version), so a crash or a second worker can
never send a digest, reminder or update twice.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from sqlalchemy.engine import Connection

from ..digest import ActivityItem, DeskActionItem
from ..models import OutgoingMail
from ..reminders import ReminderTarget
from . import tables as t
from .desk import unreported_actions
from .store import Store

FINGERPRINT = "event:announced"
_REGISTRATION_DETAIL = re.compile(r"registration (\d+)")


@dataclass(frozen=True)
class InboundForDigest:
    """A mail the digest lists by number: parked for review, or one that asked a question."""

    id: int
    kind: str  # question | review
    at: datetime
    raw: bytes
    reason_code: str | None
    question: str


@dataclass(frozen=True)
class UndeliverableForDigest:
    """A bounced address with what the servers said: the bounce mail itself, or the last SMTP rejection."""

    address: str
    at: datetime
    bounces: tuple[bytes, ...]  # the bounce mails decided when it was marked (one of them names it)
    smtp_error: str  # the last permanent SMTP failure of a mail to it (empty when none)


# ---- digest ---------------------------------------------------------------------------------------

def unreported_activity(store: Store) -> list[ActivityItem]:
    """Activity no digest has listed yet, with the attendee's name and registration."""
    ac, a, r = t.activity.c, t.attendees.c, t.registrations.c
    query = (
        select(ac.id, ac.kind, ac.at, ac.inbound_id, ac.detail, a.name, a.title, a.code, a.email, r.sender_email,
               r.organisation, r.municipality)
        .select_from(t.activity.outerjoin(t.attendees, ac.attendee_id == a.id)
                     .outerjoin(t.registrations, a.registration_id == r.id))
        .where(ac.reported_at.is_(None)).order_by(ac.at, ac.id)
    )
    with store.engine.begin() as conn:
        rows = conn.execute(query).all()
        items = []
        for row in rows:
            name, org, municipality = _person(row.name, row.title), row.organisation, row.municipality
            match = _REGISTRATION_DETAIL.fullmatch(row.detail or "") if row.kind == "changed" else None
            if match and name is None:
                reg = conn.execute(select(r.organisation, r.municipality).where(r.id == int(match[1]))).first()
                names = conn.execute(select(a.name, a.title).where(and_(
                    a.registration_id == int(match[1]), a.status != "cancelled")).order_by(a.queue_seq)).all()
                name = ", ".join(_person(n.name, n.title) or "" for n in names) or None
                org, municipality = (reg.organisation, reg.municipality) if reg else (None, None)
            undelivered = row.kind == "promoted" and _promotion_undelivered(
                conn, row.code, row.email or row.sender_email)
            items.append(ActivityItem(
                id=row.id, kind=row.kind, at=row.at, inbound_id=row.inbound_id, name=name, organisation=org,
                municipality=municipality, detail=None if match else row.detail, undelivered=undelivered,
            ))
    return items


def _promotion_undelivered(conn: Connection, code: str | None, address: str | None) -> bool:
    """Was the promoted person never told? Their promotion mail failed, or their address bounced."""
    o, u = t.outbox.c, t.undeliverable.c
    if code and conn.execute(select(o.id).where(and_(
            o.kind == "promotion", o.status == "failed", o.codes.like(f'%"{code}"%'))).limit(1)).first():
        return True
    return bool(address) and conn.execute(
        select(u.address).where(u.address == str(address).strip().lower())).first() is not None


def _person(name: str | None, title: str | None) -> str | None:
    if not name:
        return None
    return f"{title} {name}" if title else name


def unreported_inbound(store: Store) -> list[InboundForDigest]:
    """Mails parked for a person, and every handled mail that asked a question (a sign-up may ask one too).

    The question is the one stored when the mail was decided, so the digest says what the forward said.
    """
    c = t.inbound_mail.c
    asked = and_(c.status == "done", or_(c.outcome == "ForwardQuestion", c.question.is_not(None)))
    query = (
        select(c.id, c.status, c.received_at, c.processed_at, c.raw, c.reason_code, c.question)
        .where(and_(c.reported_at.is_(None), or_(c.status == "review", asked)))
        .order_by(c.id)
    )
    with store.engine.begin() as conn:
        rows = conn.execute(query).all()
    return [
        InboundForDigest(id=row.id, kind="review" if row.status == "review" else "question",
                         at=row.processed_at or row.received_at, raw=row.raw or b"", reason_code=row.reason_code,
                         question=row.question or "")
        for row in rows
    ]


def unreported_undeliverable(store: Store) -> list[UndeliverableForDigest]:
    """Addresses that bounced since the last digest, with the bounce mail that said so.

    The bounce is a mail decided at the moment the address was marked (outcome Bounce, same time);
    one pass decides several mails at one time, so all of them come along and the job picks the
    one whose report names the address.
    """
    u, c = t.undeliverable.c, t.inbound_mail.c
    with store.engine.begin() as conn:
        rows = conn.execute(select(u.address, u.at).where(u.reported_at.is_(None)).order_by(u.at, u.address)).all()
        items = []
        for row in rows:
            bounces = conn.execute(select(c.raw).where(and_(c.outcome == "Bounce", c.processed_at == row.at))
                                   .order_by(c.id)).scalars().all()
            items.append(UndeliverableForDigest(address=row.address, at=row.at, bounces=tuple(bounces),
                                                smtp_error=_last_smtp_error(conn, row.address)))
    return items


def _last_smtp_error(conn: Connection, address: str) -> str:
    """The server's words when a mail to `address` failed for good (not our own refusal to send again)."""
    o = t.outbox.c
    error = conn.execute(select(o.last_error).where(and_(
        func.lower(o.recipient) == address.lower(), o.status == "failed", o.last_error.is_not(None),
        o.last_error.not_like("not sent:%"))).order_by(o.id.desc()).limit(1)).scalar_one_or_none()
    return error or ""


def unreported_desk_actions(store: Store) -> list[DeskActionItem]:
    """What organisers did (by mail or on the command line) that no digest has listed yet."""
    with store.engine.begin() as conn:
        rows = unreported_actions(conn)
    return [DeskActionItem(id=row.id, at=row.at, by=row.by, command=(row.command or "").split("\n", 1)[0],
                           outcome=row.outcome, summary=row.summary or "", item_id=row.item_id)
            for row in rows]


def commit_digest(store: Store, mails: Sequence[OutgoingMail], now: datetime, marker: str,
                  activity_ids: Collection[int], inbound_ids: Collection[int],
                  addresses: Collection[str], action_ids: Collection[int] = (), token: str | None = None) -> bool:
    """Queue the day's digest, note the day as done and what it reported: one transaction.

    `token` is the digest's desk token: stored with the marker, so an organiser's answer to a digest
    that went out is always proven, and a digest that did not go out proves nothing.
    False (and nothing written) when another worker got there first.
    """
    try:
        with store.engine.begin() as conn:
            if conn.execute(select(t.schedule_state.c.name).where(t.schedule_state.c.name == marker)).first():
                return False
            conn.execute(insert(t.schedule_state).values(name=marker, done_at=now))
            if token is not None:
                conn.execute(insert(t.desk_tokens).values(token=token, kind="digest", item_id=None, created_at=now))
            for mail in mails:
                store._enqueue(conn, mail, None, now)
            if activity_ids:
                conn.execute(update(t.activity).where(and_(
                    t.activity.c.id.in_(list(activity_ids)), t.activity.c.reported_at.is_(None)))
                    .values(reported_at=now))
            if inbound_ids:
                conn.execute(update(t.inbound_mail).where(t.inbound_mail.c.id.in_(list(inbound_ids)))
                             .values(reported_at=now))
            if addresses:
                conn.execute(update(t.undeliverable).where(t.undeliverable.c.address.in_(list(addresses)))
                             .values(reported_at=now))
            if action_ids:
                conn.execute(update(t.desk_actions).where(and_(
                    t.desk_actions.c.id.in_(list(action_ids)), t.desk_actions.c.reported_at.is_(None)))
                    .values(reported_at=now))
    except IntegrityError:  # the marker's primary key: a concurrent worker committed the same day
        return False
    return True


# ---- reminders and updates -----------------------------------------------------------------------

def reminder_targets(store: Store, statuses: Collection[str] = ("confirmed", "waitlisted")) -> list[ReminderTarget]:
    """Attendees with the address their mails go to (their own, else the registrant's), in arrival order."""
    a, r = t.attendees.c, t.registrations.c
    query = (
        select(a.code, a.name, a.status, a.email, a.salutation, a.title, a.ics_sequence, a.status_changed_at,
               r.sender_email, r.language)
        .select_from(t.attendees.join(t.registrations)).where(a.status.in_(list(statuses)))
        .order_by(a.queue_seq)
    )
    with store.engine.begin() as conn:
        rows = conn.execute(query).all()
    targets, position = [], 0
    for row in rows:
        if row.status == "waitlisted":
            position += 1
        targets.append(ReminderTarget(
            code=row.code, name=row.name, status=row.status, to=(row.email or row.sender_email or None),
            since=row.status_changed_at, salutation=row.salutation, title=row.title, email=row.email,
            language=row.language or "de", ics_sequence=row.ics_sequence,
            waitlist_position=position if row.status == "waitlisted" else None,
        ))
    return targets


def queued_keys(store: Store, prefixes: Sequence[str]) -> set[str]:
    """Outbox dedupe keys starting with one of `prefixes`: what was already queued once."""
    c = t.outbox.c
    with store.engine.begin() as conn:
        rows = conn.execute(select(c.dedupe_key).where(or_(*(c.dedupe_key.like(p + "%") for p in prefixes))))
        return {row[0] for row in rows}


def queue_scheduled(store: Store, mails: Sequence[OutgoingMail], now: datetime) -> int:
    """Queue reminder mails; each dedupe key only once, even when two workers race."""
    queued = 0
    for mail in mails:
        try:
            with store.engine.begin() as conn:
                queued += bool(store._enqueue(conn, mail, None, now))
        except IntegrityError:  # the same key committed by another worker a moment ago
            continue
    return queued


def announced_fingerprint(store: Store) -> str | None:
    s = t.schedule_state.c
    with store.engine.begin() as conn:
        row = conn.execute(select(s.detail).where(s.name == FINGERPRINT)).first()
    return row.detail if row else None


def remember_fingerprint(store: Store, text: str, now: datetime) -> None:
    """The first version seen is what the confirmations said: stored without sending anything."""
    try:
        with store.engine.begin() as conn:
            if conn.execute(select(t.schedule_state.c.name).where(t.schedule_state.c.name == FINGERPRINT)).first():
                return
            conn.execute(insert(t.schedule_state).values(name=FINGERPRINT, done_at=now, detail=text))
    except IntegrityError:
        return


def commit_event_update(store: Store, announced: str, current: str, mails: Sequence[OutgoingMail],
                        sequences: Mapping[str, int], summary: str, now: datetime) -> bool:
    """Queue the update mails, raise each attendee's calendar SEQUENCE, note the new version: one transaction.

    False (nothing written) when the announced version changed meanwhile (another worker did it).
    """
    s, a = t.schedule_state.c, t.attendees.c
    try:
        with store.engine.begin() as conn:
            query = select(s.detail).where(s.name == FINGERPRINT)
            if store.is_postgres:
                query = query.with_for_update()
            row = conn.execute(query).first()
            if row is None or row.detail != announced:
                return False
            conn.execute(update(t.schedule_state).where(s.name == FINGERPRINT).values(detail=current, done_at=now))
            for mail in mails:
                store._enqueue(conn, mail, None, now)
            for code, sequence in sequences.items():
                conn.execute(update(t.attendees).where(and_(a.code == code, a.ics_sequence < sequence))
                             .values(ics_sequence=sequence))
            conn.execute(insert(t.activity).values(at=now, kind="event_changed", detail=summary))
    except IntegrityError:
        return False
    return True

