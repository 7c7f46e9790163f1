"""What a mail is: an ordered table of small named rules, the first that fires decides.

Loop safety comes first (RFC 3834 and what Dovecot's vacation ignores), then bounces, then
out-of-office text, then what the sender's own words ask for. Quoted text never takes part.
"""

from __future__ import annotations

from ...models import Intent
from ..event_terms import EventTerms
from .automatic import (
    bounce_recipient,
    bounce_rule,
    encrypted_rule,
    header_rule,
    list_rule,
    ooo_rule,
    spam_rule,
)
from .facts import Facts, Rule
from .misdirected import misdirected_rule
from .thanks import thanks_rule
from .wording import (
    advert_rule,
    asks,
    cancel_rule,
    cancelled,
    change_rule,
    other_event_rule,
    question_rule,
    register_rule,
    signs_up,
    statements,
)

__all__ = ["RULES", "Facts", "Rule", "asks", "bounce_recipient", "cancelled", "classify", "codes", "signs_up",
           "statements"]


RULES: tuple[Rule, ...] = (
    ("bounce", "bounce", bounce_rule),
    ("spam", "other", spam_rule),
    ("loop_guard", "auto_reply", header_rule),
    ("out_of_office", "auto_reply", ooo_rule),
    ("mailing_list", "other", list_rule),
    ("encrypted", "other", encrypted_rule),
    ("change", "change", change_rule),
    ("cancellation", "cancellation", cancel_rule),
    ("advertisement", "other", advert_rule),
    ("thanks", "other", thanks_rule),
    ("other_event", "other", other_event_rule),
    ("registration", "registration", register_rule),
    ("misdirected", "other", misdirected_rule),
    ("question", "question", question_rule),
)


def classify(facts: Facts) -> tuple[Intent, str]:
    """The intent and the reason of the first rule that fires; "other" when none does."""
    for name, intent, rule in RULES:
        reason = rule(facts)
        if reason:
            return intent, f"{name}: {reason}"
    return "other", "no rule matched"


def codes(*texts: str, terms: EventTerms | None = None) -> tuple[str, ...]:
    """Registration codes with the event's prefix quoted anywhere, in order, once each."""
    pattern = (EventTerms.default() if terms is None else terms).code
    found: dict[str, None] = {}
    for text in texts:
        for m in pattern.finditer(text or ""):
            found[m.group(0).upper()] = None
    return tuple(found)
