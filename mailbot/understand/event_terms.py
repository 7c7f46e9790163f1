"""What the reader knows about the event it reads mail for, compiled once into patterns.

Everything event-specific the reader looks for comes from here: the prefix of our personal codes, our
mailbox's address and domain, the words of our title, the venue, the day, and the subjects of our own
mails. `EventTerms.from_event(event)` builds them from the event file (the CLI and the jobs load it);
`EventTerms.default()` builds them from the shipped event's values written down below, for a caller that
reads a mail without an event file. The reader stays pure: nothing here reads a file or keeps state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from .text import fold

if TYPE_CHECKING:
    from ..event import Event

# The shipped event (config/event.toml), for `read(mail)` without an event file.
DEFAULT_TITLE = "9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“"
DEFAULT_SHORT_TITLE = "9. Transferveranstaltung"
DEFAULT_CODE_PREFIX = "ISEK"
DEFAULT_SENDER = "anmeldung@transferveranstaltung.example"
DEFAULT_SENDER_NAME = "Transferveranstaltung ISEK – Anmeldung"
DEFAULT_ADDRESSES = ("isek-transfer@transferveranstaltung.example", "organisation@transferveranstaltung.example")
DEFAULT_VENUE = "Bad Lobenstein"
DEFAULT_DATE = date(2025, 5, 20)

# The fixed words of our own mails' subjects. They mirror the `{% block subject %}` of templates/*.txt.j2 and
# templates/en/*.txt.j2 (the part before the event's title); tests/test_event_terms.py renders every subject
# a participant gets and checks that each holds one of them. Together with our short title in the same line
# they mark a subject (or a quoted subject line) as one of ours: "AW: Erinnerung: 9. Transferveranstaltung …".
OUR_SUBJECT_WORDS: tuple[str, ...] = (
    "Anmeldebestätigung",                     # confirmation, promotion
    "Warteliste",                             # waitlist, waitlist_status
    "Rückfrage zu Ihrer Anmeldung",           # missing_details
    "Abmeldung bestätigt",                    # cancelled
    "Änderung Ihrer Anmeldung",               # change_confirmed, cancel_request (substitution)
    "Abmeldung von der",                      # cancel_request
    "Löschung Ihrer Daten",                   # erase_request
    "Ihre Daten sind gelöscht",               # erased
    "Auskunft über Ihre gespeicherten Daten",  # access_request, access_report
    "Ihre bestehende Anmeldung",              # already_registered
    "Anmeldung nicht mehr möglich",           # deadline_passed
    "hat bereits stattgefunden",              # event_over
    "Wichtige Änderung",                      # event_update
    "Erinnerung",                             # reminder
    "Ihre Frage zur",                         # question_received
    "Keine weiteren automatischen Antworten",  # reply_limit
    "Registration confirmed",                 # en/confirmation, en/promotion
    "Waiting list",                           # en/waitlist, en/waitlist_status
    "Question about your registration",       # en/missing_details
    "Cancellation confirmed",                 # en/cancelled
    "Change to your registration",            # en/change_confirmed, en/cancel_request (substitution)
    "cancellation for the",                   # en/cancel_request
    "deletion of your data",                  # en/erase_request
    "Your data has been deleted",             # en/erased
    "your stored data",                       # en/access_request, en/access_report
    "Your existing registration",             # en/already_registered
    "Registration no longer possible",        # en/deadline_passed
    "has already taken place",                # en/event_over
    "Important change",                       # en/event_update
    "Reminder",                               # en/reminder
    "received your question",                 # en/question_received
    "No more automatic replies",              # en/reply_limit
)
# Words only our own mails use, so that they mark one of ours on their own (in a subject, a quoted mail or a
# sender line), without the title beside them: our subjects above, as people quote and shorten them.
OUR_OWN_WORDS: tuple[str, ...] = (
    "Anmeldebestätigung", "Anmeldung bestätigt", "Bestätigung Ihrer Anmeldung", "Ihre Anmeldung", "Warteliste",
    "Fehlende Angaben", "Angaben fehlen", "Rückfrage zu Ihrer",
)
_MONTHS = ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember")
_QUOTES = re.compile(r"[„“\"»«‚‘](.+?)[“”\"«»‘’]")
_PARTS = re.compile(r"\s+[–—-]\s+|\s*[,:;]\s+")


def _phrase(words: str) -> str:
    """A phrase as a pattern: its words in order, any white space between them (mail clients wrap lines)."""
    return r"\s+".join(re.escape(w) for w in words.split())


def _address(address: str) -> str:
    """An address as a pattern, not inside a longer one."""
    return rf"(?<![\w.+-]){re.escape(address.lower())}\b"


def _any(*alternatives: str) -> str:
    return "|".join(a for a in alternatives if a)


def _series(short_title: str) -> str:
    """"9. Transferveranstaltung", "Transferveranstaltung 2026" → "Transferveranstaltung": the series' name
    without the number or year of this event."""
    return re.sub(r"^\s*(?:\d+\.?|[IVX]+\.)\s+|\s+\d{4}\s*$", "", short_title).strip()


def _motto(title: str, short_title: str) -> tuple[str, ...]:
    """"… „Zusammen denken – gemeinsam handeln“" → ("Zusammen denken", "gemeinsam handeln"): the title's own
    words beyond the short title (its quoted motto, else the rest), one phrase per part between dashes."""
    quoted = _QUOTES.search(title)
    rest = quoted.group(1) if quoted else title.replace(short_title, " ")
    parts = (p.strip(" .,–-") for p in _PARTS.split(rest))
    return tuple(p for p in parts if len(p) >= 4 and re.search(r"[^\W\d_]", p))  # words, not a year


def _day(day: date) -> str:
    """"20. Mai", "20.5.", "20.05.": the event's day as people write it."""
    return rf"\b{day.day}\.\s*(?:0?{day.month}\.|{_MONTHS[day.month - 1]}\b)"


