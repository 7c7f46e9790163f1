"""The whole loop on real servers: Dovecot in, the database in the middle, aiosmtpd out."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mailbot.event import Event, load_event
from mailbot.intake import Mailbox
from mailbot.jobs import fetch_new, move_handled, poll, process_all

ROOT = Path(__file__).resolve().parent.parent
INBOX = ROOT / "examples" / "inbox"
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")

pytestmark = pytest.mark.servers


def example_mails() -> list[bytes]:
    return [p.read_bytes() for p in sorted(INBOX.glob("*.eml"))]


def header(raw: bytes, name: str) -> str:
    return str(email.message_from_bytes(raw, policy=email.policy.default)[name])


@pytest.fixture
def event() -> Event:
    return load_event(ROOT / "config" / "event.toml")


@pytest.fixture
def make_ctx(worker, dovecot, smtp_server, event):
    """A worker wired to the test servers; each call is a fresh process on the same database."""
    return lambda: worker(event, imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())


def test_twenty_signups_get_one_confirmation_each(dovecot, smtp_server, make_ctx, event):
    """20 sign-ups in the inbox → one poll → 20 confirmations with the right headers, 20 stored, inbox empty."""
    mails = example_mails()
    assert len(mails) == 20
    dovecot.append_many(mails)
    ctx = make_ctx()

    report = poll(ctx, NOW)

    assert report.problems == []
    received = smtp_server.messages()
    assert len(received) == 20
    originals = {header(raw, "Message-ID"): raw for raw in mails}
    for msg in received:
        assert msg["From"].addresses[0].addr_spec == event.sender.address
        assert str(msg["Subject"]).startswith("Anmeldebestätigung")
        assert msg["In-Reply-To"] in originals
        assert msg["In-Reply-To"] in str(msg["References"])
        original = email.message_from_bytes(originals[msg["In-Reply-To"]], policy=email.policy.default)
        answer_to = (original["Reply-To"] or original["From"]).addresses[0].addr_spec.lower()
        assert msg["To"].addresses[0].addr_spec == answer_to
        assert msg["Auto-Submitted"] == "auto-replied"
        assert msg["Message-ID"].endswith("@" + event.sender.domain + ">")
        assert msg["Date"] is not None
        text = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        assert text.startswith("Vielen Dank für Ihre Anmeldung") or "Vielen Dank für Ihre Anmeldung" in text
        assert "Dienstag, 20. Mai 2025" in text
        assert event.programme.items[2].title in text
        assert event.parking.hints[0] in text
        assert "Vielen Dank für Ihre Anmeldung" in html
    assert len({msg["In-Reply-To"] for msg in received}) == 20
    registrations = {r.registration_id for r in ctx.store.attendee_records(include_inactive=True)}
    assert len(registrations) == 20
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Processed")) == 20

    second = poll(make_ctx(), NOW + timedelta(minutes=5))
    assert (second.fetched, second.sent) == (0, 0)
    assert len(smtp_server.received()) == 20


def test_crash_after_commit_before_move_loses_nothing_and_sends_once(dovecot, smtp_server, make_ctx):
    """A pass that died after committing but before moving: the next pass moves and sends each reply once."""
    dovecot.append_many(example_mails()[:6])
    ctx = make_ctx()
    with Mailbox(ctx.settings.imap) as box:
        assert fetch_new(ctx, box, NOW) == 6
        assert process_all(ctx, NOW) == 6
    # …the worker is killed here: nothing moved, nothing sent.
    assert len(dovecot.uids("INBOX")) == 6

    report = poll(make_ctx(), NOW + timedelta(minutes=1))

    assert report.fetched == 0
    assert len(smtp_server.received()) == 6
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Processed")) == 6
    poll(make_ctx(), NOW + timedelta(minutes=2))
    assert len(smtp_server.received()) == 6


def test_crash_before_sending_sends_each_reply_exactly_once(dovecot, smtp_server, make_ctx):
    """A pass that died after moving but before sending: the next pass sends each queued reply once."""
    dovecot.append_many(example_mails()[:5])
    ctx = make_ctx()
    with Mailbox(ctx.settings.imap) as box:
        fetch_new(ctx, box, NOW)
        process_all(ctx, NOW)
        assert move_handled(ctx, box) == 5
    assert smtp_server.received() == []

    poll(make_ctx(), NOW + timedelta(minutes=1))
    poll(make_ctx(), NOW + timedelta(minutes=2))

    recipients = sorted(r.rcpt_tos[0] for r in smtp_server.received())
    assert len(recipients) == 5 == len(set(recipients))


def test_mail_stuck_in_processing_is_taken_up_again(dovecot, smtp_server, make_ctx):
    """A worker that died while processing a mail leaves it claimed; after the timeout it is processed."""
    dovecot.append_many(example_mails()[:2])
    ctx = make_ctx()
    with Mailbox(ctx.settings.imap) as box:
        fetch_new(ctx, box, NOW)
    assert ctx.store.claim_inbound(NOW) is not None  # …and the worker dies holding this claim

    poll(make_ctx(), NOW + timedelta(minutes=1))
    assert len(smtp_server.received()) == 1
    poll(make_ctx(), NOW + timedelta(minutes=15))
    assert len(smtp_server.received()) == 2
    assert dovecot.uids("INBOX") == []


def test_smtp_down_keeps_replies_queued_until_it_is_back(dovecot, smtp_server, make_ctx):
    """SMTP unreachable: replies stay queued and the pass says so; a later pass sends them once."""
    dovecot.append_many(example_mails()[:4])
    smtp_server.stop()

    report = poll(make_ctx(), NOW)

    assert report.sent == 0 and report.retrying == 4
    assert report.problems and report.problems[0].startswith("SMTP")
    assert dovecot.uids("INBOX") == []  # the mails themselves are safe in the database
    smtp_server.start()
    early = poll(make_ctx(), NOW + timedelta(seconds=10))
    assert early.sent == 0  # backing off: not yet due
    later = poll(make_ctx(), NOW + timedelta(minutes=5))
    assert later.sent == 4
    assert len(smtp_server.received()) == 4
    poll(make_ctx(), NOW + timedelta(hours=1))
    assert len(smtp_server.received()) == 4


def test_uidvalidity_change_does_not_answer_again(dovecot, smtp_server, make_ctx):
    """The folder is recreated (new UIDVALIDITY) while processed mail is still in it: nothing is re-answered."""
    folder = "Anmeldungen"
    mails = example_mails()[:3]
    dovecot.append_many(mails, folder=folder)
    ctx = make_ctx()
    ctx.settings.imap.folder = folder
    with Mailbox(ctx.settings.imap) as box:
        fetch_new(ctx, box, NOW)
        process_all(ctx, NOW)
    with dovecot.connect() as client:  # the server loses the folder's state; the mails come back
        client.delete_folder(folder)
        client.create_folder(folder)
    dovecot.append_many(mails + example_mails()[3:4], folder=folder)

    again = make_ctx()
    again.settings.imap.folder = folder
    report = poll(again, NOW + timedelta(minutes=1))

    assert report.fetched == 1
    assert len(smtp_server.received()) == 4
    assert dovecot.uids(folder) == []
    assert len(dovecot.uids("Processed")) == 4


def test_mail_needing_a_person_goes_to_review(dovecot, smtp_server, make_ctx):
    """Mail the bot cannot act on is set aside in the Review folder; only the organisers hear of it, at once."""
    raw = (b"From: Somebody <somebody@example.org>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
           b"Subject: Newsletter\r\nMessage-ID: <odd-1@example.org>\r\n\r\nBuy our product.\r\n")
    dovecot.append(raw)

    poll(make_ctx(), NOW)

    assert [r.rcpt_tos for r in smtp_server.received()] == [("organisation@transferveranstaltung.example",)]
    assert str(smtp_server.messages()[0]["Subject"]).startswith("Zur Prüfung: Newsletter [#")
    assert len(dovecot.uids("Review")) == 1
    assert dovecot.uids("INBOX") == []


def test_mail_that_breaks_processing_is_set_aside_once(dovecot, smtp_server, make_ctx, tmp_path):
    """An error while processing one mail sets it aside for review with the reason; no crash loop, no reply."""
    from mailbot.replies import make_environment

    broken = tmp_path / "broken-templates"
    broken.mkdir()
    dovecot.append_many(example_mails()[:2])
    ctx = make_ctx()
    ctx.templates = make_environment(broken)  # every template is missing: rendering fails

    report = poll(ctx, NOW)

    assert report.processed == 2 and smtp_server.received() == []
    assert ctx.store.inbound_counts() == {"review": 2}
    assert len(dovecot.uids("Review")) == 2
    again = poll(make_ctx(), NOW + timedelta(minutes=30))
    assert again.processed == 0 and smtp_server.received() == []


def test_no_personal_data_in_logs(dovecot, smtp_server, make_ctx, caplog):
    """Even at DEBUG level, a whole pass logs no sender address, name or mail text."""
    import logging

    mails = example_mails()[:5]
    dovecot.append_many(mails)
    caplog.set_level(logging.DEBUG)

    poll(make_ctx(), NOW)

    assert len(smtp_server.received()) == 5
    ours = [r for r in caplog.records if not r.name.startswith("mail.log")]  # not the test SMTP server's own log
    logged = "\n".join(f"{r.name} {r.getMessage()}" for r in ours).lower()
    for raw in mails:
        sender = email.message_from_bytes(raw, policy=email.policy.default)["From"].addresses[0]
        assert sender.addr_spec.lower() not in logged
        assert sender.display_name.lower() not in logged or not sender.display_name
    assert "hiermit" not in logged and "anmeldung" not in logged
