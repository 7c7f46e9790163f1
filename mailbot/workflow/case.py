"""What a rule looks at, and the small helpers every rule shares."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..event import Event
from ..models import Decision, InboundMail, PlannedReply, Registered, State, Understanding

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    """A personal registration code: short enough to quote, long enough not to be guessed."""
    part = lambda: "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))  # noqa: E731
    return f"ISEK-{part()}-{part()}"


@dataclass(frozen=True)
class Case:
    """Everything `decide` looks at. `code` makes new personal codes (injected so tests are repeatable)."""

    mail: InboundMail
    understanding: Understanding
    state: State
    event: Event
    now: datetime
    own_addresses: frozenset[str] = frozenset()
    code: Callable[[], str] = field(default=new_code, compare=False)

    @property
    def sender(self) -> str:
        return self.mail.answer_to

    @property
    def sender_name(self) -> str | None:
        return self.mail.from_name or None

    @property
    def is_list_mail(self) -> bool:
        """RFC 3834: mail from lists and bulk senders is never answered automatically."""
        precedence = (self.mail.header("precedence") or "").strip().lower()
        return bool(self.mail.header("list-id") or self.mail.header("list-unsubscribe")
                    or precedence in ("bulk", "list", "junk"))

    def reply(self, kind: str, codes: tuple[str, ...] = (), **kw) -> PlannedReply:
        """A reply to the sender of this mail."""
        return PlannedReply(kind=kind, to=self.sender, to_name=self.sender_name, codes=codes, **kw)

    def proven_codes(self) -> set[str]:
        """Codes this mail proves a right to: quoted codes, or our mail it answers."""
        proven = {c.upper() for c in self.understanding.codes}
        if self.state.answered:
            proven.update(self.state.answered.codes)
        return proven

    def active(self) -> list[Registered]:
        return [r for r in self.state.existing if r.status != "cancelled"]


def ignore(kind: str, reason: str) -> Decision:
    return Decision(kind=kind, reason=reason, inbound_status="ignored")


def review(reason: str, **kw) -> Decision:
    return Decision(kind="NeedsReview", reason=reason, inbound_status="review", **kw)
