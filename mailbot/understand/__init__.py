"""Mail → Understanding: what a careful event secretary reads out of one sign-up mail.

`read` is pure and never raises: a mail it cannot make sense of comes back as intent "other" with
`needs_review` set and the reason in `reasons`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..models import InboundMail, Municipality, OrganisationType, Person, Understanding
from . import classify as _classify
from . import groups, hints, language, notes, org, people, places, substitution
from .event_terms import EventTerms
from .names import split_name
from .people.replyto import reply_to_owner
from .privacy import with_privacy
from .text import fold, unwrap

__all__ = ["EventTerms", "forwarded_original", "read"]

_CLOSING = re.compile(
    r"(?im)^[ \t]*(mit freundlichen grü(?:ß|ss)en|mit freundlichem gruß|freundliche grüße|viele grüße|beste grüße|"
    r"herzliche grüße|liebe grüße|mfg|vg|lg|gruß|grüße|schöne grüße|besten dank und viele grüße|best regards|"
    r"kind regards|regards|beste grüsse|viele grüsse|freundliche grüsse)\b[ \t,!.]*$"
)
_DETAILS_ASKED = re.compile(r"(?i)(benötigen wir noch folgende angaben|fehlenden angaben|rückfrage zu ihrer anmeldung)")
_FWD_FROM = re.compile(r"(?im)^[ \t>]*(?:Von|From)\s*:\s*(.*?)\s*<?((?<![\w.+\-])[\w.+\-]{1,64}@[\w.\-]{1,253}\.\w{2,24})>?\s*$")


# "… ziehen unsere Anmeldung zurück. Das betrifft Frau X und mich.": the next sentence says who withdraws.
_CONCERNS = re.compile(r"(?i)^\W*(?:(?:das|dies|es|sie)\s+(?:\S+\s+){0,2}?(?:betrifft|betreffen|gilt|betroffen)|"
                       r"betroffen\s+(?:sind|ist|wären))\b")
MAX_TEXT = 20_000  # a sign-up is short; beyond this we read the start only (bounded time on hostile mail)
MAX_SIGNATURE = 2_000


def _split_signature(mail: InboundMail) -> tuple[str, str]:
    """The sender's words and signature; when message.parse found no signature, cut at the closing line."""
    text, signature = (mail.text or "")[:MAX_TEXT], (mail.signature or "")[:MAX_SIGNATURE]
    m = _CLOSING.search(text)
    if m:
        tail = text[m.end():]
        text = text[: m.start()]
        signature = f"{tail}\n{signature}" if signature else tail
    return text, signature


def forwarded_original(mail: InboundMail) -> InboundMail | None:
    """A forwarded sign-up: the attached or inline original, when the forwarder adds little of their own."""
    if mail.forwarded:
        return mail.forwarded[0]
    inline = getattr(mail, "forwarded_text", "") or ""
    if not inline.strip():
        return None
    m = _FWD_FROM.search(inline)
    body = inline
    name, addr = "", ""
    if m:
        name, addr = m.group(1).strip(' "'), m.group(2).lower()
        header_end = re.search(r"\n\s*\n", inline[m.start():])
        body = inline[m.start() + header_end.end():] if header_end else inline[m.end():]
    return InboundMail(message_id=None, subject=mail.subject, from_name=name, from_addr=addr, text=body,
                       full_text=body)


def _quoted_replies(mail: InboundMail, terms: EventTerms) -> str:
    """The quoted text without forwarded originals written by others: a colleague's forwarded sign-up that
    mentions the event is not our confirmation, so the forward is no reply to one of our mails."""
    quoted = (mail.quoted or "")[:MAX_TEXT * 2]
    for inner in mail.forwarded[:5]:
        if inner.full_text and not terms.from_us.search(f"{inner.subject}\n{inner.from_name}\n{inner.from_addr}"):
            quoted = quoted.replace(inner.full_text[:MAX_TEXT * 2], "")
    inline = (getattr(mail, "forwarded_text", "") or "")[:MAX_TEXT * 2]
    head = _FWD_FROM.search(inline[:1_000])
    if inline.strip() and head and not terms.from_us.search(head.group(0)):
        quoted = quoted.replace(inline, "")
    return quoted


