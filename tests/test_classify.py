"""The classification table: loop guard first, bounces, out-of-office text, then the sender's words."""

from __future__ import annotations

import pytest

from mailbot.models import InboundMail
from mailbot.understand import read
from mailbot.understand.classify import bounce_recipient, codes

ANSWERED = {"registration", "cancellation", "change", "question"}


def mail(text: str = "", subject: str = "Anmeldung", headers: tuple[tuple[str, str], ...] = (),
         from_addr: str = "anna.schmidt@stadt-schleiz.de", from_name: str = "Anna Schmidt", **kw) -> InboundMail:
    return InboundMail(message_id="<1@x>", subject=subject, from_name=from_name, from_addr=from_addr,
                       headers=headers, text=text, full_text=text, **kw)


@pytest.mark.parametrize("headers", [
    (("auto-submitted", "auto-replied"),),
    (("return-path", "<>"),),
    (("x-autoreply", "yes"),),
    (("x-autorespond", "yes"),),
    (("x-auto-response-suppress", "All"),),
])
def test_loop_guard_headers_make_an_auto_reply(headers: tuple[tuple[str, str], ...]) -> None:
    """Any RFC 3834-style header marks the mail as automatic, even when its text registers someone."""
    u = read(mail("Hiermit melde ich mich verbindlich an.", headers=headers))
    assert u.intent == "auto_reply"
    assert u.attendees == ()


@pytest.mark.parametrize("headers", [
    (("precedence", "bulk"),),
    (("precedence", "junk"),),
    (("precedence", "list"),),
    (("list-id", "<news.example.org>"),),
    (("list-unsubscribe", "<mailto:x@y>"),),
])
def test_list_and_bulk_mail_is_other_and_never_answered(headers: tuple[tuple[str, str], ...]) -> None:
    """Newsletters and list mail (Precedence, List-Id, List-Unsubscribe) are "other", whatever their text says."""
    u = read(mail("Jetzt anmelden! Hiermit melde ich mich an.", headers=headers))
    assert u.intent == "other"
    assert u.attendees == ()


def test_auto_submitted_no_is_a_normal_mail() -> None:
    """`Auto-Submitted: no` is what people's clients send; it does not stop a registration."""
    u = read(mail("Hiermit melde ich mich verbindlich an.", headers=(("auto-submitted", "no"),)))
    assert u.intent == "registration"


@pytest.mark.parametrize("sender", ["noreply@stadt-jena.de", "no-reply@x.de", "MAILER-DAEMON@mx.de"])
def test_automatic_senders_are_never_answered(sender: str) -> None:
    """Mails from no-reply, mailer-daemon or postmaster senders are never something the bot answers."""
    assert read(mail("Ich melde mich an.", from_addr=sender.lower())).intent not in ANSWERED


@pytest.mark.parametrize("subject,text", [
    ("Automatische Antwort: Anmeldung", "Vielen Dank für Ihre Nachricht."),
    ("Abwesenheitsnotiz", "Ich bin bis zum 12.05. nicht im Büro."),
    ("Re: Einladung", "Ich bin vom 5. bis 16. Mai nicht im Büro. In dringenden Fällen wenden Sie sich an Frau X."),
    ("Out of Office: Registration", "I am out of the office until Monday."),
    ("AW: Anmeldung", "Ich bin derzeit außer Haus und ab dem 20.05. wieder erreichbar."),
])
def test_out_of_office_text_without_headers(subject: str, text: str) -> None:
    """Outlook's out-of-office replies come without headers; their text alone makes them auto replies."""
    assert read(mail(text, subject=subject)).intent == "auto_reply"


def test_delivery_status_report_is_a_bounce_with_recipient() -> None:
    """A multipart/report with Final-Recipient is a bounce and names the failed address."""
    m = mail("This is the mail system.", subject="Undelivered Mail Returned to Sender",
             from_addr="mailer-daemon@mx.example", content_type="multipart/report",
             delivery_status="Reporting-MTA: dns; mx\n\nFinal-Recipient: rfc822; weg@stadt-gera.de\nAction: failed\n")
    u = read(m)
    assert u.intent == "bounce"
    assert u.bounce_recipient == "weg@stadt-gera.de"


def test_plain_text_bounce_names_recipient() -> None:
    """A non-standard German bounce ("Unzustellbar") is recognised and its recipient extracted."""
    text = ("Ihre Nachricht konnte nicht zugestellt werden.\n\nEmpfänger: max.mustermann@gemeinde-nobitz.de\n"
            "Grund: 550 5.1.1 user unknown")
    m = mail(text, subject="Unzustellbar: Ihre Anmeldung", from_addr="postmaster@mail.example")
    u = read(m)
    assert u.intent == "bounce"
    assert u.bounce_recipient == "max.mustermann@gemeinde-nobitz.de"
    assert bounce_recipient(m) == "max.mustermann@gemeinde-nobitz.de"


