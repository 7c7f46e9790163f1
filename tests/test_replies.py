"""Every mail the bot sends, rendered from the real templates and parsed back as a mail client would."""

from __future__ import annotations

import dataclasses
import os
import email
import email.policy
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import pytest

from mailbot.access_report import (AccessReport, Colleague, DeskNote, SentRegistration, SentReply, StoredAttendee,
                                   StoredMail)
from mailbot.event import Event, load_event
from mailbot.replies import (AUTO_GENERATED_KINDS, KINDS, LANGUAGES, ReplyAttendee, ReplyRequest,
                             make_environment, render)
from mailbot.replies.render import family_name

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
NOW = datetime(2025, 4, 2, 10, 0, tzinfo=timezone.utc)
SIGNUP_ID = "<20250402.anmeldung.17@stadt-schleiz.de>"
ROOT_ID = "<root.1@stadt-schleiz.de>"

ANNA = ReplyAttendee(name="Anna Weber", salutation="Frau", title=None, email="anna.weber@stadt-schleiz.de",
                     status="confirmed", code="ISEK-7KQ2-M9XD", ics_uid="attendee-17@transferveranstaltung.example")
JAN = ReplyAttendee(name="Jan Müller", salutation="Herr", title="Dr.", email="jan.mueller@stadt-schleiz.de",
                    status="confirmed", code="ISEK-4HT8-PQ2Z", ics_uid="attendee-18@transferveranstaltung.example")
KIND_WORDS = {  # a sentence fragment only that kind's German text carries
    "confirmation": "Vielen Dank für Ihre Anmeldung. Nachfolgend finden Sie das Programm für die Veranstaltung.",
    "waitlist": "Dies ist noch keine Anmeldebestätigung.",
    "promotion": "von der Warteliste nachgerückt",
    "already_registered": "ein weiterer Platz wurde daher nicht vergeben",
    "missing_details": "benötigen wir noch folgende Angaben",
    "cancel_request": "Bisher haben wir nichts geändert",
    "erase_request": "Bisher haben wir nichts gelöscht",
    "erased": "wie gewünscht haben wir Ihre personenbezogenen Daten gelöscht (Art. 17 DSGVO)",
    "access_request": "Die Auskunft senden wir nur an Ihre Adresse; bisher haben wir nichts verschickt.",
    "access_report": "wie gewünscht erhalten Sie Auskunft über alle Daten",
    "cancelled": "hiermit bestätigen wir die Abmeldung",
    "change_confirmed": "wie gewünscht geändert",
    "question_received": "an das Organisationsteam weitergeleitet",
    "question_forward": "geht Ihre Antwort direkt an die fragende Person",
    "deadline_passed": "der Anmeldeschluss am Freitag, 9. Mai 2025 um 23:59 Uhr bereits verstrichen",
    "event_over": "hat am Dienstag, 20. Mai 2025 in Bad Lobenstein stattgefunden",
    "reply_limit": "die letzte automatische Antwort an Ihre Adresse",
    "reminder": "morgen bei der",
    "waitlist_status": "Sie stehen weiterhin auf der Warteliste",
    "event_update": "Neuer Beginn: 10:00 Uhr",
    "desk_review": "braucht Ihre Entscheidung (Nr. 17)",
    "desk_proposal": "führt der Bot Anweisungen nur aus, wenn sie als Antwort",
    "desk_done": "Erledigt: angemeldet.",
    "desk_answer": "Ja, es gibt vor Ort ein vegetarisches Mittagessen.",
    "desk_announce": "ein Tippfehler in der Datei soll keine Massen-E-Mail auslösen",
}
WITHOUT_CODES = {"deadline_passed", "event_over", "desk_review", "desk_proposal", "desk_announce",  # nobody registered yet
                 "erased"}  # the erasure confirmation names nobody: the data is gone
