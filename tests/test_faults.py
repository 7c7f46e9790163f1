"""Faults of the database and of the worker's own process, made real: a full disk, a lock, a killed worker.

No mocks: SQLite is filled up to its page limit or locked by a second connection, PostgreSQL's table
is locked past a lock timeout, workers are real processes that start together or are SIGKILLed.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.engine import make_url

from mailbot.digest_job import preview_text
from mailbot.jobs import poll, process_all, process_one
from mailbot.store import Store
from mailbot.store import tables as t
from mailbot.store.faults import RETRY_DELAYS, database_problem, fault_of, next_try
from mailbot.store.owner import is_dead, new_owner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "inbox").glob("*.eml"))
NOW = datetime.fromisoformat("2025-05-05T10:00:00+02:00")


def inbound(store: Store) -> list[dict]:
    c = t.inbound_mail.c
    with store.engine.begin() as conn:
        rows = conn.execute(select(c.id, c.status, c.attempts, c.next_attempt_at, c.last_fault, c.reason_code,
                                   c.claimed_by).order_by(c.id)).all()
    return [dict(r._mapping) for r in rows]


def import_example(store: Store, n: int = 0) -> None:
    raw = EXAMPLES[n].read_bytes()
    from mailbot.store import message_id_of
    assert store.record_imported(raw, message_id_of(raw), NOW)


def admin_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def database_fault(store: Store) -> Iterator[None]:
    """A real, passing database fault while the block runs.

    SQLite: the disk is full (the connections' `max_page_count` is the file's present size, after a
    VACUUM left no free pages). PostgreSQL: another session holds the attendees table locked past the
    database's `lock_timeout`, which is what a long migration or a stuck admin session does.
    """
    engine = store.engine
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()  # outside SQLAlchemy's transaction: VACUUM cannot run inside one
        try:
            raw.driver_connection.execute("VACUUM")
            pages = raw.driver_connection.execute("PRAGMA page_count").fetchone()[0]
        finally:
            raw.close()

        def full(dbapi_conn, _record) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

        event.listen(engine, "connect", full)
        engine.dispose()
        try:
            yield
        finally:
            event.remove(engine, "connect", full)
            engine.dispose()
        return
    import psycopg

    url = engine.url.render_as_string(hide_password=False)
    name = make_url(url).database
    with psycopg.connect(admin_url(url), autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE \"{name}\" SET lock_timeout = '300ms'")
    engine.dispose()
    holder = psycopg.connect(admin_url(url))
    holder.execute("LOCK TABLE attendees IN ACCESS EXCLUSIVE MODE")
    try:
        yield
    finally:
        holder.rollback()
        holder.close()
        with psycopg.connect(admin_url(url), autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE \"{name}\" RESET lock_timeout")
        engine.dispose()


# ---- 1. a passing database error is retried, not parked ------------------------------------------------

def test_a_passing_database_fault_retries_the_mail_with_back_off(worker, tmp_path):
    """Disk full (SQLite) or a lock timeout (PostgreSQL) while deciding: the mail waits and is answered later."""
    ctx = worker()
    import_example(ctx.store)
    with database_fault(ctx.store):
        poll(ctx, NOW)
    [row] = inbound(ctx.store)
    assert row["status"] == "new" and row["attempts"] == 1
    assert row["last_fault"] in ("disk_full", "locked")
    assert row["next_attempt_at"] == NOW + timedelta(seconds=RETRY_DELAYS[0])
    assert ctx.store.outbox_counts() == {}

    assert poll(ctx, NOW + timedelta(seconds=5)).processed == 0  # backing off
    report = poll(ctx, NOW + timedelta(seconds=RETRY_DELAYS[0]))
    assert report.processed == 1 and report.sent == 1
    assert inbound(ctx.store)[0]["status"] == "done"
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def test_a_database_restarted_while_the_worker_rests_costs_no_mail(worker, monkeypatch):
    """PostgreSQL restarted (its connections ended) between two passes: the pooled connections that rested are
    tested before use and replaced, and the next mail is answered at once, not retried later."""
    import psycopg

    from mailbot.store import store as store_module

    ctx = worker()
    if not ctx.store.is_postgres:
        pytest.skip("SQLite has no server whose restart ends the connections")
    monkeypatch.setattr(store_module, "PING_AFTER_REST", 0.05)
    import_example(ctx.store, 0)
    assert poll(ctx, NOW).processed == 1
    url = ctx.store.engine.url.render_as_string(hide_password=False)
    with psycopg.connect(admin_url(url), autocommit=True) as admin:
        ended = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                              "WHERE datname = %s AND pid <> pg_backend_pid()", (make_url(url).database,)).fetchone()[0]
    assert ended >= 1
    time.sleep(0.1)
    import_example(ctx.store, 1)
    report = poll(ctx, NOW)
    assert report.processed == 1 and report.sent == 1
    assert [(r["status"], r["attempts"]) for r in inbound(ctx.store)] == [("done", 0), ("done", 0)]


def test_the_same_fault_again_and_again_parks_the_mail_with_its_reason(worker):
    """After one failure more than there are delays, the mail is parked and the digest says it was the database."""
    ctx = worker()
    import_example(ctx.store)
    at = NOW
    with database_fault(ctx.store):
        for delay in (*RETRY_DELAYS, 0):
            poll(ctx, at)
            at += timedelta(seconds=delay)
    [row] = inbound(ctx.store)
    assert row["status"] == "review" and row["reason_code"] in ("db_disk_full", "db_locked")
    assert row["attempts"] == len(RETRY_DELAYS) + 1
    assert "Datenbank" in preview_text(ctx, at)


def test_a_pass_whose_fault_cannot_even_be_recorded_leaves_no_mail_stuck(worker, database_url, tmp_path):
    """SQLite locked by another program past the busy timeout: the pass fails; the next one answers the mail."""
    if not database_url.startswith("sqlite"):
        pytest.skip("SQLite's whole-file lock")
    ctx = worker()
    ctx.store.close()
    ctx.store = Store(database_url + "?timeout=0.2")
    import_example(ctx.store)
    row = ctx.store.claim_inbound(NOW)
    other = sqlite3.connect(make_url(database_url).database, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(Exception) as failed:
            process_one(ctx, row.id, row.raw, NOW)
        assert fault_of(failed.value) == "locked"
    finally:
        other.execute("COMMIT")
        other.close()
    report = poll(ctx, NOW + timedelta(seconds=1))
    assert report.processed == 1 and report.sent == 1
    assert [r["status"] for r in inbound(ctx.store)] == ["done"]
    ctx.store.close()


def test_retry_delays_grow_then_park():
    """The nth failure in a row waits the nth delay; one failure more than there are delays parks (None)."""
    assert [next_try(n, NOW) for n in range(1, len(RETRY_DELAYS) + 2)] == [
        *(NOW + timedelta(seconds=d) for d in RETRY_DELAYS), None]


def test_fault_kinds_of_real_errors(database_url):
    """The classifier sorts real driver errors: locked and disk full pass; a missing table does not."""
    store = Store(database_url)
    try:
        with store.engine.begin() as conn:
            conn.execute(text("SELECT * FROM no_such_table"))
    except Exception as exc:  # noqa: BLE001
        assert fault_of(exc) is None
    with database_fault(store):
        try:
            with store.engine.begin() as conn:
                conn.execute(t.attendees.select())
                conn.execute(t.outbox.insert().values(
                    dedupe_key="x", kind="x", recipient="x", message_id="x", raw=b"x" * 100_000, status="queued",
                    attempts=0, next_attempt_at=NOW, created_at=NOW))
        except Exception as exc:  # noqa: BLE001
            assert fault_of(exc) in ("disk_full", "locked")
            assert "database" in (database_problem(exc, database_url) or "")
        else:
            pytest.fail("the fault did not happen")
    store.close()


# ---- 2. `mailbot run` keeps listening after a failed pass ------------------------------------------------

@pytest.mark.servers
def test_run_goes_back_to_idle_after_a_failed_pass(dovecot, smtp_server, tmp_path):
    """A pass that fails (database locked) is logged; the next mail still wakes the worker at once."""
    db = tmp_path / "db.sqlite"
    log = tmp_path / "stderr.txt"
    env = {
        **os.environ,
        "MAILBOT_IMAP__HOST": dovecot.host, "MAILBOT_IMAP__PORT": str(dovecot.port),
        "MAILBOT_IMAP__USERNAME": dovecot.user, "MAILBOT_IMAP__PASSWORD": dovecot.password,
        "MAILBOT_IMAP__SECURITY": "plain",
        "MAILBOT_SMTP__HOST": smtp_server.host, "MAILBOT_SMTP__PORT": str(smtp_server.port),
        "MAILBOT_SMTP__SECURITY": "plain",
        "MAILBOT_DATABASE_URL": f"sqlite:///{db}?timeout=0.5",
        "MAILBOT_EVENT_FILE": str(ROOT / "config" / "event.toml"),
        "MAILBOT_POLL_INTERVAL_SECONDS": "600",  # only IDLE can make it answer within the test
    }
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "mailbot", "run", "--init"], env=env, cwd=tmp_path,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        assert wait_for(lambda: db.exists() and rows(db, "SELECT count(*) FROM mailbox_state") == 1)
        assert wait_for(lambda: "now watches the inbox" in log.read_text())  # IDLE is being set up
        time.sleep(1.5)  # the first pass is over, IDLE listening
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")
        dovecot.append(EXAMPLES[0].read_bytes())  # wakes a pass that cannot write
        failed = wait_for(lambda: "pass failed" in log.read_text(), timeout=10)
        other.execute("COMMIT")
        other.close()
        dovecot.append(EXAMPLES[1].read_bytes())  # IDLE must still be listening
        assert wait_for(lambda: len(smtp_server.received()) == 2, timeout=15), log.read_text()
        assert failed, log.read_text()
        assert "locked" in log.read_text()
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert "Traceback" not in log.read_text()


def wait_for(condition, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return True
        except sqlite3.Error:
            pass
        time.sleep(0.1)
    return False


def rows(db: Path, query: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(query).fetchone()[0])


# ---- 3. several workers at once on one database ------------------------------------------------------

OPEN_AT = """
import sys, time
from mailbot.store import Store
url, at = sys.argv[1], float(sys.argv[2])
time.sleep(max(0.0, at - time.time()))
Store(url).close()
"""


def test_workers_starting_at_once_on_an_empty_database_all_start(database_url):
    """Six processes open the store on an empty database in the same instant: migrations run once, none dies."""
    at = time.time() + 3
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_AT, database_url, str(at)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(6)]
    results = [(p.wait(timeout=60), p.stderr.read().decode()) for p in procs]
    assert [code for code, _ in results] == [0] * 6, "\n".join(err[-800:] for _, err in results)
    store = Store(database_url)
    with store.engine.begin() as conn:
        assert conn.execute(select(t.seat_lock.c.id)).scalars().all() == [1]
    store.close()


def test_two_pollers_recording_the_same_mail_at_once_both_succeed(database_url):
    """Two workers fetch the same batch at the same moment: no unique violation, each mail stored once."""
    stores = [Store(database_url), Store(database_url)]
    batch = [(n, f"Message-ID: <same{n}@example.org>\r\n\r\nHallo {n}\r\n".encode(), f"<same{n}@example.org>")
             for n in range(1, 61)]
    start = threading.Barrier(2)
    results: list[object] = []

    def fetch(store: Store) -> None:
        start.wait()
        try:
            results.append(store.record_fetched("INBOX", 1, batch, NOW))
        except Exception as exc:  # noqa: BLE001 - the test reports it
            results.append(exc)

    threads = [threading.Thread(target=fetch, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(isinstance(r, int) for r in results), results
    assert sum(results) == 60  # type: ignore[arg-type]
    assert stores[0].inbound_counts() == {"new": 60}
    assert stores[0].record_imported(batch[0][1], batch[0][2], NOW) is False
    for store in stores:
        store.close()


# ---- 4. claims of a killed worker are released at once ------------------------------------------------

CLAIM_AND_HANG = """
import sys, time
from datetime import datetime
from mailbot.store import Store
store = Store(sys.argv[1])
now = datetime.fromisoformat(sys.argv[2])
assert store.claim_inbound(now) is not None
assert len(store.claim_due(now, 10)) == 1
print("claimed", flush=True)
time.sleep(120)
"""


def test_claims_of_a_killed_worker_are_released_by_the_next_worker_at_once(worker, database_url, tmp_path):
    """A worker SIGKILLed holding a mail (processing) and a reply (sending): the next pass does both."""
    ctx = worker()
    import_example(ctx.store, 0)
    process_all(ctx, NOW)  # its confirmation is queued, not yet sent
    import_example(ctx.store, 1)
    proc = subprocess.Popen([sys.executable, "-c", CLAIM_AND_HANG, database_url, NOW.isoformat()], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline() == b"claimed\n", proc.stderr.read()
    assert {r["status"] for r in inbound(ctx.store)} == {"done", "processing"}
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    report = poll(worker(), NOW + timedelta(seconds=5))

    assert report.processed == 1 and report.sent == 2
    assert [r["status"] for r in inbound(ctx.store)] == ["done", "done"]
    assert ctx.store.outbox_counts() == {"sent": 2}


def test_an_owner_is_dead_only_when_provably_so():
    """Same host and pid but another start time is a reused pid (dead); another host is never judged."""
    me = new_owner()
    host, pid, start, tag = me.split(" ")
    assert not is_dead(me)
    assert is_dead(" ".join((host, pid, str(int(start) + 1), tag)))
    assert not is_dead(" ".join(("elsewhere", "999999999", start, tag)))
    assert not is_dead("written by an older version")


def test_claims_of_a_live_worker_are_left_alone(worker):
    """A claim whose owner still runs (another store in this very process) waits for the timeout."""
    ctx = worker()
    import_example(ctx.store)
    assert ctx.store.claim_inbound(NOW) is not None
    assert poll(worker(), NOW + timedelta(minutes=1)).processed == 0
    assert poll(worker(), NOW + timedelta(minutes=11)).processed == 1


# ---- 5. a read-only database: one line, no traceback ---------------------------------------------------

def test_read_only_database_gives_one_line_and_exit_1(tmp_path):
    """The CLI on a read-only SQLite file says so in one line, exits 1 and prints no traceback.

    The file and its folder are made read-only (chmod). Root ignores those bits, so as root the
    file is in addition opened read-only through SQLite's own URI parameter `mode=ro`.
    """
    folder = Path(tempfile.mkdtemp(prefix="mailbot-ro-"))
    db = folder / "mailbot.db"
    Store(f"sqlite:///{db}").close()
    db.chmod(0o444)
    folder.chmod(0o555)
    url = f"sqlite:///file:{db}?mode=ro&uri=true" if os.geteuid() == 0 else f"sqlite:///{db}"
    env = {**os.environ, "MAILBOT_DATABASE_URL": url, "MAILBOT_EVENT_FILE": str(ROOT / "config" / "event.toml"),
           "MAILBOT_OUTBOX_DIR": str(tmp_path / "outbox")}
    env.pop("MAILBOT_IMAP__HOST", None)
    try:
        done = subprocess.run([sys.executable, "-m", "mailbot", "import", "-q", str(EXAMPLES[0])], env=env,
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1
    assert lines == [f"mailbot: the database at {db} is read-only: check the permissions of the file and of its "
                     "folder"], done.stderr