def _forwards_signup(mail: InboundMail, terms: EventTerms) -> bool:
    """The mail carries a colleague's own forwarded request to be registered (attached or inline, not ours)."""
    for inner in mail.forwarded[:5]:
        if not terms.from_us.search(f"{inner.subject}\n{inner.from_name}\n{inner.from_addr}") and _classify.signs_up(
                (inner.text or inner.full_text or "")[:MAX_TEXT]):
            return True
    inline = (getattr(mail, "forwarded_text", "") or "")[:MAX_TEXT]
    head = _FWD_FROM.search(inline[:1_000])
    if head and not terms.from_us.search(head.group(0)):
        body = inline[head.end():]
        return _classify.signs_up(body)
    return False


def read(mail: InboundMail, event_terms: EventTerms | None = None) -> Understanding:
    """Never raises: an internal error becomes intent "other" for a person to look at.

    `event_terms` are the event's own words (code prefix, our addresses, title, venue, day, our subjects),
    `EventTerms.from_event(event)`; without them the reader reads for the shipped event.
    """
    try:
        return _read(mail, 0, EventTerms.default() if event_terms is None else event_terms)
    except Exception as exc:  # noqa: BLE001 - the pipeline must get an outcome for every mail
        return Understanding(intent="other", needs_review=True,
                             reasons=(f"internal error while reading: {type(exc).__name__}",))


@dataclass(frozen=True)
class Words:
    """Stage "quoted/forwarded": the sender's own words, apart from signature, quote and forwarded mail."""

    text: str  # the sender's own words, unwrapped, without the signature
    signature: str
    sig_lines: list[str]
    subject: str  # without Re:/AW:/WG: prefixes
    codes: tuple[str, ...]  # our registration codes quoted anywhere
    reply_to_us: bool  # answers one of our mails (a code, our mail quoted, our subject)
    named: list[Person]  # everyone the sender's words name as attending
    found_by: tuple[str, ...]  # the finders (people.finders.FINDERS) that named them


@dataclass(frozen=True)
class Persons:
    """Stage "persons": who comes (or leaves), and how the sender was treated."""

    attendees: tuple[Person, ...] = ()
    replaced_sender: tuple[Person, ...] = ()
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    """Stage "places": the organisation and the municipality the mail is for."""

    organisation: str | None = None
    organisation_type: OrganisationType | None = None
    municipality: Municipality | None = None
    is_vg: bool = False
    rivals: tuple[str, ...] = ()  # the names, when several municipalities are named equally strongly
    seated: bool = False  # a body named after its seat (housing cooperative, institute): no municipality of its own
    reasons: tuple[str, ...] = ()


def _read(mail: InboundMail, depth: int, terms: EventTerms) -> Understanding:
    """The stages in order: quoted/forwarded → robots and intent → a forwarded original → persons → places →
    notes. Each stage is a function of the mail and the values the earlier stages returned."""
    words = _own_words(mail, terms)
    intent, why = _classify.classify(_facts(mail, words, depth, terms))
    intent, why, privacy = with_privacy(intent, why, words.text)
    lang = language.detect(f"{words.subject}\n{words.text}")
    robot = _robot(mail, intent, why, lang, words.codes)
    if robot is not None:
        return robot
    inside = _forwarded_reading(mail, depth, terms, intent, words) if depth == 0 else None
    if inside is not None:
        return inside
    persons = _persons(mail, intent, words) if intent in ("registration", "change", "cancellation") else Persons()
    place = _places(mail, terms, words)
    return replace(_understanding(mail, intent, why, lang, words, persons, place), privacy=privacy)


