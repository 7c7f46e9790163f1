"""Reading mail on the other cores: parsing and understanding are pure, so a burst can be read side by side.

One worker decides one mail after another (the seat lock makes it so, and SQLite has one writer anyway), and
reading (MIME parsing and the reader's rules) is a third of what a mail costs. `Readers` hands the mails of a
claimed batch to a small pool of processes while the worker decides the ones already read, in their order;
the result of every mail is exactly what reading it in the worker gives (tests/test_readers.py).

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

from . import message, understand
from .event import Event
from .models import InboundMail, Understanding
from .understand import EventTerms

log = logging.getLogger(__name__)

#: A batch smaller than this is read in the worker: starting processes costs about a second.
WORTH_IT = 8
#: Pools that may die before the worker gives up on them and reads every mail itself
BREAKS_TOLERATED = 2

Read = tuple[InboundMail, Understanding]

_terms: EventTerms | None = None  # in a reader process: the event's terms, built once by _start


def _start(event: Event) -> None:
    global _terms
    _terms = EventTerms.from_event(event)
    worker = multiprocessing.parent_process()
    if worker is not None:  # a killed worker must not leave its readers behind, waiting for work forever
        threading.Thread(target=_leave_with, args=(worker,), daemon=True).start()


def _leave_with(worker: multiprocessing.process.BaseProcess) -> None:
    worker.join()  # returns when the worker has gone, however it went
    os._exit(0)


def read_with(terms: EventTerms, raw: bytes) -> Read:
    """Parse and understand one mail: the same in the worker and in a reader process."""
    mail = message.parse(raw)
    return mail, understand.read(mail, terms)


def read(raw: bytes) -> Read:
    """read_with the event's terms, in a reader process."""
    if _terms is None:
        raise RuntimeError("reader process not started")
    return read_with(_terms, raw)


def default_count() -> int:
    """One reader per core beyond the worker's own, at most four (the worker decides one mail at a time)."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


class Readers:
    """A pool of reader processes for one worker (`count` 0: every mail is read in the worker)."""

    def __init__(self, event: Event, count: int) -> None:
        self.event = event
        self.count = count
        self._pool: ProcessPoolExecutor | None = None
        self._broken = 0  # pools that died: after BREAKS_TOLERATED the worker reads alone

    def readings(self, raws: Sequence[bytes], in_worker: Callable[[bytes], Read], alone: bool = True
                 ) -> list[Callable[[], Read]]:
        """For each mail, in order, a call that gives its reading (or raises what reading it raised). With readers,
        a batch worth it and a worker `alone` (while other workers share the cores, readers would only compete with
        them), every mail is handed to the readers at once and each call waits for its own; else each call reads
        its mail in the worker (`in_worker`)."""
        pool = self._started() if alone and len(raws) >= WORTH_IT else None
        if pool is not None:
            try:
                futures = [pool.submit(read, raw) for raw in raws]
            except (BrokenProcessPool, RuntimeError, OSError) as exc:  # a reader died before the batch came
                self._gave_way(type(exc).__name__)
            else:
                return [functools.partial(self._result, future, raw, in_worker) for future, raw in zip(futures, raws)]
        return [functools.partial(in_worker, raw) for raw in raws]

    def _result(self, future: Future[Read], raw: bytes, in_worker: Callable[[bytes], Read]) -> Read:
        try:
            return future.result()
        except BrokenProcessPool:
            # a reader died (killed, out of memory, could not start): this mail is read here
            if self._pool is not None:
                self._gave_way("a reader process died")
            return in_worker(raw)

    def _gave_way(self, why: str) -> None:
        """The pool is gone: started anew for a later batch, and after BREAKS_TOLERATED the worker reads alone."""
        self._broken += 1
        log.warning("readers: %s; %s", why, "the worker reads every mail itself from now on"
                    if self._broken >= BREAKS_TOLERATED else "starting them anew for the next batch")
        self.close()

    def _started(self) -> ProcessPoolExecutor | None:
        if self.count <= 0 or self._broken >= BREAKS_TOLERATED:
            return None
        if self._pool is None:
            # forkserver, not fork: the worker has threads (IDLE, the event loop), and a fork could inherit a lock
            # one of them holds. The server imports this module once, so a reader starts without the imports.
            try:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload([__name__])
                self._pool = ProcessPoolExecutor(self.count, mp_context=context, initializer=_start,
                                                 initargs=(self.event,))
            except (OSError, ValueError) as exc:  # no semaphores (/dev/shm), no forkserver on this system
                self._broken = BREAKS_TOLERATED
                log.warning("readers: cannot start processes (%s); the worker reads every mail itself", exc)
                return None
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
