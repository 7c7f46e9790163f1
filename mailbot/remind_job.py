"""Reminders as a job: ask `reminders.due_reminders` who is due, render with the reply templates, queue.

Each mail carries the dedupe key `reminder:<code>:<days>` (or `waitlist_status:…`), which the
outbox holds only once, so restarts and several workers never send a reminder twice.
"""

from __future__ import annotations

import logging
from datetime import datetime

from .jobs import Context
from .models import OutgoingMail
from .plan import ics_uid
from .reminders import DueReminder, due_reminders
from .replies import ReplyAttendee, ReplyRequest
from .store import reports

log = logging.getLogger(__name__)

PREFIXES = ("reminder:", "waitlist_status:")


def pending(ctx: Context, now: datetime) -> list[DueReminder]:
    """Reminders and waitlist notes due now and not queued before (nothing is written).

    Addresses that bounced are left out here, not only at sending, so `mailbot remind` shows the truth.
    """
    targets = reports.reminder_targets(ctx.store)
    unreachable = ctx.store.undeliverable_among(t.to for t in targets if t.to)
    return due_reminders(targets, ctx.event, now, reports.queued_keys(ctx.store, PREFIXES), unreachable)


def request_for(item: DueReminder, ctx: Context) -> ReplyRequest:
    """A reminder carries the calendar entry again (same UID, current SEQUENCE); a waitlist note does not."""
    target, event = item.target, ctx.event
    person = ReplyAttendee(
        name=target.name, salutation=target.salutation, title=target.title, email=target.email,
        status=target.status, code=target.code, position=target.waitlist_position,
        ics_uid=ics_uid(target.code, event),
    )
    is_reminder = item.kind == "reminder"
    return ReplyRequest(
        kind=item.kind, to=str(target.to), to_name=target.name, dedupe_key=item.dedupe_key,
        language=target.language if target.language in ("de", "en") else "de", attendees=(person,),
        ics_method="REQUEST" if is_reminder else None, ics_sequence=target.ics_sequence,
        extra={"days_before": item.days_before},
    )


def render_due(ctx: Context, items: list[DueReminder], now: datetime) -> list[OutgoingMail]:
    mails = []
    for item in items:
        mail = ctx.render(request_for(item, ctx), now)
        mails.append(OutgoingMail(dedupe_key=mail.dedupe_key, kind=mail.kind, recipient=mail.recipient,
                                  message_id=mail.message_id, raw=mail.raw, codes=(item.target.code,)))
    return mails


def queue_reminders(ctx: Context, now: datetime) -> int:
    """Queue every due reminder; returns how many were queued."""
    items = pending(ctx, now)
    if not items:
        return 0
    queued = reports.queue_scheduled(ctx.store, render_due(ctx, items, now), now)
    log.info("reminders: %d queued", queued)
    return queued


def describe(items: list[DueReminder], ctx: Context) -> list[str]:
    """One line per mail for `mailbot remind` (an operator's terminal, not a log)."""
    return [
        f"{item.kind} ({item.days_before} days before, due {item.due_at.astimezone(ctx.event.tz):%d.%m.%Y %H:%M}) "
        f"→ {item.target.name} <{item.target.to}> [{item.target.code}]"
        for item in items
    ]
