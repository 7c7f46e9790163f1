"""Which reminders are due, for whom: a pure function of the attendees, the event, `now` and what was sent.

The rules live here so they can be tested without a clock or a database:
- a reminder is due from `event.date - days` at `reminders.time` (event time zone) until the event begins;
  a worker that was down at that moment sends it late, never after the start;
- when several offsets are overdue at once (a long outage), only the nearest one goes out — two
  reminders in one minute would only confuse;
- a person confirmed after a reminder's due time already got everything with the confirmation, so
  they do not get that reminder;
- waitlisted people get a status note instead, once, with the largest offset;
- an address that bounced gets nothing: the mail would only bounce again, and the digest already
  says the person cannot be reached.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .event import Event


@dataclass(frozen=True)
class ReminderTarget:
    """One attendee as reminders see them; `to` is their own address or, lacking one, the registrant's."""

    code: str
    name: str
    status: str  # confirmed | waitlisted | provisional | cancelled
    to: str | None
    since: datetime  # when they got their current status (confirmed or waitlisted)
    salutation: str | None = None
    title: str | None = None
    email: str | None = None
    language: str = "de"
    ics_sequence: int = 0
    waitlist_position: int | None = None


@dataclass(frozen=True)
class DueReminder:
    """One mail to send: kind is "reminder" or "waitlist_status"; the key makes it go out once."""

    kind: str
    days_before: int
    target: ReminderTarget
    due_at: datetime

    @property
    def dedupe_key(self) -> str:
        return dedupe_key(self.kind, self.target.code, self.days_before)


def dedupe_key(kind: str, code: str, days_before: int) -> str:
    return f"{kind}:{code}:{days_before}"


def due_at(event: Event, days_before: int) -> datetime:
    """The moment a reminder `days_before` days ahead becomes due, in the event's time zone."""
    return datetime.combine(event.date - timedelta(days=days_before), event.reminders.time, event.tz)


def offsets(event: Event) -> list[int]:
    """The configured offsets, largest first, without duplicates or negative values."""
    return sorted({d for d in event.reminders.offsets_days if d >= 0}, reverse=True)


def current_offset(event: Event, now: datetime) -> int | None:
    """The nearest offset whose due time has passed, or None (none due yet, or the event has begun)."""
    if now >= event.starts_at:
        return None
    due = [d for d in offsets(event) if due_at(event, d) <= now]
    return min(due) if due else None


def due_reminders(targets: Iterable[ReminderTarget], event: Event, now: datetime,
                  already: Collection[str] = (), unreachable: Collection[str] = ()) -> list[DueReminder]:
    """Every reminder and waitlist note that should be queued now and has not been queued before.

    `unreachable`: addresses (lower case) that bounced; nothing is planned for them.
    """
    days = current_offset(event, now)
    if days is None:
        return []
    largest = offsets(event)[0]
    out: list[DueReminder] = []
    for target in targets:
        if not target.to or target.to.strip().lower() in unreachable:
            continue
        if target.status == "confirmed":
            item = DueReminder("reminder", days, target, due_at(event, days))
        elif target.status == "waitlisted":
            item = DueReminder("waitlist_status", largest, target, due_at(event, largest))
        else:
            continue
        if target.since > item.due_at or item.dedupe_key in already:
            continue
        out.append(item)
    return out
