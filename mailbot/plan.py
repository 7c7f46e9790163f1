"""Decision → ReplyRequests: who gets which mail, about whom, threaded how. Pure; rendering comes next."""

from __future__ import annotations

from .commands import desk_message_id, subject_tag
from .event import Event
from .models import Decision, InboundMail, Registered, State, Understanding
from .replies import ReplyAttendee, ReplyRequest
from .workflow.case import reply_address

# Mails that go out once per attendee whatever happens (a second sign-up mail gets already_registered).
ONCE_PER_ATTENDEE = frozenset({"confirmation", "waitlist", "promotion", "cancelled"})


def ics_uid(code: str, event: Event) -> str:
    """One calendar entry per attendee, stable across updates and the cancellation."""
    return f"{code.lower()}@{event.sender.domain}"


def attendee_views(decision: Decision, state: State, event: Event) -> dict[str, tuple[ReplyAttendee, int]]:
    """Every attendee a reply may mention, as they stand AFTER the decision, with their ICS sequence."""
    status = {c.code: c.status for c in decision.changes}
    views: dict[str, tuple[ReplyAttendee, int]] = {}
    for k in (*state.waitlist_head, *state.existing, *decision.known):
        views[k.code] = (_view(k, status.get(k.code, k.status), event), k.ics_sequence)
    for n in decision.new_attendees:
        p = n.person
        views[n.code] = (ReplyAttendee(name=p.name, salutation=p.salutation, title=p.title, email=p.email,
                                       status=n.status, code=n.code, position=n.position,
                                       ics_uid=ics_uid(n.code, event)), 0)
    return views


def _view(k: Registered, status: str, event: Event) -> ReplyAttendee:
    return ReplyAttendee(name=k.name, salutation=k.salutation, title=k.title, email=k.email, status=status,
                         code=k.code, ics_uid=ics_uid(k.code, event))


# Organisers' mails whose answers are commands: each carries the token in its Message-ID and subject.
TOKEN_KINDS = frozenset({"desk_review", "desk_proposal"})
MAX_ATTACHED_ORIGINAL = 10 * 1024 * 1024  # larger originals are described, not attached


def dedupe_key(kind: str, codes: tuple[str, ...], to: str, source: str, extra: dict | None = None) -> str:
    """The outbox key that makes a reply go out once. `source`: "inbound17" (a mail) or a desk token (the CLI)."""
    extra = extra or {}
    if extra.get("token") and kind in TOKEN_KINDS:
        return f"{kind}:{extra['token']}:{to}"
    if extra.get("nonce"):  # a request to confirm: its Message-ID (from this key) must not be guessable, since an
        return f"{kind}:{source}:{to}:{extra['nonce']}"  # answer quoting it is the proof
    if extra.get("resend"):  # ERNEUT SENDEN: on purpose a second time, once per command
        return f"{kind}:resend:{source}:{'-'.join(sorted(codes))}"
    if kind in ONCE_PER_ATTENDEE and codes:
        return f"{kind}:{'-'.join(sorted(codes))}"
    return f"{kind}:{source}:{to}"


def plan_replies(decision: Decision, mail: InboundMail, understanding: Understanding, state: State,
                 event: Event, *, inbound_id: int | None, source: str | None = None,
                 raw: bytes | None = None) -> list[ReplyRequest]:
    """The replies a decision causes; each with a dedupe key, so it is queued at most once."""
    views = attendee_views(decision, state, event)
    references = tuple(r for r in (*mail.references, mail.message_id) if r)
    language = understanding.language if understanding.language in ("de", "en") else "de"
    source = source or f"inbound{inbound_id}"
    requests = []
    copies: dict[str, int] = {}
    sender = reply_address(mail, event.own_addresses)  # as the workflow answered: never our own Reply-To
    for reply in decision.replies:
        extra = dict(reply.extra)
        message_id = None
        if reply.kind in TOKEN_KINDS and extra.get("token"):
            index = copies[extra["token"]] = copies.get(extra["token"], 0) + 1
            message_id = desk_message_id(extra["token"], index, event.sender.domain)
            extra["tag"] = subject_tag(extra["token"], inbound_id)
        if inbound_id is not None and reply.kind.startswith("desk_"):
            extra.setdefault("item", inbound_id)
        if reply.kind == "desk_review" and raw is not None:
            extra["original"] = raw if len(raw) <= MAX_ATTACHED_ORIGINAL else None
            extra["original_size"] = len(raw)
        attendees = tuple(views[c][0] for c in reply.codes if c in views)
        sequence = max((views[c][1] for c in reply.codes if c in views), default=0)
        requests.append(ReplyRequest(
            kind=reply.kind,
            to=reply.to,
            to_name=reply.to_name,
            dedupe_key=dedupe_key(reply.kind, reply.codes, reply.to, source, extra),
            message_id=message_id,
            language=language,
            in_reply_to=mail.message_id if reply.answers_mail else None,
            references=references if reply.answers_mail else (),
            original_subject=mail.subject,
            attendees=attendees,
            missing=tuple(reply.extra.get("missing", ())) or (
                understanding.missing if reply.kind == "missing_details" else ()),
            first_contact=bool(extra.pop("first_contact", False))
            or (reply.to == sender and state.mails_to_sender == 0),
            ics_method=reply.ics_method,
            ics_sequence=sequence + 1 if reply.ics_method == "CANCEL" else sequence,
            reply_to=reply.reply_to,
            extra=extra,
        ))
    return requests
