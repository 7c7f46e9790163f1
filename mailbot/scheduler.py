"""`mailbot run`: APScheduler provides the ticks; what is due lives in our tables, not in the scheduler.

IMAP IDLE (where the server has it) wakes the poll at once; otherwise the poll runs every interval.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from datetime import datetime, UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .intake import Mailbox, MailboxError
from .redact import redact
from .jobs import Context, PassReport, poll, scheduled

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


def _idle_watcher(ctx: Context, wake: threading.Event, stop: threading.Event) -> None:
    """Hold an IDLE session and set `wake` when mail arrives; reconnect after errors, renew often."""
    while not stop.is_set():
        try:
            with Mailbox(ctx.settings.imap, ctx.settings.ca_file) as box:
                if not box.has_idle():
                    return
                box.select(ctx.settings.imap.folder)
                while not stop.is_set():
                    if box.idle_wait(timeout=300):
                        wake.set()
        except MailboxError as exc:
            log.warning("IDLE: %s; retrying in 30 s", redact(str(exc)))
            stop.wait(30)


def run_worker(ctx: Context) -> int:
    """Run until SIGTERM/SIGINT; every job is idempotent, so a restart at any moment is safe."""
    return asyncio.run(_serve(ctx))


async def _serve(ctx: Context) -> int:
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    wake, stop_idle = threading.Event(), threading.Event()
    busy = asyncio.Lock()

    async def tick() -> None:
        if busy.locked():
            return
        async with busy:
            report: PassReport = await asyncio.to_thread(poll, ctx, _now())
            await asyncio.to_thread(scheduled, ctx, _now())
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
                await tick()

    waker = asyncio.create_task(watch_wake())
    await stopping.wait()
    stop_idle.set()
    waker.cancel()
    scheduler.shutdown(wait=False)
    async with busy:  # let a running pass finish its transaction before we exit
        pass
    return 0
