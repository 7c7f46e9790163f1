"""Data-protection requests: erasure (Art. 17 DSGVO) and access (Art. 15), with the proof of a cancellation (pure).

Proof is an answer to our mail, or the personal code from the registered address; without it the registered
address (or, for someone not registered, the address that wrote) is asked first, and its answer is the proof.

An erasure concerns the requester's own data: their attendee rows (those with their address), the mails they wrote
(in the database and in the mailbox), the mails queued for them, their bounce marks. Colleagues they registered stay
registered: the registration loses the requester's address, and the organisers hear of anyone left with no address
at all. Freed seats go to the waitlist; the person gets a confirmation, the organisers a line in the digest.

An access report is about one address and goes only to that address: what the store holds for it (read in the
deciding transaction, State.access). A stranger who asks about someone else's address gets nothing of that
person's data: the report they may get is about their own address.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models import Decision, Erasure, PlannedReply, Registered
from ..understand.classify.wording import refuses
from .cancel import ask_to_confirm, promotions
from .case import Case, review


def privacy(case: Case) -> Decision | None:
    """Rule: an erasure or access request (the reader's flag), or an answer confirming an access request."""
    answered = case.state.answered
    if answered is not None and answered.action and answered.action.get("do") == "access":
        refusal = refuses(case.mail.text or "")
        if refusal and not case.trusted:
            return review(f"answer to a confirmation request that seems to refuse it: {refusal}", "refused_confirmation")
        return confirm_access(case, answered.action)
    if case.understanding.privacy == "erasure":
        return erasure(case)
    if case.understanding.privacy == "access":
        return access(case)
    return None


# ---- erasure -------------------------------------------------------------------------------------------------

def own(case: Case, address: str) -> list[Registered]:
    """The attendee rows that are the person at `address`: those with that address (a colleague they registered
    is someone else, whose data an erasure of theirs does not touch)."""
    return [k for k in case.state.existing if (k.email or "").lower() == address]


def linked(case: Case, address: str) -> list[Registered]:
    """Every row the address has a right to: its own, and those of the registrations it sent."""
    return [k for k in case.state.existing if address in ((k.email or "").lower(), (k.registration_sender or "").lower())]


def erasure(case: Case) -> Decision:
    mine = own(case, case.sender)
    quoted = {c.upper() for c in case.understanding.codes}
    elsewhere = [k for k in case.state.existing if k.code in quoted and k.email and k not in mine]
    if elsewhere and not mine:  # a code of someone registered under another address: that address decides
        return ask_to_confirm(case, elsewhere, {"do": "erase"}, "erasure", kind="erase_request")
    if mine:
        if {k.code for k in mine} <= case.proven_codes():
            return erase(case, mine, case.sender)
        return ask_to_confirm(case, mine, {"do": "erase", "address": case.sender}, "erasure", kind="erase_request")
    rights = {k.code for k in linked(case, case.sender)}
    if rights and rights & case.proven_codes():  # answers our mail about the registrations it sent
        return erase(case, [], case.sender)
    return Decision(kind="CancelRequested", reason="erasure request from an address with no registration of its own: "
                    "that address is asked to confirm", replies=(PlannedReply(
                        kind="erase_request", to=case.sender, to_name=case.sender_name, codes=(),
                        action={"do": "erase", "address": case.sender, "codes": []},
                        extra={"what": "erasure", "nonce": case.token()}),))


def confirm_erasure(case: Case, action: Mapping[str, Any]) -> Decision:
    """The answer to our request to confirm an erasure: the rows we asked about that are the asked address's own."""
    codes = set(action.get("codes", ()))
    asked = [k for k in case.state.existing if k.code in codes]
    address = str(action.get("address") or next((k.email for k in asked if k.email), None) or case.sender).lower()
    return erase(case, [k for k in asked if (k.email or "").lower() == address], address)


def erase(case: Case, concerned: list[Registered], address: str) -> Decision:
    """Delete now: the rows of `concerned` and everything of `address`; promote into freed seats. Colleagues the
    address registered stay (the store unlinks them and notes those left without an address for the organisers)."""
    seated = [k for k in concerned if k.status != "cancelled"]
    changes, promoted = promotions(case, seated)
    gone = {k.code for k in concerned}
    colleagues = [k for k in case.state.existing if (k.registration_sender or "").lower() == address
                  and k.code not in gone and k.status != "cancelled"]
    return Decision(
        kind="Erased", reason=f"erasure (Art. 17 DSGVO): {len(concerned)} attendee(s) and the mails of the address "
        f"deleted; {len(colleagues)} colleague(s) they registered stay; {len(changes)} promoted from the waitlist",
        changes=tuple(changes), erase=Erasure(address=address, codes=tuple(sorted(gone))),
        replies=(PlannedReply(kind="erased", to=address, to_name=None, answers_mail=address == case.sender,
                              extra={"attendees": len(concerned), "colleagues": len(colleagues)}), *promoted),
        known=tuple(w for w in case.state.waitlist_head if any(c.code == w.code for c in changes)),
    )


# ---- access --------------------------------------------------------------------------------------------------

def access(case: Case) -> Decision:
    """Proven (the rows of the writing address are all proven to it): the report goes out now, to that address.
    Otherwise the address is asked first; a code of someone registered elsewhere asks that address instead."""
    mine = linked(case, case.sender)
    quoted = {c.upper() for c in case.understanding.codes}
    elsewhere = [k for k in case.state.existing if k.code in quoted and k not in mine]
    if elsewhere and not mine:
        return ask_access(case, elsewhere)
    if mine and {k.code for k in mine} <= case.proven_codes():
        return report(case, case.sender)
    return ask_access(case, mine, fallback=case.sender)


def ask_access(case: Case, concerned: list[Registered], fallback: str | None = None) -> Decision:
    """Nothing is sent yet: each address concerned is asked whether it wants the report (about itself)."""
    by_address: dict[str, list[Registered]] = {}
    for k in concerned:
        address = (k.email or k.registration_sender or "").lower()
        if address:
            by_address.setdefault(address, []).append(k)
    if not by_address and fallback:
        by_address[fallback] = []
    if not by_address:
        return review("access request without proof and without a registered address to ask", "access_no_address")
    replies = tuple(PlannedReply(
        kind="access_request", to=address, to_name=next((k.name for k in group if (k.email or "").lower() == address),
                                                        case.sender_name if address == case.sender else None),
        codes=tuple(k.code for k in group), answers_mail=address == case.sender,
        action={"do": "access", "address": address, "codes": [k.code for k in group]}, extra={"nonce": case.token()})
        for address, group in sorted(by_address.items()))
    return Decision(kind="AccessRequested", reason="access request (Art. 15 DSGVO) without proof: the address it "
                    "concerns is asked to confirm", replies=replies, known=tuple(concerned))


def confirm_access(case: Case, action: Mapping[str, Any]) -> Decision:
    """The answer to our request to confirm: the report goes to the address we asked, whoever answers."""
    return report(case, str(action.get("address") or case.sender).lower())


def report(case: Case, address: str) -> Decision:
    """Send the report of what is stored about `address`, to `address`; the organisers learn only that and when."""
    stored = case.state.access
    if stored is None or stored.address != address:
        return review("access request: what is stored about the address was not read", "access_unread")
    mine = own(case, address)
    return Decision(
        kind="AccessReport", reason=f"access request (Art. 15 DSGVO): report of {len(stored.attendees)} attendee row(s), "
        f"{len(stored.registrations)} registration(s) sent and {len(stored.mails)} mail(s) sent to the address",
        replies=(PlannedReply(kind="access_report", to=address,
                              to_name=mine[0].name if mine else (case.sender_name if address == case.sender else None),
                              codes=stored.codes, answers_mail=address == case.sender, extra={"report": stored}),),
        known=tuple(mine),
    )
