"""Frozen value types passed along the hallway: mail in → understood → decided → stored → sent.

They carry no behaviour that touches the outside world, so every pure step can take and return them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .access_report import AccessReport

Intent = Literal["registration", "cancellation", "change", "question", "auto_reply", "bounce", "other"]
INTENTS: tuple[str, ...] = ("registration", "cancellation", "change", "question", "auto_reply", "bounce", "other")

OrganisationType = Literal["municipality", "planning_office", "authority", "other"]


@dataclass(frozen=True)
class Attachment:
    """A non-text part of a mail: kept as metadata only, the bytes stay in the raw mail."""

    filename: str | None
    content_type: str
    size: int


@dataclass(frozen=True)
class Failure:
    """One failed (or delayed) recipient of a delivery report."""

    address: str  # lower-cased
    permanent: bool  # the report says it gave up (flufl.bounce's permanent, or a DSN `Action: failed` with 5.x.x)
    action: str = ""  # the DSN's Action (failed, delayed, relayed, …), "" when the report has no DSN part
    status: str = ""  # the enhanced status code (5.1.1, 4.4.7, …) from the DSN or next to the address, else ""
    diagnostic: str = ""  # the server's words, when given (for the organisers)


@dataclass(frozen=True)
class DeliveryReport:
    """What a bounce or delay notice says (message/report.py): who failed and which mail it returns."""

    failures: tuple[Failure, ...] = ()
    returned_ids: tuple[str, ...] = ()  # Message-IDs of the returned mail: ours when we sent it
    delivered_to: tuple[str, ...] = ()  # where the report was sent (To, Delivered-To, …): a VERP return path


@dataclass(frozen=True)
class InboundMail:
    """What `message.parse` makes of raw bytes: decoded headers and text, split into parts a reader needs.

    `text` is the sender's own new words (no quotes, no signature); `quoted` and `signature` are kept
    apart because quoted text is not the sender's statement, while a signature is the best source of
    name, role and organisation.
    """

    message_id: str | None
    subject: str
    from_name: str
    from_addr: str  # lower-cased addr-spec, "" when missing or unparsable
    reply_to: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    date: datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # (lower-cased name, decoded value), in order
    content_type: str = "text/plain"  # the top-level type
    text: str = ""
    quoted: str = ""
    signature: str = ""
    full_text: str = ""  # the whole readable body, before quotes and signature were split off
    from_html: bool = False
    attachments: tuple[Attachment, ...] = ()
    forwarded: tuple[InboundMail, ...] = ()  # attached message/rfc822 parts, parsed
    delivery_status: str = ""  # the message/delivery-status part of a report, as text
    encrypted: bool = False
    problems: tuple[str, ...] = ()  # why the mail could not be read fully (defects, truncation…)
    # An inline-forwarded message ("Weitergeleitete Nachricht", Outlook header block under a WG:/Fwd:
    # subject), from its header block on; also part of `quoted`. Attached forwards are in `forwarded`.
    forwarded_text: str = ""
    report: DeliveryReport | None = None  # for mail that may be a delivery report: what it reports

    @property
    def answer_to(self) -> str:
        """Where answers go: Reply-To wins over From (lower-cased, "" when neither is usable)."""
        return (self.reply_to or self.from_addr).strip().lower()

    def header(self, name: str) -> str | None:
        """The first header of that name, decoded; None when absent."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key == wanted]


@dataclass(frozen=True)
class Municipality:
    name: str
    ags: str
    district: str


@dataclass(frozen=True)
class Person:
    """An attendee as the mail names them; `name` without salutation or academic title."""

    name: str
    email: str | None = None
    role: str | None = None
    title: str | None = None
    salutation: str | None = None  # "Herr" / "Frau", for the letter's greeting


