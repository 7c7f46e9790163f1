"""What the intent rules look at, computed once per mail."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ...models import InboundMail, Intent
from ..event_terms import EventTerms


@dataclass(frozen=True)
class Facts:
    """What the rules look at, computed once per mail."""

    mail: InboundMail
    text: str  # the sender's new words (plus an inline forwarded body when the mail is a forward)
    subject: str
    has_people: bool  # attendees were named in a form, list, table or sentence
    reply_to_us: bool  # answers one of our own mails (quoted confirmation, code, "Ihre Anmeldung")
    details_reply: bool = False  # answers our request for missing details
    statements: str = ""  # the text without its questions (polite requests to register stay in)
    forwards_signup: bool = False  # carries someone else's forwarded mail that asks to be registered
    terms: EventTerms = field(default_factory=EventTerms.default)  # the event's own words (codes, title, day)


Rule = tuple[str, Intent, Callable[[Facts], str | None]]
