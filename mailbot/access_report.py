"""What an access report (Art. 15 DSGVO) holds: plain values the store reads for one address, the workflow passes
on and the replies render. Nothing here is worded; the templates say it in German (or English).

The report is about one address and only ever goes to that address. It holds the attendee rows whose address it is,
the registrations sent from it (with the names and roles of the colleagues the person gave us themselves), the mails
from it that are stored (date and subject), the mails we sent to it (date and kind), bounce marks, and the
organisers' actions on the person's own rows. Other people's addresses and mails are never in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StoredAttendee:
    """One attendee row whose address is the person's own."""

    name: str
    title: str | None
    salutation: str | None
    email: str | None
    role: str | None
    organisation: str | None
    municipality: str | None
    notes: tuple[str, ...]
    status: str  # confirmed | waitlisted | provisional | cancelled
    code: str
    registered_at: datetime
    status_changed_at: datetime
    by_someone_else: bool = False  # another address sent the registration (who is that person's data, not told)


@dataclass(frozen=True)
class Colleague:
    """A person the requester registered: the name and role they gave us."""

    name: str
    title: str | None
    role: str | None


@dataclass(frozen=True)
class SentRegistration:
    """A registration sent from the person's address, with what they wrote into it."""

    at: datetime
    organisation: str | None
    municipality: str | None
    notes: tuple[str, ...]
    colleagues: tuple[Colleague, ...]  # the others it registered (the requester's own row is in `attendees`)


@dataclass(frozen=True)
class StoredMail:
    """A mail from the person's address that is stored: when it came, its subject."""

    at: datetime
    subject: str


@dataclass(frozen=True)
class SentReply:
    """A mail of ours to the person (or their mail passed on to the organisers): when, which kind, and its state."""

    at: datetime
    kind: str  # the outbox kind: confirmation, reminder, question_forward, …
    status: str  # queued | sending | sent | retry | failed
    to_organisers: bool = False  # the person's own mail, forwarded to the organisers (a question, a review)


@dataclass(frozen=True)
class DeskNote:
    """An organiser's action on one of the person's rows: when, and what (the audit's key, e.g. "cancelled")."""

    at: datetime
    what: str


@dataclass(frozen=True)
class AccessReport:
    """Everything stored about one address."""

    address: str
    attendees: tuple[StoredAttendee, ...] = ()
    registrations: tuple[SentRegistration, ...] = ()
    mails: tuple[StoredMail, ...] = ()
    replies: tuple[SentReply, ...] = ()
    undeliverable_since: datetime | None = None  # the address is marked undeliverable since then
    bounces: tuple[datetime, ...] = ()  # counted delivery failures of our mails to it
    desk: tuple[DeskNote, ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(a.code for a in self.attendees)
