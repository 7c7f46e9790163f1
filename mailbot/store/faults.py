"""Database errors that pass, told apart from errors that say something about the mail (pure).

A full disk, a lock held too long, a lost connection or a serialization conflict is the weather: the
mail is fine and is tried again later, along a short list of growing delays. Only a mail that meets
the same weather `len(RETRY_DELAYS) + 1` times in a row is parked for the organisers. Anything else
(a bug, a mail that breaks the parser) is parked at once, as before. Read from the exception alone:
SQLite's error name, PostgreSQL's SQLSTATE, or SQLAlchemy's note that the connection was lost.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError, TimeoutError as PoolTimeout

Fault = Literal["disk_full", "read_only", "locked", "conflict", "connection"]

#: Seconds to wait after the 1st, 2nd, … failure of the same kind; one more failure parks the mail.
RETRY_DELAYS: tuple[int, ...] = (30, 120, 600, 1800)

# Prefixes, the more specific first: SQLite's (extended) error names, PostgreSQL's SQLSTATE codes.
_SQLITE: tuple[tuple[str, Fault], ...] = (
    ("SQLITE_FULL", "disk_full"), ("SQLITE_IOERR", "disk_full"), ("SQLITE_READONLY", "read_only"),
    ("SQLITE_CANTOPEN", "read_only"), ("SQLITE_BUSY", "locked"), ("SQLITE_LOCKED", "locked"),
    ("SQLITE_PROTOCOL", "locked"),
)
_SQLSTATE: tuple[tuple[str, Fault], ...] = (
    ("53100", "disk_full"), ("58030", "disk_full"), ("25006", "read_only"), ("55P03", "locked"),
    ("40", "conflict"),  # serialization failure, deadlock
    ("08", "connection"), ("57P", "connection"), ("53", "connection"),  # gone, shutting down, overloaded
)


def fault_of(exc: BaseException) -> Fault | None:
    """The passing kind of a database error, or None when retrying cannot help."""
    if isinstance(exc, PoolTimeout):
        return "connection"
    if not isinstance(exc, DBAPIError):
        return None
    if exc.connection_invalidated:
        return "connection"
    orig = exc.orig
    name = getattr(orig, "sqlite_errorname", None)
    if isinstance(name, str):
        return next((kind for prefix, kind in _SQLITE if name.startswith(prefix)), None)
    state = getattr(orig, "sqlstate", None)
    if isinstance(state, str):
        return next((kind for prefix, kind in _SQLSTATE if state.startswith(prefix)), None)
    # PostgreSQL without a SQLSTATE: the server could not be reached, or went away.
    return "connection" if isinstance(exc, OperationalError) else None


def next_try(failures: int, now: datetime) -> datetime | None:
    """When to process a mail again after `failures` failures of one kind in a row; None: park it."""
    if failures < 1:
        raise ValueError(f"failures counts from 1, got {failures}")
    return now + timedelta(seconds=RETRY_DELAYS[failures - 1]) if failures <= len(RETRY_DELAYS) else None


def where(url: str) -> str:
    """The database as a person names it: the SQLite file, or host/database (never the password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return (parsed.database or ":memory:").removeprefix("file:")
    return f"{parsed.host or 'localhost'}{f':{parsed.port}' if parsed.port else ''}/{parsed.database or ''}"


_WHAT_TO_DO: dict[Fault, str] = {
    "disk_full": "the disk holding the database at {at} is full (or failing): free some space, then run the "
                 "command again; nothing was lost",
    "read_only": "the database at {at} is read-only: check the permissions of the file and of its folder",
    "locked": "the database at {at} is locked by another program: try again in a moment",
    "conflict": "the database at {at} reported a conflict with another worker: run the command again",
    "connection": "cannot reach the database at {at} (or it is overloaded): is it running, and are host, port "
                  "and credentials right?",
}


def database_problem(exc: BaseException, url: str) -> str | None:
    """One line for the operator about a database that cannot work right now; None for other errors.

    The driver's own words are cut to their first line: the rest may quote SQL parameters, which can
    be personal data.
    """
    fault = fault_of(exc)
    if fault is not None:
        return _WHAT_TO_DO[fault].format(at=where(url))
    if isinstance(exc, OperationalError):
        first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        return f"the database at {where(url)} failed: {first}"
    return None
