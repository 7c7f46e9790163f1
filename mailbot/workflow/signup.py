"""Sign-ups: seats, waitlist, duplicates, provisional registrations and their completion."""

from __future__ import annotations

from dataclasses import replace

from ..models import Decision, NewAttendee, Person, PlannedReply, RegistrationDetails, Registered, StatusChange
from .case import Case, forwards, review

DETAIL_FIELDS = ("municipality", "organisation")


def same_person(person: Person, known: Registered) -> bool:
    """Same address, or same name signed up by the same sender: one seat per person."""
    if person.email and known.email and person.email.lower() == known.email.lower():
        return True
    return _norm(person.name) == _norm(known.name)


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def connected(case: Case, known: Registered) -> bool:
    """This mail reaches that registration: by the sender's or a stated address, or a quoted code."""
    addresses = {(known.email or "").lower(), (known.registration_sender or "").lower()} - {""}
    stated = {(p.email or "").lower() for p in case.understanding.attendees if p.email}
    return case.sender in addresses or bool(stated & addresses) or known.code in case.proven_codes()


def namesakes(case: Case) -> list[Registered]:
    """Registered persons of the same name that this mail does not reach by address or code, unless they are
    from another municipality (then they are someone else). A person decides whether it is the same one
    writing from a new address: telling a stranger "already registered" would hand out a code."""
    here = case.understanding.municipality
    return [k for k in case.active() if not connected(case, k)
            and any(_norm(p.name) == _norm(k.name) for p in case.understanding.attendees)
            and not (here is not None and k.ags is not None and k.ags != here.ags)]


def details_of(case: Case) -> RegistrationDetails:
    u = case.understanding
    return RegistrationDetails(
        organisation=u.organisation, organisation_type=u.organisation_type, municipality=u.municipality,
        notes=u.notes, language=u.language, missing=tuple(m for m in u.missing if m in DETAIL_FIELDS),
    )


def allocate(case: Case, people: list[Person], provisional: bool, registration_id: int | None = None
             ) -> list[NewAttendee]:
    """Hand out seats one person at a time: a seat while there is one (also per municipality), else the waitlist."""
    event, state = case.event, case.state
    free = max(event.capacity - state.seats_taken, 0)
    if event.capacity_per_municipality and case.understanding.municipality:
        taken_there = state.seats_by_municipality.get(case.understanding.municipality.ags, 0)
        free = min(free, max(event.capacity_per_municipality - taken_there, 0))
    queue = state.waitlist_length
    seated = "provisional" if provisional else "confirmed"
    out: list[NewAttendee] = []
    for person in people:
        if free > 0:
            out.append(NewAttendee(person, seated, case.code(), registration_id=registration_id))
            free -= 1
        else:
            queue += 1
            out.append(NewAttendee(person, "waitlisted", case.code(), position=queue,
                                   registration_id=registration_id))
    return out


def reply_kind(new: list[NewAttendee]) -> str:
    """One reply per mail, saying who got what: the most important news decides its kind."""
    statuses = {n.status for n in new}
    if "provisional" in statuses:
        return "missing_details"
    if "confirmed" in statuses:
        return "confirmation"
    return "waitlist"


def signup(case: Case) -> Decision:
    u = case.understanding
    if not u.attendees:
        return review("sign-up without a recognisable attendee", "signup_no_attendee")
    if u.needs_review and not u.missing and not case.trusted:
        return review("sign-up the bot is not sure about: " + "; ".join(u.reasons or ("unclear",)), "signup_unsure")
    if "name" in u.missing:
        return review("sign-up with unclear names", "signup_unclear_names")
    if len(u.attendees) > case.event.max_group_size and not case.trusted:
        return review(f"sign-up for {len(u.attendees)} persons, more than max_group_size", "signup_group_too_large")
    if namesakes(case) and not case.trusted:
        return review("a person of this name is registered from another address", "same_name_other_address")
    active = [k for k in case.active() if connected(case, k)]
    duplicates = [k for k in active if any(same_person(p, k) for p in u.attendees)]
    fresh = [p for p in u.attendees if not any(same_person(p, k) for k in active)]
    if not fresh:
        return Decision(kind="AlreadyRegistered", reason="every attendee is registered already",
                        replies=(case.reply("already_registered", codes=tuple(k.code for k in duplicates)),),
                        known=tuple(duplicates))
    details = details_of(case)
    new = allocate(case, fresh, provisional=bool(details.missing))
    kind = reply_kind(new)
    replies: list[PlannedReply] = [case.reply(
        kind, codes=tuple(n.code for n in new),
        ics_method="REQUEST" if kind == "confirmation" else None,
        extra={"missing": details.missing, "already": [k.code for k in duplicates]},
    )]
    if u.question:
        replies.extend(forwards(case, tuple(n.code for n in new)))
    counts = {s: sum(n.status == s for n in new) for s in ("confirmed", "provisional", "waitlisted")}
    return Decision(
        kind={"confirmation": "Confirm", "missing_details": "AskForDetails", "waitlist": "Waitlist"}[kind],
        reason=", ".join(f"{n} {s}" for s, n in counts.items() if n),
        details=details, new_attendees=tuple(new), replies=tuple(replies), known=tuple(duplicates),
        question=u.question,
    )


def complete_details(case: Case, codes: tuple[str, ...]) -> Decision | None:
    """The answer to our request for missing details: fill them in; provisional seats become confirmed."""
    u = case.understanding
    concerned = [k for k in case.active() if k.code in codes]
    if not concerned:
        return None
    asked = [m for m in DETAIL_FIELDS if m in concerned[0].missing] or list(DETAIL_FIELDS)
    if not any(getattr(u, m) for m in asked):
        return review("answer to our request for details that gives none of: " + ", ".join(asked), "details_missing")
    details = replace(details_of(case), missing=tuple(m for m in asked if not getattr(u, m)))
    changes = tuple(StatusChange(k.code, "confirmed", "completed") for k in concerned if k.status == "provisional")
    return Decision(
        kind="DetailsCompleted", reason="missing details supplied",
        update_registration=(concerned[0].registration_id, details), changes=changes,
        replies=(case.reply("confirmation", codes=tuple(k.code for k in concerned), ics_method="REQUEST",
                            extra={"completed": True}),),
        known=tuple(concerned),
    )
