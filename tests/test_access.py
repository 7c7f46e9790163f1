"""Access requests, issue 11 item 11 (Art. 15 DSGVO): after the proof of a cancellation the person gets what is stored
about their address — their rows, the colleagues they registered (name and role), their mails, our mails, bounce
marks, the deletion date — and only they get it; the organisers learn in the digest that a report went out, and when.
Real Dovecot, aiosmtpd and SQLite (PostgreSQL too when configured)."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta

import mails
import pytest
from mails import address
from sqlalchemy import select

from mailbot.jobs import Context, poll
from mailbot.store import tables as t

T0 = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
STRANGER = "neugierig@example.org"
ORGANISER = "organisation@transferveranstaltung.example"


def _ctx(worker, dovecot, smtp_server) -> Context:
    from pathlib import Path

    from mailbot.event import load_event

    event = load_event(Path(__file__).resolve().parent.parent / "config" / "event.toml")
    return worker(event.model_copy(update={"capacity": 10}), imap=dovecot.imap_settings(),
                  smtp=smtp_server.smtp_settings())


def _to(smtp_server, who: str) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r.raw, policy=email.policy.default)  # type: ignore[misc]
            for r in smtp_server.received() if who in r.rcpt_tos]


def _text(msg: email.message.EmailMessage) -> str:
    return msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _group_signup() -> bytes:
    """Anna registers herself, Jens (who has an address of his own) and Birgit (who has none)."""
    return mails.compose(
        address(0), mails.name(0), "Anmeldung Transferveranstaltung",
        f"Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich und meine Kollegen {mails.name(2)} "
        f"({address(2)}) und Frau {mails.name(3)} zur Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.\n\n"
        f"Mit freundlichen Grüßen\n{mails.name(0)}\nBauamt\nStadtverwaltung Schleiz\n").as_bytes()


def _reports(smtp_server, who: str) -> list[str]:
    return [_text(m) for m in _to(smtp_server, who) if str(m["Subject"]).startswith("Auskunft über Ihre gespeicherten")]


def test_a_proven_access_request_is_answered_with_what_is_stored(worker, dovecot, smtp_server):
    """Anna answers her confirmation asking what is stored: she gets her row, the colleagues she registered (names,
    no addresses), her mails, our mails and the deletion date; nothing goes to the organisers but a digest line
    without her name."""
    ctx = _ctx(worker, dovecot, smtp_server)
    dovecot.append(_group_signup())
    poll(ctx, T0)
    confirmation = _to(smtp_server, address(0))[0]
    dovecot.append(mails.compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]),
                                 "Welche Daten haben Sie über mich gespeichert?\n",
                                 in_reply_to=confirmation["Message-ID"]).as_bytes())
    poll(ctx, T0 + timedelta(hours=1))

    [report] = _reports(smtp_server, address(0))
    with ctx.store.engine.begin() as conn:
        anna = conn.execute(select(t.attendees.c.code).where(t.attendees.c.email == address(0))).scalar_one()
        activity = conn.execute(select(t.activity.c.kind, t.activity.c.attendee_id, t.activity.c.detail)
                                .where(t.activity.c.kind == "access_report")).all()
    for part in (mails.name(0), anna, address(0), "Schleiz", "Teilnahme bestätigt", mails.name(2), mails.name(3),
                 "„Anmeldung Transferveranstaltung“", "„AW: Anmeldebestätigung", "Anmeldebestätigung (versandt)",
                 "90 Tage nach der Veranstaltung", "Montag, 18. August 2025"):
        assert part in report, part
    assert address(2) not in report  # a colleague's address is the colleague's, not Anna's
    assert activity == [("access_report", None, None)]
    assert not any("Auskunft" in str(m["Subject"]) or "gespeichert" in _text(m) for m in _to(smtp_server, ORGANISER))

    from mailbot.digest_job import gather, render
    d, records = gather(ctx, T0 + timedelta(days=1))
    text = render(d, records, ctx.event, T0 + timedelta(days=1), ctx.templates).text
    section = text.split("Auskunft über gespeicherte Daten erteilt (Art. 15 DSGVO): 1\n")[1].split("\n\n")[0]
    assert section.startswith("- ") and "Uhr – einer Person mitgeteilt" in section
    assert mails.name(0) not in section and address(0) not in section


def test_an_unproven_access_request_asks_the_registered_address_first(worker, dovecot, smtp_server):
    """A new mail asking for "Auskunft" (no answer to our mail, no code) sends no data: the registered address is
    asked; its answer "Auskunft bestätigt" brings the report, the request mail itself listed."""
    ctx = _ctx(worker, dovecot, smtp_server)
    dovecot.append(mails.signup(1).as_bytes())
    poll(ctx, T0)
    dovecot.append(mails.compose(address(1), mails.name(1), "Datenschutz",
                                 "Ich bitte um Auskunft über meine gespeicherten Daten nach Art. 15 DSGVO.\n").as_bytes())
    poll(ctx, T0 + timedelta(hours=1))
    assert _reports(smtp_server, address(1)) == []
    ask = _to(smtp_server, address(1))[-1]
    subject = str(ask["Subject"])
    assert subject.startswith("Bitte bestätigen: Auskunft über Ihre gespeicherten Daten")
    assert address(1) in _text(ask) and "Bauamt" not in _text(ask)

    dovecot.append(mails.compose(address(1), mails.name(1), "AW: " + subject, "Auskunft bestätigt\n",
                                 in_reply_to=ask["Message-ID"]).as_bytes())
    poll(ctx, T0 + timedelta(hours=2))
    [report] = _reports(smtp_server, address(1))
    assert mails.name(1) in report and "„Datenschutz“" in report and "Rückfrage zu dieser Auskunft" in report


@pytest.mark.parametrize("how", ["asks about her address", "quotes her code", "forges her From"])
def test_a_stranger_gets_nothing_of_someone_elses_data(how, worker, dovecot, smtp_server):
    """Whatever a stranger writes — Anna's address in the text, her code, her From with his Reply-To — no mail with
    her name, address or code reaches him; what he may get is about his own address."""
    ctx = _ctx(worker, dovecot, smtp_server)
    dovecot.append(mails.signup(0).as_bytes())
    poll(ctx, T0)
    with ctx.store.engine.begin() as conn:
        code = conn.execute(select(t.attendees.c.code)).scalar_one()
    body = {"asks about her address": f"Welche Daten haben Sie über {address(0)} gespeichert?\n",
            "quotes her code": f"Ich bitte um Auskunft über die gespeicherten Daten zu {code}.\n",
            "forges her From": "Ich bitte um Auskunft über meine gespeicherten Daten.\n"}[how]
    request = mails.compose(STRANGER, "Max Neugier", "Auskunft", body)
    if how == "forges her From":
        request.replace_header("From", address(0))
        request["Reply-To"] = STRANGER
    dovecot.append(request.as_bytes())
    poll(ctx, T0 + timedelta(hours=1))
    for ask in _to(smtp_server, STRANGER):  # he may confirm a request about his own address
        dovecot.append(mails.compose(STRANGER, "Max Neugier", "AW: " + str(ask["Subject"]), "Auskunft bestätigt\n",
                                     in_reply_to=ask["Message-ID"]).as_bytes())
    poll(ctx, T0 + timedelta(hours=2))

    got = _to(smtp_server, STRANGER)
    if how == "quotes her code":  # the code's registered address decides, not the stranger
        assert got == [] and str(_to(smtp_server, address(0))[-1]["Subject"]).startswith("Bitte bestätigen: Auskunft")
    else:
        assert len(_reports(smtp_server, STRANGER)) == 1
        assert "Zu Ihrer Adresse ist keine Anmeldung gespeichert." in _reports(smtp_server, STRANGER)[0]
    for msg in got:
        whole = msg.as_string()
        assert mails.name(0) not in whole and code not in whole and "Reichenbach" not in whole
    assert _reports(smtp_server, address(0)) == []
