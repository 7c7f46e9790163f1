"""The calendar part: an iTIP REQUEST puts the event into the recipient's calendar, a CANCEL with the
same UID takes it out again. Built with `icalendar` so escaping and folding are never hand-made."""

from __future__ import annotations

import functools
import uuid
from datetime import date, datetime, UTC

import icalendar

from mailbot.event import Event

from .headers import one_line
from .request import ReplyAttendee, ReplyRequest

METHODS = ("REQUEST", "CANCEL")
PRODID = "-//mailbot//Anmeldung Veranstaltung//DE"


def calendar_attendee(request: ReplyRequest) -> ReplyAttendee | None:
    """The attendee whose calendar entry this mail carries: the recipient themself when listed, else the
    first one (for CANCEL: the first cancelled one), so CANCEL finds the UID REQUEST used."""
    people = [a for a in request.attendees if a.ics_uid]
    if request.ics_method == "CANCEL":
        people = [a for a in people if a.status == "cancelled"] or people
    else:
        people = [a for a in people if a.status == "confirmed"] or people
    recipient = request.to.casefold()
    for person in people:
        if person.email and person.email.casefold() == recipient:
            return person
    return people[0] if people else None


def fallback_uid(request: ReplyRequest, domain: str) -> str:
    """A stable UID when the caller has none: derived from the recipient, never from the dedupe key,
    so a later CANCEL for the same address meets the same entry."""
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, 'mailto:' + request.to.casefold())}@{domain}"


def build_calendar(request: ReplyRequest, event: Event, now: datetime, description: str) -> bytes:
    """One VEVENT for the recipient, with a VTIMEZONE for the event's zone around the event date.

    The bytes are those icalendar writes for that calendar (calendar_without_zone, with the zone as its first
    component). Nearly all of it is the same in every mail of an event, so the frame is built and folded once per
    event and method (_frame), and only the recipient's own lines are built for each mail, by the same calls:
    building the whole calendar was a fifth of a reply's rendering.
    """
    own = icalendar.Event()
    _add_personal(own, request, event, now, description)
    mine = {_name(line).encode(): fold(line).encode("utf-8") + b"\r\n"
            for line in map(str, own.content_lines()) if line}
    return b"".join(mine[text] if personal else text for personal, text in _frame(event, str(request.ics_method)))


#: The VEVENT's properties that differ from mail to mail: the recipient's entry, their code in the description.
PERSONAL = frozenset({"UID", "SEQUENCE", "DTSTAMP", "DESCRIPTION", "ATTENDEE"})
_FRAMES: dict[tuple[int, str], tuple[Event, tuple[tuple[bool, bytes], ...]]] = {}
_STAND_IN_TIME = datetime(2000, 1, 1, tzinfo=UTC)  # only in the DTSTAMP of the frame, which is personal


def _frame(event: Event, method: str) -> tuple[tuple[bool, bytes], ...]:
    """The calendar's lines for this event and method, folded, with the zone put in; a personal line is (True, its
    name). Remembered by the event object itself (held, so its id is not reused): a changed event file is a new
    object."""
    key = (id(event), method)
    if (known := _FRAMES.get(key)) is not None and known[0] is event:
        return known[1]
    stand_in = ReplyRequest(kind="confirmation", to="frame@invalid", to_name=None, dedupe_key="", ics_method=method)
    lines: list[tuple[bool, bytes]] = []
    for line in map(str, calendar_without_zone(stand_in, event, _STAND_IN_TIME, "").content_lines()):
        if line == "BEGIN:VEVENT":
            lines.append((False, timezone_text(event.timezone, event.date.year)))
        if line:
            name = _name(line)
            lines.append((True, name.encode()) if name in PERSONAL else (False, fold(line).encode("utf-8") + b"\r\n"))
    if len(_FRAMES) >= 16:
        _FRAMES.clear()
    _FRAMES[key] = (event, tuple(lines))
    return _FRAMES[key][1]


def _name(line: str) -> str:
    """A content line's property name (a name holds neither ';' nor ':')."""
    return line.split(":", 1)[0].split(";", 1)[0].upper()


def fold(line: str, limit: int = 75) -> str:
    """RFC 5545 folding exactly as icalendar's Contentline.to_ical does it, a piece at a time instead of a
    character at a time (the lines that differ from mail to mail, the description above all, are folded anew
    for every mail): pieces of at most limit - 1 octets, never inside a character, and an escape character
    (backslash, caret) that would end a piece of several characters begins the next one instead."""
    data = line.encode("utf-8")
    pieces: list[bytes] = []
    start = 0
    while len(data) - start >= limit:
        end = start + limit - 1
        while data[end] & 0xC0 == 0x80:  # a continuation octet: the character began before the fold
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def calendar_without_zone(request: ReplyRequest, event: Event, now: datetime, description: str) -> icalendar.Calendar:
    """The calendar of build_calendar before its VTIMEZONE is put in, built whole with icalendar."""
    method = request.ics_method
    if method not in METHODS:
        raise ValueError(f"unknown iCalendar method {method!r}")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)

    vevent = icalendar.Event()
    vevent.add("dtstart", event.starts_at)
    vevent.add("dtend", event.ends_at)
    vevent.add("summary", event.title)
    venue = event.venue
    vevent.add("location", f"{venue.name}, {venue.street}, {venue.postcode} {venue.city}")
    vevent.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    vevent.add("class", "PUBLIC")
    organizer = icalendar.vCalAddress(f"mailto:{event.sender.address}")
    organizer.params["CN"] = one_line(event.sender.name, 120)
    vevent.add("organizer", organizer)
    _add_personal(vevent, request, event, now, description)
    cal.add_component(vevent)
    return cal


def _add_personal(vevent: icalendar.Event, request: ReplyRequest, event: Event, now: datetime,
                  description: str) -> None:
    """The PERSONAL properties: whose entry this is (UID, ATTENDEE), its version, its stamp, the description."""
    person = calendar_attendee(request)
    uid = (person.ics_uid if person and person.ics_uid else None) or fallback_uid(request, event.sender.domain)
    vevent.add("uid", one_line(uid, 255))
    vevent.add("sequence", max(0, int(request.ics_sequence)))
    vevent.add("dtstamp", now.astimezone(UTC))
    vevent.add("description", description)
    attendee = icalendar.vCalAddress(f"mailto:{request.to}")
    cn = request.to_name or (person.name if person else None)
    if cn:
        attendee.params["CN"] = one_line(cn, 120)
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION" if request.ics_method == "REQUEST" else "DECLINED"
    # No RSVP: the registration is already made; a calendar answer would only be mail for the bot.
    attendee.params["RSVP"] = "FALSE"
    vevent.add("attendee", attendee)


def timezone_component(tzid: str, year: int) -> icalendar.Timezone:
    """Only the transitions around the event: a short VTIMEZONE that every client reads."""
    return icalendar.Timezone.from_tzid(tzid, first_date=date(year, 1, 1), last_date=date(year + 1, 1, 1))


@functools.lru_cache(maxsize=16)
def timezone_text(tzid: str, year: int) -> bytes:
    return timezone_component(tzid, year).to_ical()


