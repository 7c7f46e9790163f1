"""What a rule looks at, and the small helpers every rule shares."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from datetime import datetime
from typing import Any

from ..event import Event
from ..commands import new_token
from ..models import Decision, InboundMail, PlannedReply, Registered, State, Understanding
from ..understand.names import looks_like_name, split_name

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code(prefix: str = "ISEK") -> str:
    """A personal registration code with the event's prefix: short enough to quote, long enough not to be guessed."""
    part = lambda: "".join(secrets.choice(CODE_ALPHABET) for _ in range(4))  # noqa: E731
    return f"{prefix}-{part()}-{part()}"


def event_codes(event: Event) -> Callable[[], str]:
    """New personal codes with the event's code prefix."""
    return partial(new_code, event.code_prefix)


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
    token: Callable[[], str] = field(default=new_token, compare=False)
    # An organiser's instruction for this (parked) mail, carried by the inbound row: see workflow/desk.py.
    instruction: Mapping[str, Any] | None = None
    trusted: bool = False  # an organiser vouches for the reading: guards that park an unsure reading step aside

    def __post_init__(self) -> None:
        if self.code is new_code:  # not injected: codes carry the event's prefix
            object.__setattr__(self, "code", event_codes(self.event))

    @property
    def organisers(self) -> frozenset[str]:
        return frozenset(a.strip().lower() for a in self.event.organisers.addresses if a.strip())

    @property
    def from_organiser(self) -> bool:
        """From an organiser's address (the From, not Reply-To): alone this proves nothing, it is forgeable."""
        return self.mail.from_addr in self.organisers and self.mail.from_addr != self.event.sender.address.lower()

    @property
    def sender(self) -> str:
        """Where answers to this mail go: see reply_address; our own addresses are the event's and the worker's."""
        return reply_address(self.mail, self.own_addresses | self.event.own_addresses)

    @property
    def sender_name(self) -> str | None:
        """The sender's name for a greeting: "Kühn, Matthias" → "Matthias Kühn"; a mailbox's name
        ("Sekretariat Bürgermeister", "Gemeinde X – Bauamt") is no one to greet by name."""
        if not self.mail.from_name:
            return None
        name, _title, salutation = split_name(self.mail.from_name)
        return name if looks_like_name(name, salutation) else None

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
        """Codes this mail proves a right to: our mail to that person that it answers, or a code it quotes
        from the address the code belongs to. A code quoted by a stranger proves nothing by itself (a
        forwarded confirmation is enough to know it): the registered address is asked instead."""
        # An answer to our mail proves a right only when it comes from the address that mail went to: our
        # Message-IDs are no password (a stranger who knows a code could compute the confirmation's one).
        answered = self.state.answered
        from_addr = (self.mail.from_addr or "").strip().lower()
        proven = set(answered.codes) if answered and (not answered.recipient or from_addr == answered.recipient) else set()
        by_code = {k.code: k for k in self.state.existing}
        for code in (c.upper() for c in self.understanding.codes):
            known = by_code.get(code)
            if known is not None and self.sender in {(known.email or "").lower(),
                                                     (known.registration_sender or "").lower()}:
                proven.add(code)
        return proven

    def active(self) -> list[Registered]:
        return [r for r in self.state.existing if r.status != "cancelled"]


def reply_address(mail: InboundMail, own: frozenset[str] | set[str]) -> str:
    """Where answers go: Reply-To over From, but never one of our own addresses (a Reply-To pointing at our
    mailbox would send the confirmation to ourselves). When both are ours (an organiser whose Reply-To is the
    registration inbox), From: an answer into our own inbox is lost behind the loop guard."""
    for candidate in (mail.reply_to, mail.from_addr):
        address = (candidate or "").strip().lower()
        if address and address not in own:
            return address
    return mail.from_addr.strip().lower() or mail.answer_to


def ignore(kind: str, reason: str) -> Decision:
    return Decision(kind=kind, reason=reason, inbound_status="ignored")


def review(reason: str, code: str = "unclear", **kw) -> Decision:
    """Park the mail for a person; `code` names the reason for the German templates (templates/_reasons.j2)."""
    return Decision(kind="NeedsReview", reason=reason, inbound_status="review", code=code, **kw)


def forwards(case: Case, codes: tuple[str, ...] = ()) -> tuple[PlannedReply, ...]:
    """One forward per organiser address; `codes`: what this same mail registered, so the forward shows it."""
    text = case.understanding.question or case.mail.text
    return tuple(
        PlannedReply(kind="question_forward", to=address, to_name=None, answers_mail=False, reply_to=case.sender,
                     codes=codes or tuple(k.code for k in case.active()),
                     extra={"question": text[:5000], "asker_name": case.sender_name or "",
                            "asker_address": case.sender, "subject": case.mail.subject})
        for address in case.event.organisers.addresses
    )
