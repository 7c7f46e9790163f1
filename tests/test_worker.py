"""`mailbot run`, the long-running worker, as a real process against the test servers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = sorted((ROOT / "examples" / "inbox").glob("*.eml"))[0]

pytestmark = pytest.mark.servers


def wait_for(condition, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_run_answers_new_mail_and_stops_cleanly_on_sigterm(dovecot, smtp_server, tmp_path):
    """The worker answers a mail that arrives while it runs (IDLE wakes it) and exits 0 on SIGTERM."""
    env = {
        **os.environ,
        "MAILBOT_IMAP__HOST": dovecot.host, "MAILBOT_IMAP__PORT": str(dovecot.port),
        "MAILBOT_IMAP__USERNAME": dovecot.user, "MAILBOT_IMAP__PASSWORD": dovecot.password,
        "MAILBOT_IMAP__SECURITY": "plain",
        "MAILBOT_SMTP__HOST": smtp_server.host, "MAILBOT_SMTP__PORT": str(smtp_server.port),
        "MAILBOT_SMTP__SECURITY": "plain",
        "MAILBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite'}",
        "MAILBOT_EVENT_FILE": str(ROOT / "config" / "event.toml"),
        "MAILBOT_POLL_INTERVAL_SECONDS": "600",  # only IDLE can make it answer within the test
    }
    proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--init"], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        time.sleep(2)  # the first pass runs at start; the mail arrives afterwards
        dovecot.append(EXAMPLE.read_bytes())
        assert wait_for(lambda: len(smtp_server.received()) == 1), proc.stderr and "no reply sent"
        assert wait_for(lambda: dovecot.uids("INBOX") == [])
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert code == 0
    assert dovecot.password.encode() not in proc.stderr.read()
