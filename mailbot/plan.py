"""Decision → ReplyRequests: who gets which mail, about whom, threaded how. Pure; rendering comes next."""

from __future__ import annotations

from .event import Event
from .models import Decision, InboundMail, Registered, State, Understanding
from .replies import ReplyAttendee, ReplyRequest

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


def dedupe_key(kind: str, codes: tuple[str, ...], to: str, inbound_id: int) -> str:
    if kind in ONCE_PER_ATTENDEE and codes:
        return f"{kind}:{'-'.join(sorted(codes))}"
    return f"{kind}:inbound{inbound_id}:{to}"


def plan_replies(decision: Decision, mail: InboundMail, understanding: Understanding, state: State,
                 event: Event, *, inbound_id: int) -> list[ReplyRequest]:
    """The replies a decision causes; each with a dedupe key, so it is queued at most once."""
    views = attendee_views(decision, state, event)
    references = tuple(r for r in (*mail.references, mail.message_id) if r)
    language = understanding.language if understanding.language in ("de", "en") else "de"
    requests = []
    for reply in decision.replies:
        attendees = tuple(views[c][0] for c in reply.codes if c in views)
        sequence = max((views[c][1] for c in reply.codes if c in views), default=0)
        requests.append(ReplyRequest(
            kind=reply.kind,
            to=reply.to,
            to_name=reply.to_name,
            dedupe_key=dedupe_key(reply.kind, reply.codes, reply.to, inbound_id),
            language=language,
            in_reply_to=mail.message_id if reply.answers_mail else None,
            references=references if reply.answers_mail else (),
            original_subject=mail.subject,
            attendees=attendees,
            missing=tuple(reply.extra.get("missing", ())) or (
                understanding.missing if reply.kind == "missing_details" else ()),
            first_contact=reply.to == mail.answer_to and state.mails_to_sender == 0,
            ics_method=reply.ics_method,
            ics_sequence=sequence + 1 if reply.ics_method == "CANCEL" else sequence,
            reply_to=reply.reply_to,
            extra=dict(reply.extra),
        ))
    return requests
