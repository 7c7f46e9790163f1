"""The rule table: guards first (loops, unreadable mail, dates), then answers to our own mails, then intents."""

from __future__ import annotations

from collections.abc import Callable

from ..models import Decision
from ..understand.classify.wording import refuses
from .bounce import bounce
from .case import Case, forwards, ignore, review
from .cancel import cancellation, confirm_pending
from .signup import complete_details, signup
from .change import change
from .privacy import privacy

Rule = Callable[[Case], Decision | None]


def from_ourselves(case: Case) -> Decision | None:
    if case.mail.from_addr in case.own_addresses:
        return ignore("Ignore", "mail from our own address: never answered (loop guard)")
    return None


def automatic(case: Case) -> Decision | None:
    if case.understanding.intent == "auto_reply":
        return ignore("Ignore", "automatic mail: " + "; ".join(case.understanding.reasons or ("detected",)))
    return None


def mailing_list(case: Case) -> Decision | None:
    """Lists and bulk mail are never answered, and a person need not look at each newsletter."""
    if case.understanding.intent in ("registration", "cancellation", "change"):
        return None  # still acted on, but not answered: see limit_replies
    if case.is_list_mail:
        return ignore("Ignore", "list or bulk mail: never answered")
    return None


def unreadable(case: Case) -> Decision | None:
    if case.mail.encrypted:
        return review("encrypted mail: the bot cannot read it", "encrypted")
    if not case.mail.from_addr:
        return review("no usable sender address", "no_sender")
    return None


def pending_confirmation(case: Case) -> Decision | None:
    """An answer to our request to confirm a cancellation or substitution: the answer is the proof."""
    answered = case.state.answered
    if answered is None or not answered.action or case.understanding.intent in ("question",):
        return None
    refusal = refuses(case.mail.text or "")
    if refusal and not case.trusted:
        return review(f"answer to a confirmation request that seems to refuse it: {refusal}", "refused_confirmation")
    return confirm_pending(case, answered.action)


def event_over(case: Case) -> Decision | None:
    if case.now < case.event.ends_at or case.understanding.intent == "question":
        return None
    return Decision(kind="Refuse", reason="the event has taken place", replies=(case.reply("event_over"),))


def deadline_passed(case: Case) -> Decision | None:
    if case.understanding.intent != "registration" or case.now <= case.event.registration_deadline:
        return None
    if case.proven_codes() or any(r.email == case.sender for r in case.active()) or case.trusted:
        return None  # people already registered may still add details; an organiser may register late
    return Decision(kind="Refuse", reason="registration deadline passed",
                    replies=(case.reply("deadline_passed"),))


def missing_details_answer(case: Case) -> Decision | None:
    answered = case.state.answered
    if answered is None or answered.kind != "missing_details":
        return None
    if case.understanding.intent not in ("registration", "change", "other"):
        return None
    return complete_details(case, answered.codes)


def by_intent(case: Case) -> Decision | None:
    intent = case.understanding.intent
    if intent == "registration":
        return signup(case)
    if intent == "cancellation":
        return cancellation(case)
    if intent == "change":
        return change(case)
    if intent == "question":
        return question(case)
    return None


def question(case: Case) -> Decision:
    """Questions go to the organisers at once (Reply-To the asker); the asker hears that they did."""
    return Decision(kind="ForwardQuestion", reason="question forwarded to the organisers",
                    replies=(*forwards(case), case.reply("question_received")),
                    question=case.understanding.question or case.mail.text[:2000])


def thanks(case: Case) -> Decision | None:
    """A thank-you to our confirmation needs no answer and no person (the reader's `thanks` rule)."""
    if case.understanding.intent == "other" and case.understanding.reasons[:1] and \
            case.understanding.reasons[0].startswith("thanks:"):
        return ignore("Ignore", "thanks for our mail: nothing to do")
    return None


def anything_else(case: Case) -> Decision:
    return review(f"{case.understanding.intent} mail: a person should look at it"
                  + (": " + "; ".join(case.understanding.reasons) if case.understanding.reasons else ""),
                  "spam" if any(r.startswith("spam:") for r in case.understanding.reasons)
                  else f"intent_{case.understanding.intent}")


RULES: tuple[Rule, ...] = (
    from_ourselves, automatic, bounce, mailing_list, unreadable, pending_confirmation, privacy, event_over,
    deadline_passed, missing_details_answer, by_intent, thanks, anything_else,
)
