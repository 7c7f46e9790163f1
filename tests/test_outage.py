"""Outage notices: IMAP or SMTP unreachable longer than the configured time → one WARNING line and one mail to
the organisers (when SMTP works), and one each when it is over. The clock is `--now`: passes at chosen moments."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from servers import sample_mail

from mailbot.cli import main
from mailbot.outage import LAST_SEND_OK, SEND_FAILED, TOLD, changes
from mailbot.store.status import LAST_POLL, POLL_FAILED, Moment

ROOT = Path(__file__).resolve().parent.parent
ORGANISER = "organisation@transferveranstaltung.example"
DAY = "2025-05-05T{}:00+02:00"  # before the 07:00 digest: no digest mail in the way


@pytest.fixture
def env(monkeypatch, tmp_path, dovecot, smtp_server):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    for key, value in (("HOST", dovecot.host), ("PORT", str(dovecot.port)), ("USERNAME", dovecot.user),
                       ("PASSWORD", dovecot.password), ("SECURITY", "plain")):
        monkeypatch.setenv(f"MAILBOT_IMAP__{key}", value)
    for key, value in (("HOST", smtp_server.host), ("PORT", str(smtp_server.port)), ("SECURITY", "plain")):
        monkeypatch.setenv(f"MAILBOT_SMTP__{key}", value)
    assert main(["init"]) == 0
    return monkeypatch


def _warnings(caplog) -> list[str]:
    found = [r.getMessage() for r in caplog.records if r.name == "mailbot.outage" and r.levelno == logging.WARNING]
    caplog.clear()
    return found


def _to_organisers(smtp_server) -> list[str]:
    return [str(m["Subject"]) for m in smtp_server.messages() if ORGANISER in str(m["To"])]


@pytest.mark.servers
def test_imap_outage_is_told_once_after_30_minutes_and_once_when_over(env, caplog, dovecot, smtp_server):
    """Failing passes at 05:00 and 05:20 say nothing; at 05:31 one WARNING and one mail; at 05:45 nothing more;
    the first pass that reaches the inbox again says it is over, once, by log and by mail."""
    caplog.set_level(logging.WARNING)
    env.setenv("MAILBOT_IMAP__PORT", "1")  # nothing listens there
    for t in ("05:00", "05:20"):
        assert main(["poll", "--now", DAY.format(t)]) == 1
    assert _warnings(caplog) == [] and _to_organisers(smtp_server) == []
    main(["poll", "--now", DAY.format("05:31")])
    warned = _warnings(caplog)
    assert len(warned) == 1 and warned[0].startswith("IMAP unreachable for 31 min (since 2025-05-05T03:00:00")
    assert _to_organisers(smtp_server) == [
        "Störung: der Posteingang (IMAP) ist seit 05:00 Uhr nicht erreichbar – 9. Transferveranstaltung"]
    body = smtp_server.messages()[-1].get_content()
    assert "05.05.2025, 05:00 Uhr" in body and "Letzte Fehlermeldung: IMAP" in body
    main(["poll", "--now", DAY.format("05:45")])
    assert _warnings(caplog) == [] and len(_to_organisers(smtp_server)) == 1

    env.setenv("MAILBOT_IMAP__PORT", str(dovecot.port))
    assert main(["poll", "--now", DAY.format("05:50")]) == 0
    assert _warnings(caplog) == ["IMAP reachable again after an outage of 50 min"]
    assert _to_organisers(smtp_server)[1].startswith("Behoben: der Posteingang (IMAP) ist wieder erreichbar")
    assert "vom 05.05.2025, 05:00 Uhr bis zum 05.05.2025, 05:50 Uhr" in smtp_server.messages()[-1].get_content()
    main(["poll", "--now", DAY.format("06:00")])
    assert _warnings(caplog) == [] and len(_to_organisers(smtp_server)) == 2


@pytest.mark.servers
def test_smtp_outage_is_logged_not_mailed_and_its_end_is_mailed(env, caplog, dovecot, smtp_server):
    """With SMTP down the notice can only be a WARNING line (no mail is queued for later); once a mail goes out
    again the end is logged and mailed, in the same pass as the delayed confirmation."""
    caplog.set_level(logging.WARNING)
    smtp_server.stop()
    dovecot.append(sample_mail(1))
    assert main(["poll", "--now", DAY.format("05:00")]) == 1
    assert main(["poll", "--now", DAY.format("05:10")]) == 1
    assert _warnings(caplog) == []
    main(["poll", "--now", DAY.format("05:31")])
    warned = _warnings(caplog)
    assert len(warned) == 1 and warned[0].startswith("SMTP unreachable for 31 min")
    smtp_server.start()
    main(["poll", "--now", DAY.format("05:50")])  # the retry after the third failure is due at 05:46
    assert _warnings(caplog) == ["SMTP reachable again after an outage of 50 min"]
    subjects = [str(m["Subject"]) for m in smtp_server.messages()]
    assert any(s.startswith("Anmeldebestätigung") for s in subjects)
    assert _to_organisers(smtp_server) == [
        "Behoben: der Postausgang (SMTP) ist wieder erreichbar – 9. Transferveranstaltung"]


def test_the_threshold_is_the_setting_and_a_told_outage_is_not_told_again():
    """changes() with a 10-minute threshold: due at 10 minutes, not before; not again once told; over when the
    service worked after the failure began."""
    t0 = datetime.fromisoformat("2025-05-05T05:00:00+02:00")
    failing = {LAST_POLL: Moment(t0 - timedelta(hours=1)), POLL_FAILED: Moment(t0, "IMAP: refused")}
    assert changes(failing, timedelta(minutes=10), t0 + timedelta(minutes=9)) == []
    [change] = changes(failing, timedelta(minutes=10), t0 + timedelta(minutes=10))
    assert (change.service, change.since, change.over) == ("IMAP", t0, False)
    told = {**failing, TOLD + "IMAP": Moment(t0)}
    assert changes(told, timedelta(minutes=10), t0 + timedelta(hours=2)) == []
    over = {**told, LAST_POLL: Moment(t0 + timedelta(minutes=50))}
    [change] = changes(over, timedelta(minutes=10), t0 + timedelta(hours=1))
    assert change.over and change.until == t0 + timedelta(minutes=50)
    smtp = {LAST_SEND_OK: Moment(t0 - timedelta(days=1)), SEND_FAILED: Moment(t0, "SMTP: refused")}
    assert [c.service for c in changes(smtp, timedelta(minutes=30), t0 + timedelta(minutes=30))] == ["SMTP"]