def _own_words(mail: InboundMail, terms: EventTerms) -> Words:
    text, signature = _split_signature(mail)
    text = unwrap(text)
    subject = re.sub(r"(?i)^\s*((?:re|aw|wg|fw|fwd|antw|sv)\s*(?:\[\d+\])?\s*:\s*)+", "", mail.subject or "")
    codes = _classify.codes(*(value[:MAX_TEXT] for value in (mail.subject or "", mail.text or "", mail.quoted or "",
                                                              mail.full_text or "", mail.signature or "")), terms=terms)
    reply_to_us = bool(codes) or bool(terms.ours.search(_quoted_replies(mail, terms))) or bool(
        terms.our_subject.search(mail.subject or ""))
    named, found_by = people.found_by(text)
    return Words(text=text, signature=signature, sig_lines=[line.strip() for line in signature.splitlines() if line.strip()],
                 subject=subject, codes=codes, reply_to_us=reply_to_us, named=named, found_by=found_by)


def _facts(mail: InboundMail, words: Words, depth: int, terms: EventTerms) -> _classify.Facts:
    details_reply = bool(_DETAILS_ASKED.search(mail.quoted or "") or _DETAILS_ASKED.search(mail.subject or ""))
    return _classify.Facts(mail=mail, text=words.text, subject=words.subject, has_people=bool(words.named),
                           reply_to_us=words.reply_to_us, details_reply=details_reply,
                           statements=_classify.statements(words.text),
                           forwards_signup=depth == 0 and _forwards_signup(mail, terms), terms=terms)


def _robot(mail: InboundMail, intent: str, why: str, lang: str, codes: tuple[str, ...]) -> Understanding | None:
    """Stage "robots": a bounce or an automatic reply is read no further; encrypted mail goes to a person."""
    if intent in ("bounce", "auto_reply"):
        return Understanding(intent=intent, language=lang, reasons=(why,), codes=codes,  # type: ignore[arg-type]
                             bounce_recipient=_classify.bounce_recipient(mail) if intent == "bounce" else None)
    if mail.encrypted:
        return Understanding(intent="other", language=lang, needs_review=True, reasons=(why,), codes=codes)
    return None


def _forwarded_reading(mail: InboundMail, depth: int, terms: EventTerms, intent: str,
                       words: Words) -> Understanding | None:
    """A colleague's sign-up forwarded with few words of the forwarder's own is read as the colleague's mail;
    the forwarder's signature still says where the colleague works when the original does not."""
    inner = forwarded_original(mail)
    if inner is None or terms.our_address.search(f"{inner.from_name} <{inner.from_addr}>"):
        return None  # nothing forwarded, or our own invitation passed on: nobody's sign-up, whatever it says
    if words.named or not (intent in ("other", "question") or (
            len(words.text.split()) < 60 and not people.self_cue(words.text))):
        return None
    inside = _read(inner, depth + 1, terms)
    if inside.intent not in ("registration", "cancellation", "change"):
        return None
    located: dict[str, object] = {}
    if inside.municipality is None:
        outer = _read(mail, depth + 1, terms)
        if outer.municipality is not None:
            located = {"municipality": outer.municipality, "organisation": inside.organisation or
                       outer.organisation, "organisation_type": inside.organisation_type or outer.organisation_type,
                       "missing": tuple(x for x in inside.missing if x not in ("municipality", "organisation"))}
    return Understanding(**{**inside.__dict__, **located,  # type: ignore[arg-type]
                            "reasons": inside.reasons + ("forwarded by the sender",),
                            "codes": tuple(dict.fromkeys(words.codes + inside.codes))})


