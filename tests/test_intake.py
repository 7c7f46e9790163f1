"""The IMAP adapter against a real Dovecot on loopback."""

from __future__ import annotations

import threading
import time

import pytest

from mailbot.intake import FetchedMail, Mailbox, MailboxError, uid_set
from mailbot.settings import ImapSettings
from servers import ImapAccount, sample_mail

@pytest.mark.servers
def test_fetch_new_returns_all_mails_in_batches(dovecot: ImapAccount) -> None:
    """600 mails come back complete, in order, as batches of at most 200, byte for byte."""
    raws = [sample_mail(n) for n in range(600)]
    dovecot.append_many(raws)
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        batches = list(box.fetch_new(after_uid=0, batch_size=200))
    assert [len(b) for b in batches] == [200, 200, 200]
    mails = [m for b in batches for m in b]
    assert [m.uid for m in mails] == sorted(m.uid for m in mails)
    assert [m.raw for m in mails] == raws  # sample_mail writes CRLF, as IMAP stores it


@pytest.mark.servers
def test_fetch_uses_one_fetch_command_per_batch(dovecot: ImapAccount) -> None:
    """Fetching 450 mails in batches of 200 issues exactly three UID FETCH commands."""
    dovecot.append_many([sample_mail(n) for n in range(450)])
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        calls: list[int] = []
        real_fetch = box.client.fetch

        def counting_fetch(messages, data, modifiers=None):  # type: ignore[no-untyped-def]
            calls.append(len(messages))
            return real_fetch(messages, data, modifiers)

        box.client.fetch = counting_fetch  # type: ignore[method-assign]
        total = sum(len(b) for b in box.fetch_new(0, 200))
    assert total == 450
    assert calls == [200, 200, 50]


@pytest.mark.servers
def test_fetch_leaves_mail_unseen(dovecot: ImapAccount) -> None:
    """BODY.PEEK[] does not set \\Seen, so a failed run leaves the mail unread for people too."""
    dovecot.append_many([sample_mail(n) for n in range(3)])
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        assert sum(len(b) for b in box.fetch_new(0, 10)) == 3
    assert all(b"\\Seen" not in flags for flags in dovecot.flags().values())


@pytest.mark.servers
def test_fetch_new_after_uid(dovecot: ImapAccount) -> None:
    """Only mails above `after_uid` come back; after the last UID nothing does (not the last mail again)."""
    dovecot.append_many([sample_mail(n) for n in range(5)])
    uids = dovecot.uids()
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        later = [m.uid for b in box.fetch_new(uids[2], 100) for m in b]
        none = list(box.fetch_new(uids[-1], 100))
        assert box.all_uids() == uids
    assert later == uids[3:]
    assert none == []


@pytest.mark.servers
def test_select_returns_uidvalidity(dovecot: ImapAccount) -> None:
    """select() returns the folder's UIDVALIDITY, stable across sessions and distinct per folder."""
    dovecot.append(sample_mail(1), folder="Other")
    with Mailbox(dovecot.imap_settings()) as box:
        first = box.select("INBOX")
        other = box.select("Other")
    with Mailbox(dovecot.imap_settings()) as box:
        again = box.select("INBOX")
    assert isinstance(first, int) and first > 0
    assert first == again
    assert other != first


@pytest.mark.servers
def test_move_with_move_command(dovecot: ImapAccount) -> None:
    """move() puts the mails into a newly created folder and removes them from the inbox."""
    dovecot.append_many([sample_mail(n) for n in range(4)])
    uids = dovecot.uids()
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        assert box.has_move()
        box.ensure_folder("Processed")
        box.ensure_folder("Processed")  # idempotent
        box.move(uids[:3], "Processed")
        box.move(uids[:3], "Processed")  # already gone: no-op
    assert dovecot.uids() == uids[3:]
    assert len(dovecot.uids("Processed")) == 3
    assert "Processed" in dovecot.folders()


@pytest.mark.servers
def test_move_by_copy_fallback(dovecot: ImapAccount) -> None:
    """The COPY + \\Deleted + UID EXPUNGE path moves exactly the given mails and ignores vanished UIDs."""
    raws = [sample_mail(n) for n in range(4)]
    dovecot.append_many(raws)
    uids = dovecot.uids()
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        box.ensure_folder("Review")
        box.move_by_copy([uids[0], uids[2], 999_999], "Review")
        box.move_by_copy([uids[0]], "Review")  # already moved: no-op
    assert dovecot.uids() == [uids[1], uids[3]]
    assert sorted(dovecot.fetch_all("Review")) == sorted([raws[0], raws[2]])
    assert all(b"\\Deleted" not in f for f in dovecot.flags().values())


