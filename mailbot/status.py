"""`mailbot status`: how the worker is doing, read from the database (no mail server is asked).

Last successful poll (and a failure since), last send, outbox depth, the oldest mail still waiting to go out,
mail waiting to be processed or for the organisers, and the next scheduled jobs. The poll's moments are noted
after each pass by `record_pass` (the worker and `mailbot poll`); the last send is the outbox's newest `sent_at`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import digest, reminders
from .event import Event
from .redact import redact
from .store import Store
from .store.status import LAST_POLL, POLL_FAILED, Moment, OutboxOverview, StatusStore


def record_pass(store: Store, problems: list[str], imap_configured: bool, now: datetime) -> None:
    """Note the pass's IMAP outcome: the last poll that reached the inbox, or the last that could not."""
    if not imap_configured:
        return
    imap = [p for p in problems if p.startswith("IMAP")]
    view = StatusStore(store.engine)
    if not imap:
        view.note_moment(LAST_POLL, now)
        return
    moments = view.moments()
    last_poll, failed = moments.get(LAST_POLL), moments.get(POLL_FAILED)
    ongoing = failed is not None and (last_poll is None or failed.at > last_poll.at)
    # The moment stays the first failure of this outage ("failing since"); the reason is the latest one.
    view.note_moment(POLL_FAILED, failed.at if ongoing and failed else now, redact(imap[0])[:500])


@dataclass(frozen=True)
class Job:
    name: str
    at: datetime | None  # None: due now


@dataclass(frozen=True)
class Status:
    now: datetime
    last_poll: Moment | None
    poll_failed: Moment | None  # only when later than the last successful poll
    outbox: OutboxOverview
    inbound: dict[str, int]
    jobs: list[Job] = field(default_factory=list)


def next_jobs(event: Event, done: set[str], next_retry: datetime | None, now: datetime) -> list[Job]:
    """What the scheduler will do next, soonest first (pure)."""
    jobs: list[Job] = []
    today = digest.digest_day(event, now)
    for day in (today, today + timedelta(days=1)):
        if day <= digest.last_day(event) and digest.marker(day) not in done:
            at = digest.due_at(event, day)
            jobs.append(Job(f"digest of {day.isoformat()}", None if at <= now else at))
            break
    if now < event.starts_at:
        ahead = [(reminders.due_at(event, d), d) for d in reminders.offsets(event) if reminders.due_at(event, d) > now]
        if ahead:
            at, days = min(ahead)
            jobs.append(Job(f"reminders {days} day{'' if days == 1 else 's'} before", at))
    if next_retry is not None:
        jobs.append(Job("next retry of the outbox", None if next_retry <= now else next_retry))
    if "purge" not in done:
        ends = event.retention_ends()
        jobs.append(Job("retention purge", None if ends <= now else ends))
    return sorted(jobs, key=lambda j: j.at or now)


def gather(store: Store, event: Event, now: datetime) -> Status:
    view = StatusStore(store.engine)
    moments = view.moments()
    last_poll, failed = moments.get(LAST_POLL), moments.get(POLL_FAILED)
    if failed is not None and last_poll is not None and failed.at <= last_poll.at:
        failed = None
    outbox = view.outbox_overview()
    done = view.done_names("digest:") | view.done_names("purge")
    return Status(now, last_poll, failed, outbox, store.inbound_counts(),
                  next_jobs(event, done, outbox.next_retry_at, now))


def _ago(at: datetime, now: datetime) -> str:
    seconds = int((now - at).total_seconds())
    if seconds < 0:
        return f"in {_span(-seconds)}"
    return f"{_span(seconds)} ago"


def _span(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def text(status: Status, event: Event) -> str:
    now = status.now

    def when(at: datetime) -> str:
        return f"{at.astimezone(event.tz):%Y-%m-%d %H:%M:%S %Z} ({_ago(at, now)})"

    lines = []
    poll = when(status.last_poll.at) if status.last_poll else "never (or no IMAP server configured)"
    lines.append(f"last poll       {poll}")
    if status.poll_failed:
        lines.append(f"                failing since {when(status.poll_failed.at)}: {status.poll_failed.detail}")
    out = status.outbox
    lines.append(f"last send       {when(out.last_sent_at) if out.last_sent_at else 'never'}")
    parts = ", ".join(f"{out.by_status.get(s, 0)} {s}" for s in ("queued", "retry", "sending"))
    lines.append(f"outbox          {out.waiting} waiting ({parts}); {out.by_status.get('failed', 0)} failed, "
                 f"{out.by_status.get('sent', 0)} sent")
    if out.oldest_created_at is not None:
        oldest = f"{out.oldest_kind}, {out.oldest_status} since {when(out.oldest_created_at)}"
        if out.oldest_error:
            oldest += f"; last error: {redact(out.oldest_error.splitlines()[0])[:200]}"
        lines.append(f"oldest waiting  {oldest}")
    inbound = status.inbound
    lines.append(f"inbox           {inbound.get('new', 0) + inbound.get('processing', 0)} to process, "
                 f"{inbound.get('review', 0)} waiting for the organisers, {inbound.get('done', 0)} done")
    if not status.jobs:
        lines.append("next jobs       none")
    for n, job in enumerate(status.jobs):
        lines.append(f"{'next jobs' if n == 0 else '':<16}{job.name}: {when(job.at) if job.at else 'due now'}")
    return "\n".join(lines) + "\n"


def as_json(status: Status) -> dict[str, Any]:
    def iso(at: datetime | None) -> str | None:
        return at.isoformat() if at else None

    out = status.outbox
    return {
        "now": iso(status.now),
        "last_poll": iso(status.last_poll.at) if status.last_poll else None,
        "poll_failing_since": iso(status.poll_failed.at) if status.poll_failed else None,
        "poll_problem": status.poll_failed.detail if status.poll_failed else None,
        "last_send": iso(out.last_sent_at),
        "outbox": {"waiting": out.waiting, **out.by_status},
        "oldest_waiting": None if out.oldest_created_at is None else {
            "kind": out.oldest_kind, "status": out.oldest_status, "since": iso(out.oldest_created_at),
            "next_attempt": iso(out.oldest_next_attempt_at),
            "last_error": redact(out.oldest_error.splitlines()[0])[:200] if out.oldest_error else None},
        "inbound": status.inbound,
        "next_jobs": [{"name": j.name, "at": iso(j.at)} for j in status.jobs],
    }
