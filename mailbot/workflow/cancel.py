"""Cancellations: only with proof (an answer to our mail, or the personal code); freed seats promote the waitlist."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..models import Decision, NewAttendee, Person, PlannedReply, Registered, StatusChange
from .case import Case, review
from .signup import same_person

SEATED = ("confirmed", "provisional")


def targets(case: Case, people: Sequence[Person] = ()) -> list[Registered]:
    """Whom the mail is about: quoted codes first, then the attendees named, else the sender's own."""
    active = case.active()
    codes = {c.upper() for c in case.understanding.codes}
    if codes:
        return [k for k in active if k.code in codes]
    people = people or case.understanding.attendees
    if people:
        named = [k for k in active if any(same_person(p, k) for p in people)]
        if named:
            return named
    if case.state.answered:
        answered = [k for k in active if k.code in case.state.answered.codes]
        if answered:
            return answered
    return [k for k in active if case.sender in ((k.email or "").lower(), (k.registration_sender or "").lower())]


def promotions(case: Case, leaving: list[Registered]) -> tuple[list[StatusChange], list[PlannedReply]]:
    """Each freed seat goes to the first on the waitlist (within the per-municipality limit, if any)."""
    freed = sum(k.status in SEATED for k in leaving)
    limit = case.event.capacity_per_municipality
    taken = dict(case.state.seats_by_municipality)
    for k in leaving:
        if k.ags and k.status in SEATED:
            taken[k.ags] = taken.get(k.ags, 0) - 1
    gone = {k.code for k in leaving}
    changes: list[StatusChange] = []
    replies: list[PlannedReply] = []
    for waiting in (w for w in case.state.waitlist_head if w.code not in gone):
        if len(changes) >= freed:
            break
        if limit and waiting.ags and taken.get(waiting.ags, 0) >= limit:
            continue
        if waiting.ags:
            taken[waiting.ags] = taken.get(waiting.ags, 0) + 1
        changes.append(StatusChange(waiting.code, "confirmed", "promoted"))
        to = waiting.email or waiting.registration_sender
        if to:
            replies.append(PlannedReply(kind="promotion", to=to.lower(), to_name=waiting.name, codes=(waiting.code,),
                                        answers_mail=False, ics_method="REQUEST"))
    return changes, replies


def cancel(case: Case, concerned: list[Registered], why: str = "cancelled") -> Decision:
    leaving = {k.code for k in concerned}
    changes, promoted = promotions(case, concerned)
    return Decision(
        kind="Cancelled", reason=f"{len(concerned)} cancelled with proof; {len(changes)} promoted from the waitlist",
        changes=tuple(StatusChange(k.code, "cancelled", why) for k in concerned) + tuple(changes),
        replies=(case.reply("cancelled", codes=tuple(sorted(leaving)), ics_method="CANCEL"), *promoted),
        known=tuple(concerned) + tuple(w for w in case.state.waitlist_head if any(c.code == w.code for c in changes)),
    )


def ask_to_confirm(case: Case, concerned: list[Registered], action: Mapping[str, Any], what: str,
                   kind: str = "cancel_request") -> Decision:
    """No proof: nothing changes; the registered address is asked to confirm (a forged From proves nothing)."""
    replies = []
    by_address: dict[str, list[Registered]] = {}
    for k in concerned:
        address = (k.email or k.registration_sender or "").lower()
        if address:
            by_address.setdefault(address, []).append(k)
    for address, group in sorted(by_address.items()):
        codes = tuple(k.code for k in group)
        replies.append(PlannedReply(
            kind=kind, to=address, to_name=group[0].name, codes=codes,
            answers_mail=address == case.sender, action={**action, "codes": list(codes)},
            extra={"what": what, "replacement": action.get("new", {}).get("name"), "nonce": case.token()},
        ))
    if not replies:
        return review(f"{what} without proof and without a registered address to ask", "no_address_to_ask")
    return Decision(kind="CancelRequested", reason=f"{what} without proof: registered address asked to confirm",
                    replies=tuple(replies), known=tuple(concerned))


def cancellation(case: Case) -> Decision:
    concerned = targets(case)
    if not concerned:
        return review("cancellation for which no active registration was found", "cancel_unknown")
    if {k.code for k in concerned} <= case.proven_codes():
        return cancel(case, concerned)
    return ask_to_confirm(case, concerned, {"do": "cancel"}, "cancellation")


def substitute(case: Case, old: Registered, new: Person) -> Decision:
    """Same seat, new person: the old entry is closed, the newcomer gets a code and the old status."""
    code = case.code()
    status = old.status
    return Decision(
        kind="Substituted", reason="attendee substituted (same seat)",
        changes=(StatusChange(old.code, "cancelled", "substituted"),),
        new_attendees=(NewAttendee(new, status, code, registration_id=old.registration_id),),
        replies=(case.reply("change_confirmed", codes=(code,), ics_method="REQUEST" if status == "confirmed" else None,
                            extra={"replaced": old.name, "replaced_code": old.code}),),
        known=(old,),
    )


def confirm_pending(case: Case, action: Mapping[str, Any]) -> Decision | None:
    codes = set(action.get("codes", ()))
    if action.get("do") in ("erase", "access"):  # the registered address confirms a data-protection request
        from .privacy import confirm_access, confirm_erasure

        return (confirm_erasure if action["do"] == "erase" else confirm_access)(case, action)
    concerned = [k for k in case.active() if k.code in codes]
    if not concerned:
        return review("confirmation for a registration that is no longer active", "confirm_inactive")
    if action.get("do") == "cancel":
        return cancel(case, concerned)
    if action.get("do") == "substitute" and action.get("new"):
        new = action["new"]
        return substitute(case, concerned[0], Person(name=new["name"], email=new.get("email"), role=new.get("role"),
                                                     title=new.get("title"), salutation=new.get("salutation")))
    return None
