"""Decision → which mails go to whom (ReplyRequests). Pure: rendering is `replies.render`'s job."""

from __future__ import annotations

from .event import Event
from .models import Decision, InboundMail, NewAttendee, Understanding
from .replies import ReplyAttendee, ReplyRequest


def ics_uid(code: str, event: Event) -> str:
    """One calendar entry per attendee, stable across updates and cancellation."""
    return f"{code.lower()}@{event.sender.domain}"


def reply_attendee(new: NewAttendee, event: Event) -> ReplyAttendee:
    p = new.person
    return ReplyAttendee(
        name=p.name, salutation=p.salutation, title=p.title, email=p.email, status=new.status, code=new.code,
        position=new.position, ics_uid=ics_uid(new.code, event),
    )


def reply_to_address(mail: InboundMail) -> str:
    """Answer where the sender asked to be answered: Reply-To wins over From."""
    return (mail.reply_to or mail.from_addr).strip()


def plan_replies(
    decision: Decision, mail: InboundMail, understanding: Understanding, event: Event, *, inbound_id: int,
    first_contact: bool,
) -> list[ReplyRequest]:
    """The replies a decision causes; each with a dedupe key so it can be queued only once."""
    to = reply_to_address(mail)
    references = tuple(r for r in (*mail.references, mail.message_id) if r)
    attendees = tuple(reply_attendee(n, event) for n in decision.new_attendees)
    requests: list[ReplyRequest] = []
    for kind in decision.replies:
        key_part = "-".join(a.code for a in attendees) or f"inbound{inbound_id}"
        ics = "REQUEST" if kind in ("confirmation", "promotion") and any(
            a.status == "confirmed" for a in attendees) else None
        requests.append(ReplyRequest(
            kind=kind,
            to=to,
            to_name=mail.from_name or None,
            dedupe_key=f"{kind}:{key_part}",
            language=understanding.language if understanding.language in ("de", "en") else "de",
            in_reply_to=mail.message_id,
            references=references,
            original_subject=mail.subject,
            attendees=attendees,
            missing=understanding.missing,
            first_contact=first_contact,
            ics_method=ics,
        ))
    return requests
