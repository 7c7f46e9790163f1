"""The registration desk end to end: real Dovecot in, real database, real aiosmtpd out."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from mails import address, compose, name, signup as signup_mail

from mailbot.event import load_event
from mailbot.jobs import poll

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
CODE = re.compile(r"ISEK-[A-Z2-9]{4}-[A-Z2-9]{4}")

pytestmark = pytest.mark.servers


@pytest.fixture
def desk(worker, dovecot, smtp_server):
    """Puts mails into the inbox and runs a pass, as a fresh worker each time; reads what came out."""

    class Desk:
        capacity = 120

        def poll(self, *mails: EmailMessage, at: datetime = NOW):
            if mails:
                dovecot.append_many([m.as_bytes() for m in mails])
            event = load_event(ROOT / "config" / "event.toml").model_copy(update={"capacity": self.capacity})
            self.ctx = worker(event, imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())
            report = poll(self.ctx, at)
            assert report.problems == []
            return report

        def sent(self, to: str | None = None) -> list[EmailMessage]:
            msgs = smtp_server.messages()
            return [m for m in msgs if to is None or m["To"].addresses[0].addr_spec == to]

        def statuses(self) -> dict[str, str]:
            return {r.name: r.status for r in self.ctx.store.attendee_records(include_inactive=True)}

    return Desk()


def text(msg: EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()


def test_capacity_three_five_signups_then_a_cancellation_promotes(desk):
    """Capacity 3, 5 sign-ups → 3 confirmed, 2 waitlisted; a proven cancellation promotes the first waitlisted."""
    desk.capacity = 3
    desk.poll(*[signup_mail(i) for i in range(5)])
    assert list(desk.statuses().values()) == ["confirmed"] * 3 + ["waitlisted"] * 2
    waitlisted = desk.sent(address(3))[0]
    assert str(waitlisted["Subject"]).startswith("Warteliste")
    assert "Anmeldebestätigung" not in str(waitlisted["Subject"])

    confirmation = desk.sent(address(0))[0]
    cancel = compose(address(0), name(0), "AW: " + str(confirmation["Subject"]),
                     "Hallo,\n\nleider muss ich meine Teilnahme absagen.\n\nGruß\nAnna Reichenbach\n",
                     in_reply_to=confirmation["Message-ID"])
    desk.poll(cancel, at=NOW + timedelta(hours=1))

    statuses = desk.statuses()
    assert statuses[name(0)] == "cancelled"
    assert statuses[name(3)] == "confirmed" and statuses[name(4)] == "waitlisted"
    promoted = desk.sent(address(3))
    assert len(promoted) == 2
    assert "Vielen Dank" in text(promoted[1]) or "Platz" in text(promoted[1])
    cancelled = desk.sent(address(0))[-1]
    ics = [p for p in cancelled.walk() if p.get_content_type() == "text/calendar"]
    assert ics and b"METHOD:CANCEL" in ics[0].get_payload(decode=True)


def test_forged_cancellation_asks_the_registered_address(desk):
    """A cancellation without proof cancels nothing; the registered address is asked to confirm, then it cancels."""
    desk.poll(signup_mail(0))
    forged = compose(address(0), name(0), "Absage", "Ich kann leider nicht teilnehmen und sage hiermit ab.\n")
    desk.poll(forged, at=NOW + timedelta(minutes=10))
    assert desk.statuses()[name(0)] == "confirmed"
    request = desk.sent(address(0))[-1]
    assert "confirmation" not in str(request["Subject"]).lower()

    answer = compose(address(0), name(0), "AW: " + str(request["Subject"]), "Ja, bitte stornieren.\n",
                     in_reply_to=request["Message-ID"])
    desk.poll(answer, at=NOW + timedelta(minutes=20))
    assert desk.statuses()[name(0)] == "cancelled"


def test_substitution_keeps_the_seat(desk):
    """"Statt Herrn X kommt Frau Y" with the code: Y takes X's seat and gets a confirmation of the change."""
    desk.poll(signup_mail(1))
    code = CODE.search(text(desk.sent(address(1))[0])).group(0)
    change = compose(address(1), name(1), "Änderung Teilnehmer",
                     f"Guten Tag,\n\nstatt Herrn Thomas Kellner kommt Frau Sabine Weber "
                     f"(sabine.weber@poessneck.example). Anmeldecode: {code}\n\nMit freundlichen Grüßen\n"
                     f"Thomas Kellner\n")
    desk.poll(change, at=NOW + timedelta(minutes=10))
    statuses = desk.statuses()
    assert statuses["Thomas Kellner"] == "cancelled" and statuses["Sabine Weber"] == "confirmed"
    assert len([s for s in statuses.values() if s == "confirmed"]) == 1


