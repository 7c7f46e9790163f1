"""decide(): what the registration desk does with one understood mail. Pure: state and `now` come in.

The rules are an ordered table of small named predicates; the first that applies makes the decision,
and its name and reason travel with the decision so a person can see why.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from datetime import datetime

from .event import Event
from .models import Decision, InboundMail, NewAttendee, Person, State, Understanding

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ANSWERED_INTENTS = ("registration", "cancellation", "change", "question")


def new_code() -> str:
    """A personal registration code: short enough to quote, long enough not to be guessed."""
    part = lambda: "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))  # noqa: E731
    return f"ISEK-{part()}-{part()}"


@dataclass(frozen=True)
class Case:
    """Everything `decide` looks at."""

    mail: InboundMail
    understanding: Understanding
    state: State
    event: Event
    now: datetime
    own_addresses: frozenset[str]


Rule = Callable[[Case, Callable[[], str]], Decision | None]


def _ignore(kind: str, reason: str) -> Decision:
    return Decision(kind=kind, reason=reason, inbound_status="ignored")


def _review(reason: str) -> Decision:
    return Decision(kind="NeedsReview", reason=reason, inbound_status="review")


def from_ourselves(case: Case, _code: Callable[[], str]) -> Decision | None:
    if case.mail.from_addr in case.own_addresses:
        return _ignore("Ignore", "mail from our own address: never answered (loop guard)")
    return None


def automatic_mail(case: Case, _code: Callable[[], str]) -> Decision | None:
    if case.understanding.intent == "auto_reply":
        return _ignore("Ignore", "automatic reply: " + "; ".join(case.understanding.reasons or ("detected",)))
    return None


def bounce(case: Case, _code: Callable[[], str]) -> Decision | None:
    if case.understanding.intent == "bounce":
        failed = case.understanding.bounce_recipient
        return Decision(kind="Bounce", reason=f"delivery failure for {failed or 'unknown address'}",
                        inbound_status="ignored", extra={"bounce_recipient": failed})
    return None


def unreadable(case: Case, _code: Callable[[], str]) -> Decision | None:
    if case.mail.encrypted:
        return _review("encrypted mail: cannot be read")
    if not case.mail.from_addr:
        return _review("no usable sender address")
    return None


def registration(case: Case, code: Callable[[], str]) -> Decision | None:
    u = case.understanding
    if u.intent != "registration":
        return None
    if u.needs_review or not u.attendees:
        return _review("sign-up the bot is not sure about: " + ", ".join(u.reasons or u.missing or ("unclear",)))
    known = {r.email.lower() for r in case.state.existing if r.email and r.status != "cancelled"}
    fresh = [p for p in u.attendees if not (p.email and p.email.lower() in known)]
    if not fresh:
        return Decision(kind="AlreadyRegistered", reason="every attendee is registered already",
                        replies=("already_registered",))
    free = max(case.event.capacity - case.state.seats_taken, 0)
    queue = case.state.waitlist_length
    new: list[NewAttendee] = []
    for person in fresh:
        if free > 0:
            new.append(NewAttendee(person=_with_email(person), status="confirmed", code=code()))
            free -= 1
        else:
            queue += 1
            new.append(NewAttendee(person=_with_email(person), status="waitlisted", code=code(), position=queue))
    confirmed = any(n.status == "confirmed" for n in new)
    return Decision(
        kind="Confirm" if confirmed else "Waitlist",
        reason=f"{sum(n.status == 'confirmed' for n in new)} confirmed, "
               f"{sum(n.status == 'waitlisted' for n in new)} waitlisted",
        new_attendees=tuple(new),
        organisation=u.organisation,
        organisation_type=u.organisation_type,
        municipality=u.municipality,
        notes=u.notes,
        replies=("confirmation",) if confirmed else ("waitlist",),
        extra={"language": u.language},
    )


def _with_email(person: Person) -> Person:
    return person


def anything_else(case: Case, _code: Callable[[], str]) -> Decision | None:
    return _review(f"{case.understanding.intent}: needs a person")


RULES: tuple[Rule, ...] = (from_ourselves, automatic_mail, bounce, unreadable, registration, anything_else)


def decide(case: Case, code: Callable[[], str] = new_code) -> Decision:
    """Run the rule table; the first rule that has something to say decides."""
    for rule in RULES:
        decision = rule(case, code)
        if decision is not None:
            return decision
    raise AssertionError("the last rule always decides")
