"""Changes: a substitute for someone ("statt Herrn X kommt Frau Y"), an added colleague, or new details."""

from __future__ import annotations

from dataclasses import asdict

from ..models import Decision
from .cancel import ask_to_confirm, cancellation, substitute, targets
from .case import Case, forwards, review
from .signup import allocate, details_of, same_person, signup


def change(case: Case) -> Decision:
    u = case.understanding
    if u.replaces and u.attendees:
        return substitution(case)
    if u.replaces:
        return cancellation_of(case)
    if any(not any(same_person(p, k) for k in case.active()) for p in u.attendees):
        return addition(case)
    return details_update(case)


def substitution(case: Case) -> Decision:
    u = case.understanding
    old = targets(case, u.replaces)
    newcomers = [p for p in u.attendees if p not in u.replaces]
    if len(old) != 1 or len(newcomers) != 1:
        return review("substitution the bot cannot map one to one", "substitution_unclear")
    new = newcomers[0]
    if old[0].code in case.proven_codes():
        return substitute(case, old[0], new)
    return ask_to_confirm(case, old, {"do": "substitute", "new": {k: v for k, v in asdict(new).items() if v}},
                          "substitution")


def cancellation_of(case: Case) -> Decision:
    from dataclasses import replace

    return cancellation(replace(case, understanding=replace(case.understanding, attendees=case.understanding.replaces)))


def addition(case: Case) -> Decision:
    """"Zusätzlich meine Kollegin …": another seat in the sender's registration (no proof needed to add)."""
    own = [k for k in case.active() if case.sender in ((k.email or "").lower(), (k.registration_sender or "").lower())]
    if not own:
        return signup(case)
    fresh = [p for p in case.understanding.attendees if not any(same_person(p, k) for k in case.active())]
    if not fresh:
        return Decision(kind="AlreadyRegistered", reason="the named attendees are registered already",
                        replies=(case.reply("already_registered", codes=tuple(k.code for k in own)),),
                        known=tuple(own))
    new = allocate(case, fresh, provisional=False, registration_id=own[0].registration_id)
    return Decision(
        kind="Added", reason=f"{len(new)} attendee(s) added to an existing registration",
        new_attendees=tuple(new),
        replies=(case.reply("change_confirmed", codes=tuple(n.code for n in new),
                            ics_method="REQUEST" if any(n.status == "confirmed" for n in new) else None,
                            extra={"added": [n.person.name for n in new]}),),
    )


def details_update(case: Case) -> Decision:
    own = targets(case)
    u = case.understanding
    if not own or not (u.municipality or u.organisation or u.notes):
        return review("change the bot cannot apply: " + ("nothing recognised to update" if own
                                                         else "no registration found for it"),
                      "change_unclear" if own else "change_unknown")
    codes = tuple(k.code for k in own)
    return Decision(
        kind="DetailsUpdated", reason="registration details updated",
        update_registration=(own[0].registration_id, details_of(case)),
        replies=(case.reply("change_confirmed", codes=codes, extra={"updated": True}),
                 *(forwards(case, codes) if u.question else ())),  # a question asked beside it is never lost
        known=tuple(own), question=u.question,
    )
