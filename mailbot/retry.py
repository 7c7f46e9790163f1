"""What to do after a send attempt: done, try again later, or give up (pure).

A 5xx answer means the receiving side will not take this message as it is, so trying again only
annoys; 4xx answers, refused or broken connections and timeouts are the weather and pass. Retries
follow a fixed list of growing delays (about a day in total, roughly what mail servers themselves
do), so the schedule is easy to explain and to test.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from mailbot.transports import SendResult

Outcome = Literal["sent", "retry", "failed"]

#: Seconds to wait after the 1st, 2nd, … failed attempt; after the last one the mail is failed.
RETRY_DELAYS: tuple[int, ...] = (60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600)


def classify(result: SendResult) -> Outcome:
    """Sort one send result: ok → sent; permanent or a 5xx code → failed; anything else → retry."""
    if result.ok:
        return "sent"
    if result.permanent or (result.code is not None and 500 <= result.code < 600):
        return "failed"
    return "retry"


def next_attempt(attempts: int, now: datetime) -> datetime | None:
    """When to try again after `attempts` failed attempts so far (1 after the first failure);
    None once RETRY_DELAYS is used up, which means: give up."""
    if attempts < 1:
        raise ValueError(f"attempts counts failed attempts and starts at 1, got {attempts}")
    if attempts > len(RETRY_DELAYS):
        return None
    return now + timedelta(seconds=RETRY_DELAYS[attempts - 1])