def _persons(mail: InboundMail, intent: str, words: Words) -> Persons:
    """Stage "persons": for a cancellation or change only the part of the text that concerns the leavers."""
    text, sig_lines = words.text, words.sig_lines
    reasons: list[str] = []
    concerned = text
    if intent == "cancellation":
        concerned = groups.withdrawn(text, _CONCERNS)
    elif intent == "change":
        concerned = groups.changed(text)
    named_concerned, found_by = (words.named, words.found_by) if concerned is text else people.found_by(concerned)
    attendees, how = people.attendees(mail, concerned, sig_lines,
                                      registering=intent != "change" or not named_concerned, named=named_concerned)
    if found_by:
        reasons.append("attendees found by: " + ", ".join(found_by))
    if how:
        reasons.append(how)
    attendees = people.complete_names(attendees, f"{text}\n{mail.quoted or ''}")
    attendees = reply_to_owner(_forwarded_addresses(attendees, mail), mail)
    attendees = people.complete_from(attendees, people.directory(mail))
    attendees, mayor_how = groups.the_mayor(mail, attendees, how, text, concerned, sig_lines)
    if intent == "cancellation":
        attendees, group_how = groups.the_group(mail, attendees, concerned, sig_lines)
        reasons += [group_how] if group_how else []
    if mayor_how:
        reasons.append(mayor_how)
    replaced_sender: tuple[Person, ...] = ()
    if intent == "change" and substitution.sender_replaced(text):
        me = people.sender(mail, sig_lines)
        if me is not None and not any(people.same(me, p) for p in attendees):
            attendees.append(me)
            reasons.append("the sender is replaced")
        if me is not None:
            replaced_sender = (next(p for p in attendees if people.same(me, p)),)
    return Persons(tuple(attendees), replaced_sender, tuple(reasons))


# "wir sind ein Planungsbüro aus Erfurt", "als Stadtplanerin betreue ich …": a planner says so, even when the
# office's name is nowhere to be read; its own seat is then no client's municipality.
_SELF_DESCRIBED = re.compile(r"(?i)\b(?:wir\s+sind|ich\s+bin|als)\s+(?:ein(?:e)?\s+)?(?:\w+\s+)?(?:planungsbüro|"
                             r"ingenieurbüro|architekturbüro|stadtplanungsbüro|planungsgesellschaft|"
                             r"landschaftsarchitekt(?:in|en)?|stadtplaner(?:in)?)\b")


def _organisation(words: Words) -> tuple[str | None, OrganisationType | None, tuple[str, ...]]:
    """The organisation the sender writes for, its kind, and where it was found (for `reasons`)."""
    organisation, where = org.find(words.text, words.signature)
    org_type = org.kind(organisation)
    if org_type == "other" and organisation and places.is_municipality_name(organisation):
        org_type = "municipality"  # "Kommune: Zella-Mehlis" names the town itself
    if org_type is None and (kind := _SELF_DESCRIBED.search(words.text)):
        return None, "planning_office", (f"planning office by its own words: „{kind.group(0)}“",)
    return organisation, org_type, (f"organisation from the {where}",) if organisation else ()


def _places(mail: InboundMail, terms: EventTerms, words: Words) -> Place:
    """Stage "places": the organisation first, since an office's own seat is not its client's municipality."""
    text, signature = words.text, words.signature
    organisation, org_type, reasons = _organisation(words)
    is_vg = bool(organisation and re.search(r"(?i)verwaltungsgemeinschaft|^vg\b", organisation))
    # a body named after its seat (a housing cooperative, an institute) is not the municipality its address names
    seated = org_type == "other" and bool(_SEATED.search(organisation or ""))  # hence no address, nothing asked
    use_address = org_type in (None, "municipality", "other") and not is_vg and not seated
    addresses = tuple(a for a in (mail.from_addr, mail.reply_to) if a)
    own_signature = signature
    matches = places.find(text, own_signature, mail.subject or "", addresses,
                          use_address=use_address, authority=org_type == "authority", venue=terms.venue)
    matches = hints.extend(matches, text, own_signature, addresses,
                           own_seat=org_type not in ("planning_office", "authority"), venue=terms.venue)
    if seated:
        matches = _without_seat(matches, organisation or "")
    if not matches:
        return Place(organisation, org_type, None, is_vg, (), seated, reasons)
    best = matches[0]
    equal = [m for m in matches if m.strength == best.strength]
    rivals = tuple(sorted({m.row.municipality.name for m in equal})) if len({m.row.municipality.ags for m in equal}) > 1 else ()
    # no organisation line, but the sender writes as or for a named municipality ("Gemeinde X", its domain,
    # "Bürgermeister X", its postcode): the sender's side is that municipality
    if org_type is None and (best.strength >= 3 or any(m.reason.startswith("mail_domain:") for m in matches)):
        org_type = "municipality"
    return Place(organisation, org_type, best.row.municipality, is_vg, rivals, seated, (*reasons, best.reason))


