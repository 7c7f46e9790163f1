"""The only SQL: durable hand-offs between the steps, claims, and applying decisions atomically."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, create_engine, event, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from ..models import (
    Answered, AttendeeRecord, Decision, OutgoingMail, Registered, RegistrationDetails, State,
)
from . import tables as t
from .migrate import upgrade

ACTIVE = ("confirmed", "provisional")


@dataclass(frozen=True)
class InboundRow:
    id: int
    raw: bytes
    received_at: datetime


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    recipient: str
    raw: bytes
    attempts: int


@dataclass(frozen=True)
class Lookup:
    """What identifies the people a mail is about: its sender, stated addresses, quoted codes, threading."""

    sender: str
    emails: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    references: tuple[str, ...] = ()  # In-Reply-To and References of the mail
    ags: str | None = None


@dataclass(frozen=True)
class PendingMove:
    inbound_id: int
    uid: int
    target: str  # "processed" | "review"


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def sender_hash(address: str) -> str:
    """Reply limits count per sender without the store keeping the address on the inbound row."""
    return hashlib.sha256(address.strip().lower().encode()).hexdigest()


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):  # WAL: readers never block the one writer
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # IMMEDIATE: take the write lock up front, no upgrade deadlocks
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """One database, SQLite or PostgreSQL; every public method is one transaction."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            from pathlib import Path

            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        upgrade(self.engine)
        with self.engine.begin() as conn:
            if conn.execute(select(t.seat_lock.c.id)).first() is None:
                conn.execute(insert(t.seat_lock).values(id=1, version=0))

    def close(self) -> None:
        self.engine.dispose()

    # ---- intake -------------------------------------------------------------------------------

    def mailbox_position(self, folder: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID seen) for the folder, None before the first fetch."""
        with self.engine.begin() as conn:
            row = conn.execute(
                select(t.mailbox_state.c.uidvalidity, t.mailbox_state.c.last_uid)
                .where(t.mailbox_state.c.folder == folder)
            ).first()
        return (row[0], row[1]) if row else None

    def record_fetched(
        self, folder: str, uidvalidity: int, mails: Sequence[tuple[int, bytes, str | None]], now: datetime
    ) -> int:
        """Store a batch of fetched mails (uid, raw, Message-ID) and advance the folder's last UID.

        A mail already known (same Message-ID, or same bytes when it has none) is not stored again;
        only its new location is noted so it can still be moved out of the inbox. Returns the number
        of new mails.
        """
        new = 0
        with self.engine.begin() as conn:
            for uid, raw, message_id in mails:
                key = dedupe_key(message_id, raw)
                existing = conn.execute(
                    select(t.inbound_mail.c.id).where(t.inbound_mail.c.dedupe_key == key)
                ).first()
                if existing:
                    conn.execute(
                        update(t.inbound_mail).where(t.inbound_mail.c.id == existing[0])
                        .values(folder=folder, uidvalidity=uidvalidity, uid=uid, moved=False)
                    )
                    continue
                conn.execute(insert(t.inbound_mail).values(
                    dedupe_key=key, message_id=message_id, folder=folder, uidvalidity=uidvalidity, uid=uid,
                    moved=False, content_hash=content_hash(raw), received_at=now, raw=raw, size=len(raw),
                    status="new",
                ))
                new += 1
            last = max((uid for uid, _, _ in mails), default=0)
            self._advance(conn, folder, uidvalidity, last)
        return new

    def reset_mailbox(self, folder: str, uidvalidity: int) -> None:
        """UIDVALIDITY changed: every UID we knew is void; start over from UID 0 (dedupe keeps us safe)."""
        with self.engine.begin() as conn:
            conn.execute(t.mailbox_state.delete().where(t.mailbox_state.c.folder == folder))
            conn.execute(insert(t.mailbox_state).values(folder=folder, uidvalidity=uidvalidity, last_uid=0))
            conn.execute(
                update(t.inbound_mail)
                .where(and_(t.inbound_mail.c.folder == folder, t.inbound_mail.c.uidvalidity != uidvalidity))
                .values(moved=True)
            )

    @staticmethod
    def _advance(conn: Connection, folder: str, uidvalidity: int, last: int) -> None:
        row = conn.execute(
            select(t.mailbox_state.c.last_uid).where(t.mailbox_state.c.folder == folder)
        ).first()
        if row is None:
            conn.execute(insert(t.mailbox_state).values(folder=folder, uidvalidity=uidvalidity, last_uid=last))
        elif last > row[0]:
            conn.execute(
                update(t.mailbox_state).where(t.mailbox_state.c.folder == folder)
                .values(last_uid=last, uidvalidity=uidvalidity)
            )

    def record_imported(self, raw: bytes, message_id: str | None, now: datetime) -> bool:
        """Store a mail from a file import as if it had arrived; False when it is already known."""
        key = dedupe_key(message_id, raw)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(t.inbound_mail).values(
                    dedupe_key=key, message_id=message_id, folder="import", moved=True,
                    content_hash=content_hash(raw), received_at=now, raw=raw, size=len(raw), status="new",
                ))
        except IntegrityError:
            return False
        return True

    def pending_moves(self, folder: str, uidvalidity: int) -> list[PendingMove]:
        """Mails processed (or set aside) but still sitting in the watched folder."""
        c = t.inbound_mail.c
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(c.id, c.uid, c.status).where(and_(
                    c.folder == folder, c.uidvalidity == uidvalidity, c.moved.is_(False),
                    c.status.in_(("done", "ignored", "review")), c.uid.is_not(None),
                )).order_by(c.uid)
            ).all()
        return [PendingMove(r.id, r.uid, "review" if r.status == "review" else "processed") for r in rows]

    def mark_moved(self, inbound_ids: Iterable[int]) -> None:
        ids = list(inbound_ids)
        if ids:
            with self.engine.begin() as conn:
                conn.execute(update(t.inbound_mail).where(t.inbound_mail.c.id.in_(ids)).values(moved=True))

    # ---- processing ---------------------------------------------------------------------------

    def release_stale(self, now: datetime, after: timedelta = timedelta(minutes=10)) -> int:
        """Put back work a crashed worker had claimed: inbound `processing`, outbox `sending`."""
        cutoff = now - after
        with self.engine.begin() as conn:
            n = conn.execute(
                update(t.inbound_mail)
                .where(and_(t.inbound_mail.c.status == "processing", t.inbound_mail.c.claimed_at < cutoff))
                .values(status="new", claimed_at=None)
            ).rowcount
            n += conn.execute(
                update(t.outbox)
                .where(and_(t.outbox.c.status == "sending", t.outbox.c.claimed_at < cutoff))
                .values(status="retry", claimed_at=None)
            ).rowcount
        return n

    def claim_inbound(self, now: datetime) -> InboundRow | None:
        """Claim the oldest new mail (new → processing); several workers never get the same one."""
        c = t.inbound_mail.c
        while True:
            with self.engine.begin() as conn:
                query = select(c.id).where(c.status == "new").order_by(c.id).limit(1)
                if self.is_postgres:
                    query = query.with_for_update(skip_locked=True)
                row = conn.execute(query).first()
                if row is None:
                    return None
                claimed = conn.execute(
                    update(t.inbound_mail).where(and_(c.id == row[0], c.status == "new"))
                    .values(status="processing", claimed_at=now)
                ).rowcount
                if claimed:
                    got = conn.execute(select(c.id, c.raw, c.received_at).where(c.id == row[0])).one()
                    return InboundRow(got.id, got.raw, got.received_at)

    def decide_and_apply(
        self, inbound_id: int, lookup: "Lookup", now: datetime,
        decide: Callable[[State], tuple[Decision, list[OutgoingMail]]],
    ) -> Decision:
        """Read the state, let the pure `decide` choose, write everything: ONE transaction.

        The seat lock row serialises deciders (a row lock on PostgreSQL, BEGIN IMMEDIATE on SQLite),
        so a seat is never handed out twice, even with several workers.
        """
        with self.engine.begin() as conn:
            conn.execute(
                update(t.seat_lock).where(t.seat_lock.c.id == 1).values(version=t.seat_lock.c.version + 1)
            )
            state = self._state(conn, lookup, now)
            decision, mails = decide(state)
            self._apply(conn, inbound_id, lookup.sender, decision, mails, now)
        return decision

    def set_aside(self, inbound_id: int, reason: str, now: datetime) -> None:
        """The mail needs a person: status `review` with the reason; it goes to the Review folder."""
        with self.engine.begin() as conn:
            conn.execute(
                update(t.inbound_mail).where(t.inbound_mail.c.id == inbound_id)
                .values(status="review", outcome="NeedsReview", reason=reason[:2000], processed_at=now)
            )

    def _state(self, conn: Connection, lookup: "Lookup", now: datetime) -> State:
        a, r, o = t.attendees.c, t.registrations.c, t.outbox.c
        taken = conn.execute(select(func.count()).where(a.status.in_(ACTIVE))).scalar_one()
        waiting = conn.execute(select(func.count()).where(a.status == "waitlisted")).scalar_one()
        answered = None
        refs = [m for m in lookup.references if m]
        if refs:
            row = conn.execute(
                select(o.kind, o.codes, o.action).where(o.message_id.in_(refs)).order_by(o.id.desc()).limit(1)
            ).first()
            if row:
                answered = Answered(kind=row.kind, codes=tuple(json.loads(row.codes or "[]")),
                                    action=json.loads(row.action) if row.action else None)
        wanted = {e.lower() for e in (*lookup.emails, lookup.sender) if e}
        codes = {c.upper() for c in lookup.codes} | set(answered.codes if answered else ())
        conditions = []
        if wanted:
            conditions += [func.lower(a.email).in_(wanted), func.lower(r.sender_email).in_(wanted)]
        if codes:
            conditions.append(a.code.in_(codes))
        existing = self._registered(conn, or_(*conditions)) if conditions else ()
        head = self._registered(conn, a.status == "waitlisted", limit=50)
        in_municipality = conn.execute(
            select(func.count()).select_from(t.attendees.join(t.registrations))
            .where(and_(a.status.in_(ACTIVE), r.ags == lookup.ags))
        ).scalar_one() if lookup.ags else 0
        sender = lookup.sender.lower()
        to_sender = and_(func.lower(o.recipient) == sender, o.kind != "question_forward")
        replies_today = conn.execute(
            select(func.count()).where(and_(to_sender, o.created_at > now - timedelta(days=1)))
        ).scalar_one() if sender else 0
        ever = conn.execute(select(func.count()).where(to_sender)).scalar_one() if sender else 0
        return State(seats_taken=taken, waitlist_length=waiting, existing=existing, waitlist_head=head,
                     answered=answered, replies_today=replies_today, mails_to_sender=ever,
                     seats_taken_in_municipality=in_municipality)

    @staticmethod
    def _registered(conn: Connection, where, limit: int | None = None) -> tuple[Registered, ...]:
        a, r = t.attendees.c, t.registrations.c
        query = (
            select(a.id, a.registration_id, a.name, a.email, a.status, a.code, a.salutation, a.title, a.role,
                   a.ics_sequence, r.sender_email, r.ags, r.missing)
            .select_from(t.attendees.join(t.registrations)).where(where).order_by(a.queue_seq)
        )
        if limit:
            query = query.limit(limit)
        return tuple(
            Registered(attendee_id=x.id, registration_id=x.registration_id, name=x.name, email=x.email,
                       status=x.status, code=x.code, salutation=x.salutation, title=x.title, role=x.role,
                       registration_sender=x.sender_email, ags=x.ags, ics_sequence=x.ics_sequence,
                       missing=tuple(json.loads(x.missing or "[]")))
            for x in conn.execute(query)
        )

    def _apply(
        self, conn: Connection, inbound_id: int, sender: str, d: Decision, mails: Sequence[OutgoingMail],
        now: datetime,
    ) -> None:
        a = t.attendees.c
        registration_for_new: int | None = None
        seq = conn.execute(select(func.coalesce(func.max(a.queue_seq), 0))).scalar_one()
        for new in d.new_attendees:
            reg_id = new.registration_id
            if reg_id is None:
                if registration_for_new is None:
                    registration_for_new = self._new_registration(conn, inbound_id, sender, d.details, now)
                reg_id = registration_for_new
            seq += 1
            p = new.person
            att_id = conn.execute(insert(t.attendees).values(
                registration_id=reg_id, code=new.code, name=p.name, title=p.title, salutation=p.salutation,
                email=p.email, role=p.role, status=new.status, queue_seq=seq, ics_sequence=0,
                created_at=now, status_changed_at=now,
            )).inserted_primary_key[0]
            conn.execute(insert(t.activity).values(at=now, kind=new.status, attendee_id=att_id,
                                                   inbound_id=inbound_id))
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
        if d.undeliverable:
            self._mark_undeliverable(conn, d.undeliverable, d.reason, now)
        for mail in mails:
            self._enqueue(conn, mail, inbound_id, now)
        conn.execute(
            update(t.inbound_mail).where(t.inbound_mail.c.id == inbound_id).values(
                status=d.inbound_status, outcome=d.kind, reason=d.reason[:2000], processed_at=now,
                sender_hash=sender_hash(sender) if sender else None,
            )
        )

    @staticmethod
    def _new_registration(conn: Connection, inbound_id: int, sender: str, details: RegistrationDetails | None,
                          now: datetime) -> int:
        d = details or RegistrationDetails()
        m = d.municipality
        return conn.execute(insert(t.registrations).values(
            inbound_id=inbound_id, sender_email=sender.lower() or None, language=d.language,
            organisation=d.organisation, organisation_type=d.organisation_type,
            municipality=m.name if m else None, ags=m.ags if m else None, district=m.district if m else None,
            notes=json.dumps(list(d.notes), ensure_ascii=False), missing=json.dumps(list(d.missing)),
            created_at=now,
        )).inserted_primary_key[0]

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

    @staticmethod
    def _enqueue(conn: Connection, mail: OutgoingMail, inbound_id: int | None, now: datetime) -> bool:
        """Queue a rendered mail once: a second mail with the same dedupe key is dropped."""
        exists = conn.execute(select(t.outbox.c.id).where(t.outbox.c.dedupe_key == mail.dedupe_key)).first()
        if exists:
            return False
        conn.execute(insert(t.outbox).values(
            dedupe_key=mail.dedupe_key, kind=mail.kind, recipient=mail.recipient, message_id=mail.message_id,
            raw=mail.raw, inbound_id=inbound_id, codes=json.dumps(list(mail.codes)),
            action=json.dumps(dict(mail.action)) if mail.action else None, status="queued", attempts=0, next_attempt_at=now,
            created_at=now,
        ))
        return True

    def enqueue(self, mails: Sequence[OutgoingMail], now: datetime, marker: str | None = None) -> int:
        """Queue scheduled mails (digest, reminders) and note `marker` as done, in one transaction."""
        with self.engine.begin() as conn:
            queued = sum(self._enqueue(conn, m, None, now) for m in mails)
            if marker:
                self._mark_done(conn, marker, now)
        return queued

    # ---- outbox -------------------------------------------------------------------------------

    def claim_due(self, now: datetime, limit: int) -> list[OutboxRow]:
        """Claim mails due for sending (queued, or retry whose time has come): → sending."""
        c = t.outbox.c
        with self.engine.begin() as conn:
            query = (
                select(c.id).where(and_(c.status.in_(("queued", "retry")), c.next_attempt_at <= now))
                .order_by(c.id).limit(limit)
            )
            if self.is_postgres:
                query = query.with_for_update(skip_locked=True)
            ids = [r[0] for r in conn.execute(query)]
            if not ids:
                return []
            conn.execute(
                update(t.outbox).where(and_(c.id.in_(ids), c.status.in_(("queued", "retry"))))
                .values(status="sending", claimed_at=now)
            )
            rows = conn.execute(
                select(c.id, c.kind, c.recipient, c.raw, c.attempts)
                .where(and_(c.id.in_(ids), c.status == "sending", c.claimed_at == now)).order_by(c.id)
            ).all()
        return [OutboxRow(r.id, r.kind, r.recipient, r.raw, r.attempts) for r in rows]

    def record_sent(self, outbox_id: int, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(
                status="sent", sent_at=now, attempts=t.outbox.c.attempts + 1, last_error=None))

    def record_failure(self, outbox_id: int, error: str, retry_at: datetime | None, now: datetime) -> None:
        """A failed attempt: back off until `retry_at`, or give up (failed) when it is None."""
        values: dict[str, Any] = {"attempts": t.outbox.c.attempts + 1, "last_error": error[:2000]}
        values.update(status="retry", next_attempt_at=retry_at) if retry_at else values.update(status="failed")
        with self.engine.begin() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(**values))

    def outbox_counts(self) -> dict[str, int]:
        with self.engine.begin() as conn:
            rows = conn.execute(select(t.outbox.c.status, func.count()).group_by(t.outbox.c.status)).all()
        return {status: n for status, n in rows}

    # ---- schedule bookkeeping -----------------------------------------------------------------

    @staticmethod
    def _mark_done(conn: Connection, name: str, now: datetime) -> None:
        if conn.execute(select(t.schedule_state.c.name).where(t.schedule_state.c.name == name)).first() is None:
            conn.execute(insert(t.schedule_state).values(name=name, done_at=now))

    def is_done(self, name: str) -> bool:
        with self.engine.begin() as conn:
            return conn.execute(
                select(t.schedule_state.c.name).where(t.schedule_state.c.name == name)).first() is not None

    # ---- retention ----------------------------------------------------------------------------

    def purge_personal_data(self) -> int:
        """Delete what identifies people: attendees, registrations, mail bodies, queued mails.

        Inbound rows keep only their dedupe key and status, so a mail that shows up again is still
        recognised and not answered twice.
        """
        with self.engine.begin() as conn:
            conn.execute(t.activity.delete())
            conn.execute(t.outbox.delete())
            conn.execute(t.undeliverable.delete())
            n = conn.execute(t.attendees.delete()).rowcount
            conn.execute(t.registrations.delete())
            conn.execute(update(t.inbound_mail).values(raw=b"", message_id=None, reason=None, sender_hash=None))
        return n

    # ---- reading ------------------------------------------------------------------------------

    def attendee_records(self, include_inactive: bool = False) -> list[AttendeeRecord]:
        a, r = t.attendees.c, t.registrations.c
        query = select(
            a.id, a.registration_id, a.code, a.name, a.title, a.email, a.role, a.status, a.queue_seq,
            a.created_at, a.status_changed_at, r.organisation, r.organisation_type, r.municipality, r.ags,
            r.district, r.notes,
        ).select_from(t.attendees.join(t.registrations)).order_by(a.queue_seq)
        if not include_inactive:
            query = query.where(a.status.in_(ACTIVE))
        with self.engine.begin() as conn:
            rows = conn.execute(query).all()
            waiting = conn.execute(
                select(a.id).where(a.status == "waitlisted").order_by(a.queue_seq)).scalars().all()
        position = {att_id: n for n, att_id in enumerate(waiting, start=1)}
        return [
            AttendeeRecord(
                attendee_id=row.id, registration_id=row.registration_id, code=row.code, name=row.name,
                title=row.title, email=row.email, role=row.role, organisation=row.organisation,
                organisation_type=row.organisation_type, municipality=row.municipality, ags=row.ags,
                district=row.district, status=row.status, waitlist_position=position.get(row.id),
                registered_at=row.created_at, status_changed_at=row.status_changed_at,
                notes=tuple(json.loads(row.notes or "[]")),
            )
            for row in rows
        ]

    def inbound_counts(self) -> dict[str, int]:
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(t.inbound_mail.c.status, func.count()).group_by(t.inbound_mail.c.status)).all()
        return {status: n for status, n in rows}


def dedupe_key(message_id: str | None, raw: bytes) -> str:
    """Message-ID identifies a mail across folders and UIDVALIDITY changes; bytes when it is missing."""
    mid = (message_id or "").strip()
    if mid and len(mid) <= 500:
        return "mid:" + mid
    return "sha:" + content_hash(raw)
