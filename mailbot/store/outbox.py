"""The outbox: each rendered mail queued once, claimed for sending, its result recorded; done-once markers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..models import OutgoingMail
from . import tables as t
from .inbox import insert_new
from .rows import OutboxRow, sender_hash


# Built once (building a statement costs more than running it; see store/decisions.py)
_SENT = update(t.outbox).where(t.outbox.c.id.in_(bindparam("ids", expanding=True))).values(
    status="sent", sent_at=bindparam("now"), attempts=t.outbox.c.attempts + 1, last_error=None)


class OutboxStore:
    engine: Engine
    is_postgres: bool
    owner: str  # who this store's claims belong to (owner.py)

    @staticmethod
    def _enqueue(conn: Connection, mail: OutgoingMail, inbound_id: int | None, now: datetime) -> bool:
        """Queue a rendered mail once: a second mail with the same dedupe key is dropped."""
        return insert_new(
            conn, t.outbox, dedupe_key=mail.dedupe_key, kind=mail.kind, recipient=mail.recipient,
            message_id=mail.message_id, raw=mail.raw, inbound_id=inbound_id, codes=json.dumps(list(mail.codes)),
            action=json.dumps(dict(mail.action)) if mail.action else None, status="queued", attempts=0,
            next_attempt_at=now, created_at=now,
        )

    def enqueue(self, mails: Sequence[OutgoingMail], now: datetime, marker: str | None = None) -> int:
        """Queue scheduled mails (digest, reminders) and note `marker` as done, in one transaction."""
        with self.engine.begin() as conn:
            queued = sum(self._enqueue(conn, m, None, now) for m in mails)
            if marker:
                self._mark_done(conn, marker, now)
        return queued

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
                .values(status="sending", claimed_at=now, claimed_by=self.owner)
            )
            rows = conn.execute(
                select(c.id, c.kind, c.recipient, c.raw, c.attempts)
                .where(and_(c.id.in_(ids), c.status == "sending", c.claimed_by == self.owner)).order_by(c.id)
            ).all()
        return [OutboxRow(r.id, r.kind, r.recipient, r.raw, r.attempts) for r in rows]

    def record_sent(self, outbox_id: int, now: datetime) -> None:
        self.record_results([outbox_id], [], now)

    def record_results(self, sent: Sequence[int], failures: Sequence[tuple[int, str, datetime | None]],
                       now: datetime) -> None:
        """The results of several attempts in one transaction: these were sent; these failed (id, error, retry at:
        back off until then, or give up when None)."""
        o = t.outbox.c
        with self.engine.begin() as conn:
            if sent:
                conn.execute(_SENT, {"ids": list(sent), "now": now})
            for outbox_id, error, retry_at in failures:
                conn.execute(update(t.outbox).where(o.id == outbox_id).values(**_failed(error, retry_at)))

    def record_failure(self, outbox_id: int, error: str, retry_at: datetime | None, now: datetime) -> None:
        """A failed attempt: back off until `retry_at`, or give up (failed) when it is None."""
        self.record_results([], [(outbox_id, error, retry_at)], now)

    def undeliverable_among(self, addresses: Iterable[str]) -> set[str]:
        """Which of these addresses bounced before: mail to them is not sent again."""
        wanted = {a.lower() for a in addresses}
        if not wanted:
            return set()
        with self.engine.begin() as conn:
            rows = conn.execute(select(t.undeliverable.c.address).where(t.undeliverable.c.address.in_(wanted)))
            return {r[0] for r in rows}

    def answers_to_their_writer(self, outbox_ids: Iterable[int]) -> set[int]:
        """Which of these queued mails answer a mail their recipient wrote (its sender is the recipient)."""
        ids = list(outbox_ids)
        if not ids:
            return set()
        o, i = t.outbox.c, t.inbound_mail.c
        with self.engine.begin() as conn:
            rows = conn.execute(select(o.id, o.recipient, i.sender_hash).select_from(
                t.outbox.join(t.inbound_mail, o.inbound_id == i.id)).where(o.id.in_(ids))).all()
        return {r.id for r in rows if r.sender_hash and r.sender_hash == sender_hash(r.recipient)}

    def clear_undeliverable(self, address: str) -> bool:
        """The address works again (the server accepted our answer to its owner's new mail): no mark, no count."""
        with self.engine.begin() as conn:
            n = conn.execute(t.undeliverable.delete().where(t.undeliverable.c.address == address.lower())).rowcount
            conn.execute(t.bounce_events.delete().where(t.bounce_events.c.address == address.lower()))
        return bool(n)

    def scrub_sent(self, outbox_id: int) -> None:
        """A sent mail that must not stay (the confirmation of an erasure): only its dedupe key remains."""
        with self.engine.begin() as conn:
            conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id).values(raw=b"", recipient="", codes=None))

    def pending_erasures(self) -> dict[int, set[str]]:
        """Erasures whose mails may still be in the mailbox: id → dedupe keys."""
        e = t.erasures.c
        with self.engine.begin() as conn:
            rows = conn.execute(select(e.id, e.mail_keys).where(e.mailbox_done_at.is_(None))).all()
        return {r.id: set(json.loads(r.mail_keys or "[]")) for r in rows}

    def erasures_done(self, ids: Iterable[int], now: datetime) -> None:
        """The mailbox is clean for these erasures: forget which mails they were."""
        with self.engine.begin() as conn:
            conn.execute(update(t.erasures).where(t.erasures.c.id.in_(list(ids)))
                         .values(mailbox_done_at=now, mail_keys=None))

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


def _failed(error: str, retry_at: datetime | None) -> dict[str, Any]:
    """The outbox row after a failed attempt: retry at `retry_at`, or failed for good when it is None."""
    values: dict[str, Any] = {"attempts": t.outbox.c.attempts + 1, "last_error": error[:2000]}
    values.update(status="retry", next_attempt_at=retry_at) if retry_at else values.update(status="failed")
    return values