@dataclass(frozen=True)
class Understanding:
    """Everything the bot understands of one mail; `as_json` is the `mailbot parse --json` contract."""

    intent: Intent
    language: str = "de"
    attendees: tuple[Person, ...] = ()
    organisation: str | None = None
    organisation_type: OrganisationType | None = None
    municipality: Municipality | None = None
    needs_review: bool = False
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()  # why the mail was classified so, readable by a person
    bounce_recipient: str | None = None  # for bounces: the address that failed
    question: str | None = None  # the question to pass on to the organisers, in the sender's words
    codes: tuple[str, ...] = ()  # registration codes quoted in the mail
    replaces: tuple[Person, ...] = ()  # for a change: who is replaced or removed ("statt Herrn X")
    privacy: str | None = None  # "erasure" (a cancellation, Art. 17 DSGVO) | "access" (a question, Art. 15)

    def as_json(self, file: str | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if file is not None:
            out["file"] = file
        out.update(
            intent=self.intent,
            language=self.language,
            attendees=[
                {k: v for k, v in (("name", p.name), ("email", p.email), ("role", p.role), ("title", p.title))
                 if k != "title" or v}
                for p in self.attendees
            ],
            organisation=self.organisation,
            organisation_type=self.organisation_type,
            municipality=(
                {"name": self.municipality.name, "ags": self.municipality.ags,
                 "district": self.municipality.district}
                if self.municipality else None
            ),
            needs_review=self.needs_review,
            missing=list(self.missing),
            notes=list(self.notes),
            reasons=list(self.reasons),
        )
        if self.bounce_recipient:
            out["bounce_recipient"] = self.bounce_recipient
        if self.question:
            out["question"] = self.question
        if self.codes:
            out["codes"] = list(self.codes)
        if self.privacy:
            out["privacy"] = self.privacy
        return out


@dataclass(frozen=True)
class OutgoingMail:
    """A rendered reply, ready for the outbox: the bytes are final, so sending never renders."""

    dedupe_key: str
    kind: str
    recipient: str
    message_id: str
    raw: bytes
    codes: tuple[str, ...] = ()  # the attendees it is about: an answer to it proves a right to them
    action: Mapping[str, Any] | None = None  # what a confirming answer to it should do


@dataclass(frozen=True)
class Registered:
    """An attendee as the store knows them, for decisions: duplicates, capacity, cancellations."""

    attendee_id: int
    registration_id: int
    name: str
    email: str | None
    status: str  # confirmed | waitlisted | provisional | cancelled
    code: str
    salutation: str | None = None
    title: str | None = None
    role: str | None = None
    registration_sender: str | None = None  # who signed them up
    ags: str | None = None
    ics_sequence: int = 0
    missing: tuple[str, ...] = ()  # what a provisional registration still lacks


@dataclass(frozen=True)
class Answered:
    """One of our own mails that the incoming mail answers (its Message-ID is in In-Reply-To/References)."""

    kind: str
    codes: tuple[str, ...]  # the attendees that mail was about
    action: Mapping[str, Any] | None = None  # what a confirmation of that mail should do
    recipient: str = ""  # lower-cased: where that mail went; only an answer from there proves anything


@dataclass(frozen=True)
class SentMail:
    """One of our own mails that a delivery report returns (found by its Message-ID in our outbox)."""

    message_id: str
    recipient: str  # lower-cased
    kind: str


@dataclass(frozen=True)
class BounceNote:
    """A counted delivery failure of one of our mails: kept, so failures on several days can mark an address."""

    address: str
    severity: str  # hard | soft | policy
    status: str = ""


@dataclass(frozen=True)
class State:
    """The one read the decision needs, taken inside the deciding transaction."""

    seats_taken: int = 0  # confirmed + provisional
    waitlist_length: int = 0
    existing: tuple[Registered, ...] = ()  # attendees matching the sender, stated addresses or codes
    waitlist_head: tuple[Registered, ...] = ()  # the first waitlisted attendees, in order
    answered: Answered | None = None
    replies_today: int = 0  # automatic replies to this sender in the last 24 hours
    mails_to_sender: int = 0  # all mails we ever queued for this sender
    seats_by_municipality: Mapping[str, int] = field(default_factory=dict, hash=False)  # AGS → seats taken
    desk: DeskState | None = None  # for organisers' mails and commands: the proof and what it may touch
    returned: tuple[SentMail, ...] = ()  # for a delivery report: the mails of ours it returns
    # for a delivery report: earlier counted soft failures (full mailbox, 4.x) of those mails' recipients
    bounce_history: Mapping[str, tuple[datetime, ...]] = field(default_factory=dict, hash=False)
    # for an access request (Art. 15 DSGVO), or the answer to our request to confirm one: what is stored about
    # the address it concerns (read in the deciding transaction, so the report is what the store holds)
    access: AccessReport | None = None


@dataclass(frozen=True)
class DeskToken:
    """A token we put into a mail to the organisers; an answer carrying it (from an organiser) is proven."""

    token: str
    kind: str  # review | digest | proposal | cli
    item_id: int | None = None  # the parked mail a review mail is about; the organiser's mail for a proposal
    proposal: tuple[Mapping[str, Any], ...] = ()  # proposal: the commands an OK applies
    payload: bytes | None = None  # proposal: a forwarded participant mail to process as its own
    used_by: str | None = None
    used_at: datetime | None = None


@dataclass(frozen=True)
class DeskItem:
    """A mail an organiser may act on by its number (#N): a parked mail, or a question passed on."""

    id: int
    status: str  # review while open; new/processing/done/ignored once resolved
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    proposal: str | None = None  # the decision kind the bot proposed when it parked the mail


@dataclass(frozen=True)
class DeskState:
    token: DeskToken | None = None
    items: Mapping[int, DeskItem] = field(default_factory=dict, hash=False)
    named: tuple[Registered, ...] = ()  # attendees whose name a command gives instead of a code


@dataclass(frozen=True)
class NewAttendee:
    person: Person
    status: str  # confirmed | waitlisted | provisional
    code: str
    position: int | None = None  # waitlist position
    registration_id: int | None = None  # join an existing registration (an added colleague)
    details: RegistrationDetails | None = None  # a registration of its own (organisers register several at once)


@dataclass(frozen=True)
class StatusChange:
    """An existing attendee moves: promoted, cancelled, substituted, completed (provisional → confirmed)."""

    code: str
    status: str
    why: str  # promoted | cancelled | substituted | completed


@dataclass(frozen=True)
class RegistrationDetails:
    organisation: str | None = None
    organisation_type: str | None = None
    municipality: Municipality | None = None
    notes: tuple[str, ...] = ()
    language: str = "de"
    missing: tuple[str, ...] = ()
    by_desk: bool = False  # entered by an organiser: mail goes to each person's own address, never a sender's


@dataclass(frozen=True)
class PlannedReply:
    """One mail a decision causes: to whom, of which kind, about whom. Rendering happens later."""

    kind: str
    to: str
    to_name: str | None
    codes: tuple[str, ...] = ()  # the attendees this mail is about (also remembered for answers to it)
    answers_mail: bool = True  # In-Reply-To the incoming mail
    ics_method: str | None = None
    reply_to: str | None = None
    action: Mapping[str, Any] | None = None  # what a confirming answer to this mail should do
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Requeue:
    """A parked mail goes through the hallway again, carrying the organiser's instruction."""

    item_id: int
    instruction: Mapping[str, Any]


@dataclass(frozen=True)
class AttendeeEdit:
    """An organiser's correction of one attendee (`fields`: name, email, role, title) and their registration."""

    code: str
    fields: Mapping[str, str]
    details: RegistrationDetails | None = None
    note: str | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One organiser action: who, what they wrote, on which mail or person, and what came of it."""

    by: str
    command: str
    outcome: str  # done | queued | already | failed
    summary: str
    item_id: int | None = None
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeskEffects:
    """What an organiser's answer (or the CLI) does beyond the usual decision fields."""

    tokens: tuple[DeskToken, ...] = ()  # new tokens for the mails this decision sends to organisers
    use_token: str | None = None  # a proposal that this answer applied (applies once)
    requeue: tuple[Requeue, ...] = ()
    edits: tuple[AttendeeEdit, ...] = ()
    inject: bytes | None = None  # a participant's mail, forwarded by an organiser, to process as its own
    inject_instruction: Mapping[str, Any] | None = None
    resolves: str | None = None  # this decision resolves the (parked) mail itself, on this organiser's word
    audit: tuple[AuditEntry, ...] = ()
    actor: str = ""
    release: str | None = None  # an event-file version the organisers allow to be announced to everyone


@dataclass(frozen=True)
class Erasure:
    """Art. 17 DSGVO: the attendees (by code) and the address whose data the store deletes at once."""

    address: str  # the person's address: their stored mails, queued mails, bounce marks
    codes: tuple[str, ...] = ()  # their attendee rows (and registrations left empty)


@dataclass(frozen=True)
class Decision:
    """What to do with one mail; applying it is the store's job, rendering its replies the replies' job.

    `kind` names the outcome (Confirm, Waitlist, NeedsReview, Ignore, …); `reason` says why, for people.
    `inbound_status` is what the inbound row becomes: done | review | ignored.
    """

    kind: str
    reason: str
    inbound_status: str = "done"
    details: RegistrationDetails | None = None  # for new attendees in a new registration
    new_attendees: tuple[NewAttendee, ...] = ()
    changes: tuple[StatusChange, ...] = ()
    update_registration: tuple[int, RegistrationDetails] | None = None
    undeliverable: str | None = None
    bounce: BounceNote | None = None  # a delivery failure to count (the store keeps it, with the time)
    replies: tuple[PlannedReply, ...] = ()
    known: tuple[Registered, ...] = ()  # existing attendees the replies talk about
    question: str | None = None  # for the digest
    code: str | None = None  # for review: a short key the templates turn into a German sentence
    desk: DeskEffects | None = None
    erase: Erasure | None = None  # an erasure request with proof: delete that person's data in this transaction


@dataclass(frozen=True)
class AttendeeRecord:
    """One attendee row as lists, exports, digests and reminders see it (a read model of the store)."""

    attendee_id: int
    registration_id: int
    code: str
    name: str
    title: str | None
    email: str | None
    role: str | None
    organisation: str | None
    organisation_type: str | None
    municipality: str | None
    ags: str | None
    district: str | None
    status: str  # confirmed | waitlisted | provisional | cancelled
    waitlist_position: int | None
    registered_at: datetime
    status_changed_at: datetime
    notes: tuple[str, ...] = ()
