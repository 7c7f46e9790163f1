"""Which worker watches the inbox and runs the schedule: exactly one per inbox at a time.

All workers process and send (claims use `FOR UPDATE SKIP LOCKED`); only fetching, moving and the
time-driven jobs need a single holder, or two workers would move the same UIDs and race the schedule.

PostgreSQL: a session advisory lock on a connection of its own. The server frees it the moment that
connection ends (process killed, host gone, network cut), so a waiting worker takes over at its next
try, within seconds, without any expiry to tune. SQLite: one worker per database file (a file lock);
SQLite serialises writers anyway, so a second worker would add nothing but races, and is refused.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

log = logging.getLogger(__name__)


class Lease(Protocol):
    def hold(self) -> bool:
        """Take the lease if it is free, or confirm that we still have it; True while we hold it."""

    def release(self) -> None:
        """Give it up (at a clean stop; a killed holder's lease is freed by the server or the kernel)."""

    def holder(self) -> str | None:
        """Who holds it, as far as can be told (a pid), for the message that refuses a second worker."""


def lock_key(name: str) -> int:
    """A signed 64-bit advisory-lock key for `name` (the watched inbox), stable across processes."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True)


class PostgresLease:
    """`pg_try_advisory_lock` held on a dedicated connection; checked on every `hold`."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.key = lock_key(name)
        self._conn: Connection | None = None
        self._held = False

    def hold(self) -> bool:
        try:
            if self._conn is None:
                self._conn = self.engine.connect()
            if self._held:  # the lock lives as long as this connection: prove the connection still lives
                self._conn.execute(text("SELECT 1"))
            else:
                self._held = bool(self._conn.execute(text("SELECT pg_try_advisory_lock(:k)"),
                                                     {"k": self.key}).scalar())
            self._conn.commit()  # idle, not idle in a transaction: the lock is the session's, not the transaction's
        except SQLAlchemyError as exc:
            if self._held:
                log.warning("lost the connection that held the inbox watch (%s)", type(exc).__name__)
            self._drop()
        return self._held

    def holder(self) -> str | None:
        return None  # pg_locks would tell a backend pid, not the worker's

    def release(self) -> None:
        if self._conn is not None and self._held:
            try:
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._conn.commit()
            except SQLAlchemyError:
                pass  # closing the connection below frees it as well
        self._drop()

    def _drop(self) -> None:
        self._held = False
        if self._conn is not None:
            try:
                self._conn.invalidate()  # never back into the pool: its session may still hold the lock
                self._conn.close()
            except SQLAlchemyError:
                pass
            self._conn = None


class FileLease:
    """An exclusive `flock` on a file next to the SQLite database; the kernel frees it when the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None

    def hold(self) -> bool:
        if self._file is not None:
            return True
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        return True

    def holder(self) -> str | None:
        """The pid the holder wrote."""
        try:
            return self.path.read_text().strip() or None
        except OSError:
            return None

    def release(self) -> None:
        if self._file is not None:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None


class AlwaysHeld:
    """An in-memory database lives in one process: nobody else can hold its inbox."""

    def hold(self) -> bool:
        return True

    def release(self) -> None:
        pass

    def holder(self) -> str | None:
        return None
