"""`mailbot check --liveness`: the worker's heartbeat and the database, never a mail server; exit 0 or 1."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.liveness import PASS_LIMIT, STALE_AFTER, check_worker
from mailbot.scheduler import STOP_GRACE

ROOT = Path(__file__).resolve().parent.parent


def _env(tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    env.update(MAILBOT_DATABASE_URL=database_url, MAILBOT_OUTBOX_DIR=str(tmp_path / "outbox"),
               MAILBOT_EVENT_FILE=str(ROOT / "config" / "event.toml"),
               MAILBOT_HEARTBEAT_FILE=str(tmp_path / "beat.json"), PYTHONPATH=str(ROOT), **extra)
    return env


def _liveness(env: dict[str, str], cwd: Path) -> tuple[int, str, float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "mailbot", "check", "--liveness"], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=60)
    return done.returncode, done.stdout + done.stderr, time.monotonic() - started


@pytest.fixture
def silent_imap():
    """A port that takes connections and never says a word: any IMAP round trip to it hangs."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield listener.getsockname()[1]


def test_liveness_follows_the_worker_and_asks_no_mail_server(tmp_path, database_url, silent_imap):
    """While `mailbot run` lives, liveness passes fast even though IMAP hangs; after SIGTERM the worker exits 0
    (within its grace period, though its pass still waits for IMAP), removes its heartbeat, and liveness fails."""
    env = _env(tmp_path, database_url, MAILBOT_IMAP__HOST="127.0.0.1", MAILBOT_IMAP__PORT=str(silent_imap),
               MAILBOT_IMAP__SECURITY="plain", MAILBOT_IMAP__USERNAME="u", MAILBOT_IMAP__PASSWORD="p",
               MAILBOT_IMAP__TIMEOUT="120")
    worker = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--init"], env=env, cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "beat.json").exists():
            assert worker.poll() is None, worker.communicate()[0]
            assert time.monotonic() < deadline, "no heartbeat within 60 s"
            time.sleep(0.1)
        status, out, took = _liveness(env, tmp_path)
        assert status == 0, out
        assert f"ok    worker: pid {worker.pid}" in out and "ok    database: reachable" in out
        assert took < 15  # IMAP would take 120 s to time out: it was not asked
        worker.send_signal(signal.SIGTERM)
        stopping = time.monotonic()
        assert worker.wait(timeout=STOP_GRACE + 30) == 0
        assert time.monotonic() - stopping < STOP_GRACE + 10
        assert "stopping without the pass under way" in worker.communicate()[0]
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
    assert not (tmp_path / "beat.json").exists()
    status, out, _ = _liveness(env, tmp_path)
    assert status == 1 and "FAIL  worker: no heartbeat" in out


def _write_beat(path: Path, pid: int, at: float, pass_started: float | None = None) -> None:
    path.write_text(json.dumps({"pid": pid, "at": at, "pass_started": pass_started}))


def test_worker_check_fails_on_a_dead_pid_a_stale_beat_and_a_stuck_pass(tmp_path):
    """A heartbeat of a process that is gone, one too old, or a pass running too long is a failure."""
    beat = tmp_path / "beat.json"
    now = time.time()
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _write_beat(beat, gone.pid, now)
    assert check_worker(beat, now)[0] == "FAIL" and "not running" in check_worker(beat, now)[1]
    _write_beat(beat, os.getpid(), now - STALE_AFTER - 5)
    assert check_worker(beat, now) == ("FAIL", f"worker: pid {os.getpid()} has not beaten for "
                                               f"{STALE_AFTER + 5:.0f} s (hung?)")
    _write_beat(beat, os.getpid(), now - 1, pass_started=now - PASS_LIMIT - 1)
    assert "stuck in a pass" in check_worker(beat, now)[1]
    _write_beat(beat, os.getpid(), now - 1, pass_started=now - 60)
    assert check_worker(beat, now)[0] == "ok"
    beat.write_text("{not json")
    assert check_worker(beat, now)[0] == "FAIL"


def test_liveness_fails_without_a_database_and_creates_none(tmp_path, monkeypatch, capsys):
    """A SQLite file that does not exist fails the check and is not created; the exit status is 1."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'none' / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_HEARTBEAT_FILE", str(tmp_path / "beat.json"))
    _write_beat(tmp_path / "beat.json", os.getpid(), time.time())
    assert main(["check", "--liveness"]) == 1
    out = capsys.readouterr().out
    assert "ok    worker" in out and "FAIL  database: no database at" in out
    assert not (tmp_path / "none").exists()


def test_liveness_fails_fast_on_an_unreachable_postgresql(tmp_path, monkeypatch, capsys):
    """A PostgreSQL server that does not answer is a failure within seconds, with the host named, not the
    password."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"postgresql+psycopg://u:pw-secret@127.0.0.1:{port}/mailbot")
    monkeypatch.setenv("MAILBOT_HEARTBEAT_FILE", str(tmp_path / "beat.json"))
    started = time.monotonic()
    assert main(["check", "--liveness"]) == 1
    out = capsys.readouterr().out
    assert time.monotonic() - started < 10
    assert f"FAIL  database: cannot reach the database at 127.0.0.1:{port}/mailbot" in out
    assert "pw-secret" not in out
