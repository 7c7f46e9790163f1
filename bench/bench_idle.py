"""IDLE latency of one `mailbot run` worker: sign-ups appended one at a time, side by side with the floor.

A private Dovecot on loopback, Postfix's `smtp-sink` and ONE real `mailbot run` worker in a child process
(SQLite by default; the example event moved 30 days ahead; poll interval 600 s, so only IDLE can make it
answer within the run). Once the worker watches the inbox and has answered one warm-up mail (not counted),
N distinct sign-ups are APPENDed one at a time over one IMAP connection, each once the previous one's
confirmation has been accepted. Measured for each mail, all on the bench's clock:

  - mailbot: from just before the APPEND command until the SMTP server has accepted the confirmation to the
    mail's sender. That moment is the sink's own: smtp-sink runs with -v and logs the end of each DATA ('.'),
    which it answers with 250 at once; a thread of the bench reads that log as it is written. Not the
    worker's log nor the outbox in the database (those come after the 250, by a poll);
  - floor, IDLE: the same appends, seen by a bare imapclient IDLE on a second connection of the bench, from
    just before the APPEND until the `EXISTS` push arrives. Most of it is Dovecot's: it gathers a mailbox's
    changes for 500 ms before it tells the IDLE sessions (NOTIFY_DELAY_MSECS in its mailbox-watch.c);
  - floor, SMTP: each of the same confirmations sent once more to the same sink over a fresh aiosmtplib
    connection (connect, EHLO, MAIL, RCPT, DATA until the 250), as the worker does once per pass.

Prints a markdown table: median, p90, p99 and max of each, the floor per mail (IDLE push + SMTP send of that
mail's confirmation), what mailbot adds to it, and the ratio of the medians; goal: median ≤ 1 s (issue 13).

    .venv/bin/python bench/bench_idle.py [--mails 100] [--database-url URL]

Without Postfix's smtp-sink (`apt-get install postfix`), it falls back to an aiosmtpd server inside the bench
process, noting acceptance in its DATA handler, and says so: aiosmtpd is Python and slower.
"""

from __future__ import annotations

import argparse
import asyncio
import email
import email.policy
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from bench_burst import SINK_CANDIDATES, fresh_postgres, load, queued_replies  # noqa: E402
from burst_mails import future_event, signup_mails  # noqa: E402
from servers import HOST, MailbotRun, free_port, wait_for_port  # type: ignore[import-not-found]  # noqa: E402

WATCHING = "now watches the inbox"  # mailbot/scheduler.py, _InboxWatch.start
SENDER = "anmeldung@example.test"
BODY_BYTES = 3000  # a municipality's footer, as in bench_burst.py and bench_workers.py
TIMEOUT = 60.0  # for any one mail; the worker's own poll comes only every 600 s


# ---- the SMTP server, noting when it accepts ----------------------------------------------------------

class TimedSink:
    """An SMTP sink on loopback that notes, per recipient, when it accepted each message (time.perf_counter)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.name = ""
        self._accepted: dict[str, list[float]] = defaultdict(list)
        self._changed = threading.Condition()
        self._process: subprocess.Popen[bytes] | None = None
        self._controller: Any = None

    def start(self) -> None:
        binary = next((p for p in SINK_CANDIDATES if Path(p).exists()), shutil.which("smtp-sink"))
        if binary:
            command = [binary, "-v", f"{HOST}:{self.port}", "1000"]
            if os.geteuid() == 0:
                command[1:1] = ["-u", "nobody"]
            self._process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            assert self._process.stderr is not None
            threading.Thread(target=self._read_log, args=(self._process.stderr,), daemon=True).start()
            wait_for_port(self.port, proc=self._process)
            self.name = "Postfix smtp-sink (acceptance from its -v log of the end of DATA)"
        else:
            from aiosmtpd.controller import Controller

            self._controller = Controller(_NotingHandler(self), hostname=HOST, port=self.port, ready_timeout=10)
            self._controller.start()
            self.name = ("aiosmtpd in the bench process (smtp-sink not installed: slower than Postfix's, "
                         "acceptance noted in its DATA handler)")

    def _read_log(self, log: IO[bytes]) -> None:
        """smtp-sink -v logs each command as it reads it; '.' ends a message's DATA, answered with 250 at once."""
        recipients: list[str] = []
        for line in iter(log.readline, b""):
            text = line.decode("utf-8", "replace").rstrip()
            if text.endswith(": ."):
                self.note(recipients, time.perf_counter())
            elif re.search(r": mail from:", text, re.IGNORECASE):
                recipients = []
            elif match := re.search(r": rcpt to:\s*<([^>]*)>", text, re.IGNORECASE):
                recipients.append(match.group(1))

    def note(self, recipients: Iterable[str], at: float) -> None:
        with self._changed:
            for recipient in recipients:
                self._accepted[recipient.lower()].append(at)
            self._changed.notify_all()

    def accepted_at(self, recipient: str, count: int = 1, timeout: float = TIMEOUT) -> float | None:
        """When the server accepted the `count`-th message to `recipient`; None if it has not within `timeout`."""
        with self._changed:
            times = self._accepted[recipient.lower()]
            if not self._changed.wait_for(lambda: len(times) >= count, timeout):
                return None
            return times[count - 1]

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
        if self._controller is not None:
            self._controller.stop()


