"""What `mailbot status` and `mailbot check --liveness` read: moments of the worker, the outbox's queue, the schema.

The moments live in `schedule_state` under `status:` names (one row each, overwritten): the last poll whose IMAP
session went through, and the last one that failed with its (redacted) reason. The last send needs no row of its
own: it is the newest `sent_at` of the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, func, select, text, update
from sqlalchemy.engine import Engine, make_url

from . import tables as t
from .faults import database_problem, where
from .inbox import insert_new

LAST_POLL = "status:last_poll"
POLL_FAILED = "status:poll_failed"
WAITING = ("queued", "retry", "sending")


@dataclass(frozen=True)
class Moment:
    at: datetime
    detail: str | None = None


@dataclass(frozen=True)
class OutboxOverview:
    by_status: dict[str, int]
    last_sent_at: datetime | None
    oldest_kind: str | None = None
    oldest_created_at: datetime | None = None
    oldest_status: str | None = None
    oldest_next_attempt_at: datetime | None = None
    oldest_error: str | None = None  # the server's words; the caller redacts them
    next_retry_at: datetime | None = None

    @property
    def waiting(self) -> int:
        return sum(self.by_status.get(s, 0) for s in WAITING)


class StatusStore:
    """A view on a Store's database (`StatusStore(store.engine)`), kept apart from the Store's own mixins."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def note_moment(self, name: str, at: datetime, detail: str | None = None) -> None:
        """Overwrite one `status:` moment (two workers writing at once: the later write wins, as it should)."""
        with self.engine.begin() as conn:
            if not insert_new(conn, t.schedule_state, name=name, done_at=at, detail=detail):
                conn.execute(update(t.schedule_state).where(t.schedule_state.c.name == name)
                             .values(done_at=at, detail=detail))

    def forget(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(t.schedule_state.delete().where(t.schedule_state.c.name == name))

    def moments(self) -> dict[str, Moment]:
        s = t.schedule_state.c
        with self.engine.begin() as conn:
            rows = conn.execute(select(s.name, s.done_at, s.detail).where(s.name.like("status:%"))).all()
        return {r.name: Moment(r.done_at, r.detail) for r in rows}

    def done_names(self, prefix: str) -> set[str]:
        """Schedule markers under a prefix (`digest:`, `reminder`…): what the scheduler has done already."""
        s = t.schedule_state.c
        with self.engine.begin() as conn:
            return set(conn.execute(select(s.name).where(s.name.like(f"{prefix}%"))).scalars())

    def outcome_counts(self) -> dict[str, int]:
        """Processed mails by the decision's kind (Confirm, Waitlist, NeedsReview, …)."""
        i = t.inbound_mail.c
        with self.engine.begin() as conn:
            rows = conn.execute(select(i.outcome, func.count()).where(i.outcome.is_not(None)).group_by(i.outcome))
            return {outcome: n for outcome, n in rows}

    def outbox_overview(self) -> OutboxOverview:
        o = t.outbox.c
        with self.engine.begin() as conn:
            counts = {status: n for status, n in conn.execute(select(o.status, func.count()).group_by(o.status))}
            last_sent = conn.execute(select(func.max(o.sent_at))).scalar()
            oldest = conn.execute(
                select(o.kind, o.created_at, o.status, o.next_attempt_at, o.last_error)
                .where(o.status.in_(WAITING)).order_by(o.created_at, o.id).limit(1)).first()
            next_retry = conn.execute(select(func.min(o.next_attempt_at)).where(o.status == "retry")).scalar()
        if oldest is None:
            return OutboxOverview(counts, last_sent, next_retry_at=next_retry)
        return OutboxOverview(counts, last_sent, oldest.kind, oldest.created_at, oldest.status, oldest.next_attempt_at,
                              oldest.last_error, next_retry)


def schema_version(url: str, timeout: float = 5.0) -> tuple[str | None, str | None]:
    """(schema version, None) or (None, the problem in one line): opens the database without creating or
    migrating anything, for `mailbot check --liveness`. A SQLite file that does not exist is a problem."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = where(url)
        if database != ":memory:" and not Path(database).exists():
            return None, f"no database at {Path(database).resolve()}"
        engine = create_engine(url, connect_args={"timeout": timeout})
    else:
        engine = create_engine(url, connect_args={"connect_timeout": max(1, int(timeout))})
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar()), None
    except Exception as exc:  # noqa: BLE001 - any failure is the one-line finding
        return None, database_problem(exc, url) or f"{type(exc).__name__} at {where(url)}"
    finally:
        engine.dispose()
