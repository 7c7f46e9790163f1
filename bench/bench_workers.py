"""1, 2 and 3 `mailbot run` workers on one PostgreSQL database and one inbox, side by side with the floor.

For each worker count: a fresh database, a fresh Dovecot mailbox holding N distinct sign-ups, N workers
started at once (real processes, the event moved 30 days ahead so the sign-ups are in time); measured
from the start until every mail is decided and every reply is accepted by Postfix's `smtp-sink`, then
the workers are stopped with SIGTERM. The floor is measured in the same run as in bench_burst.py (one IMAP
connection with UID FETCH of 500 UIDs, the same replies over one aiosmtplib connection).

    .venv/bin/python bench/bench_workers.py --database-url postgresql+psycopg://USER:PW@127.0.0.1/postgres \
        [--mails 2000] [--workers 1,2,3]

The time includes each worker's start-up (≈ 1 s of imports), the same for every count.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from bench_burst import fresh_postgres, imap_floor, load, queued_replies, smtp_floor, start_sink  # noqa: E402
from burst_mails import future_event, signup_mails  # noqa: E402


def progress(engine: Engine) -> tuple[int, int, int]:
    """(mails decided, replies accepted, replies in the outbox); on one connection kept for the run (a new one
    every tenth of a second would cost PostgreSQL a process start each time, on the workers' cores)."""
    from sqlalchemy import func, select

    from mailbot.store import tables as t

    with engine.connect() as conn:
        done = conn.execute(select(func.count()).select_from(t.inbound_mail)
                            .where(t.inbound_mail.c.status.in_(("done", "review", "ignored")))).scalar() or 0
        sent = conn.execute(select(func.count()).select_from(t.outbox)
                            .where(t.outbox.c.status == "sent")).scalar() or 0
        queued = conn.execute(select(func.count()).select_from(t.outbox)).scalar() or 0
    return done, sent, queued


def run_workers(count: int, account, database_url: str, event: Path, port: int, tmp: Path, mails: int) -> dict:
    imap = account.imap_settings()
    env = {**os.environ, "MAILBOT_DATABASE_URL": database_url, "MAILBOT_EVENT_FILE": str(event),
           "MAILBOT_POLL_INTERVAL_SECONDS": "5", "MAILBOT_IMAP__HOST": imap.host, "MAILBOT_IMAP__PORT": str(imap.port),
           "MAILBOT_IMAP__USERNAME": imap.username, "MAILBOT_IMAP__SECURITY": "plain",
           "MAILBOT_IMAP__PASSWORD": imap.password.get_secret_value(), "MAILBOT_SMTP__HOST": "127.0.0.1",
           "MAILBOT_SMTP__PORT": str(port), "MAILBOT_SMTP__SECURITY": "plain"}
    subprocess.run([sys.executable, "-m", "mailbot", "init"], env=env, cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "mailbot", "run"], env=env, cwd=tmp,
                              stdout=subprocess.DEVNULL, stderr=(tmp / f"w{count}-{k}.log").open("wb"))
             for k in range(count)]
    first = None
    engine = create_engine(database_url, pool_size=1)
    try:
        while True:
            done, sent, queued = progress(engine)
            if sent and first is None:
                first = time.perf_counter() - started
            if done >= mails and sent == queued:
                break
            if time.perf_counter() - started > 1800 or any(p.poll() is not None for p in procs):
                sys.exit(f"{count} worker(s): stuck at {done}/{mails} decided, {sent}/{queued} sent; logs in {tmp}")
            time.sleep(0.1)
        elapsed = time.perf_counter() - started
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(timeout=60)
        engine.dispose()
    return {"all": elapsed, "first": first, "replies": sent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--database-url", required=True, help="PostgreSQL server URL (fresh databases are made on it)")
    args = parser.parse_args()
    counts = [int(c) for c in args.workers.split(",")]

    from servers import DovecotServer, make_self_signed, temp_server_dir  # type: ignore[import-not-found]

    directory = temp_server_dir("mailbot-bench-workers-")
    tmp = Path(tempfile.mkdtemp(prefix="mailbot-bench-workers-"))
    server = DovecotServer(directory / "dovecot", make_self_signed(directory / "tls"))
    sink, port, sink_name = start_sink()
    server.start()
    event = future_event(tmp)
    raws = signup_mails(args.mails, 3000)
    results: dict[int, dict] = {}
    floor = None
    try:
        print(f"{args.mails} sign-ups; SMTP: {sink_name}; PostgreSQL; {load()}", flush=True)
        for count in counts:
            database_url, drop = fresh_postgres(args.database_url)
            try:
                account = server.add_user()
                account.append_many(raws)
                if floor is None:
                    imap_seconds, _ = imap_floor(account)
                results[count] = run_workers(count, account, database_url, event, port, tmp, args.mails)
                if floor is None:
                    smtp_seconds, _ = smtp_floor(port, "anmeldung@example.test", queued_replies(database_url))
                    floor = imap_seconds + smtp_seconds
                left = len(account.uids())
                print(f"{count} worker(s): {results[count]['all']:.1f} s, {results[count]['replies']} replies, "
                      f"{left} left in INBOX", flush=True)
            finally:
                drop()
        assert floor is not None
        base = results[counts[0]]["all"]
        print(f"\nafter: {load()}\n")
        print(f"| workers | every reply accepted | × floor ({floor:.2f} s) | speed-up vs {counts[0]} | first reply |")
        print("| ---: | ---: | ---: | ---: | ---: |")
        for count, r in results.items():
            print(f"| {count} | {r['all']:.1f} s | {r['all'] / floor:.1f}× | {base / r['all']:.2f}× | "
                  f"{r['first']:.1f} s |")
    finally:
        server.stop()
        sink.terminate()
        sink.wait(timeout=10)
        shutil.rmtree(directory, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
