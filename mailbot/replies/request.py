"""What the workflow asks the renderer for: one reply, described as plain values.

The caller has already decided *that* a mail goes out and to whom; these types only carry what the
templates need, so rendering stays a pure function of (request, event, now).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Mapping

# Every kind of mail the bot sends to a person or to the organisers. Each has a template pair
# `<kind>.txt.j2` + `<kind>.html.j2` in templates/ (German) and templates/en/ (English).
KINDS: tuple[str, ...] = (
    "confirmation",
    "waitlist",
    "promotion",
    "already_registered",
    "missing_details",
    "cancel_request",
    "cancelled",
    "erase_request",
    "erased",
    "access_request",
    "access_report",
    "change_confirmed",
    "question_received",
    "question_forward",
    "deadline_passed",
    "event_over",
    "reply_limit",
    "reminder",
    "waitlist_status",
    "event_update",
    "desk_review",
    "desk_proposal",
    "desk_done",
    "desk_answer",
    "desk_announce",
)

# RFC 3834: "auto-replied" only for mails answering a person's own mail; everything the bot sends on
# its own initiative (schedules, promotions after someone else's cancellation, forwards) is
# "auto-generated". Both tell well-behaved responders not to answer.
AUTO_GENERATED_KINDS: frozenset[str] = frozenset(
    {"promotion", "question_forward", "reminder", "waitlist_status", "event_update", "desk_review",
     "desk_proposal", "desk_done", "desk_announce"}
)

# Mails to the organisers rather than to the person who wrote: rendered in the event's language.
ORGANISER_KINDS: frozenset[str] = frozenset({"question_forward", "desk_review", "desk_proposal", "desk_done",
                                             "desk_announce"})

LANGUAGES: tuple[str, ...] = ("de", "en")

ATTENDEE_STATUSES: tuple[str, ...] = ("confirmed", "waitlisted", "provisional", "cancelled")


@dataclass(frozen=True)
class ReplyAttendee:
    """One attendee as a reply shows them: name, status and the personal code that proves identity."""

    name: str
    salutation: str | None
    title: str | None
    email: str | None
    status: str  # confirmed | waitlisted | provisional | cancelled
    code: str  # personal registration code, e.g. "ISEK-7KQ2-M9XD"
    position: int | None = None  # waitlist position
    ics_uid: str | None = None  # stable calendar UID for this attendee


@dataclass(frozen=True)
class ReplyRequest:
    """One mail to render.

    `extra` holds kind-specific values:
    - question_received / question_forward: "question" (the asker's words), "asker_name",
      "asker_address", "asker_subject" (or "subject"), "body" (the whole forwarded text, optional),
      "received_at" (aware datetime, optional); `language` = the asker's language (the forward itself
      is written in the event's language)
    - reminder, waitlist_status: "days_before" (int)
    - event_update: "changes" (list of one-line strings, already worded)
    - change_confirmed: "replaced" (old name) | "added" (names) | "updated" (bool), "changes" (optional)
    - cancel_request: "what" ("cancellation" | "substitution"), "replacement" (new name, optional),
      "requested_by" (address that asked, optional)
    - erased: "attendees" (how many rows went), "colleagues" (how many people they registered stay)
    - access_report: "report" (mailbot.access_report.AccessReport: what is stored about the recipient's address)
    """

    kind: str
    to: str
    to_name: str | None
    dedupe_key: str
    language: str = "de"
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    original_subject: str | None = None
    attendees: tuple[ReplyAttendee, ...] = ()
    missing: tuple[str, ...] = ()
    first_contact: bool = False
    ics_method: str | None = None  # "REQUEST" | "CANCEL" | None
    ics_sequence: int = 0
    reply_to: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    message_id: str | None = None  # set for organisers' mails that carry a desk token; else from the dedupe key
