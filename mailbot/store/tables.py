"""The schema: every hand-off in the hallway is a row here, so a crash is repaired by running the next step."""

from __future__ import annotations

from datetime import datetime, UTC

from sqlalchemy import (
    BigInteger, Boolean, Column, DateTime, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
    TypeDecorator, func,
)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out — on SQLite too, which has no time zones."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):  # type: ignore[override]
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):  # type: ignore[override]
        return None if value is None else value.replace(tzinfo=UTC)


metadata = MetaData()

inbound_mail = Table(
    "inbound_mail", metadata,
    Column("id", Integer, primary_key=True),
    Column("dedupe_key", String(600), nullable=False, unique=True),  # Message-ID, or sha256 when missing
    Column("message_id", String(1000)),
    Column("folder", String(200), nullable=False),
    Column("uidvalidity", BigInteger),
    Column("uid", BigInteger),
    Column("moved", Boolean, nullable=False, default=False),  # left the watched folder
    Column("content_hash", String(64), nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("size", Integer, nullable=False),
    Column("status", String(20), nullable=False, default="new"),  # new processing done review ignored
    Column("outcome", String(40)),  # the decision's kind
    Column("reason", Text),  # why, for people (review reasons, errors)
    Column("sender_hash", String(64)),  # for reply limits without keeping the address around
    Column("claimed_at", UTCDateTime),
    Column("processed_at", UTCDateTime),
    Column("reported_at", UTCDateTime),  # when a digest listed it (review items, questions)
    Column("reason_code", String(40)),  # the review reason as a key the templates word in German
    Column("question", Text),  # a question the mail asked (also when it registered someone)
    Column("instruction", Text),  # JSON: an organiser's instruction for processing it again
    Column("resolved_by", String(320)),  # the organiser who resolved it (a parked mail)
    Column("resolved_at", UTCDateTime),
    Column("attempts", Integer, nullable=False, default=0, server_default="0"),  # passing database faults in a row
    Column("next_attempt_at", UTCDateTime),  # a mail that met a passing database fault waits until then
    Column("last_fault", String(20)),  # the kind of that fault (disk_full, locked, …)
    Column("claimed_by", String(200)),  # the claim's owner: "host pid start tag"
)
Index("ix_inbound_status", inbound_mail.c.status)
Index("ix_inbound_location", inbound_mail.c.folder, inbound_mail.c.uidvalidity, inbound_mail.c.moved)

mailbox_state = Table(
    "mailbox_state", metadata,
    Column("folder", String(200), primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
)

registrations = Table(
    "registrations", metadata,
    Column("id", Integer, primary_key=True),
    Column("inbound_id", Integer, ForeignKey("inbound_mail.id")),
    Column("sender_email", String(320)),
    Column("language", String(5), nullable=False, default="de"),
    Column("organisation", Text),
    Column("organisation_type", String(30)),
    Column("municipality", String(200)),
    Column("ags", String(8)),
    Column("district", String(200)),
    Column("notes", Text),  # JSON list
    Column("missing", Text),  # JSON list: details a provisional registration still lacks
    Column("created_at", UTCDateTime, nullable=False),
)

attendees = Table(
    "attendees", metadata,
    Column("id", Integer, primary_key=True),
    Column("registration_id", Integer, ForeignKey("registrations.id"), nullable=False),
    Column("code", String(20), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("title", String(100)),
    Column("salutation", String(20)),
    Column("email", String(320)),
    Column("role", String(300)),
    Column("status", String(20), nullable=False),  # confirmed waitlisted provisional cancelled
    Column("queue_seq", Integer, nullable=False),  # order of arrival: waitlist order
    Column("ics_sequence", Integer, nullable=False, default=0),
    Column("created_at", UTCDateTime, nullable=False),
    Column("status_changed_at", UTCDateTime, nullable=False),
)
Index("ix_attendees_email", attendees.c.email)
Index("ix_attendees_status", attendees.c.status, attendees.c.queue_seq)
# Every read a mail's decision makes is an index lookup, never a scan (migration 0006): people by address and
# name as lower-cased (expression indexes, kept by the database whoever writes the row), a registration's
# attendees, the highest queue number.
Index("ix_attendees_email_lower", func.lower(attendees.c.email))
Index("ix_attendees_name_lower", func.lower(attendees.c.name))
Index("ix_attendees_registration", attendees.c.registration_id, attendees.c.status)
Index("ix_attendees_queue_seq", attendees.c.queue_seq)
Index("ix_registrations_sender_lower", func.lower(registrations.c.sender_email))
Index("ix_registrations_ags", registrations.c.ags)

# Attendees per status, kept by triggers on `attendees` in the writing transaction (migration 0006), so a
# decision reads the seats taken and the waitlist's length without counting rows.
attendee_counts = Table(
    "attendee_counts", metadata,
    Column("status", String(20), primary_key=True),
    Column("n", Integer, nullable=False),
)

outbox = Table(
    "outbox", metadata,
    Column("id", Integer, primary_key=True),
    Column("dedupe_key", String(300), nullable=False, unique=True),
    Column("kind", String(40), nullable=False),
    Column("recipient", String(320), nullable=False),
    Column("message_id", String(300), nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("inbound_id", Integer, ForeignKey("inbound_mail.id")),
    Column("codes", Text),  # JSON list of attendee codes the mail is about
    Column("action", Text),  # JSON: what a confirming answer to this mail does
    Column("status", String(20), nullable=False, default="queued"),  # queued sending sent retry failed
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", UTCDateTime, nullable=False),
    Column("last_error", Text),
    Column("created_at", UTCDateTime, nullable=False),
    Column("claimed_at", UTCDateTime),
    Column("claimed_by", String(200)),  # the claim's owner: "host pid start tag"
    Column("sent_at", UTCDateTime),
)
Index("ix_outbox_due", outbox.c.status, outbox.c.next_attempt_at)
Index("ix_outbox_recipient", outbox.c.recipient, outbox.c.created_at)
Index("ix_outbox_message_id", outbox.c.message_id)
# The replies to one sender (reply limits), as the deciding transaction counts them (migration 0006).
Index("ix_outbox_recipient_lower", func.lower(outbox.c.recipient), outbox.c.created_at, outbox.c.kind)

activity = Table(
    "activity", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("kind", String(40), nullable=False),  # registered waitlisted promoted cancelled changed …
    Column("attendee_id", Integer, ForeignKey("attendees.id")),
    Column("inbound_id", Integer, ForeignKey("inbound_mail.id")),
    Column("detail", Text),
    Column("reported_at", UTCDateTime),  # set when a digest reported it
)
Index("ix_activity_attendee", activity.c.attendee_id)  # the foreign key's check when attendees go (0006)

schedule_state = Table(
    "schedule_state", metadata,
    Column("name", String(200), primary_key=True),  # e.g. "digest:2025-05-13", "reminder:7"
    Column("done_at", UTCDateTime, nullable=False),
    Column("detail", Text),
)

# One row: the key of our Message-IDs, shared by every worker on this database (made by the first one to start).
installation = Table(
    "installation", metadata,
    Column("id", Integer, primary_key=True),
    Column("secret", String(64), nullable=False),
)

undeliverable = Table(
    "undeliverable", metadata,
    Column("address", String(320), primary_key=True),
    Column("reason", Text),
    Column("at", UTCDateTime, nullable=False),
    Column("reported_at", UTCDateTime),
)

# Delivery failures of our mails that count towards marking an address (workflow/bounce.py): soft ones mark
# only when they happened on several days. Cleared with the mark; deleted by the purge and by an erasure.
bounce_events = Table(
    "bounce_events", metadata,
    Column("id", Integer, primary_key=True),
    Column("address", String(320), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("severity", String(20), nullable=False),  # hard | soft
    Column("status", String(20)),  # the enhanced status code, when the report gave one
    Column("inbound_id", Integer),  # the report
)
Index("ix_bounce_events_address", bounce_events.c.address)

# Erasures (Art. 17 DSGVO): when one was done, nothing about whom. `mail_keys` (JSON list of dedupe keys) says
# which mails the next pass deletes from the IMAP folders; it is emptied once that is done.
erasures = Table(
    "erasures", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("mail_keys", Text),
    Column("mailbox_done_at", UTCDateTime),
)

# Tokens of the mails we send to organisers: an organiser's answer that carries one is proven.
desk_tokens = Table(
    "desk_tokens", metadata,
    Column("token", String(20), primary_key=True),
    Column("kind", String(20), nullable=False),  # review | digest | proposal
    Column("item_id", Integer),  # the inbound mail it is about
    Column("proposal", Text),  # JSON list of commands an OK applies (proposal)
    Column("payload", LargeBinary),  # a forwarded participant mail an OK processes as its own
    Column("created_at", UTCDateTime, nullable=False),
    Column("used_by", String(320)),
    Column("used_at", UTCDateTime),
)

# The organisers' actions, by mail or on the command line: kept until the retention purge.
desk_actions = Table(
    "desk_actions", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime, nullable=False),
    Column("by", String(320), nullable=False),
    Column("command", Text, nullable=False),
    Column("outcome", String(20), nullable=False),  # done | queued | already | failed
    Column("summary", Text, nullable=False),
    Column("item_id", Integer),
    Column("codes", Text),  # JSON list
    Column("inbound_id", Integer),  # the organiser's mail (None on the command line)
    Column("reported_at", UTCDateTime),
)
Index("ix_desk_actions_reported", desk_actions.c.reported_at)

# A single row that deciding transactions lock, so two workers never hand out the same seat.
seat_lock = Table(
    "seat_lock", metadata,
    Column("id", Integer, primary_key=True),
    Column("version", Integer, nullable=False, default=0),
)
