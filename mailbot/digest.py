"""What the organisers' daily digest says, from plain values. Pure: no store, no clock, no templates.

The job gathers what no digest has reported yet (activity, mails for a person, undeliverable
addresses, the organisers' own actions) plus every registration; `build` turns that into a `Digest`
the templates only print. When the digest is due is decided here too, so the rule is testable
without a running worker.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .event import Event
from .models import AttendeeRecord

ACTIVE = ("confirmed", "provisional")
NEW_KINDS = ("confirmed", "waitlisted", "provisional")
ORG_TYPES: tuple[str | None, ...] = ("municipality", "planning_office", "authority", "other", None)


@dataclass(frozen=True)
class ActivityItem:
    """One unreported activity row, with the person it is about (when there is one)."""

    id: int
    kind: str  # confirmed waitlisted provisional promoted cancelled substituted completed changed event_changed
    #          erased access_report contact_erased (data protection: the first two without a person)
    at: datetime
    inbound_id: int | None = None
    name: str | None = None
    organisation: str | None = None
    municipality: str | None = None
    detail: str | None = None
    undelivered: bool = False  # promoted, but the promotion mail failed or the address bounced


@dataclass(frozen=True)
class MailItem:
    """A mail a person should see: a question to answer or one set aside for review.

    `id` is the inbound mail's number, which organisers write in front of a command (`#17 OK`).
    `reason_code` is a key the templates word in German; `question` is the text the mail asked.
    """

    id: int
    kind: str  # question | review
    at: datetime
    sender: str
    subject: str
    reason_code: str | None = None
    question: str = ""


@dataclass(frozen=True)
class UndeliverableItem:
    """An address that bounced; `status` is the mail server's own status code and text, when it gave one."""

    address: str
    at: datetime
    status: str = ""


_SUMMARY_KEY = re.compile(r"([a-z_]+)(?=$|[:\s])(.*)", re.DOTALL)


@dataclass(frozen=True)
class DeskActionItem:
    """One organiser action from the audit, for the section "Von der Organisation bearbeitet".

    The audit's summary starts with a key (`registered: Anna Schmidt`), which the templates word in
    German; `what` and `detail` split it so no English key reaches the organisers.
    """

    id: int
    at: datetime
    by: str
    command: str  # the command's first line, as the organiser wrote it
    outcome: str  # done | queued | already | failed
    summary: str
    item_id: int | None = None

    @property
    def what(self) -> str:
        match = _SUMMARY_KEY.fullmatch(self.summary)
        return match[1] if match else ""

    @property
    def detail(self) -> str:
        match = _SUMMARY_KEY.fullmatch(self.summary)
        rest = (match[2] if match else self.summary).strip().lstrip(":").strip()
        return rest[1:-1] if rest.startswith("(") and rest.endswith(")") else rest


@dataclass(frozen=True)
class Line:
    """A person in a section: who, from where, when, and (for new ones) their status."""

    name: str
    organisation: str | None
    municipality: str | None
    at: datetime
    status: str | None = None
    replaced: str | None = None  # for substitutions: who they replace
    unnotified: bool = False  # for promotions: the person was never told (their mail could not be delivered)


@dataclass(frozen=True)
class Totals:
    confirmed: int
    waitlisted: int
    provisional: int
    cancelled: int
    capacity: int

    @property
    def seats_left(self) -> int:
        return max(0, self.capacity - self.confirmed - self.provisional)


@dataclass(frozen=True)
class District:
    name: str | None  # None: no municipality known yet
    count: int
    municipalities: tuple[tuple[str | None, int], ...]


@dataclass(frozen=True)
class Digest:
    day: date
    registrations: tuple[Line, ...]
    cancellations: tuple[Line, ...]
    promotions: tuple[Line, ...]
    changes: tuple[Line, ...]
    substitutions: tuple[Line, ...]
    event_changes: tuple[str, ...]
    questions: tuple[MailItem, ...]
    review: tuple[MailItem, ...]
    undeliverable: tuple[UndeliverableItem, ...]
    desk_actions: tuple[DeskActionItem, ...]
    totals: Totals
    districts: tuple[District, ...]
    org_types: tuple[tuple[str | None, int], ...]
    cumulative: tuple[tuple[date, int], ...]  # registrations received up to and including each day
    activity_ids: tuple[int, ...] = field(default=())
    inbound_ids: tuple[int, ...] = field(default=())
    undeliverable_addresses: tuple[str, ...] = field(default=())
    desk_action_ids: tuple[int, ...] = field(default=())
    erasures: tuple[datetime, ...] = field(default=())  # Art. 17 DSGVO erasures done: when, nothing about whom
    access_reports: tuple[datetime, ...] = field(default=())  # Art. 15 DSGVO reports sent: when, nothing about whom
    # attendees registered by someone whose data was erased, left with no address: the organisers must reach them
    contact_erased: tuple[Line, ...] = field(default=())

    @property
    def empty(self) -> bool:
        """Nothing new since the last digest (the totals alone are no news)."""
        return not (self.activity_ids or self.inbound_ids or self.undeliverable_addresses or self.desk_action_ids)

    @property
    def items(self) -> tuple[MailItem, ...]:
        """The mails organisers can answer by number; parked ones first, since every command works on them
        (the help block takes the first as its example: `#17 OK`)."""
        return self.review + self.questions


def digest_day(event: Event, now: datetime) -> date:
    return now.astimezone(event.tz).date()


