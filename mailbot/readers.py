"""Work ahead of the worker on the other cores: reading a mail is pure, and so is rehearsing its decision.

One worker decides one mail after another (the seat lock makes it so, and SQLite has one writer anyway), and
reading (MIME parsing and the reader's rules) and rendering the replies are most of what a mail costs.
`Readers` hands the mails of a claimed batch to a small pool of processes while the worker decides the ones
already done, in their order (the task: ahead.read_ahead); the result of every mail is exactly what the worker
gives on its own (tests/test_readers.py).

The pool is started on the first batch large enough to pay for it (a burst), not for the odd mail, and a
reader that dies takes nothing with it: its mails are read in the worker instead and the pool is started anew
for a later batch.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

log = logging.getLogger(__name__)

J = TypeVar("J")  # one mail's job
R = TypeVar("R")  # its result

#: A batch smaller than this is read in the worker: starting processes costs about a second.
WORTH_IT = 8
#: Pools that may die before the worker gives up on them and reads every mail itself
BREAKS_TOLERATED = 2


def _start(start: Callable[..., None], args: tuple[Any, ...]) -> None:
    start(*args)
    worker = multiprocessing.parent_process()
    if worker is not None:  # a killed worker must not leave its readers behind, waiting for work forever
        threading.Thread(target=_leave_with, args=(worker,), daemon=True).start()


def _leave_with(worker: multiprocessing.process.BaseProcess) -> None:
    worker.join()  # returns when the worker has gone, however it went
    os._exit(0)


def default_count() -> int:
    """One reader per core beyond the worker's own, at most four (the worker decides one mail at a time)."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


class Readers(Generic[J, R]):
    """A pool of reader processes for one worker (`count` 0: every mail is done in the worker), each set up by
    `start(*args)` (a module-level function: the forkserver imports its module once, so a reader starts without
    the imports)."""

    def __init__(self, count: int, start: Callable[..., None], args: tuple[Any, ...] = ()) -> None:
        self.count = count
        self.start, self.args = start, args
        self._pool: ProcessPoolExecutor | None = None
        self._broken = 0  # pools that died: after BREAKS_TOLERATED the worker reads alone

    def readings(self, jobs: Sequence[J], task: Callable[[J], R], in_worker: Callable[[J], R], alone: bool = True
                 ) -> list[Callable[[], R]]:
        """For each mail's job, in order, a call that gives its result (or raises what the task raised). With
        readers, a batch worth it and a worker `alone` (while other workers share the cores, readers would only
        compete with them), every job is handed to the readers' `task` (module-level) at once and each call waits
        for its own; else each call does its job in the worker (`in_worker`)."""
        pool = self._started() if alone and len(jobs) >= WORTH_IT else None
        if pool is not None:
            try:
                futures = [pool.submit(task, job) for job in jobs]
            except (BrokenProcessPool, RuntimeError, OSError) as exc:  # a reader died before the batch came
                self._gave_way(type(exc).__name__)
            else:
                return [functools.partial(self._result, future, job, in_worker) for future, job in zip(futures, jobs)]
        return [functools.partial(in_worker, job) for job in jobs]

    def _result(self, future: Future[R], job: J, in_worker: Callable[[J], R]) -> R:
        try:
            return future.result()
        except BrokenProcessPool:
            # a reader died (killed, out of memory, could not start): this mail is done here
            if self._pool is not None:
                self._gave_way("a reader process died")
            return in_worker(job)

    def _gave_way(self, why: str) -> None:
        """The pool is gone: started anew for a later batch, and after BREAKS_TOLERATED the worker reads alone."""
        self._broken += 1
        log.warning("readers: %s; %s", why, "the worker does every mail itself from now on"
                    if self._broken >= BREAKS_TOLERATED else "starting them anew for the next batch")
        self.close()

    def _started(self) -> ProcessPoolExecutor | None:
        if self.count <= 0 or self._broken >= BREAKS_TOLERATED:
            return None
        if self._pool is None:
            # forkserver, not fork: the worker has threads (IDLE, the event loop), and a fork could inherit a lock
            # one of them holds. The server imports this module and the start's once, so a reader starts without them.
            try:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload([__name__, self.start.__module__])
                self._pool = ProcessPoolExecutor(self.count, mp_context=context, initializer=_start,
                                                 initargs=(self.start, self.args))
            except (OSError, ValueError) as exc:  # no semaphores (/dev/shm), no forkserver on this system
                self._broken = BREAKS_TOLERATED
                log.warning("readers: cannot start processes (%s); the worker does every mail itself", exc)
                return None
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