class _NotingHandler:
    def __init__(self, sink: TimedSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sink.note(envelope.rcpt_tos, time.perf_counter())
        return "250 OK"


# ---- the floor ----------------------------------------------------------------------------------------

class IdleWatch:
    """A bare imapclient IDLE on its own connection: notes when each new mail's `EXISTS` is pushed."""

    def __init__(self, account: Any) -> None:
        self.client = account.connect()
        self.client.select_folder("INBOX")
        self.ready = threading.Event()  # set while in IDLE: an APPEND now is seen as a push
        self.pushes: queue.Queue[float] = queue.Queue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> None:
        self._thread.start()
        if not self.ready.wait(TIMEOUT):
            raise RuntimeError("the floor's IDLE did not start")

    def _run(self) -> None:
        while not self._stop.is_set():
            self.client.idle()
            self.ready.set()
            pushed = None
            while pushed is None and not self._stop.is_set():
                responses = self.client.idle_check(timeout=0.5)  # EXPUNGEs of the mails mailbot moves: not ours
                if any(isinstance(r, tuple) and len(r) >= 2 and r[1] == b"EXISTS" for r in responses):
                    pushed = time.perf_counter()
            self.ready.clear()
            self.client.idle_done()
            if pushed is not None:
                self.pushes.put(pushed)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.client.logout()


async def _send_once(port: int, recipient: str, raw: bytes) -> float:
    import aiosmtplib

    started = time.perf_counter()
    client = aiosmtplib.SMTP(hostname=HOST, port=port, start_tls=False, local_hostname="bench")
    await client.connect()
    errors, _ = await client.sendmail(SENDER, [recipient], raw)
    accepted = time.perf_counter() - started
    await client.quit()
    if errors:
        raise RuntimeError(f"the sink refused a floor send: {errors}")
    return accepted


def smtp_sends(port: int, replies: Sequence[tuple[str, bytes]]) -> list[float]:
    """Each reply once over a fresh connection, until the server's 250 to its DATA: one pass's send, at best."""
    return [asyncio.run(_send_once(port, recipient, raw)) for recipient, raw in replies]


# ---- the worker ---------------------------------------------------------------------------------------

class Worker(MailbotRun):
    """One `mailbot run` in a child process, answering over IDLE only."""

    def __init__(self, account: Any, database_url: str, port: int, tmp: Path) -> None:
        imap = account.imap_settings()
        env = {**os.environ, "MAILBOT_DATABASE_URL": database_url, "MAILBOT_EVENT_FILE": str(future_event(tmp)),
               "MAILBOT_POLL_INTERVAL_SECONDS": "600",  # only IDLE can make it answer within the run
               "MAILBOT_LOG_LEVEL": "INFO", "MAILBOT_OUTBOX_DIR": str(tmp / "outbox"),
               "MAILBOT_HEARTBEAT_FILE": str(tmp / "heartbeat"),  # not the per-user file of another worker
               "MAILBOT_IMAP__HOST": imap.host, "MAILBOT_IMAP__PORT": str(imap.port),
               "MAILBOT_IMAP__USERNAME": imap.username, "MAILBOT_IMAP__PASSWORD": account.password,
               "MAILBOT_IMAP__SECURITY": "plain",
               "MAILBOT_SMTP__HOST": HOST, "MAILBOT_SMTP__PORT": str(port), "MAILBOT_SMTP__SECURITY": "plain"}
        super().__init__(env, tmp)

    def wait_until_said(self, words: str, timeout: float = TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while not self.said(words):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the worker did not say {words!r}:\n{self.tail()}")
            time.sleep(0.05)


# ---- the run ------------------------------------------------------------------------------------------

def sender_of(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return str(message["From"].addresses[0].addr_spec).lower()


def percentile(values: Sequence[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def table(mails: int, latency: list[float], pushes: list[float], sends: list[float]) -> None:
    floors = [p + s for p, s in zip(pushes, sends, strict=True)]
    added = [m - f for m, f in zip(latency, floors, strict=True)]
    ratio = statistics.median(latency) / statistics.median(floors)
    print(f"| {'per mail (N = ' + str(mails) + ')':<46} | median | p90 | p99 | max | × floor |")
    print(f"| {'-' * 46} | ---: | ---: | ---: | ---: | ---: |")
    for label, values, shown_ratio in (
            ("mailbot: APPEND → reply accepted by SMTP", latency, f"{ratio:.2f}×"),
            ("floor: APPEND → IDLE push (bare imapclient)", pushes, ""),
            ("floor: one SMTP send of the reply", sends, ""),
            ("floor: total (IDLE push + SMTP send)", floors, ""),
            ("mailbot over the floor", added, "")):
        cells = " | ".join(f"{v:.3f} s" for v in (statistics.median(values), percentile(values, 90),
                                                    percentile(values, 99), max(values)))
        print(f"| {label:<46} | {cells} | {shown_ratio} |")
    median = statistics.median(latency)
    print(f"\ngoal: median ≤ 1 s: {median:.2f} s, {'met' if median <= 1.0 else 'NOT met'}; "
          f"ratio of the medians (mailbot / floor): {ratio:.2f}×")


def measure(args: argparse.Namespace, server: Any, sink: TimedSink, tmp: Path) -> None:
    if args.database_url:
        database_url, drop = fresh_postgres(args.database_url)
    else:
        database_url, drop = f"sqlite:///{tmp / 'bench.db'}", None
    try:
        account = server.add_user()
        raws = signup_mails(args.mails + 1, BODY_BYTES)  # the first is the warm-up
        senders = [sender_of(raw) for raw in raws]
        assert len(set(senders)) == len(senders)
        print(f"{args.mails} sign-ups of ~{sum(map(len, raws)) // len(raws)} bytes appended one at a time; "
              f"SMTP: {sink.name}; database: {'PostgreSQL' if args.database_url else 'SQLite'}", flush=True)
        print(f"before: {load()}", flush=True)

        worker = Worker(account, database_url, sink.port, tmp)
        try:
            worker.wait_until_said(WATCHING)
            time.sleep(2)  # the start's first pass (its IDLE thread connects meanwhile): the mails come after it
            appender = account.connect()
            started = time.perf_counter()
            appender.append("INBOX", raws[0])
            accepted = sink.accepted_at(senders[0])
            if accepted is None:
                raise RuntimeError(f"the warm-up mail was not answered within {TIMEOUT:.0f} s:\n{worker.tail()}")
            warm_up = accepted - started

            watch = IdleWatch(account)
            watch.start()
            latency: list[float] = []
            pushes: list[float] = []
            for i, (raw, sender) in enumerate(zip(raws[1:], senders[1:], strict=True), 1):
                if not watch.ready.wait(TIMEOUT):
                    raise RuntimeError("the floor's IDLE did not come back")
                started = time.perf_counter()
                appender.append("INBOX", raw)
                accepted = sink.accepted_at(sender)
                if accepted is None:
                    raise RuntimeError(f"mail {i} was not answered within {TIMEOUT:.0f} s:\n{worker.tail()}")
                latency.append(accepted - started)
                pushes.append(watch.pushes.get(timeout=TIMEOUT) - started)
            watch.stop()
            appender.logout()

            by_recipient = {recipient.lower(): (recipient, raw) for recipient, raw in queued_replies(database_url)}
            sends = smtp_sends(sink.port, [by_recipient[sender] for sender in senders[1:]])
        finally:
            code = worker.stop()
        left = len(account.uids())

        print(f"after:  {load()}")
        print(f"warm-up mail (not counted): {warm_up:.3f} s; left in INBOX: {left}; "
              f"worker stopped by SIGTERM with exit status {code}\n")
        table(args.mails, latency, pushes, sends)
        if code != 0:
            sys.exit(f"the worker exited with status {code}, not 0:\n{worker.tail()}")
    finally:
        if drop is not None:
            drop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mails", type=int, default=100)
    parser.add_argument("--database-url", help="PostgreSQL server URL (a fresh database is created on it); "
                                               "default: a new SQLite file")
    args = parser.parse_args()
    if args.mails < 1:
        parser.error("--mails must be at least 1")

    from servers import DovecotServer, make_self_signed, temp_server_dir

    directory = temp_server_dir("mailbot-bench-idle-")
    tmp = Path(tempfile.mkdtemp(prefix="mailbot-bench-idle-run-"))
    server = DovecotServer(directory / "dovecot", make_self_signed(directory / "tls"))
    sink = TimedSink()
    try:
        sink.start()
        server.start()
        measure(args, server, sink, tmp)
    finally:
        server.stop()
        sink.stop()
        shutil.rmtree(directory, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