ORGANISER_KINDS = {"question_forward", "desk_review", "desk_proposal", "desk_done", "desk_announce"}
TOKEN = "abcdefghijkm"
AT = datetime(2025, 3, 28, 8, 15, tzinfo=timezone.utc)
REPORT = AccessReport(  # what the store holds for Anna: she registered herself and Jan, asked a question, bounced once
    address=ANNA.email,
    attendees=(StoredAttendee(name="Anna Weber", title=None, salutation="Frau", email=ANNA.email, role="Leiterin Bauamt",
                              organisation="Stadtverwaltung Schleiz", municipality="Schleiz",
                              notes=("vegetarisches Essen",), status="confirmed", code=ANNA.code, registered_at=AT,
                              status_changed_at=AT),),
    registrations=(SentRegistration(at=AT, organisation="Stadtverwaltung Schleiz", municipality="Schleiz",
                                    notes=("vegetarisches Essen",),
                                    colleagues=(Colleague(name="Jan Müller", title="Dr.", role="Stadtplaner"),)),),
    mails=(StoredMail(at=AT, subject="Anmeldung Transferveranstaltung"), StoredMail(at=NOW, subject="Datenschutz")),
    replies=(SentReply(at=AT, kind="confirmation", status="sent"),
             SentReply(at=AT, kind="question_forward", status="sent", to_organisers=True)),
    bounces=(AT,), desk=(DeskNote(at=AT, what="noted"),),
)
UNDERSTOOD = {"intent": "registration", "persons": ["Anna Weber, anna.weber@stadt-schleiz.de"],
              "organisation": "Stadtverwaltung Schleiz", "municipality": "Schleiz (Saale-Orla-Kreis)", "notes": [],
              "missing": [], "question": "", "codes": []}


@pytest.fixture(scope="module")
def event() -> Event:
    return load_event(ROOT / "config" / "event.toml")


@pytest.fixture(scope="module")
def env():
    return make_environment(TEMPLATES)


