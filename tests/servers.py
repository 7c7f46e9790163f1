"""Real mail servers on loopback for tests and benchmarks: a private Dovecot and an aiosmtpd server.

Nothing here is a mock: Dovecot runs from its own config in a temp dir (nothing from /etc/dovecot),
aiosmtpd is the real SMTP server library. The helpers use imapclient and email directly rather than
mailbot's adapters, so a bug in an adapter cannot hide itself in the check.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient

from mailbot.settings import ImapSettings, SmtpSettings

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nobody listens on right now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 10.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with status {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {timeout}s")


# ---------------------------------------------------------------------------------------------
# TLS material


@dataclass(frozen=True)
class TlsFiles:
    """A self-signed certificate for localhost/127.0.0.1; `cert` doubles as the client's CA file."""

    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(str(self.cert), str(self.key))
        return context


def make_self_signed(directory: Path) -> TlsFiles:
    if shutil.which("openssl") is None:
        raise RuntimeError("openssl is not installed; run scripts/setup.sh (Debian package openssl)")
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )
    os.chmod(key, 0o644)  # Dovecot's config process reads it; a throwaway test key
    return TlsFiles(cert=cert, key=key)


# ---------------------------------------------------------------------------------------------
# Dovecot


class DovecotNotInstalled(RuntimeError):
    pass


DOVECOT_CONF = """\
# Private test instance: nothing from /etc/dovecot.
protocols = imap
listen = {host}
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
default_internal_user = {internal_user}
default_login_user = {login_user}
first_valid_uid = {uid}
first_valid_gid = {gid}
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
ssl_min_protocol = TLSv1.2
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
shutdown_clients = yes
protocol imap {{
  mail_max_userip_connections = 100
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/users/%u
}}
service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}
"""


class DovecotServer:
    """One private Dovecot: `port` is plain IMAP (STARTTLS offered), `tls_port` is IMAPS.

    Mail users are added on the fly, one passwd-file per user (the path holds %u, so Dovecot never
    has to notice a changed file), so each test gets a fresh, empty mailbox from one server per session.
    """

    def __init__(self, directory: Path, tls: TlsFiles) -> None:
        if shutil.which("dovecot") is None and not Path("/usr/sbin/dovecot").exists():
            raise DovecotNotInstalled(
                "dovecot is not installed: the IMAP tests need a real Dovecot. "
                "Run scripts/setup.sh as root (installs Debian dovecot-imapd) or `apt-get install dovecot-imapd`."
            )
        self.binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self.directory = directory
        self.tls = tls
        self.host = HOST
        self.port = free_port()
        self.tls_port = free_port()
        self.process: subprocess.Popen | None = None
        if os.geteuid() == 0:
            self.uid = self.gid = 65534  # nobody/nogroup: mail processes never run as root
            internal_user, login_user = "dovecot", "dovenull"
        else:
            self.uid, self.gid = os.getuid(), os.getgid()
            internal_user = login_user = pwd.getpwuid(self.uid).pw_name
        self.users_dir = directory / "users"
        self.config = directory / "dovecot.conf"
        self._conf_text = DOVECOT_CONF.format(
            d=directory, host=HOST, port=self.port, tls_port=self.tls_port,
            cert=tls.cert, key=tls.key, uid=min(self.uid, 500), gid=min(self.gid, 1),
            internal_user=internal_user, login_user=login_user,
        )

    def start(self) -> None:
        d = self.directory
        d.mkdir(parents=True, exist_ok=True)
        os.chmod(d, 0o755)
        for sub in ("run", "state", "homes", "users"):
            (d / sub).mkdir(exist_ok=True)
            os.chmod(d / sub, 0o755)
        self.config.write_text(self._conf_text)
        self.process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        try:
            wait_for_port(self.port, proc=self.process)
            wait_for_port(self.tls_port, proc=self.process)
        except RuntimeError as exc:
            self.stop()
            raise RuntimeError(f"Dovecot did not start: {exc}\n{self.log_tail()}") from None

    def stop(self) -> None:
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        if proc.stderr is not None:
            proc.stderr.close()

    def log_tail(self, lines: int = 30) -> str:
        log = self.directory / "dovecot.log"
        err = ""
        if self.process is not None and self.process.stderr is not None and self.process.poll() is not None:
            err = self.process.stderr.read().decode("utf-8", "replace")
        text = log.read_text("utf-8", "replace") if log.exists() else ""
        return "\n".join((err + text).splitlines()[-lines:])

    def add_user(self, name: str | None = None, password: str | None = None) -> "ImapAccount":
        """A new mail user with an empty mailbox."""
        name = name or f"u{secrets.token_hex(5)}@example.test"
        password = password or secrets.token_urlsafe(12)
        home = self.directory / "homes" / name
        home.mkdir(parents=True)
        os.chown(home, self.uid, self.gid)
        entry = self.users_dir / name
        entry.write_text(f"{name}:{{PLAIN}}{password}:{self.uid}:{self.gid}::{home}::\n")
        os.chmod(entry, 0o644)
        return ImapAccount(server=self, user=name, password=password)


