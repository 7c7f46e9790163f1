"""Erasure requests, issue 11 item 11 (Art. 17 DSGVO): recognised in German and English, with the proof of a
cancellation; then the person's data goes at once — attendee and registration rows, stored mails, queued mails, their
mails in the IMAP folders with the request itself — the seat goes to the waitlist, they get a confirmation, and only
a record without personal data remains."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta

import mails
import pytest
from mails import address
from sqlalchemy import select

from mailbot.jobs import Context, poll
from mailbot.message import parse
from mailbot.store import tables as t
from mailbot.understand import read

T0 = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
ORGANISER = "organisation@transferveranstaltung.example"


@pytest.mark.parametrize("text", [
    "Daten löschen",
    "Bitte löschen Sie meine Daten, ich komme nicht.",
    "Ich bitte um Löschung aller personenbezogenen Daten nach Art. 17 DSGVO.",
    "Please delete my data.",
])
def test_erasure_requests_are_cancellations_flagged_erasure(text):
    """Each wording is read as a cancellation with privacy "erasure" (INTERFACE's intents are fixed)."""
    u = read(parse(mails.compose(address(0), mails.name(0), "AW: Anmeldebestätigung", text).as_bytes()))
    assert (u.intent, u.privacy) == ("cancellation", "erasure")
    assert u.as_json()["privacy"] == "erasure"


@pytest.mark.parametrize("text", ["Bitte löschen Sie meine Anmeldung.", "Hiermit melde ich mich an.",
                                  "Leider muss ich absagen."])
def test_deleting_a_registration_is_no_erasure(text):
    """"löschen Sie meine Anmeldung" is a plain cancellation: only the data (or the article) makes an erasure."""
    assert read(parse(mails.compose(address(0), mails.name(0), "Anmeldung", text).as_bytes())).privacy is None


def _ctx(worker, dovecot, smtp_server, capacity: int = 1) -> Context:
    from mailbot.event import load_event
    from pathlib import Path

    event = load_event(Path(__file__).resolve().parent.parent / "config" / "event.toml")
    return worker(event.model_copy(update={"capacity": capacity}), imap=dovecot.imap_settings(),
                  smtp=smtp_server.smtp_settings())


def _to(smtp_server, who: str) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(r.raw, policy=email.policy.default)  # type: ignore[misc]
            for r in smtp_server.received() if who in r.rcpt_tos]


def _senders(dovecot, folder: str) -> list[str]:
    with dovecot.connect() as c:
        if not c.folder_exists(folder):
            return []
    return [str(email.message_from_bytes(raw)["From"]) for raw in dovecot.fetch_all(folder)]


def test_an_erasure_answering_our_mail_deletes_everything_and_promotes(worker, dovecot, smtp_server):
    """Anna (confirmed) answers her confirmation with "Daten löschen": her rows, mails (database and IMAP, the
    request included) and queued mails go; Thomas moves up from the waitlist; Anna gets a confirmation that is
    itself scrubbed once sent; the digest's activity has an erasure without a name; only a bare record stays."""
    ctx = _ctx(worker, dovecot, smtp_server)
    dovecot.append_many([mails.signup(0).as_bytes(), mails.signup(1).as_bytes()])
    poll(ctx, T0)
    confirmation = _to(smtp_server, address(0))[0]
    request = mails.compose(address(0), mails.name(0), "AW: " + str(confirmation["Subject"]), "Daten löschen\n",
                            in_reply_to=confirmation["Message-ID"]).as_bytes()
    dovecot.append(request)
    poll(ctx, T0 + timedelta(hours=1))
    poll(ctx, T0 + timedelta(hours=1, minutes=1))  # the pass after: the mailbox is clean

    with ctx.store.engine.begin() as conn:
        people = conn.execute(select(t.attendees.c.name, t.attendees.c.status)).all()
        registrations = conn.execute(select(t.registrations.c.sender_email)).scalars().all()
        raws = conn.execute(select(t.inbound_mail.c.raw)).scalars().all()
        outbox = conn.execute(select(t.outbox.c.kind, t.outbox.c.recipient, t.outbox.c.raw)).all()
        erasures = conn.execute(select(t.erasures)).all()
        activity = conn.execute(select(t.activity.c.kind, t.activity.c.detail)).all()
    assert [(p.name, p.status) for p in people] == [(mails.name(1), "confirmed")]
    assert registrations == [address(1)]
    assert not any(address(0).encode() in raw or mails.name(0).encode() in raw for raw in raws)
    assert not any(address(0) in o.recipient or address(0).encode() in o.raw for o in outbox)
    assert [o.kind for o in outbox if o.kind == "erased" and o.raw == b"" and o.recipient == ""] == ["erased"]
    assert len(erasures) == 1 and erasures[0].mail_keys is None and erasures[0].mailbox_done_at is not None
    assert ("erased", "2 mail(s)") in activity

    erased = _to(smtp_server, address(0))[-1]
    assert str(erased["Subject"]).startswith("Ihre Daten sind gelöscht")
    assert "nachgerückt" in _to(smtp_server, address(1))[-1].get_body(("plain",)).get_content()
    for folder in ("INBOX", "Processed", "Review"):
        assert not any(address(0) in s for s in _senders(dovecot, folder)), folder
    assert any(address(1) in s for s in _senders(dovecot, "Processed"))

    from mailbot.digest_job import gather, render
    d, records = gather(ctx, T0 + timedelta(days=1))
    text = render(d, records, ctx.event, T0 + timedelta(days=1), ctx.templates).text
    assert "Daten auf Wunsch gelöscht (Art. 17 DSGVO): 1" in text and mails.name(0) not in text


def test_an_unproven_erasure_asks_the_registered_address_first(worker, dovecot, smtp_server):
    """A new mail "Bitte löschen Sie meine Daten" (no answer to our mail, no code) deletes nothing; the registered
    address is asked; the answer to that question deletes."""
    ctx = _ctx(worker, dovecot, smtp_server, capacity=5)
    dovecot.append_many([mails.signup(2).as_bytes()])
    poll(ctx, T0)
    dovecot.append(mails.compose(address(2), mails.name(2), "Datenschutz",
                                 "Bitte löschen Sie meine Daten.\n").as_bytes())
    poll(ctx, T0 + timedelta(hours=1))
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.attendees.c.name)).scalars().all() == [mails.name(2)]
    ask = _to(smtp_server, address(2))[-1]
    subject = str(ask["Subject"])
    assert subject.startswith("Bitte bestätigen: Löschung Ihrer Daten")

    dovecot.append(mails.compose(address(2), mails.name(2), "AW: " + subject, "Löschung bestätigt\n",
                                 in_reply_to=ask["Message-ID"]).as_bytes())
    poll(ctx, T0 + timedelta(hours=2))
    poll(ctx, T0 + timedelta(hours=2, minutes=1))
    with ctx.store.engine.begin() as conn:
        assert conn.execute(select(t.attendees)).all() == []
        assert conn.execute(select(t.registrations)).all() == []
    for folder in ("INBOX", "Processed", "Review"):
        assert not any(address(2) in s for s in _senders(dovecot, folder)), folder
