"""A burst of sign-ups through one `poll` pass, side by side with the protocol floor in the same run.

Puts N distinct sign-up mails (the example inbox, with fresh Message-IDs and senders) into a private
Dovecot on loopback, then runs one `jobs.poll` pass in a child process (so its peak RSS is the pass's
own) against Postfix's `smtp-sink`, and measures the floor in the same run:

  - IMAP floor: one connection, `UID FETCH` of 500 UIDs per command (`BODY.PEEK[]`) of the same mails;
  - SMTP floor: the replies the pass queued, sent again over one aiosmtplib connection to the same sink.

Prints: time until every reply is accepted by the SMTP server, time to the first confirmation, the
whole pass, peak RSS of the pass, processing rate at the start and at the end of the burst (first and
last tenth of the mails), mails left in the inbox, and the ratios to the floor (IMAP + SMTP).

    .venv/bin/python bench/bench_burst.py [--mails 2000] [--database-url URL] [--profile FILE]

Without Postfix's smtp-sink (`apt-get install postfix`), it falls back to aiosmtpd's Sink in a separate
process and says so: aiosmtpd is itself Python and slower, so the floor is then higher.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

NOW = "2025-05-05T10:00:00+02:00"
SINK_CANDIDATES = ("/usr/sbin/smtp-sink", "/usr/bin/smtp-sink")


from burst_mails import signup_mails  # noqa: E402  # tests/burst_mails.py: also the multi-worker test's burst


# ---- servers ---------------------------------------------------------------------------------------

def start_sink() -> tuple[subprocess.Popen, int, str]:
    from servers import HOST, free_port, wait_for_port  # type: ignore[import-not-found]

    port = free_port()
    binary = next((p for p in SINK_CANDIDATES if Path(p).exists()), shutil.which("smtp-sink"))
    if binary:
        command = [binary, "-c", f"{HOST}:{port}", "1000"]
        if os.geteuid() == 0:
            command[1:1] = ["-u", "nobody"]
        name = "Postfix smtp-sink"
    else:
        command = [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"{HOST}:{port}", "-c", "aiosmtpd.handlers.Sink"]
        name = "aiosmtpd Sink (smtp-sink not installed: the floor is higher than with Postfix's)"
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(port, proc=process)
    return process, port, name


def imap_floor(account: Any) -> tuple[float, int]:
    """One connection, UID FETCH of 500 UIDs per command, read-only: the fastest the mails can be read."""
    started = time.perf_counter()
    with account.connect() as client:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        got = 0
        for start in range(0, len(uids), 500):
            data = client.fetch(uids[start:start + 500], ["BODY.PEEK[]"])
            got += sum(len(v[b"BODY[]"]) > 0 for v in data.values())
    return time.perf_counter() - started, got


async def _send_all(port: int, sender: str, mails: Sequence[tuple[str, bytes]]) -> int:
    import aiosmtplib

    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, local_hostname="bench")
    await client.connect()
    accepted = 0
    for recipient, raw in mails:
        errors, _ = await client.sendmail(sender, [recipient], raw)
        accepted += not errors
    await client.quit()
    return accepted


def smtp_floor(port: int, sender: str, mails: Sequence[tuple[str, bytes]]) -> tuple[float, int]:
    """The same replies over one aiosmtplib connection: the fastest they can be handed to the server."""
    started = time.perf_counter()
    accepted = asyncio.run(_send_all(port, sender, mails))
    return time.perf_counter() - started, accepted


# ---- the pass, in a child process ------------------------------------------------------------------

def child(config: dict[str, Any]) -> None:
    """Run one poll pass and print what was measured as one JSON line."""
    from mailbot import jobs
    from mailbot.event import load_event
    from mailbot.settings import ImapSettings, Settings, SmtpSettings
    from mailbot.store import Store
    from mailbot.transports import Envelope, ResultCallback, SendResult, Transport

    stamps: list[float] = []
    accepted: list[float] = []

    class TimedStore(Store):
        """Notes when each mail's deciding transaction committed."""

        def decide_and_apply(self, *args: Any, **kwargs: Any) -> Any:
            result = super().decide_and_apply(*args, **kwargs)
            stamps.append(time.perf_counter())
            return result

    class TimedTransport:
        """Notes when the server accepted each reply."""

        def __init__(self, inner: Transport) -> None:
            self.inner = inner

        async def send_batch(self, envelopes: Sequence[Envelope], on_result: ResultCallback) -> None:
            def noted(result: SendResult) -> None:
                if result.ok:
                    accepted.append(time.perf_counter())
                on_result(result)

            await self.inner.send_batch(envelopes, noted)

    n = config["mails"]
    event = load_event(ROOT / "config" / "event.toml").model_copy(update={"capacity": n * 3})
    settings = Settings(
        imap=ImapSettings(**config["imap"]), smtp=SmtpSettings(host="127.0.0.1", port=config["smtp_port"],
                                                               security="plain", timeout=60),
        database_url=config["database_url"], outbox_dir=Path(config["tmp"]) / "outbox",
        _env_file=None)  # type: ignore[call-arg]
    store = TimedStore(settings.database_url)
    ctx = jobs.Context.build(settings, event, store)
    ctx.transport = TimedTransport(ctx.transport)  # type: ignore[assignment]
    now = datetime.fromisoformat(NOW)

    profiler = None
    if config.get("profile"):
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    report = jobs.poll(ctx, now)
    ended = time.perf_counter()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(config["profile"])

    def rate(window: list[float]) -> float:
        return (len(window) - 1) / (window[-1] - window[0]) if len(window) > 1 and window[-1] > window[0] else 0.0

    tenth = max(2, len(stamps) // 10)
    print(json.dumps({
        "pass": ended - started,
        "all_accepted": (max(accepted) - started) if accepted else None,
        "first_accepted": (min(accepted) - started) if accepted else None,
        "accepted": len(accepted),
        "processed": len(stamps),
        "rate_start": rate(stamps[:tenth]),
        "rate_end": rate(stamps[-tenth:]),
        "first_processed": (stamps[0] - started) if stamps else None,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "cpu": resource.getrusage(resource.RUSAGE_SELF).ru_utime + resource.getrusage(resource.RUSAGE_SELF).ru_stime,
        "summary": report.summary(),
        "problems": report.problems,
    }))


def run_child(config: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(config)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the poll pass failed:\n{done.stderr[-4000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


# ---- the run ---------------------------------------------------------------------------------------

def queued_replies(database_url: str) -> list[tuple[str, bytes]]:
    from sqlalchemy import create_engine, select

    from mailbot.store import tables as t

    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(select(t.outbox.c.recipient, t.outbox.c.raw).order_by(t.outbox.c.id)).all()
    engine.dispose()
    return [(r.recipient, bytes(r.raw)) for r in rows]


def reply_kinds(database_url: str) -> dict[str, int]:
    from sqlalchemy import create_engine, func, select

    from mailbot.store import tables as t

    engine = create_engine(database_url)
    with engine.connect() as conn:
        kinds = {k: n for k, n in conn.execute(
            select(t.outbox.c.kind, func.count()).group_by(t.outbox.c.kind)).all()}
    engine.dispose()
    return kinds


def fresh_postgres(server_url: str) -> tuple[str, Any]:
    """A new, empty database on the given server, and a function that drops it."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"bench_{os.getpid()}_{int(time.time())}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return url.set(database=name).render_as_string(hide_password=False), drop


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min) / {five:.2f} (5 min) on {os.cpu_count()} cores"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=2000)
    parser.add_argument("--body-bytes", type=int, default=3000,
                        help="footer per mail (a typical sign-up is 2-20 kB with its disclaimer)")
    parser.add_argument("--database-url", help="PostgreSQL server URL (a fresh database is created on it); "
                                               "default: a new SQLite file")
    parser.add_argument("--profile", help="write a cProfile of the pass to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return

    from servers import DovecotServer, make_self_signed, temp_server_dir  # type: ignore[import-not-found]

    directory = temp_server_dir("mailbot-bench-burst-")
    tmp = Path(tempfile.mkdtemp(prefix="mailbot-bench-burst-db-"))
    server = DovecotServer(directory / "dovecot", make_self_signed(directory / "tls"))
    sink, port, sink_name = start_sink()
    drop = None
    server.start()
    try:
        if args.database_url:
            database_url, drop = fresh_postgres(args.database_url)
        else:
            database_url = f"sqlite:///{tmp / 'bench.db'}"
        account = server.add_user()
        raws = signup_mails(args.mails, args.body_bytes)
        account.append_many(raws)
        print(f"{args.mails} sign-ups of ~{sum(map(len, raws)) // len(raws)} bytes in Dovecot; SMTP: {sink_name}; "
              f"database: {'PostgreSQL' if args.database_url else 'SQLite'}", flush=True)
        print(f"before: {load()}", flush=True)

        imap_seconds, fetched = imap_floor(account)
        assert fetched == args.mails, (fetched, args.mails)

        imap = account.imap_settings()
        config = {
            "mails": args.mails, "smtp_port": port, "database_url": database_url, "tmp": str(tmp),
            "imap": {"host": imap.host, "port": imap.port, "username": imap.username,
                     "password": imap.password.get_secret_value() if imap.password else None,
                     "security": "plain", "timeout": 120.0},
            "profile": args.profile,
        }
        result = run_child(config)
        left = len(account.uids())

        replies = queued_replies(database_url)
        smtp_seconds, floor_accepted = smtp_floor(port, "anmeldung@example.test", replies)
        floor = imap_seconds + smtp_seconds
        kinds = reply_kinds(database_url)
        print(f"after:  {load()}")
        print(f"pass: {result['summary']}" + (f"; problems: {result['problems']}" if result["problems"] else ""))
        print(f"replies queued: {sum(kinds.values())} ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}); "
              f"accepted by the server in the pass: {result['accepted']}; left in INBOX: {left}")
        print()

        def row(label: str, value: float | None, unit: str = "s", ratio: float | None = None) -> None:
            shown = "—" if value is None else f"{value:,.2f} {unit}"
            print(f"| {label:<44} | {shown:>12} | " + (f"{ratio:6.1f}x |" if ratio else "        |"))

        print(f"| {'measure (N = ' + format(args.mails, ',') + ')':<44} | {'value':>12} | ratio   |")
        print(f"| {'-' * 44} | {'-' * 12} | ------- |")
        row("floor: IMAP fetch (UID FETCH 500/command)", imap_seconds)
        row("floor: SMTP send (one aiosmtplib connection)", smtp_seconds)
        row("floor: total", floor)
        every = result["all_accepted"]
        row("mailbot: every reply accepted", every, ratio=every / floor if every else None)
        row("mailbot: whole pass (incl. move)", result["pass"], ratio=result["pass"] / floor)
        row("mailbot: first confirmation accepted", result["first_accepted"])
        row("mailbot: first mail decided", result["first_processed"])
        row("mailbot: processing rate, first tenth", result["rate_start"], "mails/s")
        row("mailbot: processing rate, last tenth", result["rate_end"], "mails/s")
        row("mailbot: peak RSS of the pass", result["peak_rss_mb"], "MB")
        row("mailbot: CPU time of the process (user+sys)", result["cpu"])
        assert floor_accepted == len(replies), (floor_accepted, len(replies))
    finally:
        server.stop()
        sink.terminate()
        sink.wait(timeout=10)
        if drop is not None:
            drop()
        shutil.rmtree(directory, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    socket.setdefaulttimeout(None)
    main()