@dataclass(frozen=True)
class EventTerms:
    """The compiled patterns for one event; equal events give equal terms."""

    code_prefix: str  # "ISEK"
    venue: str  # the venue's municipality, folded ("bad lobenstein"): it is named in our invitation
    day: tuple[int, int]  # (day, month) of the event
    code: re.Pattern[str]  # a personal code as we issue it, "ISEK-7KQ2-M9XD" (our alphabet)
    code_shape: re.Pattern[str]  # anything shaped like one of our codes, any letters and digits
    our_address: re.Pattern[str]  # our domain or our mailbox's address, in a "Name <address>" line
    from_us: re.Pattern[str]  # a subject, sender name or address that says we wrote the mail
    ours: re.Pattern[str]  # quoted text that is one of our mails (our words, our series' name, a code)
    our_subject: re.Pattern[str]  # a subject that answers one of our mails
    our_event: re.Pattern[str]  # the text names our event: its series, motto, venue or day

    @classmethod
    def build(cls, *, title: str, short_title: str, code_prefix: str, sender: str, sender_name: str,
              venue: str, day: date, addresses: tuple[str, ...] = ()) -> EventTerms:
        prefix = re.escape(code_prefix)
        domain = sender.lower().rpartition("@")[2]
        mailbox = _address(sender)
        # the domain without its top level, any top level: mail from any of our hosts ("@transferveranstaltung.")
        our_domain = rf"@{re.escape(domain.rsplit('.', 1)[0])}\."
        # the mailbox's name after its dash ("Transferveranstaltung ISEK – Anmeldung": "– Anmeldung"), else whole
        parts = re.split(r"\s+([–—-])\s+", sender_name)  # [..., dash, tail]
        mailbox_name = rf"{re.escape(parts[-2])}\s*{_phrase(parts[-1])}\b" if len(parts) > 1 else _phrase(sender_name)
        series = _phrase(_series(short_title))
        subjects = rf"(?:{_any(*map(_phrase, OUR_SUBJECT_WORDS))})[^\n]{{0,80}}?{_phrase(short_title)}"
        own = _any(*map(_phrase, OUR_OWN_WORDS))
        exact = _any(*map(_address, addresses))
        motto = map(_phrase, _motto(title, short_title))
        return cls(
            code_prefix=code_prefix,
            venue=fold(venue),
            day=(day.day, day.month),
            code=re.compile(rf"\b{prefix}-[A-HJ-NP-Z2-9]{{4}}-[A-HJ-NP-Z2-9]{{4}}\b", re.IGNORECASE),
            code_shape=re.compile(rf"(?i)\b{prefix}-[A-Z0-9]{{4}}-[A-Z0-9]{{4}}\b"),
            our_address=re.compile(f"(?i){_any(our_domain, mailbox, exact)}"),
            from_us=re.compile(f"(?i){_any(own, mailbox, mailbox_name, subjects)}"),
            ours=re.compile(f"(?i){_any(own, series, rf'{prefix}-[A-Z0-9]{{4}}-', subjects)}"),
            our_subject=re.compile(f"(?i){_any(own, subjects)}"),
            our_event=re.compile(f"(?i){_any(series, *motto, _day(day), _phrase(venue))}"),
        )

    @classmethod
    def from_event(cls, event: Event) -> EventTerms:
        """The terms of a validated event file."""
        addresses = (event.contact.email, *event.organisers.addresses)
        return cls.build(title=event.title, short_title=event.short_title, code_prefix=event.code_prefix,
                         sender=event.sender.address, sender_name=event.sender.name, venue=event.venue.city,
                         day=event.date, addresses=addresses)

    @classmethod
    def default(cls) -> EventTerms:
        """The terms of the shipped event (config/event.toml), built once."""
        return _default()


@cache
def _default() -> EventTerms:
    return EventTerms.build(title=DEFAULT_TITLE, short_title=DEFAULT_SHORT_TITLE, code_prefix=DEFAULT_CODE_PREFIX,
                            sender=DEFAULT_SENDER, sender_name=DEFAULT_SENDER_NAME, venue=DEFAULT_VENUE,
                            day=DEFAULT_DATE, addresses=DEFAULT_ADDRESSES)
