"""`mailbot status`: last poll and send, outbox depth, oldest waiting mail, next jobs, read from the database
after real passes against Dovecot and aiosmtpd."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from servers import sample_mail

from mailbot.cli import main
from mailbot.event import load_event
from mailbot.status import next_jobs

ROOT = Path(__file__).resolve().parent.parent
EVENT = load_event(ROOT / "config" / "event.toml")
NOW = "2025-05-05T10:00:00+02:00"
LATER = "2025-05-05T10:30:00+02:00"


@pytest.fixture
def env(monkeypatch, tmp_path, database_url):
    monkeypatch.chdir(tmp_path)
    for key in ("MAILBOT_IMAP__HOST", "MAILBOT_SMTP__HOST"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", database_url)
    monkeypatch.setenv("MAILBOT_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    return monkeypatch


def _servers(env, dovecot, smtp_server):
    for key, value in (("HOST", dovecot.host), ("PORT", str(dovecot.port)), ("USERNAME", dovecot.user),
                       ("PASSWORD", dovecot.password), ("SECURITY", "plain")):
        env.setenv(f"MAILBOT_IMAP__{key}", value)
    for key, value in (("HOST", smtp_server.host), ("PORT", str(smtp_server.port)), ("SECURITY", "plain")):
        env.setenv(f"MAILBOT_SMTP__{key}", value)


def _status(capsys, now: str) -> tuple[str, dict]:
    capsys.readouterr()
    assert main(["status", "--now", now]) == 0
    text = capsys.readouterr().out
    assert main(["status", "--json", "--now", now]) == 0
    return text, json.loads(capsys.readouterr().out)


@pytest.mark.servers
def test_status_after_a_pass_shows_last_poll_last_send_and_next_jobs(env, capsys, dovecot, smtp_server):
    """After a poll that answered a sign-up: last poll and last send at that moment, nothing waiting, the next
    digest, reminder and purge listed."""
    _servers(env, dovecot, smtp_server)
    dovecot.append(sample_mail(1))
    assert main(["poll", "--init", "--now", NOW]) == 0
    text, data = _status(capsys, LATER)
    assert data["last_poll"] == "2025-05-05T08:00:00+00:00"
    assert data["last_send"] == data["last_poll"] and data["poll_failing_since"] is None
    assert data["outbox"]["waiting"] == 0 and data["outbox"]["sent"] >= 1 and data["oldest_waiting"] is None
    assert [j["name"] for j in data["next_jobs"]][:2] == ["digest of 2025-05-06", "reminders 7 days before"]
    assert data["next_jobs"][1]["at"] == "2025-05-13T09:00:00+02:00"
    assert "last poll       2025-05-05 10:00:00 CEST (30 min ago)" in text
    assert "outbox          0 waiting (0 queued, 0 retry, 0 sending)" in text
    assert "reminders 7 days before: 2025-05-13 09:00:00 CEST (in 7 days)" in text


@pytest.mark.servers
def test_status_shows_the_waiting_reply_and_the_imap_outage_since_its_start(env, capsys, dovecot, smtp_server):
    """SMTP refusing for a while leaves the confirmation waiting (oldest waiting, its error without the address,
    the next retry); an IMAP outage shows 'failing since' its first failed pass, until a pass gets through."""
    _servers(env, dovecot, smtp_server)
    dovecot.append(sample_mail(2))
    smtp_server.reject("anna.schmidt@stadt-schleiz.de", "451 4.3.0 anna.schmidt@stadt-schleiz.de try later")
    main(["poll", "--init", "--now", NOW])
    text, data = _status(capsys, LATER)
    assert data["outbox"]["waiting"] >= 1 and data["outbox"]["retry"] >= 1
    assert data["oldest_waiting"]["kind"] == "confirmation" and data["oldest_waiting"]["status"] == "retry"
    assert "451" in data["oldest_waiting"]["last_error"]
    assert "anna.schmidt" not in text and "anna.schmidt" not in json.dumps(data)
    assert "next retry of the outbox" in [j["name"] for j in data["next_jobs"]]

    env.setenv("MAILBOT_IMAP__PORT", "1")  # nothing listens there
    assert main(["poll", "--now", "2025-05-05T11:00:00+02:00"]) == 1
    assert main(["poll", "--now", "2025-05-05T11:20:00+02:00"]) == 1
    text, data = _status(capsys, "2025-05-05T11:30:00+02:00")
    assert data["poll_failing_since"] == "2025-05-05T09:00:00+00:00"  # the first failure, not the last
    assert data["poll_problem"].startswith("IMAP")
    assert "failing since 2025-05-05 11:00:00 CEST (30 min ago): IMAP" in text
    env.setenv("MAILBOT_IMAP__PORT", str(dovecot.port))
    smtp_server.handler.rejects.clear()
    assert main(["poll", "--now", "2025-05-05T11:40:00+02:00"]) == 0
    _, data = _status(capsys, "2025-05-05T11:45:00+02:00")
    assert data["poll_failing_since"] is None and data["last_poll"] == "2025-05-05T09:40:00+00:00"
    assert data["outbox"]["waiting"] == 0 and data["last_send"] == "2025-05-05T09:40:00+00:00"


def test_status_without_a_database_says_so(env, capsys):
    """On a database that does not exist, status creates nothing and exits 1 with the one-line reason."""
    env.setenv("MAILBOT_DATABASE_URL", "sqlite:///nowhere/db.sqlite")
    assert main(["status"]) == 1
    assert "no database at" in capsys.readouterr().err and not Path("nowhere").exists()


def test_next_jobs_follow_the_digest_markers_the_reminders_and_the_event():
    """Today's digest until it is done, then tomorrow's; none after the final report; no reminders once the
    event has begun; the purge until it is done."""
    morning = datetime.fromisoformat("2025-05-12T06:00:00+02:00")
    names = [j.name for j in next_jobs(EVENT, set(), None, morning)]
    assert names[:2] == ["digest of 2025-05-12", "reminders 7 days before"]
    noon = datetime.fromisoformat("2025-05-12T12:00:00+02:00")
    jobs = next_jobs(EVENT, set(), None, noon)
    assert jobs[0].name == "digest of 2025-05-12" and jobs[0].at is None  # due now: the worker was down at 7
    jobs = next_jobs(EVENT, {"digest:2025-05-12"}, None, noon)
    assert [j.name for j in jobs][:2] == ["digest of 2025-05-13", "reminders 7 days before"]
    assert jobs[0].at == datetime.fromisoformat("2025-05-13T07:00:00+02:00")
    after = datetime.fromisoformat("2025-05-22T12:00:00+02:00")
    names = [j.name for j in next_jobs(EVENT, {"digest:2025-05-21"}, None, after)]
    assert names == ["retention purge"]
    assert next_jobs(EVENT, {"digest:2025-05-21", "purge"}, None, after) == []
