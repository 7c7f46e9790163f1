"""The commands as INTERFACE.md promises them: output shapes, exit statuses, no side effects where promised."""

from __future__ import annotations

import csv
import io
import json
import mailbox
from pathlib import Path

import pytest

from mailbot.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "inbox").glob("*.eml"))
NOW = "2025-05-05T10:00:00+02:00"


@pytest.fixture
def env(monkeypatch, tmp_path):
    """A working directory with its own database and file outbox, no servers configured."""
    monkeypatch.chdir(tmp_path)
    for key in ("MAILBOT_IMAP__HOST", "MAILBOT_SMTP__HOST"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    return tmp_path


def test_parse_json_prints_one_contract_object_per_file(env, capsys):
    """`parse --json` prints JSON Lines with the contract's fields and touches no database."""
    assert main(["parse", "--json", str(EXAMPLES[0]), str(EXAMPLES[1])]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first["file"] == str(EXAMPLES[0])
    assert {"intent", "language", "attendees", "organisation", "organisation_type", "municipality",
            "needs_review", "missing"} <= set(first)
    assert first["intent"] == "registration"
    assert {"name", "email", "role"} <= set(first["attendees"][0])
    assert not (env / "db.sqlite").exists()


def test_parse_unreadable_file_exits_2(env, capsys):
    """A file that cannot be read gives exit status 2 and a message on stderr; the others are still parsed."""
    assert main(["parse", "--json", str(env / "missing.eml"), str(EXAMPLES[0])]) == 2
    captured = capsys.readouterr()
    assert "missing.eml" in captured.err
    assert len(captured.out.strip().splitlines()) == 1


def test_import_folder_then_list_registrations(env, capsys):
    """`import` of a folder answers through the file transport; `registrations` lists them as CSV and JSON."""
    assert main(["import", "-q", str(ROOT / "examples" / "inbox"), "--now", NOW]) == 0
    assert len(list((env / "outbox").glob("*.eml"))) == len(EXAMPLES)
    capsys.readouterr()
    assert main(["registrations", "--format", "json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert len(people) >= len(EXAMPLES) and all(p["status"] == "confirmed" for p in people)
    assert main(["registrations", "--format", "csv", "--output", str(env / "t.csv")]) == 0
    data = (env / "t.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: German Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Code", "Status"] and len(rows) == len(people) + 1


def test_import_same_mails_twice_answers_once(env):
    """Importing the same mails again stores and answers nothing new."""
    main(["import", "-q", str(EXAMPLES[0]), "--now", NOW])
    main(["import", "-q", str(EXAMPLES[0]), "--now", NOW])
    assert len(list((env / "outbox").glob("*.eml"))) == 1


def test_import_reads_mbox_and_maildir(env):
    """An mbox file and a Maildir are read like a folder of .eml files."""
    box = mailbox.mbox(env / "in.mbox")
    for path in EXAMPLES[:2]:
        box.add(mailbox.mboxMessage(path.read_bytes()))
    box.flush()
    maildir = mailbox.Maildir(env / "Maildir", create=True)
    for path in EXAMPLES[2:4]:
        maildir.add(mailbox.MaildirMessage(path.read_bytes()))
    assert main(["import", "-q", str(env / "in.mbox"), "--now", NOW]) == 0
    assert main(["import", "-q", str(env / "Maildir"), "--now", NOW]) == 0
    assert len(list((env / "outbox").glob("*.eml"))) == 4


def test_poll_with_imap_down_exits_1_with_one_line(env, capsys, monkeypatch):
    """`poll` that cannot reach IMAP exits 1 with a one-line reason on stderr."""
    monkeypatch.setenv("MAILBOT_IMAP__HOST", "127.0.0.1")
    monkeypatch.setenv("MAILBOT_IMAP__PORT", "1")
    monkeypatch.setenv("MAILBOT_IMAP__SECURITY", "plain")
    monkeypatch.setenv("MAILBOT_IMAP__USERNAME", "x")
    monkeypatch.setenv("MAILBOT_IMAP__PASSWORD", "secret-password")
    assert main(["poll", "--init", "--now", NOW]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("IMAP") and len(err.splitlines()) == 1
    assert "secret-password" not in err


def test_bad_now_is_refused(env, capsys):
    """`--now` without a UTC offset is refused with a clear message."""
    assert main(["poll", "--now", "2025-05-05T10:00:00"]) == 1
    assert "offset" in capsys.readouterr().err


def test_check_reports_example_content_and_missing_imap(env, capsys):
    """`check` validates the event file, warns about the example sections and reports IMAP not configured."""
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "warn  event file: [programme] still holds the shipped example content" in out
    assert "FAIL  IMAP: MAILBOT_IMAP__HOST is not set" in out
    assert "warn  database: no database at" in out and not (env / "db.sqlite").exists()  # creates nothing
    assert main(["init"]) == 0
    assert main(["check"]) == 1
    assert "database: reachable" in capsys.readouterr().out


def test_demo_runs_without_servers(env, capsys):
    """`demo` imports the examples, prints registrations, a confirmation and says where the files are."""
    assert main(["demo", "--dir", str(env / "demo")]) == 0
    out = capsys.readouterr().out
    assert "Anmeldebestätigung" in out and "Vielen Dank für Ihre Anmeldung" in out
    assert str(env / "demo" / "outbox") in out
    assert len(list((env / "demo" / "outbox").glob("*.eml"))) >= len(EXAMPLES)


@pytest.mark.servers
def test_check_connects_to_imap_and_smtp(env, capsys, monkeypatch, dovecot, smtp_server):
    """`check` logs in to the IMAP server and greets the SMTP server, one line each."""
    for key, value in (("HOST", dovecot.host), ("PORT", str(dovecot.port)), ("USERNAME", dovecot.user),
                       ("PASSWORD", dovecot.password), ("SECURITY", "plain")):
        monkeypatch.setenv(f"MAILBOT_IMAP__{key}", value)
    monkeypatch.setenv("MAILBOT_SMTP__HOST", smtp_server.host)
    monkeypatch.setenv("MAILBOT_SMTP__PORT", str(smtp_server.port))
    monkeypatch.setenv("MAILBOT_SMTP__SECURITY", "plain")
    assert main(["check"]) == 0  # the example content only warns
    out = capsys.readouterr().out
    assert f"ok    IMAP {dovecot.host}:{dovecot.port} (plain): logged in" in out
    assert f"ok    SMTP {smtp_server.host}:{smtp_server.port} (plain): connected" in out
    assert dovecot.password not in out
    smtp_server.stop()
    assert main(["check"]) == 1
    assert f"FAIL  SMTP {smtp_server.host}:{smtp_server.port}" in capsys.readouterr().out