@pytest.mark.parametrize("text", [
    "Leider muss ich meine Teilnahme absagen.",
    "Hiermit melde ich mich von der Veranstaltung ab.",
    "Ich kann leider doch nicht teilnehmen.",
    "Bitte stornieren Sie meine Anmeldung.",
    "Ich bin am 20. Mai leider verhindert.",
])
def test_cancellation_wording(text: str) -> None:
    """Common German ways to cancel are cancellations, not registrations."""
    assert read(mail(text, subject="Re: Ihre Anmeldung")).intent == "cancellation"


def test_substitute_is_a_change() -> None:
    """"Statt mir kommt Frau Y" replaces a registered person: a change, not a cancellation."""
    u = read(mail("Ich kann leider nicht teilnehmen, statt mir kommt meine Kollegin Frau Petra Lang.",
                  subject="AW: Anmeldebestätigung ISEK-ABCD-2345"))
    assert u.intent == "change"
    assert "Petra Lang" in [p.name for p in u.attendees]


def test_additional_colleague_after_confirmation_is_a_change() -> None:
    """Adding a colleague to an existing registration (code quoted) is a change."""
    u = read(mail("Zusätzlich möchte ich meine Kollegin Frau Eva Stein anmelden.",
                  subject="AW: Ihre Anmeldung", quoted="Ihr Code: ISEK-ABCD-2345"))
    assert u.intent == "change"
    assert u.codes == ("ISEK-ABCD-2345",)


def test_question_that_registers_is_a_registration_with_question() -> None:
    """A registration that also asks something stays a registration and carries the question along."""
    u = read(mail("Hiermit melde ich mich an. Gibt es vor Ort Parkplätze?"))
    assert u.intent == "registration"
    assert u.question == "Gibt es vor Ort Parkplätze?"


def test_plain_question() -> None:
    """A mail that only asks is a question."""
    u = read(mail("Ist es möglich, auch nur am Nachmittag dazuzukommen?", subject="Frage zur Veranstaltung"))
    assert u.intent == "question"


def test_unrelated_mail_is_other_and_reviewed() -> None:
    """A mail that says nothing the table knows is "other" and goes to a person."""
    u = read(mail("Anbei die Unterlagen zur Sitzung.", subject="Unterlagen"))
    assert u.intent == "other"
    assert u.needs_review


def test_quoted_invitation_does_not_drive_intent() -> None:
    """Our invitation quoted back (with "Anmeldung" in it) does not make a thank-you note a registration."""
    u = read(mail("Danke, habe ich erhalten.", subject="Einladung", quoted="Bitte melden Sie sich bis 9. Mai an."))
    assert u.intent == "other"


def test_codes_collected_everywhere_once() -> None:
    """Personal codes are collected from subject and text, upper-cased, without repeats; I and O are no code letters."""
    assert codes("AW: isek-abcd-2345", "Code ISEK-ABCD-2345 und ISEK-WXYZ-9876", "ISEK-OOOO-1111") == (
        "ISEK-ABCD-2345", "ISEK-WXYZ-9876")


def test_encrypted_mail_is_set_aside() -> None:
    """An encrypted mail cannot be read: intent other, for review, with the reason."""
    u = read(mail("", encrypted=True))
    assert u.intent == "other" and u.needs_review
    assert any("encrypted" in r for r in u.reasons)


def test_read_never_raises() -> None:
    """Even an InboundMail with nonsense in every field yields an Understanding."""
    u = read(InboundMail(message_id=None, subject=None, from_name=None, from_addr=None))  # type: ignore[arg-type]
    assert u.intent in {"other", "registration", "question"}


def test_question_about_registering_is_a_question() -> None:
    """"Ist eine Anmeldung noch möglich?" asks; it does not register."""
    assert read(mail("Ist eine Anmeldung für zwei Personen noch möglich?", subject="Frage")).intent == "question"


def test_polite_request_to_register_is_a_registration() -> None:
    """"Können Sie mich bitte anmelden?" is a request to register, despite the question mark."""
    assert read(mail("Können Sie mich bitte für die Veranstaltung anmelden?")).intent == "registration"


def test_partial_attendance_is_not_a_cancellation() -> None:
    """"kann nicht den ganzen Tag teilnehmen" registers with a remark, it does not cancel."""
    u = read(mail("Ich melde mich an, kann aber leider nicht den ganzen Tag teilnehmen, nur vormittags."))
    assert u.intent == "registration"
    assert any("vormittags" in n for n in u.notes)


def test_answer_to_missing_details_request_is_a_change() -> None:
    """A reply that only supplies what we asked for completes the registration: intent change."""
    u = read(mail("Gemeinde Nobitz, Bauamt.", subject="AW: Rückfrage zu Ihrer Anmeldung: 9. Transferveranstaltung",
                  quoted="Damit wir die Anmeldung abschließen können, benötigen wir noch folgende Angaben:"))
    assert u.intent == "change"
    assert u.municipality is not None and u.municipality.name == "Nobitz"


def test_added_colleague_after_earlier_registration_is_a_change() -> None:
    """"Ich hatte mich bereits angemeldet. Zusätzlich kommt Frau X" changes the existing registration."""
    u = read(mail("Ich hatte mich bereits angemeldet. Zusätzlich kommt meine Kollegin Frau Eva Stein.",
                  subject="Nachmeldung"))
    assert u.intent == "change"
