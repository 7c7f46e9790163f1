"""No floods: no answers to list mail, at most N replies per sender and day; the last one says so."""

from __future__ import annotations

from dataclasses import replace

from ..models import Decision
from .case import Case


def limit_replies(decision: Decision, case: Case) -> Decision:
    """Cap replies to the sender; the mail's effects (a seat, a cancellation) still apply."""
    limit = case.event.max_replies_per_sender_per_day
    to_sender = [r for r in decision.replies if r.to == case.sender]
    if not to_sender:
        return decision
    others = tuple(r for r in decision.replies if r.to != case.sender)
    if case.is_list_mail:
        return replace(decision, replies=others, reason=decision.reason + "; list mail, not answered")
    sent = case.state.replies_today
    if sent >= limit:
        return replace(decision, replies=others, reason=decision.reason + "; reply limit reached, not answered")
    if sent + len(to_sender) >= limit:
        notice = case.reply("reply_limit", codes=tuple(c for r in to_sender for c in r.codes))
        kept = tuple(to_sender[: max(limit - sent - 1, 0)])
        return replace(decision, replies=kept + (notice,) + others,
                       reason=decision.reason + "; last reply today")
    return decision
