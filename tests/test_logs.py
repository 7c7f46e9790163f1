"""Logs: one line per mail (id, outcome, reason; never an address or content), JSON Lines unless stderr is a
terminal (or as forced), `-v` without the font manager's flood, and a poll summary that counts every mail sent."""

from __future__ import annotations

import email
import email.policy
import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot import cli, logs
from mailbot.cli import main
from mailbot.models import Decision

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "inbox").glob("*.eml"))


def _run(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(PYTHONPATH=str(ROOT), MPLCONFIGDIR=str(tmp_path / "mpl"),  # a cold font cache: the noisy case
               MAILBOT_EVENT_FILE=str(ROOT / "config" / "event.toml"))
    return subprocess.run([sys.executable, "-m", "mailbot", *argv], env=env, cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)


def _people() -> list[str]:
    """Every sender's display name and address in the example mails: none may reach the log."""
    found = []
    for path in EXAMPLES:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        found.extend(part.strip() for part in re.split(r"[<>\"]", str(msg["From"])) if len(part.strip()) > 3)
    return found


def test_verbose_demo_logs_json_lines_one_per_mail_without_people_or_font_lines(tmp_path):
    """`mailbot -v demo` with stderr not a terminal: every log line is JSON; each example mail has one line
    with its id, outcome and reason; no address, no sender's name, no matplotlib/PIL debug line."""
    done = _run(tmp_path, "-v", "demo", "--dir", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stderr[-2000:]
    records = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    assert records and all({"time", "level", "logger", "message"} <= set(r) for r in records)
    mails = [r for r in records if "mail_id" in r]
    assert len({r["mail_id"] for r in mails}) == len(mails) >= len(EXAMPLES)
    assert all(r["outcome"] and r["reason"] and r["message"].startswith(f"mail {r['mail_id']}: ") for r in mails)
    assert {r["outcome"] for r in mails} >= {"Confirm"}
    noisy = [r for r in records if r["logger"].startswith(logs.NOISY) and r["level"] == "DEBUG"]
    assert noisy == []
    assert "@" not in done.stderr
    for person in _people():
        assert person not in done.stderr, person


def test_log_format_text_is_forced_by_the_flag(tmp_path):
    """`--log-format text` writes text lines even where JSON would be chosen, the fields after the message."""
    done = _run(tmp_path, "--log-format", "text", "-v", "import", "-q", str(EXAMPLES[0]), "--now",
                "2025-05-05T10:00:00+02:00")
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    assert lines and not any(line.startswith("{") for line in lines)
    assert any(re.search(r" INFO mailbot\.jobs: mail 1: Confirm \(.+\)$", line) for line in lines), lines


def test_auto_format_follows_the_stream_and_the_setting_forces_json():
    """auto: text on a terminal, JSON elsewhere; `json` always JSON."""

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert logs.use_json("auto", io.StringIO()) and not logs.use_json("auto", Tty())
    assert logs.use_json("json", Tty()) and not logs.use_json("text", io.StringIO())
    stream = io.StringIO()
    logs.configure("INFO", "json", stream, force=True)
    try:
        logs.log_mail(logging.getLogger("mailbot.jobs"), 7, Decision(kind="Waitlist", reason="event full"))
    finally:
        logs.configure("WARNING", "auto", io.StringIO())  # leave no handler of ours pointing at the buffer
    record = json.loads(stream.getvalue().splitlines()[-1])
    assert record["mail_id"] == 7 and record["outcome"] == "Waitlist" and record["reason"] == "event full"


def test_reason_key_keeps_the_code_or_the_first_clause_without_addresses():
    """The logged reason is the review code, or the reason's first clause with address-like words dropped."""
    assert logs.reason_key(Decision(kind="NeedsReview", reason="Anna Schmidt asks …", code="unclear")) == "unclear"
    key = logs.reason_key(Decision(kind="DeskDone", reason="organiser anna@example.org: ANMELDEN Anna Schmidt"))
    assert key == "organiser"
    assert logs.reason_key(Decision(kind="Ignore", reason="auto reply (Out of office, bis 3.5.)")) == "auto reply"


@pytest.mark.servers
def test_poll_summary_counts_the_digest_sent_in_the_same_pass(tmp_path, monkeypatch, capsys, dovecot, smtp_server):
    """A poll whose scheduled part sends the organisers' digest counts it: the summary's `sent` equals what the
    SMTP server received."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    for key, value in (("HOST", dovecot.host), ("PORT", str(dovecot.port)), ("USERNAME", dovecot.user),
                       ("PASSWORD", dovecot.password), ("SECURITY", "plain")):
        monkeypatch.setenv(f"MAILBOT_IMAP__{key}", value)
    for key, value in (("HOST", smtp_server.host), ("PORT", str(smtp_server.port)), ("SECURITY", "plain")):
        monkeypatch.setenv(f"MAILBOT_SMTP__{key}", value)
    dovecot.append(EXAMPLES[0].read_bytes())
    assert main(["poll", "--init", "--now", "2025-05-05T10:00:00+02:00"]) == 0  # after the 07:00 digest time
    summary = capsys.readouterr().out.strip()
    subjects = [str(m["Subject"]) for m in smtp_server.messages()]
    assert len(subjects) == 2 and any("Anmeldebestätigung" in s for s in subjects)  # the reply and the digest
    assert "fetched 1, processed 1, moved 1, sent 2," in summary


def test_a_library_message_or_a_traceback_never_prints_an_address():
    """The formatters are the last net: whatever a library logs, or an exception quotes, the local part goes."""
    for json_lines in (True, False):
        stream = io.StringIO()
        logs.configure("INFO", "json" if json_lines else "text", stream=stream, force=True)
        try:
            raise RuntimeError("550 5.1.1 <lena.vogt@gemeinde-beispiel.example>: unknown")
        except RuntimeError:
            logging.getLogger("aiosmtplib").exception("refused %s", "jonas.beck@amt.example")
        text = stream.getvalue()
        assert "lena.vogt" not in text and "jonas.beck" not in text, text
        assert "…@gemeinde-beispiel.example" in text and "…@amt.example" in text
    logs.configure("WARNING", force=True)


def test_an_unexpected_error_prints_its_traceback_without_addresses(tmp_path, monkeypatch, capsys):
    def fails(args, settings):
        raise RuntimeError("server said <maria.koch@stadt.example> is unknown")

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(cli, "cmd_status", fails)
    assert cli.main(["status"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError" in err
    assert "maria.koch" not in err and "…@stadt.example" in err