def realistic(kind: str, language: str = "de", **changes) -> ReplyRequest:
    """The request the workflow would make for `kind`, with the data that kind really carries."""
    attendees: tuple[ReplyAttendee, ...] = (ANNA,)
    ics_method, sequence, extra, missing = None, 0, {}, ()
    to, to_name, reply_to = ANNA.email, "Anna Weber", None
    if kind in ("confirmation", "promotion", "reminder", "change_confirmed"):
        ics_method = "REQUEST"
    if kind in ("waitlist", "waitlist_status"):
        attendees = (ReplyAttendee("Anna Weber", "Frau", None, ANNA.email, "waitlisted", ANNA.code, position=3),)
    if kind == "missing_details":
        attendees = (ReplyAttendee("Anna Weber", "Frau", None, ANNA.email, "provisional", ANNA.code),)
        missing = ("municipality",)
    if kind == "cancelled":
        attendees = (ReplyAttendee("Anna Weber", "Frau", None, ANNA.email, "cancelled", ANNA.code,
                                   ics_uid=ANNA.ics_uid),)
        ics_method, sequence = "CANCEL", 1
    if kind == "change_confirmed":
        attendees = (ANNA, JAN)
        extra = {"changes": ["Zusätzlich angemeldet: Dr. Jan Müller"]}
    if kind in ("deadline_passed", "event_over"):
        attendees = ()
    if kind in ("question_received", "question_forward"):
        extra = {"question": "Gibt es vor Ort ein vegetarisches Mittagessen?", "asker_name": "Anna Weber",
                 "asker_address": ANNA.email, "asker_subject": "Frage zum Mittagessen",
                 "received_at": datetime(2025, 4, 2, 9, 58, tzinfo=timezone.utc)}
    if kind in ORGANISER_KINDS:
        to, to_name = "organisation@transferveranstaltung.example", None
    if kind == "question_forward":
        reply_to = ANNA.email
    if kind == "desk_review":
        attendees = ()
        extra = {"token": TOKEN, "tag": f"[#17 {TOKEN}]", "item": 17, "reason_code": "signup_unsure",
                 "reason": "sign-up the bot is not sure about", "understood": UNDERSTOOD, "sender": ANNA.email,
                 "sender_name": "Anna Weber", "subject": "Anmeldung", "original": b"From: a@b\r\n\r\nHallo\r\n",
                 "proposal": {"kind": "Confirm", "persons": [{"name": "Anna Weber", "status": "confirmed"}]}}
    if kind == "desk_proposal":
        attendees = ()
        extra = {"token": TOKEN, "tag": f"[#17 {TOKEN}]", "item": 17, "understood": UNDERSTOOD,
                 "proposals": [["ANMELDEN", "Name: Anna Weber", "Kommune: Schleiz"]], "forwarded": False,
                 "organiser": "organisation@transferveranstaltung.example"}
    if kind == "desk_done":
        extra = {"results": [{"line": "ANMELDEN", "outcome": "done", "what": "registered", "names": ["Anna Weber"],
                              "codes": [ANNA.code]}], "by": "organisation@transferveranstaltung.example"}
    if kind == "desk_announce":
        attendees = ()
        extra = {"changes": ["Neuer Beginn: 10:00 Uhr (bisher 09:30 Uhr)"], "count": 3, "token": TOKEN,
                 "tag": f"[Änderung {TOKEN}]"}
    if kind == "desk_answer":
        extra = {"text": "Ja, es gibt vor Ort ein vegetarisches Mittagessen."}
    if kind == "access_report":
        extra = {"report": REPORT}
    if kind == "reminder":
        extra = {"days_before": 1}
    if kind == "waitlist_status":
        extra = {"days_before": 7}
    if kind == "event_update":
        ics_method, sequence = "REQUEST", 2
        extra = {"changes": ["Neuer Beginn: 10:00 Uhr"] if language == "de" else ["New start: 10:00"]}
    base = dict(kind=kind, to=to, to_name=to_name, dedupe_key=f"{kind}:17", language=language,
                in_reply_to=SIGNUP_ID, references=(ROOT_ID, SIGNUP_ID), original_subject="Anmeldung",
                attendees=attendees, missing=missing, first_contact=kind == "confirmation",
                ics_method=ics_method, ics_sequence=sequence, reply_to=reply_to, extra=extra)
    base.update(changes)
    return ReplyRequest(**base)


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def text_of(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


def html_of(msg: EmailMessage) -> str:
    return msg.get_body(("html",)).get_content().replace("\r\n", "\n")


def calendar_of(msg: EmailMessage) -> icalendar.Calendar:
    attachments = [p for p in msg.iter_attachments() if p.get_filename() in ("invite.ics", "cancel.ics")]
    assert len(attachments) == 1
    return icalendar.Calendar.from_ical(attachments[0].get_content())


def vevent(cal: icalendar.Calendar) -> icalendar.Event:
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_with_complete_headers(kind, language, event, env):
    """Each kind renders in each language to a mail with From, To, Subject, threading, Auto-Submitted, Message-ID, Date and both parts."""
    request = realistic(kind, language)
    out = render(request, event, NOW, env)
    msg = parse(out.raw)
    assert out.kind == kind and out.dedupe_key == f"{kind}:17" and out.recipient == request.to
    assert msg["From"].addresses[0].addr_spec == "anmeldung@transferveranstaltung.example"
    assert msg["From"].addresses[0].display_name == "Transferveranstaltung ISEK – Anmeldung"
    assert msg["To"].addresses[0].addr_spec == request.to
    subject = str(msg["Subject"])
    assert subject and "\n" not in subject and "\r" not in subject
    assert subject == subject.strip() and "  " not in subject  # folded without stray spaces
    assert all(len(line) <= 78 for line in out.raw.split(b"\r\n\r\n")[0].split(b"\r\n"))
    assert msg["In-Reply-To"] == SIGNUP_ID
    assert str(msg["References"]).split() == [ROOT_ID, SIGNUP_ID]
    assert msg["Auto-Submitted"] == ("auto-generated" if kind in AUTO_GENERATED_KINDS else "auto-replied")
    assert str(msg["Message-ID"]).strip() == out.message_id
    assert out.message_id.endswith("@transferveranstaltung.example>")
    assert parsedate_to_datetime(str(msg["Date"])) == NOW
    text, html = text_of(msg), html_of(msg)
    assert text.strip() and html.lstrip().startswith("<!DOCTYPE html>")
    assert event.contact.email in text or kind in ORGANISER_KINDS
    if kind not in WITHOUT_CODES:
        assert ANNA.code in text and ANNA.code in html
    assert not msg.defects
    has_calendar = any(p.get_content_type() == "text/calendar" for p in msg.walk())
    assert has_calendar == (request.ics_method is not None)


@pytest.mark.parametrize("kind", KINDS)
def test_each_german_kind_says_its_own_thing(kind, event, env):
    """Every German mail carries the sentence that makes it that kind of mail, in text and HTML."""
    msg = parse(render(realistic(kind), event, NOW, env).raw)
    words = KIND_WORDS[kind]
    assert words in text_of(msg)
    assert words in html_of(msg).replace("\n", " ")


def test_kinds_equal_template_pairs_on_disk():
    """The kinds the renderer knows are exactly the template pairs in templates/ and templates/en/."""
    for language in LANGUAGES:
        folder = TEMPLATES if language == "de" else TEMPLATES / language

        def kinds_with(suffix: str) -> set[str]:
            return {p.name[: -len(suffix)] for p in folder.glob(f"*{suffix}")
                    if not p.name.startswith("_") and not p.name.startswith("digest")}

        assert kinds_with(".txt.j2") == set(KINDS), language
        assert kinds_with(".html.j2") == set(KINDS), language


def test_confirmation_carries_programme_parking_code_and_dates(event, env):
    """The German confirmation opens with the invitation's sentence and holds event details, programme, parking, code and how to cancel."""
    msg = parse(render(realistic("confirmation"), event, NOW, env).raw)
    text, html = text_of(msg), html_of(msg)
    assert str(msg["Subject"]).strip().startswith("Anmeldebestätigung: 9. Transferveranstaltung")
    assert text.startswith("Sehr geehrte Frau Weber,\n\nVielen Dank für Ihre Anmeldung. Nachfolgend finden Sie "
                           "das Programm für die Veranstaltung.")
    assert "bereits per E-Mail erhalten" not in text  # the parking hints are in this very mail
    for body in (text, html):
        assert "Dienstag, 20. Mai 2025" in body
        assert "09:30 bis 16:00 Uhr" in body
        assert "Die Teilnahme vor Ort ist kostenfrei." in body
        assert event.venue.street in body and event.venue.city in body
        for item in event.programme.items:
            assert item.title in body
        for hint in event.parking.hints:
            assert hint in body
        assert "ISEK-7KQ2-M9XD" in body
        assert "„Abmelden“" in body
        assert "Hinweis zum Datenschutz" in body
    assert "10:00 Uhr  Begrüßung" in text


def test_confirmation_calendar_is_an_itip_request(event, env):
    """The confirmation's .ics is a METHOD:REQUEST with the attendee's UID, the sequence, Berlin times, VTIMEZONE, organizer and attendee."""
    msg = parse(render(realistic("confirmation", ics_sequence=3), event, NOW, env).raw)
    inline = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert len(inline) == 1 and inline[0].get_param("method") == "REQUEST"
    cal = calendar_of(msg)
    assert str(cal["METHOD"]) == "REQUEST"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Berlin"]
    ev = vevent(cal)
    assert str(ev["UID"]) == ANNA.ics_uid
    assert int(ev["SEQUENCE"]) == 3
    assert ev["DTSTART"].params["TZID"] == "Europe/Berlin"
    start = ev.decoded("DTSTART")
    assert (start.year, start.month, start.day, start.hour, start.minute) == (2025, 5, 20, 9, 30)
    assert start.utcoffset().total_seconds() == 7200
    assert ev.decoded("DTEND").hour == 16
    assert str(ev["ORGANIZER"]) == "mailto:anmeldung@transferveranstaltung.example"
    assert str(ev["ATTENDEE"]) == f"mailto:{ANNA.email}"
    assert event.venue.street in str(ev["LOCATION"]) and event.venue.city in str(ev["LOCATION"])
    assert str(ev["STATUS"]) == "CONFIRMED"
    assert "ISEK-7KQ2-M9XD" in str(ev["DESCRIPTION"])


def test_cancellation_calendar_cancels_the_same_uid(event, env):
    """The cancellation carries METHOD:CANCEL and STATUS:CANCELLED for the UID the confirmation used."""
    confirmed = vevent(calendar_of(parse(render(realistic("confirmation"), event, NOW, env).raw)))
    msg = parse(render(realistic("cancelled"), event, NOW, env).raw)
    cal = calendar_of(msg)
    assert str(cal["METHOD"]) == "CANCEL"
    ev = vevent(cal)
    assert str(ev["UID"]) == str(confirmed["UID"])
    assert str(ev["STATUS"]) == "CANCELLED"
    assert int(ev["SEQUENCE"]) == 1


def test_event_update_raises_the_sequence(event, env):
    """An event update sends a REQUEST with the higher SEQUENCE and lists the changes."""
    msg = parse(render(realistic("event_update"), event, NOW, env).raw)
    ev = vevent(calendar_of(msg))
    assert int(ev["SEQUENCE"]) == 2 and str(ev["UID"]) == ANNA.ics_uid
    assert "- Neuer Beginn: 10:00 Uhr" in text_of(msg)


def test_calendar_belongs_to_the_recipient_among_several_attendees(event, env):
    """With several attendees the calendar entry is the recipient's own, so a later CANCEL meets it."""
    request = realistic("confirmation", to=JAN.email, to_name="Jan Müller", attendees=(ANNA, JAN))
    ev = vevent(calendar_of(parse(render(request, event, NOW, env).raw)))
    assert str(ev["UID"]) == JAN.ics_uid


def test_waitlist_cannot_be_mistaken_for_a_confirmation(event, env):
    """The waitlist mail says "Warteliste" in its subject, gives the position, and carries no calendar entry."""
    msg = parse(render(realistic("waitlist"), event, NOW, env).raw)
    subject = str(msg["Subject"]).strip()
    assert subject.startswith("Warteliste: ") and "bestätigung" not in subject.lower()
    text = text_of(msg)
    assert "auf der Warteliste, Platz 3" in text
    assert "Dies ist noch keine Anmeldebestätigung." in text
    assert "Vielen Dank für Ihre Anmeldung. Nachfolgend" not in text
    assert not any(p.get_content_type() == "text/calendar" for p in msg.walk())


def test_mixed_outcome_says_who_got_what(event, env):
    """One confirmation for two attendees of whom one is waitlisted names both with their status and code."""
    waiting = ReplyAttendee("Jan Müller", "Herr", "Dr.", None, "waitlisted", "ISEK-4HT8-PQ2Z", position=1)
    text = text_of(parse(render(realistic("confirmation", attendees=(ANNA, waiting)), event, NOW, env).raw))
    assert "- Anna Weber: Teilnahme bestätigt\n  Persönlicher Anmeldecode: ISEK-7KQ2-M9XD" in text
    assert "- Dr. Jan Müller: auf der Warteliste, Platz 1 – noch keine Teilnahmebestätigung" in text


@pytest.mark.parametrize("attendee, to_name, greeting", [
    (dataclasses.replace(ANNA, email="hp@x.de"), None, "Sehr geehrte Frau Weber,"),
    (ReplyAttendee("Hans-Peter Müller", "Herr", "Dr.", "hp@x.de", "confirmed", "C-1"), None,
     "Sehr geehrter Herr Dr. Müller,"),
    (ReplyAttendee("Greta von der Heide", "Frau", None, "hp@x.de", "confirmed", "C-1"), None,
     "Sehr geehrte Frau von der Heide,"),
    (ReplyAttendee("Kim Berger", None, None, "hp@x.de", "confirmed", "C-1"), None, "Guten Tag Kim Berger,"),
    (ReplyAttendee("Someone Else", "Frau", None, "other@x.de", "confirmed", "C-1"), None, "Guten Tag,"),
    (ReplyAttendee("Someone Else", "Frau", None, "other@x.de", "confirmed", "C-1"), "Büro Müller",
     "Guten Tag Büro Müller,"),
])
def test_greeting_is_formal_and_fits_the_person(attendee, to_name, greeting, event, env):
    """The greeting uses salutation, title and family name of the recipient, and "Guten Tag," when unknown."""
    request = realistic("confirmation", to="hp@x.de", to_name=to_name, attendees=(attendee,))
    text = text_of(parse(render(request, event, NOW, env).raw))
    assert text.startswith(greeting + "\n")


def test_data_protection_notice_only_on_first_contact(event, env):
    """The notice (what, why, how long, how to delete) comes with the first reply only."""
    first = text_of(parse(render(realistic("already_registered", first_contact=True), event, NOW, env).raw))
    later = text_of(parse(render(realistic("already_registered", first_contact=False), event, NOW, env).raw))
    assert "Hinweis zum Datenschutz" in first and "Hinweis zum Datenschutz" not in later
    for part in ("Ihren Namen", "Kontaktdaten", "Organisation", "E-Mails", "Veranstaltung zu organisieren",
                 "90 Tage nach der Veranstaltung", "Montag, 18. August 2025", "„Daten löschen“",
                 event.contact.email):
        assert part in first


def test_missing_details_asks_for_exactly_what_is_missing(event, env):
    """The missing-details mail lists each missing item once and nothing that is not missing."""
    text = text_of(parse(render(realistic("missing_details", missing=("municipality", "name")), event, NOW,
                                env).raw))
    assert "- die Kommune (Stadt oder Gemeinde), für die Sie teilnehmen" in text
    assert "- den vollständigen Namen (Vor- und Nachname)" in text
    assert "Organisation oder Dienststelle" not in text
    assert "Ihr Platz ist vorläufig reserviert." in text


def test_question_forward_goes_to_organisers_with_reply_to_the_asker(event, env):
    """The forward is German, addressed to the organisers, Reply-To the asker, and quotes question and sender."""
    out = render(realistic("question_forward", language="en"), event, NOW, env)
    msg = parse(out.raw)
    assert msg["To"].addresses[0].addr_spec == "organisation@transferveranstaltung.example"
    assert msg["Reply-To"].addresses[0].addr_spec == ANNA.email
    assert msg["Reply-To"].addresses[0].display_name == "Anna Weber"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert str(msg["Subject"]).strip() == "Frage von Anna Weber: Frage zum Mittagessen"
    text = text_of(msg)
    assert text.startswith("Guten Tag,\n")
    assert "Gibt es vor Ort ein vegetarisches Mittagessen?" in text
    assert f"Anna Weber <{ANNA.email}>" in text
    assert "auf Englisch gestellt" in text
    assert "Mittwoch, 2. April 2025, 11:58 Uhr" in text


def test_question_received_does_not_echo_the_question(event, env):
    """The acknowledgement to the asker never repeats their text, so a forged sender cannot use the bot to relay words."""
    text = text_of(parse(render(realistic("question_received"), event, NOW, env).raw))
    assert "vegetarisches" not in text


@pytest.mark.parametrize("days, phrase", [(1, "morgen"), (7, "in einer Woche"), (3, "in 3 Tagen")])
def test_reminder_names_when(days, phrase, event, env):
    """The reminder says how soon the event is and repeats venue, programme and parking."""
    msg = parse(render(realistic("reminder", extra={"days_before": days}), event, NOW, env).raw)
    text = text_of(msg)
    assert f"wir freuen uns, Sie {phrase} bei der" in text
    assert event.parking.hints[0] in text and event.programme.items[-1].title in text
    assert msg["Auto-Submitted"] == "auto-generated"


def test_english_confirmation(event, env):
    """English requests get English mails with English dates and times."""
    msg = parse(render(realistic("confirmation", language="en"), event, NOW, env).raw)
    text = text_of(msg)
    assert str(msg["Subject"]).strip().startswith("Registration confirmed: ")
    assert text.startswith("Dear Ms Weber,\n")
    assert "Tuesday, 20 May 2025" in text and "09:30 to 16:00" in text
    assert "Attendance on site is free of charge." in text
    assert msg["Content-Language"] == "en"


def test_rendering_is_deterministic(event, env):
    """The same request renders to the same bytes; another dedupe key gives another Message-ID."""
    one = render(realistic("confirmation"), event, NOW, env)
    two = render(realistic("confirmation"), event, NOW, env)
    other = render(realistic("confirmation", dedupe_key="confirmation:18"), event, NOW, env)
    assert one.raw == two.raw
    assert other.message_id != one.message_id


def test_no_threading_headers_without_a_parent(event, env):
    """A reminder that answers no mail has neither In-Reply-To nor References."""
    msg = parse(render(realistic("reminder", in_reply_to=None, references=()), event, NOW, env).raw)
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_refuses_bad_input(event, env):
    """An unknown kind, a naive `now` or a recipient with CR/LF is refused rather than rendered."""
    with pytest.raises(ValueError):
        render(realistic("nonsense"), event, NOW, env)
    with pytest.raises(ValueError):
        render(realistic("confirmation"), event, datetime(2025, 4, 2, 10, 0), env)
    with pytest.raises(ValueError):
        render(realistic("confirmation", to="anna@x.de\r\nBcc: victim@x"), event, NOW, env)


def test_family_name_keeps_particles():
    """Particles stay with the family name the greeting uses."""
    assert family_name("Anna Weber") == "Weber"
    assert family_name("Greta von der Heide") == "von der Heide"
    assert family_name("Weber") == "Weber"
    assert family_name("") == ""


def test_cancel_request_for_a_substitution_names_the_newcomer(event, env):
    """An unproven substitution asks the registered person to agree to handing the seat to the named newcomer."""
    request = realistic("cancel_request", extra={"what": "substitution", "replacement": "Petra Lange"})
    msg = parse(render(request, event, NOW, env).raw)
    text = text_of(msg)
    assert str(msg["Subject"]).strip() == "Bitte bestätigen: Änderung Ihrer Anmeldung zur 9. Transferveranstaltung"
    assert "auf Petra Lange zu übertragen" in text and "„Einverstanden“" in text
    assert "Bisher haben wir nichts geändert" in text and ANNA.code in text


def test_cancel_request_for_a_cancellation(event, env):
    """An unproven cancellation asks the registered address to confirm it by replying."""
    msg = parse(render(realistic("cancel_request", extra={"what": "cancellation"}), event, NOW, env).raw)
    assert str(msg["Subject"]).strip() == "Bitte bestätigen: Abmeldung von der 9. Transferveranstaltung"
    assert "„Abmeldung bestätigt“" in text_of(msg)


@pytest.mark.parametrize("extra, heading", [
    ({"replaced": "Jan Müller"}, "An Stelle von Jan Müller ist jetzt angemeldet:"),
    ({"added": ["Dr. Jan Müller"]}, "Zusätzlich angemeldet:"),
    ({"updated": True}, "Ihre Angaben sind aktualisiert. Ihre Anmeldung:"),
])
def test_change_confirmed_says_what_changed(extra, heading, event, env):
    """The change confirmation says whether someone was substituted, added or only details were updated."""
    text = text_of(parse(render(realistic("change_confirmed", extra=extra), event, NOW, env).raw))
    assert heading + "\n- Anna Weber: Teilnahme bestätigt" in text


def test_question_forward_accepts_subject_alias(event, env):
    """The asker's subject may come as extra["subject"] as well as extra["asker_subject"]."""
    request = realistic("question_forward", extra={"question": "Wo parke ich?", "asker_name": "Anna Weber",
                                                   "asker_address": ANNA.email, "subject": "Parken"})
    assert str(parse(render(request, event, NOW, env).raw)["Subject"]).strip() == "Frage von Anna Weber: Parken"


# ---- snapshots: the reviewed wording of every mail, independent of the shipped event file ----------

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
SNAPSHOT_EVENT = {
    "title": "9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“",
    "short_title": "9. Transferveranstaltung",
    "topic": "Integrierte Stadtentwicklungskonzepte (ISEK)",
    "host": "Thüringer Ministerium für Digitales und Infrastruktur",
    "date": "2025-05-20", "start_time": "09:30", "end_time": "16:00", "timezone": "Europe/Berlin",
    "registration_deadline": "2025-05-09T23:59:00+02:00", "capacity": 120, "retention_days": 90,
    "sender": {"address": "anmeldung@transferveranstaltung.example",
               "name": "Transferveranstaltung ISEK – Anmeldung"},
    "contact": {"name": "Referat Städtebau und Städtebauförderung",
                "email": "isek-transfer@transferveranstaltung.example", "phone": "0361 57411-0"},
    "organisers": {"addresses": ["organisation@transferveranstaltung.example"]},
    "venue": {"name": "Kulturhaus Bad Lobenstein", "street": "Am Markt 1", "postcode": "07356",
              "city": "Bad Lobenstein"},
    "programme": {"items": [{"time": "09:30", "title": "Ankommen und Anmeldung, Kaffee"},
                            {"time": "10:00", "title": "Begrüßung"},
                            {"time": "16:00", "title": "Ende der Veranstaltung"}]},
    "parking": {"hints": ["Parkplätze am Veranstaltungsort.", "Bitte bilden Sie Fahrgemeinschaften."]},
}


def snapshot_text(kind: str, language: str) -> str:
    out = render(realistic(kind, language), Event.model_validate(SNAPSHOT_EVENT), NOW, make_environment(TEMPLATES))
    msg = parse(out.raw)
    return f"Subject: {str(msg['Subject']).strip()}\n\n{text_of(msg)}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_text_matches_reviewed_snapshot(kind, language):
    """Each mail's subject and text equal the reviewed snapshot (UPDATE_SNAPSHOTS=1 rewrites them after a deliberate change)."""
    path = SNAPSHOTS / language / f"{kind}.txt"
    actual = snapshot_text(kind, language)
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing snapshot {path}; run with UPDATE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8")


class _TagBalance(HTMLParser):
    VOID = {"br", "meta", "img", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.errors.append(tag)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_html_is_well_formed(kind, language, event, env):
    """Every HTML part closes each tag it opens, in order, so no client has to guess the layout."""
    checker = _TagBalance()
    checker.feed(html_of(parse(render(realistic(kind, language), event, NOW, env).raw)))
    assert checker.errors == [] and checker.stack == []


# ---- data protection: access report (Art. 15 DSGVO) and erasure confirmation ------------------------------------

def test_access_report_lists_everything_stored_for_the_address(event, env):
    """The report names every stored field of the person's row, the colleagues they registered (name and role), their
    mails (date, subject), our mails (date, kind, state), bounces, the organisers' actions and the deletion date."""
    msg = parse(render(realistic("access_report"), event, NOW, env).raw)
    assert str(msg["Subject"]).strip() == "Auskunft über Ihre gespeicherten Daten: 9. Transferveranstaltung"
    text, html = text_of(msg), html_of(msg)
    for body in (text, html):
        for part in ("Anna Weber", "Leiterin Bauamt", "Stadtverwaltung Schleiz", "Schleiz", ANNA.email, ANNA.code,
                     "Teilnahme bestätigt", "vegetarisches Essen", "Dr. Jan Müller, Stadtplaner",
                     "„Anmeldung Transferveranstaltung“", "„Datenschutz“", "Freitag, 28. März 2025, 09:15 Uhr",
                     "Anmeldebestätigung (versandt)", "Ihre E-Mail, an das Organisationsteam weitergeleitet",
                     "eine E-Mail an Sie kam als unzustellbar zurück", "Notiz gespeichert",
                     "90 Tage nach der Veranstaltung", "Montag, 18. August 2025", "„Daten löschen“",
                     "Aufsichtsbehörde"):
            assert part in body.replace("\n", " "), part
    assert "Jan Müller" not in text.split("VON IHNEN GESCHICKTE ANMELDUNGEN")[0]  # the colleague is no row of hers
    assert "andere Person für Sie geschickt" not in text


def test_access_report_for_an_address_with_nothing_but_its_mail(event, env):
    """For an address with no registration the report says so, lists its one mail, and has no colleague section."""
    report = AccessReport(address="fremd@example.org", mails=(StoredMail(at=NOW, subject="Auskunft"),))
    request = realistic("access_report", to="fremd@example.org", to_name=None, attendees=(),
                        extra={"report": report})
    text = text_of(parse(render(request, event, NOW, env).raw))
    assert "Zu Ihrer Adresse ist keine Anmeldung gespeichert." in text
    assert "„Auskunft“" in text and "Wir haben Ihnen bisher keine E-Mail geschickt." in text
    assert "VON IHNEN GESCHICKTE" not in text and "Anna" not in text and ANNA.code not in text


def test_access_report_says_when_someone_else_registered_the_person(event, env):
    """A row sent by another address says so, without naming that person; the purpose names the source."""
    row = dataclasses.replace(REPORT.attendees[0], by_someone_else=True)
    report = dataclasses.replace(REPORT, attendees=(row,), registrations=())
    text = text_of(parse(render(realistic("access_report", extra={"report": report}), event, NOW, env).raw))
    assert "Diese Anmeldung hat eine andere Person für Sie geschickt." in text
    assert "aus der Anmeldung, die eine andere Person für Sie geschickt hat" in text


def test_access_report_in_english(event, env):
    """An English request gets the report in English."""
    text = text_of(parse(render(realistic("access_report", "en"), event, NOW, env).raw))
    assert "Registrations you sent".upper() in text and "Dr. Jan Müller, Stadtplaner" in text
    assert "registration confirmation (sent)" in text and "Monday, 18 August 2025" in text


def test_access_request_names_the_address_and_asks_for_an_answer(event, env):
    """The unproven request asks the registered address itself and promises the report goes nowhere else."""
    msg = parse(render(realistic("access_request"), event, NOW, env).raw)
    assert str(msg["Subject"]).strip() == ("Bitte bestätigen: Auskunft über Ihre gespeicherten Daten "
                                           "(9. Transferveranstaltung)")
    text = text_of(msg)
    assert ANNA.email in text and "„Auskunft bestätigt“" in text and ANNA.code in text


@pytest.mark.parametrize("colleagues, sentence", [
    (1, "Die Person, die Sie angemeldet haben, bleibt angemeldet; Ihre E-Mail-Adresse ist dort nicht mehr hinterlegt."),
    (2, "Die 2 Personen, die Sie angemeldet haben, bleiben angemeldet;"),
])
def test_erased_says_that_the_colleagues_stay(colleagues, sentence, event, env):
    """An erasure keeps the colleagues the person registered; the confirmation says so (without naming them)."""
    msg = parse(render(realistic("erased", attendees=(), extra={"attendees": 1, "colleagues": colleagues}), event, NOW,
                       env).raw)
    assert sentence in text_of(msg) and sentence in html_of(msg).replace("\n", " ")
    assert "Jan" not in text_of(msg)
