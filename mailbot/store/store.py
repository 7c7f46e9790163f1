"""The Store: one database (SQLite or PostgreSQL); every public method is one transaction."""

from __future__ import annotations

import json
import re
import secrets
import time
from collections import deque
from pathlib import Path

from sqlalchemy import create_engine, event, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DisconnectionError

from ..models import AttendeeRecord
from . import tables as t
from .decisions import ACTIVE, CONTENTION_MEMORY, DecisionStore
from .faults import where
from .inbox import InboxStore, insert_new
from .lease import AlwaysHeld, FileLease, Lease, PostgresLease
from .migrate import upgrade
from .owner import new_owner


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # How long a writer waits for another's lock; `?timeout=SECONDS` in the URL changes it.
        timeout = float(str(make_url(url).query.get("timeout", 30)))
        engine = create_engine(url, connect_args={"timeout": timeout})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _record):  # WAL: readers never block the one writer
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # IMMEDIATE: take the write lock up front, no upgrade deadlocks
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    engine = create_engine(url)
    _ping_after_rest(engine)
    return engine


#: A pooled connection that rested longer than this (seconds) is tested before use: a restarted server has closed
#: it. One in steady use is not: the test is a round trip before every transaction (a fifteenth of a burst's
#: time, SQLAlchemy's pool_pre_ping), and a connection lost while in use is a passing fault, tried again
#: (faults.py), after which the pool replaces all its connections.
PING_AFTER_REST = 1.0


def _ping_after_rest(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _rests(_dbapi_conn, record):
        record.info["rests_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _test_if_rested(dbapi_conn, record, _proxy):
        since = record.info.get("rests_since")
        if since is not None and time.monotonic() - since > PING_AFTER_REST:
            try:
                engine.dialect.do_ping(dbapi_conn)
            except Exception as exc:  # the pool makes a new connection (up to three times)
                raise DisconnectionError() from exc


class Store(InboxStore, DecisionStore):
    """One database, SQLite or PostgreSQL; every public method is one transaction."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            Path(where(url)).parent.mkdir(parents=True, exist_ok=True)
        self.engine = _engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self.owner = new_owner()
        self.lock_waits = deque(maxlen=CONTENTION_MEMORY)
        upgrade(self.engine)
        with self.engine.begin() as conn:  # several workers may start at once: the first one's row counts
            insert_new(conn, t.seat_lock, id=1, version=0)
            insert_new(conn, t.installation, id=1, secret=secrets.token_hex(32))
            #: keys our Message-IDs (replies/headers.message_id): one who knows a code cannot compute them
            self.secret = bytes.fromhex(conn.execute(select(t.installation.c.secret)).scalar_one())

    def close(self) -> None:
        self.engine.dispose()

    def lease(self, name: str) -> Lease:
        """The lease on the inbox `name` names (mailbot/store/lease.py): an advisory lock on PostgreSQL, a file
        lock next to a SQLite file."""
        if self.is_postgres:
            return PostgresLease(self.engine, name)
        database = self.engine.url.database
        if not database or database == ":memory:" or database.startswith("file:"):
            return AlwaysHeld()
        return FileLease(Path(database).with_name(Path(database).name + ".worker-lock"))

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
            conn.execute(t.bounce_events.delete())
            n = conn.execute(t.attendees.delete()).rowcount
            conn.execute(t.registrations.delete())
            conn.execute(update(t.inbound_mail).values(raw=b"", message_id=None, reason=None, sender_hash=None))
        return n

    def stored_among(self, keys: set[str]) -> set[str]:
        """Which of these mails (by dedupe key) the bot stored, whatever became of them: the purge deletes only
        those from the mailbox, never a mail a person filed there. The keys outlive the purge of the rows."""
        c = t.inbound_mail.c
        found: set[str] = set()
        ordered = sorted(keys)
        with self.engine.begin() as conn:
            for start in range(0, len(ordered), 500):  # a full Processed folder is thousands of keys
                batch = ordered[start:start + 500]
                found.update(conn.execute(select(c.dedupe_key).where(c.dedupe_key.in_(batch))).scalars())
        return found

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
            colleagues: dict[int, list[str]] = {}
            for reg_id, name in conn.execute(select(a.registration_id, a.name)):
                colleagues.setdefault(reg_id, []).append(name)
        position = {att_id: n for n, att_id in enumerate(waiting, start=1)}
        return [
            AttendeeRecord(
                attendee_id=row.id, registration_id=row.registration_id, code=row.code, name=row.name,
                title=row.title, email=row.email, role=row.role, organisation=row.organisation,
                organisation_type=row.organisation_type, municipality=row.municipality, ags=row.ags,
                district=row.district, status=row.status, waitlist_position=position.get(row.id),
                registered_at=row.created_at, status_changed_at=row.status_changed_at,
                notes=notes_for(row.name, json.loads(row.notes or "[]"), colleagues.get(row.registration_id, [])),
            )
            for row in rows
        ]


def notes_for(name: str, notes: list[str], colleagues: list[str]) -> tuple[str, ...]:
    """A registration's notes as one attendee's list shows them: a note that names a colleague and not this
    person is the colleague's ("Frau Trommler ist Rollstuhlfahrerin" is not Herr Fiedler's); one that names
    nobody of the registration belongs to all of them."""

    def names(note: str, person: str) -> bool:
        family = person.split()[-1] if person.split() else ""
        return bool(family) and re.search(rf"(?<!\w){re.escape(family)}(?!\w)", note, re.IGNORECASE) is not None

    return tuple(note for note in notes
                 if names(note, name) or not any(names(note, other) for other in colleagues))
