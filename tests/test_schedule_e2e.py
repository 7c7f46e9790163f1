"""The schedule end to end through `mailbot poll --now …`: real Dovecot, real database, real aiosmtpd.

Every `mailbot` call below is a new process-like start (new Settings, Context and Store on the same
database), so "across two polls" is also "across a restart".
"""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import mails
import pytest
from mails import address

from mailbot import cli

ROOT = Path(__file__).resolve().parent.parent
ORGANISER = "organisation@transferveranstaltung.example"

pytestmark = pytest.mark.servers


def signup(i: int) -> bytes:
    return mails.signup(i, date="Mon, 12 May 2025 09:00:00 +0200").as_bytes()


class Bot:
    """Runs `mailbot …` against the test servers and reads what the SMTP server received, by kind."""

    def __init__(self, dovecot, smtp_server, event_file: Path) -> None:
        self.dovecot, self.smtp, self.event_file = dovecot, smtp_server, event_file

    def poll(self, now: str, *mails: bytes) -> None:
        if mails:
            self.dovecot.append_many(list(mails))
        assert cli.main(["poll", "--init", "--now", now]) == 0

    def mails(self, subject_start: str, to: str | None = None) -> list[EmailMessage]:
        return [m for m in self.smtp.messages() if str(m["Subject"]).startswith(subject_start)
                and (to is None or m["To"].addresses[0].addr_spec == to)]

    def edit_event(self, old: str, new: str) -> None:
        text = self.event_file.read_text(encoding="utf-8")
        assert old in text
        self.event_file.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def bot(dovecot, smtp_server, database_url, tmp_path, monkeypatch) -> Bot:
    """Environment for the CLI: the test Dovecot and aiosmtpd, the test database, an editable event file."""
    event_file = tmp_path / "event.toml"
    text = (ROOT / "config" / "event.toml").read_text(encoding="utf-8")
    assert "capacity = 120" in text and "registration_deadline = 2025-05-09T23:59:00+02:00" in text
    # 3 seats; sign-ups open until the day before, so late sign-ups meet the reminders' due times
    text = text.replace("capacity = 120", "capacity = 3").replace(
        "registration_deadline = 2025-05-09T23:59:00+02:00", "registration_deadline = 2025-05-19T12:00:00+02:00")
    event_file.write_text(text, encoding="utf-8")
    imap = dovecot.imap_settings()
    smtp = smtp_server.smtp_settings()
    monkeypatch.chdir(tmp_path)
    for key, value in {
        "IMAP__HOST": imap.host, "IMAP__PORT": imap.port, "IMAP__USERNAME": imap.username,
        "IMAP__PASSWORD": imap.password.get_secret_value(), "IMAP__SECURITY": "plain",
        "SMTP__HOST": smtp.host, "SMTP__PORT": smtp.port, "SMTP__SECURITY": "plain",
        "DATABASE_URL": database_url, "EVENT_FILE": event_file, "OUTBOX_DIR": tmp_path / "outbox",
    }.items():
        monkeypatch.setenv(f"MAILBOT_{key}", str(value))
    return Bot(dovecot, smtp_server, event_file)


def calendar(msg: EmailMessage) -> str:
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    return part.get_payload(decode=True).decode()


def uid(msg: EmailMessage) -> str:
    return next(line for line in calendar(msg).splitlines() if line.startswith("UID:"))


def test_digest_goes_out_once_a_day_across_polls_and_restarts(bot):
    """No digest before 07:00; one at the first poll after it; none at later polls that day; the next day one more."""
    bot.poll("2025-05-12T06:00:00+02:00", signup(0), signup(1))
    assert len(bot.mails("Anmeldebestätigung")) == 2 and bot.mails("Tagesübersicht") == []
    bot.poll("2025-05-12T07:30:00+02:00")
    bot.poll("2025-05-12T08:00:00+02:00")
    first = bot.mails("Tagesübersicht", ORGANISER)
    assert len(first) == 1
    assert "Anna Reichenbach" in first[0].get_body(("plain",)).get_content()
    assert {p.get_filename() for p in first[0].iter_attachments()} == {
        "anmeldungen-2025-05-12.csv", "anmeldungen-2025-05-12.xlsx"}

    bot.poll("2025-05-13T07:00:00+02:00")
    bot.poll("2025-05-13T07:01:00+02:00")
    digests = bot.mails("Tagesübersicht", ORGANISER)
    assert len(digests) == 2
    assert "nichts Neues" in digests[1].get_body(("plain",)).get_content()