@pytest.mark.servers
def test_delete_removes_exactly_the_given_mails(dovecot: ImapAccount) -> None:
    """delete() (STORE \\Deleted + UID EXPUNGE) removes just these UIDs for good; a mail someone else flagged
    \\Deleted stays (only our UIDs are expunged), vanished UIDs and an empty list are no-ops."""
    raws = [sample_mail(n) for n in range(4)]
    dovecot.append_many(raws)
    uids = dovecot.uids()
    with dovecot.connect() as other:
        other.select_folder("INBOX")
        other.add_flags([uids[3]], [b"\\Deleted"])
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        box.delete([uids[0], uids[2], 999_999])
        box.delete([uids[0]])  # already gone
        box.delete([])
    assert dovecot.uids() == [uids[1], uids[3]]
    assert sorted(dovecot.fetch_all()) == sorted([raws[1], raws[3]])


@pytest.mark.servers
def test_idle_wakes_on_new_mail(dovecot: ImapAccount) -> None:
    """idle_wait returns True soon after another connection APPENDs a mail, and False on silence."""
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        assert box.has_idle()
        assert box.idle_wait(0.3) is False
        timer = threading.Timer(0.3, dovecot.append, args=(sample_mail(1),))
        timer.start()
        started = time.monotonic()
        try:
            woke = box.idle_wait(20)
        finally:
            timer.join()
        assert woke is True
        assert time.monotonic() - started < 15  # woke by the mail, not by the timeout
        assert [m.uid for b in box.fetch_new(0, 10) for m in b] == dovecot.uids()


@pytest.mark.servers
def test_idle_on_dead_connection_raises(dovecot: ImapAccount) -> None:
    """A connection that died does not look like a quiet mailbox: idle_wait raises MailboxError."""
    with Mailbox(dovecot.imap_settings(timeout=2.0)) as box:
        box.select("INBOX")
        box.client.socket().shutdown(2)  # the peer is gone as far as this client is concerned
        with pytest.raises(MailboxError):
            box.idle_wait(0.5)


@pytest.mark.servers
def test_tls_with_ca_file(dovecot: ImapAccount) -> None:
    """security=ssl verifies the server against the given CA file, and starttls works the same way."""
    for security in ("ssl", "starttls"):
        with Mailbox(dovecot.imap_settings(security), ca_file=dovecot.ca_file) as box:
            box.select("INBOX")
            assert box.all_uids() == []


@pytest.mark.servers
@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_without_ca_file_is_refused(dovecot: ImapAccount, security: str) -> None:
    """A self-signed certificate is rejected when its CA was not given: verification is on."""
    with pytest.raises(MailboxError, match="(?i)certificate"):
        with Mailbox(dovecot.imap_settings(security)):
            pass


@pytest.mark.servers
def test_fetch_new_on_empty_folder(dovecot: ImapAccount) -> None:
    """An empty inbox yields no batches (and no error from `UID 1:*`)."""
    with Mailbox(dovecot.imap_settings()) as box:
        box.select("INBOX")
        assert list(box.fetch_new(0, 200)) == []
        assert box.all_uids() == []


def test_plain_refused_for_remote_host() -> None:
    """security=plain to a non-loopback host is refused before any connection is made."""
    settings = ImapSettings(host="imap.example.org", port=143, username="u", password="p", security="plain")
    with pytest.raises(MailboxError, match="plain"):
        Mailbox(settings)


@pytest.mark.servers
def test_wrong_password_is_one_line_error_without_secret(dovecot: ImapAccount) -> None:
    """A failed login raises MailboxError with a one-line reason that does not contain the password."""
    settings = dovecot.imap_settings(password="not-the-password-xyz")
    with pytest.raises(MailboxError) as info:
        with Mailbox(settings):
            pass
    message = str(info.value)
    assert "\n" not in message
    assert "not-the-password-xyz" not in message


@pytest.mark.servers
def test_server_down_is_mailbox_error(dovecot: ImapAccount) -> None:
    """Nothing listening on the port gives MailboxError, not a raw socket error."""
    from servers import free_port

    with pytest.raises(MailboxError, match="cannot connect"):
        with Mailbox(dovecot.imap_settings(port=free_port())):
            pass


def test_uid_set_collapses_runs() -> None:
    """UID lists are sent as compact sequence sets."""
    assert uid_set([1, 2, 3, 7, 9, 10]) == "1:3,7,9:10"
    assert uid_set([5]) == "5"
    assert uid_set([]) == ""


def test_fetched_mail_is_a_value() -> None:
    """FetchedMail compares by value, so batches can be asserted on directly."""
    assert FetchedMail(1, b"x") == FetchedMail(1, b"x")
