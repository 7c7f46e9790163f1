"""Bad input through the whole loop: every mail gets an outcome, none is lost, nothing loops."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mailbot.jobs import poll

NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")

pytestmark = pytest.mark.servers

HEAD = b"To: anmeldung@transferveranstaltung.example\r\nDate: Mon, 05 May 2025 09:00:00 +0200\r\n"


def hostile_mails() -> dict[str, bytes]:
    nested = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(10_000))
    return {
        "huge": HEAD + b"From: a@huge.example\r\nMessage-ID: <h1@x>\r\nSubject: Anmeldung\r\n\r\n"
                + b"Hiermit melde ich mich an. " * 800_000,  # about 22 MB
        "nested": HEAD + b"From: b@nested.example\r\nMessage-ID: <h2@x>\r\nSubject: x\r\nMIME-Version: 1.0\r\n" + nested,
        "broken": HEAD + b"From: c@broken.example\r\nMessage-ID: <h3@x>\r\nContent-Type: multipart/alternative; "
                  b"boundary=\"nope\r\n\r\n--other\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n\xff\xfe\x00\r\n",
        "nul": HEAD + b"From: d@nul.example\r\nMessage-ID: <h4@x>\r\nSubject: \x00\x00\r\n\r\n\x00" * 3,
        "no-sender": HEAD + b"Message-ID: <h5@x>\r\nSubject: Anmeldung\r\n\r\nHiermit melde ich mich an.\r\n",
        "header-bomb": HEAD + b"From: e@bomb.example\r\nMessage-ID: <h6@x>\r\nSubject: " + b"A" * 200_000
                       + b"\r\nX-Evil: a\r\n\tBcc: victim@example.org\r\n\r\nHallo\r\n",
        "bad-from": HEAD + b"From: \"Eve\r\nBcc: victim@example.org\" <eve@@evil..example>\r\nMessage-ID: <h7@x>\r\n"
                    b"Subject: Anmeldung\r\n\r\nHiermit melde ich mich an.\r\n",
    }


def test_hostile_mails_each_get_an_outcome_and_nothing_loops(worker, dovecot, smtp_server):
    """Huge, deeply nested, broken, NUL-filled and header-bombed mails are processed or set aside; none stays."""
    mails = hostile_mails()
    dovecot.append_many(list(mails.values()))
    ctx = worker(imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings())

    report = poll(ctx, NOW)

    assert report.fetched == len(mails) and report.processed == len(mails)
    counts = ctx.store.inbound_counts()
    assert sum(counts.values()) == len(mails) and set(counts) <= {"done", "review", "ignored"}
    assert dovecot.uids("INBOX") == []
    moved = sum(len(dovecot.uids(f)) for f in ("Processed", "Review") if f in dovecot.folders())
    assert moved == len(mails)
    for received in smtp_server.received():
        assert "victim@example.org" not in received.rcpt_tos
    again = poll(worker(imap=dovecot.imap_settings(), smtp=smtp_server.smtp_settings()), NOW + timedelta(hours=1))
    assert again.processed == 0
