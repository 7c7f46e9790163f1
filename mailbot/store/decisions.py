"""Deciding under the seat lock: the one read a decision needs, and writing all it does at once."""

from __future__ import annotations

import functools
import json
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Insert, Select, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..models import Answered, Decision, OutgoingMail, Registered, RegistrationDetails, SentMail, State
from . import tables as t
from ..commands import Command, referenced
from .desk import apply_desk, desk_state, read_token
from .outbox import OutboxStore
from .privacy import access_subject, erase_mails, erase_person, note_access, read_access
from .rows import Lookup, sender_hash

ACTIVE = ("confirmed", "provisional")


def _inserted_id(conn: Connection, statement: Insert, values: Mapping[str, Any] | None = None) -> int:
    """Run a single-row INSERT and return the new row's primary key."""
    key = conn.execute(statement, values).inserted_primary_key
    if key is None:  # SQLAlchemy types it optional; a single-row INSERT always has one
        raise RuntimeError("INSERT gave no primary key")
    new_id: int = key[0]
    return new_id


# ---- the statements of every decision, built once ---------------------------------------------------------
# Building a statement cost SQLAlchemy five times what running it costs (0.2 ms against 0.04 ms): the ones every
# mail runs are built here once, with their values as bind parameters, and only executed per mail.

_a, _r, _o = t.attendees.c, t.registrations.c, t.outbox.c
_TAKE_SEAT_LOCK = update(t.seat_lock).where(t.seat_lock.c.id == 1).values(version=t.seat_lock.c.version + 1)
# The same, unless another transaction holds the row (PostgreSQL's SKIP LOCKED; SQLite has no row locks and takes
# it): no row updated means another worker is deciding, which is what `contended` is told.
_TRY_SEAT_LOCK = _TAKE_SEAT_LOCK.where(t.seat_lock.c.id == select(t.seat_lock.c.id).where(t.seat_lock.c.id == 1)
                                        .with_for_update(skip_locked=True).scalar_subquery())
_ac = t.attendee_counts.c
_SEATS = (select(func.coalesce(func.sum(_ac.n), 0)).where(_ac.status.in_(ACTIVE)).scalar_subquery(),
          select(func.coalesce(func.sum(_ac.n), 0)).where(_ac.status == "waitlisted").scalar_subquery())
_ANSWERED = (select(_o.kind, _o.codes, _o.action, _o.recipient)
             .where(_o.message_id.in_(bindparam("refs", expanding=True))).order_by(_o.id.desc()).limit(1))
_SEATS_THERE = (select(_r.ags, func.count()).select_from(t.attendees.join(t.registrations))
                .where(and_(_a.status.in_(ACTIVE), _r.ags.in_(bindparam("places", expanding=True)))).group_by(_r.ags))
_SENT_BY = select(_r.id).where(func.lower(_r.sender_email).in_(bindparam("wanted", expanding=True)))
_TO_SENDER = and_(func.lower(_o.recipient) == bindparam("sender"), _o.kind != "question_forward")
# One round trip (on PostgreSQL each statement is one): seats taken and waiting, and without a sender nothing more,
# or with one also the replies to the sender ever and over the last day
_COUNTS = select(*_SEATS)
_COUNTS_AND_REPLIES = select(
    *_SEATS, select(func.count()).select_from(t.outbox).where(_TO_SENDER).scalar_subquery(),
    select(func.count()).select_from(t.outbox).where(and_(_TO_SENDER, _o.created_at > bindparam("day_ago")))
    .scalar_subquery())
_LAST_IN_QUEUE = select(func.max(_a.queue_seq))  # the index's last entry
_NEW_ATTENDEE = insert(t.attendees)
_NEW_ACTIVITY = insert(t.activity)
_NEW_REGISTRATION = insert(t.registrations)
_MAIL_DONE = update(t.inbound_mail).where(t.inbound_mail.c.id == bindparam("mail_id"))  # the values: per mail
_PEOPLE_BY = {  # a term on `attendees` for each way a mail names people, each served by an index
    "emails": lambda p: func.lower(_a.email).in_(p),
    "sent_by": lambda p: _a.registration_id.in_(p),
    "codes": lambda p: _a.code.in_(p),
    "names": lambda p: func.lower(_a.name).in_(p),
}


def _registered_query(where: Any, limit: int | None = None) -> Select[Any]:
    query = (
        select(_a.id, _a.registration_id, _a.name, _a.email, _a.status, _a.code, _a.salutation, _a.title, _a.role,
               _a.ics_sequence, _r.sender_email, _r.ags, _r.missing)
        .select_from(t.attendees.join(t.registrations)).where(where).order_by(_a.queue_seq)
    )
    return query.limit(limit) if limit else query


