"""`mailbot run`: APScheduler provides the ticks; what is due lives in our tables, not in the scheduler.

IMAP IDLE (where the server has it) wakes the poll at once; otherwise the poll runs every interval.
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
from .jobs import Context, PassReport, poll, scheduled
from .liveness import BEAT_EVERY, Heartbeat, heartbeat_path
from .outage import after_pass
from .store import database_problem

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


def _failed(ctx: Context, what: str, exc: BaseException) -> None:
    """Log a failed pass in one line: the database's state in words when it is that, else the error's type."""
    problem = database_problem(exc, ctx.settings.database_url) or type(exc).__name__
    log.error("%s failed: %s; waiting for the next mail or tick", what, problem)
    log.debug("details of the failure", exc_info=exc)  # debug only: values may be personal data


#: How long a stop waits for the pass under way (a transaction, an SMTP batch) before leaving without it.
#: Keep the supervisor's own limit above it (compose stop_grace_period, systemd TimeoutStopSec: 30 s).
STOP_GRACE = 20.0


def run_worker(ctx: Context, metrics_port: int | None = None) -> int:
    """Run until SIGTERM/SIGINT; every job is idempotent, so a restart at any moment is safe.

    With `metrics_port`, Prometheus metrics are served on that port (mailbot/metrics.py)."""
    metrics = None
    if metrics_port is not None:
        from .metrics import Metrics

        metrics = Metrics(ctx.store)
        metrics.serve(metrics_port)
    loop = asyncio.new_event_loop()
    try:
        status, abandoned = loop.run_until_complete(_serve(ctx, metrics))
        if abandoned:
            # The pass's thread hangs (a server that never answers): waiting for the thread pool would hang
            # the stop too. Leave now; the database rolls back what was not committed, and the claims of this
            # process are released at once by the next pass on this host (their owner is dead).
            logging.shutdown()
            os._exit(status)
        loop.run_until_complete(loop.shutdown_default_executor())
        return status
    finally:
        loop.close()


async def _serve(ctx: Context, metrics: Metrics | None = None) -> tuple[int, bool]:
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    wake, stop_idle = threading.Event(), threading.Event()
    busy = asyncio.Lock()
    heartbeat = Heartbeat(heartbeat_path(ctx.settings))  # for `mailbot check --liveness`
    heartbeat.beat()

    async def tick(wait: bool = False) -> None:
        """One pass. Never raises: an error that escaped would end the IDLE wake-ups for good. A tick
        of the interval is skipped while a pass runs; a wake-up waits for it (its mail came later)."""
        if busy.locked() and not wait:
            return
        async with busy:
            heartbeat.pass_begins()
            started = time.monotonic()
            try:
                report: PassReport = await asyncio.to_thread(poll, ctx, _now())
                await asyncio.to_thread(after_pass, ctx, report, _now())  # status moments, outage notices
                await asyncio.to_thread(scheduled, ctx, _now(), report)
            except Exception as exc:  # noqa: BLE001 - see above
                _failed(ctx, "pass", exc)
                return
            finally:
                heartbeat.pass_ends()
                if metrics is not None:
                    metrics.pass_duration.observe(time.monotonic() - started)
            if report.fetched or report.sent or report.problems:
                log.info("pass: %s %s", report.summary(), "; ".join(report.problems))

    scheduler = AsyncIOScheduler(timezone=ctx.event.tz)
    scheduler.add_job(tick, "interval", seconds=ctx.settings.poll_interval_seconds, id="poll",
                      max_instances=1, coalesce=True, next_run_time=datetime.now(ctx.event.tz))
    scheduler.start()
    if ctx.settings.imap.host:
        threading.Thread(target=_idle_watcher, args=(ctx, wake, stop_idle), daemon=True).start()

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
    stop_idle.set()
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
