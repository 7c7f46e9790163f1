"""`mailbot run`: APScheduler provides the ticks; what is due lives in our tables, not in the scheduler.

IMAP IDLE (where the server has it) wakes the poll at once; otherwise the poll runs every interval.
Several workers may share one PostgreSQL database: the one holding the lease (mailbot/store/lease.py)
watches the inbox and runs the schedule, the others help process and send every ASSIST_EVERY seconds
and try for the lease each time, so one of them takes over within seconds when the holder dies.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import threading
import time
from datetime import datetime, UTC
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .intake import Mailbox, MailboxError
from .redact import redact
from .jobs import Context, PassReport, assist, poll, scheduled
from .liveness import BEAT_EVERY, Heartbeat, heartbeat_path
from .outage import after_pass
from .store import database_problem, database_where
from .settings import Settings
from .store.lease import Lease

if TYPE_CHECKING:
    from .metrics import Metrics

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


def _idle_watcher(ctx: Context, wake: threading.Event, stop: threading.Event) -> None:
    """Hold an IDLE session and set `wake` when mail arrives; reconnect after any error, renew often.

    This thread must never end quietly: without it new mail waits for the poll interval.
    """
    while not stop.is_set():
        try:
            with Mailbox(ctx.settings.imap, ctx.settings.ca_file) as box:
                if not box.has_idle():
                    log.warning("IDLE: the IMAP server has no IDLE; new mail is fetched every %d s",
                                ctx.settings.poll_interval_seconds)
                    return
                box.select(ctx.settings.imap.folder)
                while not stop.is_set():
                    if box.idle_wait(timeout=300):
                        wake.set()
        except MailboxError as exc:
            log.warning("IDLE: %s; retrying in 30 s", redact(str(exc)))
            stop.wait(30)
        except Exception as exc:  # noqa: BLE001 - say it, then listen again
            log.error("IDLE stopped by an unexpected error (%s); listening again in 30 s", type(exc).__name__)
            log.debug("details of the failure", exc_info=True)  # debug only: values may be personal data
            stop.wait(30)


class _InboxWatch:
    """The IDLE thread, run only while this worker holds the lease: one watcher per inbox."""

    def __init__(self, ctx: Context, wake: threading.Event) -> None:
        self.ctx, self.wake = ctx, wake
        self._stop: threading.Event | None = None

    @property
    def running(self) -> bool:
        return self._stop is not None

    def start(self) -> None:
        log.info("this worker now watches the inbox and runs the schedule")
        self._stop = threading.Event()
        if self.ctx.settings.imap.host:
            threading.Thread(target=_idle_watcher, args=(self.ctx, self.wake, self._stop), daemon=True).start()

    def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()  # the thread ends at its next renewal; a wake-up it sends meanwhile finds no lease
            self._stop = None


def _failed(ctx: Context, what: str, exc: BaseException) -> None:
    """Log a failed pass in one line: the database's state in words when it is that, else the error's type."""
    problem = database_problem(exc, ctx.settings.database_url) or type(exc).__name__
    log.error("%s failed: %s; waiting for the next mail or tick", what, problem)
    log.debug("details of the failure", exc_info=exc)  # debug only: values may be personal data


#: How long a stop waits for the pass under way (a transaction, an SMTP batch) before leaving without it.
#: Keep the supervisor's own limit above it (compose stop_grace_period, systemd TimeoutStopSec: 30 s).
STOP_GRACE = 20.0


#: How often a worker without the lease helps and tries for it; also how often the holder proves it still holds it.
ASSIST_EVERY = 2.0


def lease_name(settings: Settings) -> str:
    """What the lease is on: the watched folder of one mailbox (two events with two inboxes never wait on each
    other, two workers on one inbox always do)."""
    imap = settings.imap
    return f"mailbot inbox {imap.username or ''}@{imap.host or ''}:{imap.port}/{imap.folder}"


def run_worker(ctx: Context, metrics_port: int | None = None) -> int:
    """Run until SIGTERM/SIGINT; every job is idempotent, so a restart at any moment is safe.

    With `metrics_port`, Prometheus metrics are served on that port (mailbot/metrics.py)."""
    lease = ctx.store.lease(lease_name(ctx.settings))
    if not ctx.store.is_postgres and not lease.hold():
        holder = lease.holder()
        log.error("another `mailbot run`%s already works on the SQLite database %s; SQLite takes one worker. "
                  "Stop the other one, or use PostgreSQL for several workers (docs/scaling.md)",
                  f" (pid {holder})" if holder else "", database_where(ctx.settings.database_url))
        return 1
    metrics = None
    if metrics_port is not None:
        from .metrics import Metrics

        metrics = Metrics(ctx.store)
        metrics.serve(metrics_port)
    loop = asyncio.new_event_loop()
    try:
        status, abandoned = loop.run_until_complete(_serve(ctx, lease, metrics))
        if abandoned:
            # The pass's thread hangs (a server that never answers): waiting for the thread pool would hang
            # the stop too. Leave now; the database rolls back what was not committed, and the claims of this
            # process are released at once by the next pass on this host (their owner is dead).
            logging.shutdown()
            os._exit(status)
        loop.run_until_complete(loop.shutdown_default_executor())
        return status
    finally:
        lease.release()
        loop.close()


async def _serve(ctx: Context, lease: Lease, metrics: Metrics | None = None) -> tuple[int, bool]:
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    wake = threading.Event()
    watch = _InboxWatch(ctx, wake)
    busy = asyncio.Lock()
    heartbeat = Heartbeat(heartbeat_path(ctx.settings))  # for `mailbot check --liveness`
    heartbeat.beat()

    async def tick(wait: bool = False, assisting: bool = False) -> None:
        """One pass: the whole pass while we hold the lease, else only processing and sending. Never raises: an
        error that escaped would end the IDLE wake-ups for good. A tick is skipped while a pass runs; a wake-up
        waits for it (its mail came later)."""
        if busy.locked() and not wait:
            return
        async with busy:
            holding = await asyncio.to_thread(lease.hold)
            if holding and not watch.running:
                watch.start()
                assisting = False  # the new holder's first pass: the inbox and the schedule, at once
            elif watch.running and not holding:
                watch.stop()
            if assisting and holding:
                return  # the holder's passes come from the interval and IDLE
            heartbeat.pass_begins()
            started = time.monotonic()
            try:
                if holding:
                    report: PassReport = await asyncio.to_thread(poll, ctx, _now())
                    await asyncio.to_thread(after_pass, ctx, report, _now())  # status moments, outage notices
                    await asyncio.to_thread(scheduled, ctx, _now(), report)
                else:
                    report = await asyncio.to_thread(assist, ctx, _now())
            except Exception as exc:  # noqa: BLE001 - see above
                _failed(ctx, "pass", exc)
                return
            finally:
                heartbeat.pass_ends()
                if metrics is not None:
                    metrics.pass_duration.observe(time.monotonic() - started)
            if report.fetched or report.processed or report.sent or report.problems:
                log.info("pass%s: %s %s", "" if holding else " (assisting)", report.summary(),
                         "; ".join(report.problems))

    scheduler = AsyncIOScheduler(timezone=ctx.event.tz)
    scheduler.add_job(tick, "interval", seconds=ctx.settings.poll_interval_seconds, id="poll",
                      max_instances=1, coalesce=True, next_run_time=datetime.now(ctx.event.tz))
    if ctx.store.is_postgres:  # only there can another worker hold the lease
        scheduler.add_job(tick, "interval", seconds=ASSIST_EVERY, id="assist", kwargs={"assisting": True},
                          max_instances=1, coalesce=True)
    scheduler.start()

    async def watch_wake() -> None:
        while not stopping.is_set():
            if await asyncio.to_thread(wake.wait, 1.0):
                wake.clear()
                await tick(wait=True)

    async def beat() -> None:  # the loop itself is alive; a pass that never ends shows in pass_started
        warned = False
        while not stopping.is_set():
            if not heartbeat.beat() and not warned:
                log.warning("cannot write the heartbeat file %s: `mailbot check --liveness` will fail",
                            heartbeat.path)
                warned = True
            try:
                await asyncio.wait_for(stopping.wait(), BEAT_EVERY)
            except TimeoutError:
                pass

    waker = asyncio.create_task(watch_wake())
    beater = asyncio.create_task(beat())
    log.info("worker started (pid %d); stops on SIGTERM or SIGINT", os.getpid())
    await stopping.wait()
    watch.stop()
    waker.cancel()
    beater.cancel()
    # Let a running pass finish its transaction before we exit, within reason. Wait before the scheduler
    # shuts down: that cancels the tick's coroutine, which releases `busy` while the pass's thread goes on.
    try:
        await asyncio.wait_for(busy.acquire(), STOP_GRACE)
    except TimeoutError:
        scheduler.shutdown(wait=False)
        heartbeat.remove()
        log.warning("stopping without the pass under way: it did not end within %.0f s", STOP_GRACE)
        return 0, True
    scheduler.shutdown(wait=False)
    heartbeat.remove()
    log.info("worker stopped cleanly")
    return 0, False