@functools.cache
def _people_query(ways: tuple[str, ...]) -> Select[Any]:
    """The people named in any of these ways (keys of _PEOPLE_BY, each a list-valued parameter of that name)."""
    return _registered_query(or_(*(_PEOPLE_BY[way](bindparam(way, expanding=True)) for way in ways)))


_WAITLIST_HEAD = _registered_query(_a.status == "waitlisted", limit=50)


#: How many of the last decisions tell whether the lock is contended
CONTENTION_MEMORY = 32


def contended(waits: Iterable[bool]) -> bool:
    """Whether another worker held the seat lock lately (one wait among the last decisions is enough). Only a
    worker alone starts reader processes (readers.py): with others, they would compete for the same cores."""
    return any(waits)


def saturated(waits: Sequence[bool]) -> bool:
    """Whether the seat lock was held by another in most of the last decisions: then the time spent under it is
    what limits the workers, and rehearsing a decision before the lock pays (jobs.rehearse: the rendering leaves
    the lock). Below that it does not: reading the state and deciding twice cost 2 workers on 2 cores, where the
    lock was held a third of the time, 17 % more time than one worker alone."""
    return len(waits) >= SATURATED_AFTER and sum(waits) * 2 > len(waits)


#: Decisions seen before the lock can count as saturated
SATURATED_AFTER = 8