def _understanding(mail: InboundMail, intent: str, why: str, lang: str, words: Words, persons: Persons,
                   place: Place) -> Understanding:
    """Stage "notes": notes, the question and what is missing, joined with what the stages found."""
    reasons = [why]
    needs_review = bool(mail.problems)
    if mail.problems:
        reasons.append("problems reading the mail: " + "; ".join(mail.problems)[:200])
    reasons += persons.reasons
    reasons += place.reasons
    needs_review = needs_review or intent == "other"
    if intent == "registration" and place.rivals:
        needs_review = True
        reasons.append("several municipalities named: " + ", ".join(place.rivals))
    missing: list[str] = []
    if intent == "registration":
        if not persons.attendees:
            missing.append("name")
            needs_review = True
            reasons.append("no attendee name found")
        if place.municipality is None and not (place.is_vg or place.organisation_type == "authority" or place.seated):
            missing.append("municipality")
        if place.organisation is None and place.municipality is None:
            missing.append("organisation")
        if persons.attendees and not any(p.email for p in persons.attendees) and not mail.from_addr:
            missing.append("email")
    engaged = intent in ("registration", "change", "cancellation")
    return Understanding(
        intent=intent,  # type: ignore[arg-type]
        language=lang,
        attendees=persons.attendees,
        organisation=place.organisation,
        organisation_type=place.organisation_type,
        municipality=place.municipality,
        needs_review=needs_review,
        missing=tuple(missing),
        notes=notes.notes(words.text) if engaged else (),
        reasons=tuple(reasons),
        question=notes.question(words.text) if engaged or intent == "question" else None,
        codes=words.codes,
        replaces=_replaces(persons.attendees, words.text, persons.replaced_sender) if intent == "change" else (),
    )


# Bodies named after their seat that work for no particular town (a local association is for its town).
_SEATED = re.compile(r"(?i)universität|hochschule|institut|akademie|lehrstuhl|fakultät|university|college|"
                     r"forschung|stiftung|stadtwerke|gemeindewerke|energieversorg|wasserversorg|zweckverband|sparkasse|"
                     r"verkehrsbetrieb|wohnungsbau|genossenschaft|\bgmbh\b|\bmbh\b|\bag\b|\bkg\b|\bse\b")


def _without_seat(matches: list[places.Match], organisation: str) -> list[places.Match]:
    """"Bauhaus-Universität Weimar": a town in a university's or institute's name is its seat; only a strong
    anchor in the text ("für die Stadt Weimar") makes it the municipality the mail is for."""
    name = f" {fold(organisation)} "
    return [m for m in matches if m.strength >= 5 or f" {fold(m.row.municipality.name)} " not in name]


def _forwarded_addresses(attendees: list[Person], mail: InboundMail) -> list[Person]:
    """"Anbei die Anmeldung unserer Kollegin Frau X" with X's own mail forwarded: X's address is in that mail's From."""
    writers: list[tuple[str, str]] = [(m.from_name or "", (m.from_addr or "").lower()) for m in mail.forwarded[:5]]
    inline = (getattr(mail, "forwarded_text", "") or "")[:MAX_TEXT]
    writers += [(m.group(1).strip(' "'), m.group(2).lower()) for m in _FWD_FROM.finditer(inline)]
    out = []
    for p in attendees:
        if p.email is None:
            for name, addr in writers:
                display = split_name(name)[0]
                if addr and display and not people.FUNCTIONAL.match(addr.split("@")[0]) and people.same(
                        p, Person(display)):
                    p = Person(p.name, addr, p.role, p.title, p.salutation)
                    break
        out.append(p)
    return out


def _replaces(attendees: tuple[Person, ...], text: str, replaced_sender: tuple[Person, ...]) -> tuple[Person, ...]:
    """Who leaves in a change: the sender when they say so, and anyone the text says is replaced."""
    if not replaced_sender:
        return substitution.replaced(attendees, text)
    others = tuple(p for p in attendees if p not in replaced_sender)
    return replaced_sender + tuple(p for p in substitution.replaced(others, text) if p not in replaced_sender)