@dataclass
class ImapAccount:
    """One mailbox on the test Dovecot, with direct IMAP helpers for arranging and checking mail."""

    server: DovecotServer
    user: str
    password: str

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def tls_port(self) -> int:
        return self.server.tls_port

    @property
    def ca_file(self) -> Path:
        return self.server.tls.cert

    def imap_settings(self, security: str = "plain", **overrides: Any) -> ImapSettings:
        values: dict[str, Any] = dict(
            host=self.host,
            port=self.tls_port if security == "ssl" else self.port,
            username=self.user,
            password=self.password,
            security=security,
            timeout=10.0,
        )
        if security != "plain":
            values["host"] = "localhost"
        values.update(overrides)
        return ImapSettings(**values)

    def connect(self) -> IMAPClient:
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(self.user, self.password)
        return client

    def append(self, raw: bytes, folder: str = "INBOX") -> None:
        with self.connect() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            c.append(folder, raw)

    def append_many(self, raws: list[bytes], folder: str = "INBOX") -> None:
        """APPEND over one connection (MULTIAPPEND), for arranging hundreds of mails quickly."""
        with self.connect() as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for start in range(0, len(raws), 100):
                c.multiappend(folder, raws[start : start + 100])

    def uids(self, folder: str = "INBOX") -> list[int]:
        with self.connect() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        with self.connect() as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
            return [bytes(data[u][b"BODY[]"]) for u in uids if u in data]

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        with self.connect() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            return {u: tuple(v[b"FLAGS"]) for u, v in c.fetch(uids, ["FLAGS"]).items()} if uids else {}

    def folders(self) -> list[str]:
        with self.connect() as c:
            return sorted(name for _flags, _delim, name in c.list_folders())


def sample_mail(n: int, sender: str = "anna.schmidt@stadt-schleiz.de", to: str = "anmeldung@example.test",
                body: str | None = None) -> bytes:
    """A small, valid mail for arranging tests; `n` makes Message-ID and subject unique."""
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = f"Anna Schmidt <{sender}>"
    msg["To"] = to
    msg["Subject"] = f"Anmeldung {n}"
    msg["Message-ID"] = f"<test-{n}-{secrets.token_hex(4)}@example.test>"
    msg["Date"] = "Mon, 12 May 2025 09:00:00 +0200"
    msg.set_content(body or f"Hiermit melde ich mich an. ({n})\n\nAnna Schmidt\nStadt Schleiz\n")
    return msg.as_bytes()


# ---------------------------------------------------------------------------------------------
# SMTP (aiosmtpd)


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes


