"""`mailbot run --metrics-port N`: Prometheus metrics of a real worker that answered a sign-up."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from servers import free_port, sample_mail

ROOT = Path(__file__).resolve().parent.parent


def _future_event(directory: Path) -> Path:
    """The shipped event 90 days ahead: the worker runs on the real clock, before the deadline."""
    text = (ROOT / "config" / "event.toml").read_text(encoding="utf-8")
    day = date.today() + timedelta(days=90)
    text = re.sub(r"(?m)^date = \d{4}-\d{2}-\d{2}", f"date = {day.isoformat()}", text)
    text = re.sub(r"(?m)^registration_deadline = \d{4}-\d{2}-\d{2}",
                  f"registration_deadline = {(day - timedelta(days=10)).isoformat()}", text)
    (directory / "event.toml").write_text(text, encoding="utf-8")
    return directory / "event.toml"


def _scrape(port: int) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    text = urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


@pytest.mark.servers
def test_worker_serves_mails_by_outcome_replies_outbox_last_success_and_pass_duration(tmp_path, database_url,
                                                                                       dovecot, smtp_server):
    """After the worker answered a sign-up, /metrics says: one Confirm, one reply sent, nothing waiting, when
    the last poll and send were, how long passes took; and no address appears anywhere in it."""
    dovecot.append(sample_mail(1))
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(PYTHONPATH=str(ROOT), MAILBOT_DATABASE_URL=database_url,
               MAILBOT_EVENT_FILE=str(_future_event(tmp_path)),
               MAILBOT_HEARTBEAT_FILE=str(tmp_path / "beat"), MAILBOT_IMAP__HOST=dovecot.host,
               MAILBOT_IMAP__PORT=str(dovecot.port), MAILBOT_IMAP__USERNAME=dovecot.user,
               MAILBOT_IMAP__PASSWORD=dovecot.password, MAILBOT_IMAP__SECURITY="plain",
               MAILBOT_SMTP__HOST=smtp_server.host, MAILBOT_SMTP__PORT=str(smtp_server.port),
               MAILBOT_SMTP__SECURITY="plain")
    worker = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--init", "--metrics-port", str(port)],
                              env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        samples: dict = {}
        while time.monotonic() < deadline:
            assert worker.poll() is None, worker.communicate()[0][-2000:]
            try:
                samples = _scrape(port)
            except OSError:
                samples = {}
            if samples.get(("mailbot_pass_duration_seconds_count", ())) and smtp_server.messages():
                break
            time.sleep(0.3)
        assert smtp_server.messages(), "no reply within 60 s"
        assert samples[("mailbot_database_up", ())] == 1
        assert samples[("mailbot_mails_total", (("outcome", "Confirm"),))] == 1
        assert samples[("mailbot_replies_total", (("result", "sent"),))] >= 1
        assert samples[("mailbot_replies_total", (("result", "failed"),))] == 0
        assert samples[("mailbot_outbox_depth", ())] == 0
        last_poll = samples[("mailbot_last_success_timestamp_seconds", (("what", "poll"),))]
        last_send = samples[("mailbot_last_success_timestamp_seconds", (("what", "send"),))]
        assert abs(last_poll - time.time()) < 120 and abs(last_send - time.time()) < 120
        assert samples[("mailbot_pass_duration_seconds_count", ())] >= 1
        assert samples[("mailbot_pass_duration_seconds_sum", ())] > 0
        assert "@" not in urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10).read().decode()
        worker.send_signal(signal.SIGTERM)
        assert worker.wait(timeout=40) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
