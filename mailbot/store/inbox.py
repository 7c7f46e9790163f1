"""Inbound mail: filed once, claimed by one worker, moved out of the inbox only once it is safe."""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from . import tables as t
from .faults import next_try
from .owner import is_dead
from .rows import InboundRow, PendingMove, content_hash, dedupe_key

log = logging.getLogger(__name__)

TIDIED = "review:tidied"


def insert_new(conn: Connection, table: Table, **values: Any) -> bool:
    """INSERT … ON CONFLICT DO NOTHING, on PostgreSQL and SQLite alike (unlike SQLite's OR IGNORE, it
    skips only key conflicts, never a broken NOT NULL).

    Two workers inserting the same key at once is normal (pollers fetching one mail, stores opening one
    new database); the second simply finds the row there. True when this call inserted it.
    """
    return conn.execute(_insert_new(conn.dialect.name, table), values).first() is not None


@functools.cache  # built once per table (building costs more than running it; see decisions.py)
def _insert_new(dialect_name: str, table: Table) -> Any:
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    # RETURNING, not rowcount: on PostgreSQL SQLAlchemy's result gives rowcount -1 here, inserted or not.
    return dialect.insert(table).on_conflict_do_nothing().returning(*table.primary_key.columns)


class InboxStore:
    engine: Engine
    is_postgres: bool
    owner: str  # who this store's claims belong to (owner.py)

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
                if insert_new(conn, t.inbound_mail,
                              dedupe_key=key, message_id=message_id, folder=folder, uidvalidity=uidvalidity,
                              uid=uid, moved=False, content_hash=content_hash(raw), received_at=now, raw=raw,
                              size=len(raw), status="new", attempts=0):
                    new += 1
                    continue
                existing = conn.execute(
                    select(t.inbound_mail.c.id, t.inbound_mail.c.status, t.inbound_mail.c.moved)
                    .where(t.inbound_mail.c.dedupe_key == key)
                ).one()
                # A parked mail that an organiser dragged from Review back into the inbox: read it again.
                again = {"status": "new", "claimed_at": None, "attempts": 0, "last_fault": None,
                         "next_attempt_at": None} if (existing.status == "review" and existing.moved) else {}
                conn.execute(
                    update(t.inbound_mail).where(t.inbound_mail.c.id == existing.id)
                    .values(folder=folder, uidvalidity=uidvalidity, uid=uid, moved=False, **again)
                )
            last = max((uid for uid, _, _ in mails), default=0)
            self._advance(conn, folder, uidvalidity, last)
        return new

    def reset_mailbox(self, folder: str, uidvalidity: int) -> None:
        """UIDVALIDITY changed: every UID we knew is void; start over from UID 0 (dedupe keeps us safe)."""
        with self.engine.begin() as conn:
            conn.execute(t.mailbox_state.delete().where(t.mailbox_state.c.folder == folder))
            insert_new(conn, t.mailbox_state, folder=folder, uidvalidity=uidvalidity, last_uid=0)
            conn.execute(
                update(t.inbound_mail)
                .where(and_(t.inbound_mail.c.folder == folder, t.inbound_mail.c.uidvalidity != uidvalidity))
                .values(moved=True)
            )

    @staticmethod
    def _advance(conn: Connection, folder: str, uidvalidity: int, last: int) -> None:
        """The folder's last UID moves forward only; a second poller's first fetch may create the row too."""
        m = t.mailbox_state.c
        if not insert_new(conn, t.mailbox_state, folder=folder, uidvalidity=uidvalidity, last_uid=last):
            conn.execute(update(t.mailbox_state).where(and_(m.folder == folder, m.last_uid < last))
                         .values(last_uid=last, uidvalidity=uidvalidity))

    def record_imported(self, raw: bytes, message_id: str | None, now: datetime) -> bool:
        """Store a mail from a file import as if it had arrived; False when it is already known."""
        with self.engine.begin() as conn:
            return insert_new(conn, t.inbound_mail, dedupe_key=dedupe_key(message_id, raw), message_id=message_id,
                              folder="import", moved=True, content_hash=content_hash(raw), received_at=now,
                              raw=raw, size=len(raw), status="new", attempts=0)

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

    def release_stale(self, now: datetime, after: timedelta = timedelta(minutes=10)) -> int:
        """Put back work a worker claimed and never finished: inbound `processing`, outbox `sending`.

        At once when the claim's owner is provably dead (same host, pid gone or reused) or is this very
        store (call this between passes only: a claim of ours then comes from a pass that failed);
        otherwise after `after`, since a slow worker on another host and a dead one look alike.
        """
        cutoff = now - after
        i, o = t.inbound_mail.c, t.outbox.c
        owner = self.owner
        with self.engine.begin() as conn:
            owners = {*conn.execute(select(i.claimed_by).where(i.status == "processing").distinct()).scalars(),
                      *conn.execute(select(o.claimed_by).where(o.status == "sending").distinct()).scalars()}
            gone = sorted(w for w in owners if w and (w == owner or is_dead(w)))
            n = conn.execute(
                update(t.inbound_mail)
                .where(and_(i.status == "processing", or_(i.claimed_at < cutoff, i.claimed_by.in_(gone))))
                .values(status="new", claimed_at=None, claimed_by=None)
            ).rowcount
            n += conn.execute(
                update(t.outbox)
                .where(and_(o.status == "sending", or_(o.claimed_at < cutoff, o.claimed_by.in_(gone))))
                .values(status="retry", claimed_at=None, claimed_by=None)
            ).rowcount
        if n and any(w != owner for w in gone):
            log.warning("released %d claim(s) of worker(s) no longer running: %s", n,
                        ", ".join(" ".join(w.split(" ")[:2]) for w in gone if w != owner))
        return n

    def claim_inbound(self, now: datetime) -> InboundRow | None:
        """Claim the oldest new mail (new → processing); several workers never get the same one."""
        rows = self.claim_inbound_batch(now, 1)
        return rows[0] if rows else None

    def claim_inbound_batch(self, now: datetime, limit: int) -> list[InboundRow]:
        """Claim up to `limit` of the oldest new mails at once (new → processing), in one transaction rather
        than a transaction and three statements for every mail. Several
        workers never get the same mail (BEGIN IMMEDIATE on SQLite, SKIP LOCKED on PostgreSQL, and the
        conditional UPDATE); mail a worker claimed and did not finish is released like any claim."""
        c = t.inbound_mail.c
        with self.engine.begin() as conn:
            due = or_(c.next_attempt_at.is_(None), c.next_attempt_at <= now)  # backing off after a fault
            query = select(c.id).where(and_(c.status == "new", due)).order_by(c.id).limit(limit)
            if self.is_postgres:
                query = query.with_for_update(skip_locked=True)
            ids = list(conn.execute(query).scalars())
            if not ids:
                return []
            claimed = list(conn.execute(
                update(t.inbound_mail).where(and_(c.id.in_(ids), c.status == "new"))
                .values(status="processing", claimed_at=now, claimed_by=self.owner).returning(c.id)
            ).scalars())
            rows = conn.execute(select(c.id, c.raw, c.received_at, c.instruction)
                                .where(c.id.in_(claimed)).order_by(c.id)).all() if claimed else []
        return [InboundRow(r.id, r.raw, r.received_at, json.loads(r.instruction) if r.instruction else None)
                for r in rows]

    def retry_later(self, inbound_id: int, fault: str, error: str, now: datetime) -> datetime | None:
        """A passing database fault hit this claimed mail: count it and put the mail back until its next try.

        Failures are counted per kind in a row (another kind starts again at one). Returns the time of
        the next try, or None when this was one failure too many: the mail stays claimed, to be parked.
        """
        c = t.inbound_mail.c
        with self.engine.begin() as conn:
            row = conn.execute(select(c.attempts, c.last_fault).where(c.id == inbound_id)).one()
            failures = row.attempts + 1 if row.last_fault == fault else 1
            at = next_try(failures, now)
            values: dict[str, Any] = {"attempts": failures, "last_fault": fault,
                                      "reason": f"database {fault}, {failures} time(s) in a row: {error}"[:2000]}
            if at is not None:
                values.update(status="new", next_attempt_at=at, claimed_at=None, claimed_by=None)
            conn.execute(update(t.inbound_mail).where(c.id == inbound_id).values(**values))
        return at

    def set_aside(self, inbound_id: int, reason: str, now: datetime, code: str = "error") -> None:
        """The mail needs a person: status `review` with the reason; it goes to the Review folder."""
        with self.engine.begin() as conn:
            conn.execute(
                update(t.inbound_mail).where(t.inbound_mail.c.id == inbound_id)
                .values(status="review", outcome="NeedsReview", reason=reason[:2000], processed_at=now,
                        reason_code=code, instruction=None, resolved_by=None, resolved_at=None)
            )

    def resolved_among(self, keys: set[str]) -> set[str]:
        """Which of these mails (by dedupe key) are no longer waiting for a person."""
        if not keys:
            return set()
        c = t.inbound_mail.c
        with self.engine.begin() as conn:
            rows = conn.execute(select(c.dedupe_key).where(and_(c.dedupe_key.in_(list(keys)),
                                                                c.status.in_(("done", "ignored")))))
            return {r[0] for r in rows}

    def review_tidy_due(self) -> bool:
        """True when an organiser resolved a parked mail since the Review folder was last tidied."""
        c, s = t.inbound_mail.c, t.schedule_state.c
        with self.engine.begin() as conn:
            last = conn.execute(select(s.done_at).where(s.name == TIDIED)).scalar_one_or_none()
            query = select(c.id).where(and_(c.resolved_at.is_not(None), c.status.in_(("done", "ignored"))))
            if last is not None:
                query = query.where(c.resolved_at >= last)
            return conn.execute(query.limit(1)).first() is not None

    def review_tidied(self, now: datetime) -> None:
        s = t.schedule_state.c
        with self.engine.begin() as conn:
            if conn.execute(update(t.schedule_state).where(s.name == TIDIED).values(done_at=now)).rowcount == 0:
                conn.execute(insert(t.schedule_state).values(name=TIDIED, done_at=now))

    def inbound_counts(self) -> dict[str, int]:
        with self.engine.begin() as conn:
            rows = conn.execute(
                select(t.inbound_mail.c.status, func.count()).group_by(t.inbound_mail.c.status)).all()
        return {status: n for status, n in rows}