def test_reminders_once_each_waitlist_note_and_calendar_uid(bot):
    """3 confirmed + 1 waitlisted: each confirmed gets the 7- and 1-day reminder once, the waitlisted one note."""
    bot.poll("2025-05-12T10:00:00+02:00", *(signup(i) for i in range(4)))
    bot.poll("2025-05-13T09:00:00+02:00")
    bot.poll("2025-05-13T09:30:00+02:00")
    reminders = bot.mails("Erinnerung")
    assert sorted(m["To"].addresses[0].addr_spec for m in reminders) == sorted(address(i) for i in range(3))
    assert [m["To"].addresses[0].addr_spec for m in bot.mails("Warteliste – aktueller Stand")] == [address(3)]
    confirmation = bot.mails("Anmeldebestätigung", address(0))[0]
    reminder = bot.mails("Erinnerung", address(0))[0]
    assert uid(reminder) == uid(confirmation) and "METHOD:REQUEST" in calendar(reminder)
    assert reminder["Auto-Submitted"] == "auto-generated"
    assert "in einer Woche" in reminder.get_body(("plain",)).get_content()

    bot.poll("2025-05-19T09:00:00+02:00")
    bot.poll("2025-05-19T18:00:00+02:00")
    assert len(bot.mails("Erinnerung")) == 6
    assert "morgen" in bot.mails("Erinnerung", address(0))[1].get_body(("plain",)).get_content()
    assert len(bot.mails("Warteliste – aktueller Stand")) == 1


def test_catch_up_after_downtime_and_late_registrations(bot):
    """Down at the due time: the reminder goes out late; someone registered after the due time does not get it."""
    bot.poll("2025-05-12T10:00:00+02:00", signup(0), signup(1))
    bot.poll("2025-05-13T12:00:00+02:00", signup(2))  # first poll after 09:00; Jens registers now
    assert sorted(m["To"].addresses[0].addr_spec for m in bot.mails("Erinnerung")) == sorted([address(0), address(1)])
    bot.poll("2025-05-19T15:00:00+02:00")  # down all week, back in the afternoon before the event
    assert len(bot.mails("Erinnerung", address(2))) == 1
    assert len(bot.mails("Erinnerung")) == 5


def test_no_reminder_after_the_event_began(bot):
    """A worker that comes back only after the event started sends no reminder at all."""
    bot.poll("2025-05-12T10:00:00+02:00", signup(0))
    bot.poll("2025-05-20T09:31:00+02:00")
    assert bot.mails("Erinnerung") == []


def test_event_change_sends_one_update_per_confirmed_attendee(bot, capsys):
    """A new start time: check announces it, each confirmed attendee gets one update with the same UID and SEQUENCE 1."""
    bot.poll("2025-05-12T10:00:00+02:00", *(signup(i) for i in range(4)))
    bot.edit_event('start_time = "09:30"', 'start_time = "10:00"')
    capsys.readouterr()
    cli.main(["check"])
    assert "would send 3 update mails" in capsys.readouterr().out

    bot.poll("2025-05-12T11:00:00+02:00")
    assert bot.mails("Wichtige Änderung") == []  # held: no mass mail before an organiser's OK
    [question] = bot.mails("Änderung an alle 3 Teilnehmenden senden?", ORGANISER)
    assert "Neuer Beginn: 10:00 Uhr" in question.get_body(("plain",)).get_content()
    bot.poll("2025-05-12T11:10:00+02:00")
    assert len(bot.mails("Änderung an alle")) == 1  # asked once per version
    ok = mails.compose(ORGANISER, "Organisation", f"AW: {question['Subject']}", "OK\n",
                       in_reply_to=str(question["Message-ID"])).as_bytes()
    bot.poll("2025-05-12T11:20:00+02:00", ok)
    bot.poll("2025-05-12T11:30:00+02:00")
    updates = bot.mails("Wichtige Änderung")
    assert sorted(m["To"].addresses[0].addr_spec for m in updates) == sorted(address(i) for i in range(3))
    update = bot.mails("Wichtige Änderung", address(0))[0]
    assert uid(update) == uid(bot.mails("Anmeldebestätigung", address(0))[0])
    assert "SEQUENCE:1" in calendar(update) and "T100000" in calendar(update)
    assert "Neuer Beginn: 10:00 Uhr (bisher 09:30 Uhr)" in update.get_body(("plain",)).get_content()

    bot.poll("2025-05-13T07:00:00+02:00")
    digest = bot.mails("Tagesübersicht", ORGANISER)[-1].get_body(("plain",)).get_content()
    assert "Änderungen an der Veranstaltung" in digest and "Neuer Beginn" in digest

    bot.edit_event('date = 2025-05-20', 'date = 2025-05-21')
    bot.poll("2025-05-13T08:00:00+02:00")
    assert len(bot.mails("Wichtige Änderung", address(0))) == 1  # the new version waits for its own OK
    capsys.readouterr()
    assert cli.main(["announce", "--now", "2025-05-13T08:05:00+02:00"]) == 0
    assert "3 update mails queued" in capsys.readouterr().out
    second = bot.mails("Wichtige Änderung", address(0))
    assert len(second) == 2 and "SEQUENCE:2" in calendar(second[1])
    assert "Neues Datum: Mittwoch, 21. Mai 2025" in second[1].get_body(("plain",)).get_content()
