"""Several `mailbot run` processes on one inbox: PostgreSQL shares the work, SQLite takes one worker.

Real processes against Dovecot, aiosmtpd and PostgreSQL; the one that holds the inbox watch is killed with SIGKILL
in the middle of a burst of 2 000 sign-ups, and another must take over.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select

from burst_mails import future_event, signup_mails
from conftest import _fresh_postgres_database
from servers import MailbotRun

ROOT = Path(__file__).resolve().parent.parent
BURST = 2000
ORGANISER = "organisation@transferveranstaltung.example"

pytestmark = pytest.mark.servers


@pytest.fixture
def postgres_url() -> Iterator[str]:
    server = os.environ.get("MAILBOT_TEST_POSTGRES_URL")
    if not server:
        pytest.skip("several workers need PostgreSQL: set MAILBOT_TEST_POSTGRES_URL (CI does)")
    yield from _fresh_postgres_database(server)


def worker_env(database_url: str, event: Path, dovecot: Any = None, smtp: Any = None) -> dict[str, str]:
    env = {**os.environ, "MAILBOT_DATABASE_URL": database_url, "MAILBOT_EVENT_FILE": str(event),
           "MAILBOT_POLL_INTERVAL_SECONDS": "5", "MAILBOT_LOG_LEVEL": "INFO"}
    if dovecot is not None:
        env |= {"MAILBOT_IMAP__HOST": dovecot.host, "MAILBOT_IMAP__PORT": str(dovecot.port),
                "MAILBOT_IMAP__USERNAME": dovecot.user, "MAILBOT_IMAP__PASSWORD": dovecot.password,
                "MAILBOT_IMAP__SECURITY": "plain"}
    if smtp is not None:
        env |= {"MAILBOT_SMTP__HOST": smtp.host, "MAILBOT_SMTP__PORT": str(smtp.port),
                "MAILBOT_SMTP__SECURITY": "plain"}
    return env


def wait_for(condition: Any, timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


WATCHING = "now watches the inbox"


def test_three_workers_share_a_burst_and_survive_the_watchers_death(dovecot, smtp_server, postgres_url, tmp_path):
    """2 000 sign-ups, three workers, the inbox watcher SIGKILLed mid-burst: another takes the watch within
    seconds, every mail is processed once, every sender answered (one reply at most twice: the crash's own
    SMTP window), the inbox emptied, today's digest sent once."""
    raws = signup_mails(BURST)
    senders = {email.message_from_bytes(raw, policy=email.policy.default)["From"].addresses[0].addr_spec.lower()
               for raw in raws}
    dovecot.append_many(raws)
    env = worker_env(postgres_url, future_event(tmp_path), dovecot, smtp_server)
    workers = [MailbotRun(env, tmp_path, f"w{k}") for k in range(3)]
    try:
        assert wait_for(lambda: sum(w.said(WATCHING) for w in workers) == 1, 60), "nobody took the inbox watch"
        holder = next(w for w in workers if w.said(WATCHING))
        assert wait_for(lambda: len(smtp_server.received()) >= BURST // 4, 300), "the burst was not answered"
        assert wait_for(lambda: any(w.said("(assisting)") for w in workers if w is not holder), 60), \
            "the other workers did not help"
        holder.proc.kill()
        killed_at = time.monotonic()
        rest = [w for w in workers if w is not holder]
        assert wait_for(lambda: any(w.said(WATCHING) for w in rest), 30), "nobody took over the inbox watch"
        takeover = time.monotonic() - killed_at
        assert takeover < 15

        def answered() -> set[str]:
            return {r.lower() for m in smtp_server.received() for r in m.rcpt_tos}

        assert wait_for(lambda: senders <= answered() and ORGANISER in answered(), 600), \
            f"{len(senders - answered())} senders unanswered"
        assert wait_for(lambda: dovecot.uids("INBOX") == [], 60), "the inbox was not emptied"
        codes = [w.stop() for w in rest]
    finally:
        for w in workers:
            if w.proc.poll() is None:
                w.proc.kill()
    assert codes == [0, 0]

    engine = create_engine(postgres_url)
    with engine.connect() as conn:
        from mailbot.store import tables as t

        statuses = dict(conn.execute(select(t.inbound_mail.c.status, func.count()).group_by(t.inbound_mail.c.status)).all())
        registrations = conn.execute(select(func.count()).select_from(t.registrations)).scalar()
        outbox = conn.execute(select(t.outbox.c.kind, t.outbox.c.message_id, t.outbox.c.status)).all()
    engine.dispose()
    assert statuses == {"done": BURST}
    assert registrations == BURST  # one per mail: nobody processed a mail twice
    assert {status for _, _, status in outbox} == {"sent"}
    sent = Counter(email.message_from_bytes(m.raw, policy=email.policy.default)["Message-ID"]
                   for m in smtp_server.received())
    assert set(sent) == {mid for _, mid, _ in outbox}
    assert sum(n - 1 for n in sent.values()) <= 1  # the one mail the SIGKILL may catch between 250 and commit
    digests = [mid for kind, mid, _ in outbox if kind == "digest"]
    assert len(digests) == 1 and sent[digests[0]] == 1
    print(f"takeover after the kill: {takeover:.1f} s; replies sent twice: {sum(n - 1 for n in sent.values())}")


def test_a_second_worker_on_one_sqlite_database_is_refused(tmp_path):
    """SQLite serialises writers: a second `run` would only race the first for the same mails, so it says why
    it will not start; once the first has stopped, a new one starts."""
    env = worker_env(f"sqlite:///{tmp_path / 'db.sqlite'}", ROOT / "config" / "event.toml")
    first = MailbotRun(env, tmp_path, "first")
    try:
        assert wait_for(lambda: first.said("worker started"), 30)
        second = subprocess.run([sys.executable, "-m", "mailbot", "--log-format", "text", "run"], env=env,
                                cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert second.returncode == 1
        assert "SQLite takes one worker" in second.stderr
        assert f"pid {first.proc.pid}" in second.stderr
        assert "db.sqlite" in second.stderr
    finally:
        assert first.stop() == 0
    again = MailbotRun(env, tmp_path, "again")
    try:
        assert wait_for(lambda: again.said("worker started"), 30)
    finally:
        assert again.stop() == 0