def test_duplicate_signup_gets_current_status(desk):
    """The same person signing up again gets no second seat, but a reply with the current registration."""
    desk.poll(signup_mail(2))
    desk.poll(signup_mail(2), at=NOW + timedelta(minutes=10))
    assert list(desk.statuses().values()) == ["confirmed"]
    replies = desk.sent(address(2))
    assert len(replies) == 2
    assert CODE.search(text(replies[1])).group(0) == CODE.search(text(replies[0])).group(0)


def test_signup_without_municipality_then_completed(desk):
    """No municipality: a provisional seat and a request for it; the answer completes the registration."""
    vague = compose("k.weiss@gmx.example", "Karin Weiß", "Anmeldung",
                    "Hallo,\n\nich melde mich für die Transferveranstaltung an.\n\nKarin Weiß\n")
    desk.poll(vague)
    assert desk.statuses() == {"Karin Weiß": "provisional"}
    request = desk.sent("k.weiss@gmx.example")[0]
    answer = compose("k.weiss@gmx.example", "Karin Weiß", "AW: " + str(request["Subject"]),
                     "Ich komme von der Stadtverwaltung Sonneberg, Bauamt.\n\nKarin Weiß\n",
                     in_reply_to=request["Message-ID"])
    desk.poll(answer, at=NOW + timedelta(minutes=10))
    assert desk.statuses() == {"Karin Weiß": "confirmed"}
    record = desk.ctx.store.attendee_records()[0]
    assert record.municipality == "Sonneberg"
    assert str(desk.sent("k.weiss@gmx.example")[-1]["Subject"]).startswith("Anmeldebestätigung")


def test_question_is_forwarded_to_the_organisers(desk):
    """A question reaches the organisers with Reply-To the asker; the asker gets an acknowledgement."""
    asker = address(4)
    desk.poll(compose(asker, name(4), "Frage zur Anreise",
                      "Guten Tag,\n\ngibt es am Veranstaltungsort Parkplätze für Elektroautos?\n\nUwe Lindner\n"))
    organiser = load_event(ROOT / "config" / "event.toml").organisers.addresses[0]
    forwarded = desk.sent(organiser)
    assert len(forwarded) == 1 and forwarded[0]["Reply-To"].addresses[0].addr_spec == asker
    assert "Elektroautos" in text(forwarded[0])
    assert len(desk.sent(asker)) == 1
    assert desk.statuses() == {}


def test_signup_after_the_deadline_is_refused(desk):
    """After the deadline a sign-up is not registered; the reply is a polite refusal naming the contact."""
    deadline = load_event(ROOT / "config" / "event.toml").registration_deadline
    desk.poll(signup_mail(5), at=deadline + timedelta(hours=1))
    assert desk.statuses() == {}
    reply = desk.sent(address(5))[0]
    assert load_event(ROOT / "config" / "event.toml").contact.email in text(reply)


def test_out_of_office_is_answered_by_nothing(desk):
    """An Outlook out-of-office reply without any automatic-mail header gets no answer at all."""
    ooo = compose(address(0), name(0), "Automatische Antwort: Anmeldebestätigung",
                  "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.05.2025 nicht im Büro und "
                  "habe keinen Zugriff auf meine E-Mails.\n")
    desk.poll(ooo)
    assert desk.sent() == [] and desk.statuses() == {}


def test_english_signup_gets_an_english_confirmation(desk):
    """A sign-up written in English is answered in English, with the same code and calendar invitation."""
    mail = compose("e.walsh@urban-futures.example", "Emma Walsh", "Registration",
                   "Dear Sir or Madam,\n\nI would like to register for the transfer event on 20 May in Bad "
                   "Lobenstein. We are supporting the town of Pößneck with its ISEK update.\n\nKind regards\n"
                   "Emma Walsh\nSenior Planner, Urban Futures Ltd\n")
    desk.poll(mail)
    reply = desk.sent("e.walsh@urban-futures.example")[0]
    assert reply["Content-Language"] == "en"
    assert "Thank you" in text(reply) and CODE.search(text(reply))
    assert any(p.get_content_type() == "text/calendar" for p in reply.walk())
