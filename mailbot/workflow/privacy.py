"""Data-protection requests (Art. 17 DSGVO erasure), with the same proof as a cancellation (pure).

With proof (an answer to our mail, or the personal code from the registered address) the person's data goes at
once: their attendee rows and registration, the mails they wrote (in the database and in the mailbox), the mails
queued for them, their bounce marks; their seat goes to the waitlist; they get a confirmation and the organisers a
line in the digest. Without proof the registered address is asked first, as for a cancellation. Someone who is not
registered is asked too, at the address they wrote from: an answer from there is the proof for their mails.
"""

from __future__ import annotations

from ..models import Decision, Erasure, PlannedReply, Registered
from .cancel import ask_to_confirm, promotions
from .case import Case


def privacy(case: Case) -> Decision | None:
    """Rule: an erasure request (the reader's flag on a cancellation)."""
    if case.understanding.privacy != "erasure":
        return None
    codes = {c.upper() for c in case.understanding.codes}
    answered = set(case.state.answered.codes) if case.state.answered else set()
    mine = [k for k in case.state.existing if k.code in codes | answered
            or case.sender in ((k.email or "").lower(), (k.registration_sender or "").lower())]
    if not mine:
        return Decision(kind="CancelRequested", reason="erasure request from an address with no registration: "
                        "that address is asked to confirm", replies=(PlannedReply(
                            kind="erase_request", to=case.sender, to_name=case.sender_name, codes=(),
                            action={"do": "erase", "codes": []}, extra={"what": "erasure"}),))
    if {k.code for k in mine} <= case.proven_codes():
        return erase(case, mine)
    return ask_to_confirm(case, mine, {"do": "erase"}, "erasure", kind="erase_request")


def erase(case: Case, concerned: list[Registered]) -> Decision:
    """Delete now: the rows of `concerned` and everything of the sender's address; promote into freed seats."""
    seated = [k for k in concerned if k.status != "cancelled"]
    changes, promoted = promotions(case, seated)
    return Decision(
        kind="Erased", reason=f"erasure (Art. 17 DSGVO): {len(concerned)} attendee(s) and the mails of the address "
        f"deleted; {len(changes)} promoted from the waitlist",
        changes=tuple(changes), erase=Erasure(address=case.sender, codes=tuple(k.code for k in concerned)),
        replies=(PlannedReply(kind="erased", to=case.sender, to_name=None, extra={"attendees": len(concerned)}),
                 *promoted),
        known=tuple(w for w in case.state.waitlist_head if any(c.code == w.code for c in changes)),
    )