def marker(day: date) -> str:
    return f"digest:{day.isoformat()}"


def dedupe_key(day: date, address: str) -> str:
    return f"digest:{day.isoformat()}:{address.lower()}"


def due_at(event: Event, day: date) -> datetime:
    return datetime.combine(day, event.organisers.digest_time, event.tz)


def is_due(event: Event, now: datetime) -> bool:
    """From the digest time on, all day: a worker that was down at 07:00 still sends today's digest.

    The day after the event brings the last one, the final report; after it the organisers get no more.
    """
    day = digest_day(event, now)
    return now >= due_at(event, day) and day <= last_day(event)


def last_day(event: Event) -> date:
    """The final report goes out the day after the event."""
    return event.date + timedelta(days=1)


def build(records: Sequence[AttendeeRecord], activity: Sequence[ActivityItem], mails: Sequence[MailItem],
          undeliverable: Sequence[UndeliverableItem], event: Event, now: datetime,
          actions: Sequence[DeskActionItem] = ()) -> Digest:
    """Sort the unreported items into the digest's sections and count the current registrations."""
    activity = sorted(activity, key=lambda a: (a.at, a.id))
    substituted = {a.inbound_id: a for a in activity if a.kind == "substituted"}
    newcomers: dict[int | None, ActivityItem] = {}
    for a in activity:
        if a.kind in NEW_KINDS and a.inbound_id in substituted and a.inbound_id not in newcomers:
            newcomers[a.inbound_id] = a
    paired = {a.id for a in newcomers.values()}

    def line(a: ActivityItem, **kw: object) -> Line:
        return Line(name=a.name or "–", organisation=a.organisation, municipality=a.municipality, at=a.at,
                    **kw)  # type: ignore[arg-type]

    substitutions = []
    for inbound_id, old in substituted.items():
        new = newcomers.get(inbound_id)
        if new is not None:
            substitutions.append(line(new, replaced=old.name or "–"))
        else:
            substitutions.append(line(old, replaced=old.name or "–", status="cancelled"))
    return Digest(
        day=digest_day(event, now),
        registrations=tuple(line(a, status=a.kind) for a in activity if a.kind in NEW_KINDS and a.id not in paired),
        cancellations=tuple(line(a) for a in activity if a.kind == "cancelled"),
        promotions=tuple(line(a, unnotified=a.undelivered) for a in activity if a.kind == "promoted"),
        changes=tuple(line(a, status=a.kind) for a in activity if a.kind in ("changed", "completed")),
        substitutions=tuple(substitutions),
        event_changes=tuple(a.detail or "" for a in activity if a.kind == "event_changed"),
        erasures=tuple(a.at for a in activity if a.kind == "erased"),
        access_reports=tuple(a.at for a in activity if a.kind == "access_report"),
        contact_erased=tuple(line(a) for a in activity if a.kind == "contact_erased"),
        questions=tuple(sorted((m for m in mails if m.kind == "question"), key=lambda m: (m.at, m.id))),
        review=tuple(sorted((m for m in mails if m.kind != "question"), key=lambda m: (m.at, m.id))),
        undeliverable=tuple(sorted(undeliverable, key=lambda u: (u.at, u.address))),
        desk_actions=tuple(sorted(actions, key=lambda a: (a.at, a.id))),
        totals=totals(records, event.capacity),
        districts=districts(records),
        org_types=org_types(records),
        cumulative=cumulative(records, event, now),
        activity_ids=tuple(a.id for a in activity),
        inbound_ids=tuple(m.id for m in mails),
        undeliverable_addresses=tuple(u.address for u in undeliverable),
        desk_action_ids=tuple(a.id for a in actions),
    )


def totals(records: Sequence[AttendeeRecord], capacity: int) -> Totals:
    n = Counter(r.status for r in records)
    return Totals(confirmed=n["confirmed"], waitlisted=n["waitlisted"], provisional=n["provisional"],
                  cancelled=n["cancelled"], capacity=capacity)


def districts(records: Sequence[AttendeeRecord]) -> tuple[District, ...]:
    """Seats held (confirmed and provisional) per Landkreis and municipality, largest first."""
    by: dict[str | None, Counter[str | None]] = defaultdict(Counter)
    for r in records:
        if r.status in ACTIVE:
            by[r.district][r.municipality] += 1
    out = [District(name, sum(c.values()), tuple(sorted(c.items(), key=_count_then_name)))
           for name, c in by.items()]
    return tuple(sorted(out, key=lambda d: (d.name is None, -d.count, d.name or "")))


def org_types(records: Sequence[AttendeeRecord]) -> tuple[tuple[str | None, int], ...]:
    n = Counter(r.organisation_type if r.organisation_type in ORG_TYPES else "other"
                for r in records if r.status in ACTIVE)
    return tuple((t, n[t]) for t in ORG_TYPES if n[t])


def cumulative(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> tuple[tuple[date, int], ...]:
    """Registrations received per day, summed up: every attendee ever registered, cancelled ones too."""
    if not records:
        return ()
    per_day = Counter(r.registered_at.astimezone(event.tz).date() for r in records)
    first, last = min(per_day), max(max(per_day), digest_day(event, now))
    out, total, day = [], 0, first
    while day <= last:
        total += per_day[day]
        out.append((day, total))
        day += timedelta(days=1)
    return tuple(out)


def _count_then_name(item: tuple[str | None, int]) -> tuple[bool, int, str]:
    return (item[0] is None, -item[1], item[0] or "")
