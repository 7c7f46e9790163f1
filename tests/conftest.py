"""Shared fixtures: real Dovecot and aiosmtpd servers on loopback, and one database per backend.

Server fixtures live in tests/servers.py (also used by bench/); this file only wires their lifetimes.
Please keep it grouped by section when adding fixtures.
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import DovecotServer, ImapAccount, SmtpServer, TlsFiles, make_self_signed, temp_server_dir

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# TLS


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    """A self-signed certificate for localhost/127.0.0.1; `tls_files.cert` is the CA file to trust."""
    return make_self_signed(tmp_path_factory.mktemp("tls"))


# ---------------------------------------------------------------------------------------------
# IMAP (Dovecot)


@pytest.fixture(scope="session")
def dovecot_server(tls_files: TlsFiles) -> Iterator[DovecotServer]:
    """One private Dovecot for the whole session: plain IMAP (with STARTTLS) and IMAPS ports."""
    directory = temp_server_dir("mailbot-dovecot-")
    server = DovecotServer(directory, tls_files)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def dovecot(dovecot_server: DovecotServer) -> ImapAccount:
    """A fresh mail user with an empty INBOX on the session's Dovecot."""
    return dovecot_server.add_user()


# ---------------------------------------------------------------------------------------------
# SMTP (aiosmtpd)


def _smtp(mode: str, tls: TlsFiles | None = None, credentials: tuple[str, str] | None = None) -> Iterator[SmtpServer]:
    server = SmtpServer(mode, tls=tls, credentials=credentials)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain aiosmtpd server on loopback that records every message; stop()/start() keep the port."""
    yield from _smtp("plain")


@pytest.fixture
def smtp_starttls_server(tls_files: TlsFiles) -> Iterator[SmtpServer]:
    """An aiosmtpd server that requires STARTTLS and AUTH, with the self-signed certificate."""
    yield from _smtp("starttls", tls_files, credentials=("mailbot", secrets.token_urlsafe(10)))


@pytest.fixture
def smtp_ssl_server(tls_files: TlsFiles) -> Iterator[SmtpServer]:
    """An aiosmtpd server speaking implicit TLS (port-465 style) with the self-signed certificate."""
    yield from _smtp("ssl", tls_files)


# ---------------------------------------------------------------------------------------------
# Database: SQLite always, PostgreSQL too when MAILBOT_TEST_POSTGRES_URL is set


def _database_backends() -> list[str]:
    return ["sqlite", "postgres"] if os.environ.get("MAILBOT_TEST_POSTGRES_URL") else ["sqlite"]


@pytest.fixture(params=_database_backends())
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database URL; the test runs once per backend (ids "sqlite", "postgres")."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'mailbot.db'}"
        return
    yield from _fresh_postgres_database(os.environ["MAILBOT_TEST_POSTGRES_URL"])


def _fresh_postgres_database(server_url: str) -> Iterator[str]:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    name = f"t_{secrets.token_hex(6)}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for attempt in range(20):
                try:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    break
                except psycopg.errors.InsufficientPrivilege:
                    # FORCE may not end an autovacuum worker (a superuser's process) that is busy in the
                    # test's database; it is done within moments.
                    if attempt == 19:
                        raise
                    time.sleep(0.25)


# ---------------------------------------------------------------------------------------------
# A worker: Context (settings, event, store, transport, templates) wired to whatever the test uses


@pytest.fixture
def worker(database_url: str, tmp_path: Path) -> Iterator[Callable[..., Any]]:
    """Builds a fresh worker on the test database each call, as a restarted process would be.

    `worker(event=…, imap=…, smtp=…)`: without smtp, replies go to .eml files in tmp_path/outbox.
    """
    from mailbot.event import load_event
    from mailbot.jobs import Context
    from mailbot.settings import ImapSettings, Settings, SmtpSettings
    from mailbot.store import Store

    stores: list[Store] = []

    def build(event: Any = None, imap: Any = None, smtp: Any = None) -> Context:
        # One reader that only reads, on any machine: what a test patches in the worker holds for every mail
        # (readers that rehearse are tested in test_readers.py)
        settings = Settings(imap=imap or ImapSettings(), smtp=smtp or SmtpSettings(), database_url=database_url,
                            outbox_dir=tmp_path / "outbox", readers=1, _env_file=None)
        store = Store(database_url)
        stores.append(store)
        return Context.build(settings, event or load_event(ROOT / "config" / "event.toml"), store)

    yield build
    for store in stores:
        store.close()
