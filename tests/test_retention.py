"""Personal data is deleted when the retention period after the event ends, and not before."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from mailbot.event import load_event
from mailbot.jobs import Context, import_mails, scheduled
from mailbot.settings import ImapSettings, Settings, SmtpSettings
from mailbot.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_purge_after_retention_period(database_url, tmp_path):
    """Until the retention period ends the registrations stay; right after it, they are gone."""
    event = load_event(ROOT / "config" / "event.toml")
    settings = Settings(database_url=database_url, outbox_dir=tmp_path / "outbox", imap=ImapSettings(),
                        smtp=SmtpSettings())
    ctx = Context.build(settings, event, Store(database_url))
    mails = [p.read_bytes() for p in sorted((ROOT / "examples" / "inbox").glob("*.eml"))[:3]]
    import_mails(ctx, mails, event.registration_deadline - timedelta(days=3))
    assert len(ctx.store.attendee_records()) >= 3

    scheduled(ctx, event.retention_ends() - timedelta(minutes=1))
    assert len(ctx.store.attendee_records()) >= 3

    scheduled(ctx, event.retention_ends() + timedelta(minutes=1))
    assert ctx.store.attendee_records(include_inactive=True) == []
    assert ctx.store.outbox_counts() == {}
    again = import_mails(ctx, mails[:1], event.retention_ends() + timedelta(hours=1))
    assert again.fetched == 0  # a re-delivered old mail is still recognised, not answered again
    ctx.store.close()


# ---- the mailbox and the outbox folder (issue 11, item 12) ---------------------------------------------

def _mail(n: int, sender: str, subject: str, body: str) -> bytes:
    return (f"From: {sender}\r\nTo: anmeldung@transferveranstaltung.example\r\nSubject: {subject}\r\n"
            f"Message-ID: <retention-{n}@x.example>\r\nDate: Mon, 05 May 2025 09:00:00 +0200\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


SIGNUP = "Guten Tag,\r\n\r\nich melde mich zur Transferveranstaltung an.\r\n\r\nPetra Hanke\r\nStadt Gera"
UNCLEAR = "Guten Tag,\r\n\r\nbitte rufen Sie mich wegen der Sache von neulich zurueck.\r\n\r\nK. Weber"
FOREIGN = (b"From: Chef <chef@ministerium.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
           b"Subject: Ablage\r\nMessage-ID: <by-hand@ministerium.example>\r\n\r\nvon Hand abgelegt\r\n")


def _bot_with_mail(worker, dovecot, tmp_path):
    """A worker on the test Dovecot whose sign-up went to Processed and whose unclear mail went to Review, beside
    a mail a person filed by hand in each folder and a file of their own in the outbox folder."""
    from mailbot.jobs import poll

    dovecot.append_many([_mail(1, "Petra Hanke <p.hanke@stadt-gera.example>", "Anmeldung", SIGNUP),
                         _mail(2, "Karl Weber <k.weber@stadt-gera.example>", "Rueckruf", UNCLEAR)])
    dovecot.append(FOREIGN, folder="Processed")
    dovecot.append(FOREIGN, folder="Review")
    ctx = worker(imap=dovecot.imap_settings())
    poll(ctx, ctx.event.registration_deadline - timedelta(days=3))
    assert len(dovecot.uids("Processed")) == 2 and len(dovecot.uids("Review")) == 2
    outbox = tmp_path / "outbox"
    assert list(outbox.glob("*.eml"))
    (outbox / "notizen.txt").write_text("von Hand")
    return ctx


def test_the_purge_empties_processed_review_and_the_outbox_folder(worker, dovecot, tmp_path, caplog):
    """After the retention period the mails the bot stored leave Processed and Review, the .eml files it wrote
    leave the outbox folder; what a person put there stays; one log line gives the counts and no address."""
    import logging

    ctx = _bot_with_mail(worker, dovecot, tmp_path)
    caplog.set_level(logging.INFO, logger="mailbot")
    scheduled(ctx, ctx.event.retention_ends() - timedelta(minutes=1))
    assert len(dovecot.uids("Processed")) == 2 and list((tmp_path / "outbox").glob("*.eml"))

    scheduled(ctx, ctx.event.retention_ends() + timedelta(minutes=1))
    assert dovecot.fetch_all("Processed") == [FOREIGN] and dovecot.fetch_all("Review") == [FOREIGN]
    assert sorted(p.name for p in (tmp_path / "outbox").iterdir()) == ["notizen.txt"]
    lines = [r.getMessage() for r in caplog.records if "purge" in r.getMessage()]
    assert len(lines) == 1 and "@" not in lines[0]
    assert "2 mail(s) from the mailbox" in lines[0] and "Processed 1, Review 1" in lines[0]

    scheduled(ctx, ctx.event.retention_ends() + timedelta(minutes=2))  # done once: nothing more to say
    assert len([r for r in caplog.records if "purge" in r.getMessage()]) == 1


def test_a_mailbox_that_is_down_is_purged_at_the_next_tick(worker, dovecot, tmp_path, caplog):
    """The IMAP server is down when the period ends: the database and the outbox are purged at once, the mailbox
    as soon as the server answers again, and until then the log says so (without the server's words about
    anyone)."""
    import logging

    from servers import free_port

    _bot_with_mail(worker, dovecot, tmp_path)
    down = worker(imap=dovecot.imap_settings(port=free_port()))
    caplog.set_level(logging.INFO, logger="mailbot")
    scheduled(down, down.event.retention_ends() + timedelta(minutes=1))
    assert down.store.attendee_records(include_inactive=True) == []
    assert len(dovecot.uids("Processed")) == 2
    assert any("mailbox" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)

    up = worker(imap=dovecot.imap_settings())
    scheduled(up, up.event.retention_ends() + timedelta(minutes=2))
    assert dovecot.fetch_all("Processed") == [FOREIGN] and dovecot.fetch_all("Review") == [FOREIGN]