class RecordingHandler:
    """Stores every accepted envelope; answers chosen recipients with a chosen error reply."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.rejects: dict[str, str] = {}
        self.sessions: list[Session] = []  # one per connection that said EHLO/HELO
        self.logins: list[str] = []
        self.lock = threading.Lock()

    def _note_session(self, session: Session) -> None:
        with self.lock:
            if not any(s is session for s in self.sessions):
                self.sessions.append(session)

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str,
                          responses: list[str]) -> list[str]:
        self._note_session(session)
        session.host_name = hostname
        return responses

    async def handle_HELO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str) -> str:
        self._note_session(session)
        session.host_name = hostname
        return f"250 {server.hostname}"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          rcpt_options: list[str]) -> str:
        reply = self.rejects.get(address.lower())
        if reply is not None:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        with self.lock:
            self.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), bytes(raw)))
        return "250 OK stored"


class KillingHandler(RecordingHandler):
    """A RecordingHandler that SIGKILLs a process at the k-th message it accepts, for crash tests.

    `arm(pid, k, how)`: "before-250" kills once the message is stored, before the 250 goes out (the server has
    it, the client never hears so); "after-250" kills as soon as the 250 is written; "later" `delay` seconds on.
    """

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self.plan: tuple[int, int, str, float] | None = None
        self.killed = threading.Event()
        self.kill_note = ""

    def arm(self, pid: int, k: int, how: str = "after-250", delay: float = 0.0) -> None:
        with self.lock:
            self.plan = (pid, k, how, delay)

    def _kill(self, pid: int, note: str) -> None:
        try:
            os.kill(pid, signal.SIGKILL)
            self.kill_note = note
        except ProcessLookupError:
            pass
        self.killed.set()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        status = await super().handle_DATA(server, session, envelope)  # stored: the server has accepted it
        with self.lock:
            self.count += 1
            plan = self.plan if self.plan and self.plan[1] == self.count else None
            if plan:
                self.plan = None
        if plan:
            pid, k, how, delay = plan
            note = f"{how} #{k}"
            if how == "before-250":
                self._kill(pid, note)
            elif how == "after-250":  # runs when this task next waits: the 250 is written by then
                asyncio.get_running_loop().call_soon(self._kill, pid, note)
            else:
                asyncio.get_running_loop().call_later(delay, self._kill, pid, note)
        return status


class _Authenticator:
    def __init__(self, username: str, password: str, handler: RecordingHandler) -> None:
        self.username, self.password, self.handler = username, password, handler

    def __call__(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str,
                 auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            if user == self.username and auth_data.password.decode() == self.password:
                self.handler.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


class SmtpServer:
    """An aiosmtpd server on a fixed loopback port that can be stopped and started again.

    mode: "plain"; "starttls" (offers and requires STARTTLS); "ssl" (implicit TLS).
    With `credentials` it requires AUTH (which aiosmtpd only allows over TLS).
    """

    def __init__(self, mode: str = "plain", tls: TlsFiles | None = None,
                 credentials: tuple[str, str] | None = None, port: int | None = None) -> None:
        if mode != "plain" and tls is None:
            raise ValueError(f"SMTP mode {mode} needs TLS files")
        self.mode = mode
        self.tls = tls
        self.credentials = credentials
        self.host = HOST
        self.port = port or free_port()
        self.handler = RecordingHandler()
        self._controller: Controller | None = None

    def start(self) -> None:
        if self._controller is not None:
            return
        kwargs: dict[str, Any] = {}
        if self.mode == "starttls":
            kwargs.update(tls_context=self.tls.server_context(), require_starttls=True)
        if self.credentials is not None:
            kwargs.update(
                authenticator=_Authenticator(*self.credentials, self.handler),
                auth_required=True,
                auth_require_tls=self.mode != "plain",
            )
        controller = Controller(
            self.handler,
            hostname=self.host,
            port=self.port,
            ssl_context=self.tls.server_context() if self.mode == "ssl" else None,
            server_hostname="localhost",
            ready_timeout=10,
            **kwargs,
        )
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    @property
    def running(self) -> bool:
        return self._controller is not None

    def reject(self, recipient: str, reply: str) -> None:
        """Answer RCPT TO `recipient` with `reply`, e.g. "451 4.3.0 try later" or "550 5.1.1 no such user"."""
        self.handler.rejects[recipient.lower()] = reply

    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(r.raw, policy=email.policy.default) for r in self.received()]

    def connections(self) -> int:
        """How many SMTP sessions greeted the server (EHLO/HELO) since it was created."""
        with self.handler.lock:
            return len(self.handler.sessions)

    def smtp_settings(self, **overrides: Any) -> SmtpSettings:
        values: dict[str, Any] = dict(
            host=self.host if self.mode == "plain" else "localhost",
            port=self.port,
            security=self.mode,
            timeout=10.0,
        )
        if self.credentials is not None:
            values.update(username=self.credentials[0], password=self.credentials[1])
        values.update(overrides)
        return SmtpSettings(**values)


class MailbotRun:
    """One `mailbot run` in a child process, its log (text lines) in a file: for the tests and benches that need
    a real worker, started with the settings in `env`."""

    def __init__(self, env: dict[str, str], cwd: Path, name: str = "worker") -> None:
        self.log = cwd / f"{name}.log"
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "mailbot", "--log-format", "text", "run", "--init"],
                                         env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=log)

    def said(self, words: str) -> bool:
        return words in self.log.read_text("utf-8", "replace")

    def tail(self, lines: int = 20) -> str:
        return "\n".join(self.log.read_text("utf-8", "replace").splitlines()[-lines:])

    def stop(self) -> int:
        """SIGTERM, as a supervisor stops it; its exit status (-SIGKILL when it had to be killed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            return -signal.SIGKILL


def temp_server_dir(prefix: str) -> Path:
    """A world-traversable temp dir: Dovecot's mail processes run as another user than the tests,
    and pytest's own tmp dirs are private (0700)."""
    d = Path(tempfile.mkdtemp(prefix=prefix))
    os.chmod(d, 0o755)
    return d