class DecisionStore(OutboxStore):
    lock_waits: deque[bool]  # whether the last decisions found the seat lock held by another (Store.__init__)

    def contended(self) -> bool:
        """Another worker held the seat lock lately (never on SQLite: it takes one worker)."""
        return self.is_postgres and contended(self.lock_waits)

    def saturated(self) -> bool:
        """Other workers held the seat lock in most of the last decisions (never on SQLite)."""
        return self.is_postgres and saturated(self.lock_waits)

    def decide_and_apply(
        self, inbound_id: int | None, lookup: Lookup, now: datetime,
        decide: Callable[[State], tuple[Decision, list[OutgoingMail]]],
    ) -> Decision:
        """Read the state, let the pure `decide` choose, write everything: ONE transaction.

        The seat lock row serialises deciders (a row lock on PostgreSQL, BEGIN IMMEDIATE on SQLite),
        so a seat is never handed out twice, even with several workers.
        """
        with self.engine.begin() as conn:
            # Held by another worker: wait for it. Not a timing (a lone worker's lock is slow on a busy machine too)
            waited = conn.execute(_TRY_SEAT_LOCK).rowcount == 0
            if waited:
                conn.execute(_TAKE_SEAT_LOCK)
            self.lock_waits.append(waited)
            state = self._state(conn, lookup, now)
            if (address := access_subject(lookup, state)) is not None:  # Art. 15: what is stored, read here
                state = replace(state, access=read_access(
                    conn, address, inbound_id if address == lookup.sender.lower() else None))
            decision, mails = decide(state)
            self._apply(conn, inbound_id, lookup.sender, decision, mails, now)
        return decision

    def peek(self, lookup: Lookup, now: datetime) -> State:
        """The state as it is now, read without the seat lock: for rehearsing a decision (jobs.rehearse). What
        counts is decided again under the lock by decide_and_apply."""
        with self.engine.connect() as conn:
            return self._state(conn, lookup, now)

    def _state(self, conn: Connection, lookup: Lookup, now: datetime) -> State:
        token = read_token(conn, lookup.tokens) if lookup.tokens else None
        if token is not None and token.proposal:  # an OK to a proposal acts on what the proposal names
            more = referenced([Command.from_dict(c) for c in token.proposal if "verb" in c])
            lookup = replace(lookup, codes=lookup.codes + more.codes, emails=lookup.emails + more.emails,
                             names=lookup.names + more.names, items=lookup.items + more.items)
        # Every read below is an index lookup or a counter (migration 0006): a mail costs the same whether it
        # is the first of the burst or the twenty-thousandth.
        sender = lookup.sender.lower()
        if sender:
            taken, waiting, ever, replies_today = conn.execute(
                _COUNTS_AND_REPLIES, {"sender": sender, "day_ago": now - timedelta(days=1)}).one()
        else:
            (taken, waiting), ever, replies_today = conn.execute(_COUNTS).one(), 0, 0
        answered = None
        refs = [m for m in lookup.references if m]
        if refs:
            row = conn.execute(_ANSWERED, {"refs": refs}).first()
            if row:
                answered = Answered(kind=row.kind, codes=tuple(json.loads(row.codes or "[]")),
                                    action=json.loads(row.action) if row.action else None,
                                    recipient=(row.recipient or "").lower())
        wanted = sorted({e.lower() for e in (*lookup.emails, lookup.sender) if e})
        ways: dict[str, list[Any]] = {}
        if wanted:
            # Terms on `attendees` with values only, so both databases unite index lookups (SQLite's OR by union,
            # PostgreSQL's BitmapOr) instead of reading the table (a subquery for the registrations sent from the
            # addresses makes PostgreSQL read it).
            ways["emails"] = wanted
            if sent_by := conn.execute(_SENT_BY, {"wanted": wanted}).scalars().all():
                ways["sent_by"] = list(sent_by)
        if codes := sorted({c.upper() for c in lookup.codes} | set(answered.codes if answered else ())):
            ways["codes"] = codes
        if lookup.people:
            ways["names"] = [name.lower() for name in lookup.people]
        existing = self._read_registered(conn, _people_query(tuple(ways)), ways) if ways else ()
        head = self._read_registered(conn, _WAITLIST_HEAD) if waiting else ()
        desk = (desk_state(conn, token, lookup.items, lookup.names, self._registered)
                if (token or lookup.items or lookup.names) else None)
        # Seats per municipality only where the decision can look: the mail's municipality and those of every
        # attendee in the state (a cancellation frees a seat there; the waitlist's head may move up there).
        places = {*lookup.municipalities,
                  *(k.ags for k in (*existing, *head, *(desk.named if desk else ())) if k.ags)
                  } if lookup.per_municipality else set()
        by_municipality: dict[str, int] = dict(
            conn.execute(_SEATS_THERE, {"places": sorted(places)}).all()) if places else {}
        returned, history = self._returned(conn, lookup.returned)
        return State(seats_taken=taken, waitlist_length=waiting, existing=existing, waitlist_head=head,
                     answered=answered, replies_today=replies_today, mails_to_sender=ever,
                     seats_by_municipality=by_municipality, returned=returned, bounce_history=history,
                     desk=desk)

    @staticmethod
    def _returned(conn: Connection, ids: Sequence[str]) -> tuple[tuple[SentMail, ...], dict[str, tuple[datetime, ...]]]:
        """A delivery report's returned mails that are ours, and the counted failures of their recipients."""
        wanted = [i for i in dict.fromkeys(ids) if i][:50]
        if not wanted:
            return (), {}
        o, b = t.outbox.c, t.bounce_events.c
        rows = conn.execute(select(o.message_id, o.recipient, o.kind).where(o.message_id.in_(wanted))
                            .order_by(o.id)).all()
        sent = tuple(SentMail(message_id=r.message_id, recipient=r.recipient.lower(), kind=r.kind) for r in rows)
        history: dict[str, list[datetime]] = {}
        recipients = sorted({m.recipient for m in sent})
        if recipients:
            for address, at in conn.execute(select(b.address, b.at).where(b.address.in_(recipients)).order_by(b.at)):
                history.setdefault(address, []).append(at)
        return sent, {address: tuple(times) for address, times in history.items()}

    @classmethod
    def _registered(cls, conn: Connection, where: Any, limit: int | None = None) -> tuple[Registered, ...]:
        return cls._read_registered(conn, _registered_query(where, limit))

    @staticmethod
    def _read_registered(conn: Connection, query: Select[Any],
                         params: Mapping[str, Any] | None = None) -> tuple[Registered, ...]:
        return tuple(
            Registered(attendee_id=x.id, registration_id=x.registration_id, name=x.name, email=x.email,
                       status=x.status, code=x.code, salutation=x.salutation, title=x.title, role=x.role,
                       registration_sender=x.sender_email, ags=x.ags, ics_sequence=x.ics_sequence,
                       missing=tuple(json.loads(x.missing or "[]")))
            for x in conn.execute(query, params)
        )

    def _apply(
        self, conn: Connection, inbound_id: int | None, sender: str, d: Decision, mails: Sequence[OutgoingMail],
        now: datetime,
    ) -> None:
        a = t.attendees.c
        registrations: dict[RegistrationDetails | None, int] = {}
        seq = conn.execute(_LAST_IN_QUEUE).scalar() or 0 if d.new_attendees else 0
        for new in d.new_attendees:
            reg_id = new.registration_id
            if reg_id is None:
                details = new.details or d.details
                if details not in registrations:
                    registrations[details] = self._new_registration(conn, inbound_id, sender, details, now)
                reg_id = registrations[details]
            seq += 1
            p = new.person
            att_id = _inserted_id(conn, _NEW_ATTENDEE, dict(
                registration_id=reg_id, code=new.code, name=p.name, title=p.title, salutation=p.salutation,
                email=p.email, role=p.role, status=new.status, queue_seq=seq, ics_sequence=0,
                created_at=now, status_changed_at=now,
            ))
            conn.execute(_NEW_ACTIVITY, dict(at=now, kind=new.status, attendee_id=att_id, inbound_id=inbound_id))
        for change in d.changes:
            row = conn.execute(select(a.id, a.ics_sequence).where(a.code == change.code)).first()
            if row is None:
                continue
            conn.execute(update(t.attendees).where(a.id == row.id).values(
                status=change.status, status_changed_at=now,
                ics_sequence=row.ics_sequence + (1 if change.status == "cancelled" else 0),
            ))
            conn.execute(insert(t.activity).values(at=now, kind=change.why, attendee_id=row.id,
                                                   inbound_id=inbound_id))
        if d.update_registration:
            reg_id, details = d.update_registration
            self._update_registration(conn, reg_id, details)
            conn.execute(insert(t.activity).values(at=now, kind="changed", inbound_id=inbound_id,
                                                   detail=f"registration {reg_id}"))
        if d.bounce is not None:
            conn.execute(insert(t.bounce_events).values(address=d.bounce.address.lower(), at=now,
                                                        severity=d.bounce.severity, status=d.bounce.status or None,
                                                        inbound_id=inbound_id))
        if d.undeliverable:
            self._mark_undeliverable(conn, d.undeliverable, d.reason, now)
        if d.desk is not None:
            apply_desk(conn, d.desk, inbound_id, now)
        erased_mails, erased_sent = erase_person(conn, d.erase, inbound_id, now) if d.erase is not None else ([], [])
        for mail in mails:
            if self._enqueue(conn, mail, inbound_id, now) and mail.kind == "access_report":
                note_access(conn, now)
        if inbound_id is not None:
            conn.execute(_MAIL_DONE, dict(
                mail_id=inbound_id, status=d.inbound_status, outcome=d.kind, reason=d.reason[:2000], processed_at=now,
                sender_hash=sender_hash(sender) if sender else None, reason_code=d.code,
                question=d.question[:5000] if d.question else None,
                instruction=None,
                **({"resolved_by": None, "resolved_at": None} if d.inbound_status == "review" else {}),
            ))
        if d.erase is not None:
            erase_mails(conn, erased_mails, erased_sent, now)

    @staticmethod
    def _new_registration(conn: Connection, inbound_id: int | None, sender: str,
                          details: RegistrationDetails | None, now: datetime) -> int:
        d = details or RegistrationDetails()
        m = d.municipality
        if d.by_desk:  # entered by an organiser: mail about it goes to the person, never to the organiser
            sender = ""
        return _inserted_id(conn, _NEW_REGISTRATION, dict(
            inbound_id=inbound_id, sender_email=sender.lower() or None, language=d.language,
            organisation=d.organisation, organisation_type=d.organisation_type,
            municipality=m.name if m else None, ags=m.ags if m else None, district=m.district if m else None,
            notes=json.dumps(list(d.notes), ensure_ascii=False), missing=json.dumps(list(d.missing)),
            created_at=now,
        ))

    @staticmethod
    def _update_registration(conn: Connection, reg_id: int, d: RegistrationDetails) -> None:
        r = t.registrations.c
        old = conn.execute(select(r.notes).where(r.id == reg_id)).first()
        notes = list(json.loads(old.notes or "[]")) if old else []
        values: dict[str, Any] = {"missing": json.dumps(list(d.missing)),
                                  "notes": json.dumps(notes + [n for n in d.notes if n not in notes],
                                                      ensure_ascii=False)}
        if d.organisation:
            values.update(organisation=d.organisation, organisation_type=d.organisation_type)
        if d.municipality:
            values.update(municipality=d.municipality.name, ags=d.municipality.ags,
                          district=d.municipality.district)
        conn.execute(update(t.registrations).where(r.id == reg_id).values(**values))

    @staticmethod
    def _mark_undeliverable(conn: Connection, address: str, reason: str, now: datetime) -> None:
        u = t.undeliverable.c
        if conn.execute(select(u.address).where(u.address == address)).first() is None:
            conn.execute(insert(t.undeliverable).values(address=address, reason=reason[:500], at=now))

