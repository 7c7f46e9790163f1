"""`mailbot check`: each piece of configuration and each server connection, one line each."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from .config_errors import ConfigError
from .netsec import InsecureConnectionRefused, certificate_hint
from .event import load_event
from .settings import Settings

OK, WARN, FAIL = "ok", "warn", "FAIL"
Line = tuple[str, str]  # (OK | WARN | FAIL, what was found); only FAIL makes `check` exit 1


def run_checks(settings: Settings, event_file: Path) -> Iterator[Line]:
    yield OK, f"settings: database {where_is(settings.database_url)}; outbox dir {settings.outbox_dir.resolve()}"
    yield OK, f"settings: event file {event_file.resolve()}; templates {settings.templates_dir.resolve()}"
    try:
        event = load_event(event_file)
    except FileNotFoundError:
        yield FAIL, f"event file {event_file}: not found"
        return
    except ConfigError as exc:
        for line in exc.lines:
            yield FAIL, f"event file: {line}"
        return
    except (ValidationError, ValueError) as exc:
        yield FAIL, f"event file {event_file}: invalid: {str(exc).splitlines()[0]}"
        return
    yield OK, f"event file {event_file}: {event.short_title}, {event.date.isoformat()}, capacity {event.capacity}"
    for section in event.example_sections():
        yield WARN, f"event file: [{section}] still holds the shipped example content (set example = false)"
    yield from _check_store(settings)
    yield from _check_event_updates(settings, event)
    yield from _check_imap(settings)
    yield from _check_smtp(settings)


def where_is(url: str) -> str:
    """The database as a person finds it: the resolved file for SQLite, the URL without password otherwise."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        return f"SQLite {path.resolve()}" + ("" if path.exists() else " (does not exist yet)")
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def _check_store(settings: Settings) -> Iterator[Line]:
    from .store import Store

    if (missing := settings.missing_database()) is not None:
        yield WARN, f"database: {missing}"  # check creates nothing: run from the wrong folder, it would
        return
    try:
        store = Store(settings.database_url)
        counts = store.inbound_counts()
        store.close()
    except Exception as exc:  # noqa: BLE001 - any failure is a one-line finding here
        yield FAIL, f"database: {type(exc).__name__}: {str(exc).splitlines()[0]}"
        return
    yield OK, f"database: reachable, schema up to date, {sum(counts.values())} mails stored"


def _check_event_updates(settings: Settings, event) -> Iterator[Line]:
    """Update mails the next tick would send because the event file's date, time or venue changed."""
    from .event_update_job import check_lines
    from .store import Store

    if settings.missing_database() is not None:
        return
    try:
        store = Store(settings.database_url)
        lines = check_lines(store, event)
        store.close()
    except Exception:  # noqa: BLE001 - the database line above already reports an unreachable store
        return
    for line in lines:
        yield WARN, line  # mails about to go out: worth a look, not an error


def _check_imap(settings: Settings) -> Iterator[Line]:
    from .intake import Mailbox, MailboxError

    imap = settings.imap
    if not imap.host:
        yield FAIL, "IMAP: MAILBOT_IMAP__HOST is not set"
        return
    try:
        with Mailbox(imap, settings.ca_file) as box:
            box.select(imap.folder)
    except (MailboxError, InsecureConnectionRefused) as exc:
        yield FAIL, f"IMAP {imap.host}:{imap.effective_port()}: {certificate_hint(str(exc))}"
        return
    yield OK, f"IMAP {imap.host}:{imap.effective_port()} ({imap.security}): logged in, folder {imap.folder} selected"


def _check_smtp(settings: Settings) -> Iterator[Line]:
    smtp = settings.smtp
    if not smtp.host:
        yield WARN, (f"SMTP: MAILBOT_SMTP__HOST is not set: nothing is sent, mails are written as .eml files to "
                     f"{settings.outbox_dir.resolve()}")
        return
    from .smtp import check_connection

    try:
        error = asyncio.run(check_connection(smtp, settings.ca_file))
    except InsecureConnectionRefused as exc:
        error = str(exc)
    where = f"SMTP {smtp.host}:{smtp.effective_port()} ({smtp.security})"
    yield (FAIL, f"{where}: {certificate_hint(error)}") if error else (OK, f"{where}: connected")
