"""IMAP adapter: the only module that imports imapclient.

It speaks in the bot's terms (fetch what is new after a UID, move these UIDs, wait for mail) so the
jobs never see IMAP details. Mail is fetched with BODY.PEEK[] so a failed run leaves it unread, and in
batches with one UID FETCH each, because a round trip per mail is four to five times slower. No text
taken from a mail is ever put into an IMAP command: only UIDs and folder names from settings are.
"""

from __future__ import annotations

import logging

import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError

from mailbot.netsec import InsecureConnectionRefused, require_loopback_for_plain, tls_context
from mailbot.settings import ImapSettings

# imapclient logs every protocol line at DEBUG, mail bodies and addresses included: personal data
# stays out of our logs, whatever level the operator chooses.
for _name in ("imapclient", "imapclient.imaplib", "imapclient.imapclient"):
    logging.getLogger(_name).setLevel(logging.INFO)

# Servers drop IDLE after 30 minutes (RFC 2177 asks clients to renew within 29); stay well below.
MAX_IDLE_SECONDS = 25 * 60

_ERRORS = (IMAPClientError, OSError, ssl.SSLError, socket.timeout, EOFError)


class MailboxError(Exception):
    """Any failure talking to the IMAP server, with a one-line reason that never contains secrets."""


@dataclass(frozen=True)
class FetchedMail:
    uid: int
    raw: bytes


def _reason(exc: BaseException) -> str:
    """One line for an operator: exception type and the server's words, without line breaks."""
    text = str(exc) or exc.__class__.__name__
    if isinstance(text, bytes):  # pragma: no cover - imaplib sometimes passes bytes
        text = text.decode("utf-8", "replace")
    return " ".join(f"{exc.__class__.__name__}: {text}".split())[:300]


#: UIDs per MOVE (and COPY) command: short command lines whatever the folder holds.
MOVE_CHUNK = 500


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def uid_set(uids: Sequence[int]) -> str:
    """IMAP sequence-set text for ascending UIDs, with runs collapsed ("1:3,7,9:10")."""
    parts: list[str] = []
    run_start = prev = None
    for uid in uids:
        if prev is not None and uid == prev + 1:
            prev = uid
            continue
        if run_start is not None:
            parts.append(str(run_start) if run_start == prev else f"{run_start}:{prev}")
        run_start = prev = uid
    if run_start is not None:
        parts.append(str(run_start) if run_start == prev else f"{run_start}:{prev}")
    return ",".join(parts)


class Mailbox:
    """One IMAP session; a context manager that connects and logs in on enter and logs out on exit."""

    def __init__(self, settings: ImapSettings, ca_file: Path | None = None) -> None:
        if not settings.host:
            raise MailboxError("IMAP host is not configured (MAILBOT_IMAP__HOST)")
        try:
            require_loopback_for_plain(settings.security, settings.host, "IMAP")
        except InsecureConnectionRefused as exc:
            raise MailboxError(str(exc)) from None
        self._settings = settings
        self._ca_file = ca_file
        self._client: IMAPClient | None = None
        self._folder: str | None = None

    # -- session -------------------------------------------------------------------------------

    def __enter__(self) -> Mailbox:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def connect(self) -> None:
        """Open the connection, secure it as configured, and log in."""
        s = self._settings
        context = tls_context(self._ca_file) if s.security in ("ssl", "starttls") else None
        try:
            client = IMAPClient(
                s.host,
                port=s.effective_port(),
                ssl=s.security == "ssl",
                ssl_context=context,
                timeout=s.timeout,
            )
        except _ERRORS as exc:
            raise MailboxError(f"cannot connect to IMAP {s.host}:{s.effective_port()}: {_reason(exc)}") from None
        try:
            if s.security == "starttls":
                client.starttls(context)
            if s.username is not None:
                password = s.password.get_secret_value() if s.password is not None else ""
                client.login(s.username, password)
        except _ERRORS as exc:
            self._shutdown(client)
            raise MailboxError(f"IMAP {s.host}: {_reason(exc)}") from None
        self._client = client

    def close(self) -> None:
        """Log out politely; a connection that is already gone is simply dropped."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except _ERRORS:
            self._shutdown(client)

    @staticmethod
    def _shutdown(client: IMAPClient) -> None:
        try:
            client.shutdown()
        except _ERRORS:
            pass

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise MailboxError("IMAP session is not open")
        return self._client

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one imapclient call, turning its many error types into MailboxError."""
        try:
            return fn(*args, **kwargs)
        except MailboxError:
            raise
        except _ERRORS as exc:
            raise MailboxError(f"IMAP {what} failed: {_reason(exc)}") from None

    # -- reading -------------------------------------------------------------------------------

    def select(self, folder: str) -> int:
        """Select `folder` read-write (moves need it) and return its UIDVALIDITY."""
        info = self._call(f"SELECT {folder}", self.client.select_folder, folder, readonly=False)
        self._folder = folder
        return int(info[b"UIDVALIDITY"])

    def all_uids(self) -> list[int]:
        """Every UID in the selected folder, ascending."""
        return sorted(self._call("SEARCH", self.client.search, "ALL"))

    def fetch_new(self, after_uid: int, batch_size: int) -> Iterator[list[FetchedMail]]:
        """Yield the mails with UID > `after_uid` in ascending batches, one UID FETCH per batch.

        `UID n:*` always matches the highest UID even when it is below n, hence the filter. A mail
        expunged between SEARCH and FETCH is simply missing from its batch.
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        found = self._call("SEARCH", self.client.search, ["UID", f"{after_uid + 1}:*"])
        uids = sorted(uid for uid in found if uid > after_uid)
        for batch in _chunks(uids, batch_size):
            response = self._call("FETCH", self.client.fetch, batch, ["BODY.PEEK[]"])
            mails = [
                FetchedMail(uid=uid, raw=bytes(response[uid][b"BODY[]"]))
                for uid in batch
                if uid in response and b"BODY[]" in response[uid]
            ]
            if mails:
                yield mails

    def all_mails(self, batch_size: int) -> Iterator[list[FetchedMail]]:
        """Every mail of the selected folder, in batches (for the small Review folder)."""
        return self.fetch_new(0, batch_size)

    # -- folders and moving --------------------------------------------------------------------

    def folder_exists(self, name: str) -> bool:
        return bool(self._call("LIST", self.client.folder_exists, name))

    def ensure_folder(self, name: str) -> None:
        """Create `name` if it does not exist yet, and subscribe to it so mail clients show it."""
        if self._call("LIST", self.client.folder_exists, name):
            return
        try:
            self.client.create_folder(name)
        except IMAPClientError:
            # Another session may have created it in the meantime; only that is fine.
            if not self._call("LIST", self.client.folder_exists, name):
                raise MailboxError(f"IMAP cannot create folder {name!r}") from None
        except _ERRORS as exc:
            raise MailboxError(f"IMAP CREATE failed: {_reason(exc)}") from None
        try:
            self.client.subscribe_folder(name)
        except IMAPClientError:
            pass  # subscribing is a courtesy to people reading the mailbox

    def has_move(self) -> bool:
        return bool(self._call("CAPABILITY", self.client.has_capability, "MOVE"))

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move `uids` from the selected folder to `folder`; UIDs already gone are ignored.

        At most MOVE_CHUNK UIDs per command, written as ranges: a server refuses a command line past its
        limit (Dovecot: "BAD Too long argument" from about 11 000 single UIDs), and then nothing moves.
        """
        uids = sorted(set(uids))
        if not uids:
            return
        if self.has_move():
            for batch in _chunks(uids, MOVE_CHUNK):
                self._call("MOVE", self.client.move, uid_set(batch), folder)
        else:
            self.move_by_copy(uids, folder)

    def move_by_copy(self, uids: Sequence[int], folder: str) -> None:
        """Move for servers without MOVE: COPY, flag \\Deleted, then UID EXPUNGE of just these UIDs.

        Public so tests can run this path against Dovecot, which has MOVE. Without UIDPLUS only
        the UIDs still present are copied and a plain EXPUNGE follows, which would also remove mail
        someone else flagged \\Deleted in this folder: such servers are rare, and that mail was marked
        for removal anyway. Chunks of MOVE_CHUNK UIDs, as for MOVE.
        """
        for wanted in _chunks(sorted(set(uids)), MOVE_CHUNK):
            # Only UIDs still present: COPY of a vanished UID is an error on some servers.
            found = self._call("SEARCH", self.client.search, ["UID", uid_set(wanted)])
            present = sorted(set(found) & set(wanted))
            if present:
                self._call("COPY", self.client.copy, uid_set(present), folder)
                self.delete(present)

    def delete(self, uids: Sequence[int]) -> None:
        """Remove `uids` from the selected folder for good (the retention purge; the second half of a move by
        copy): STORE \\Deleted, then UID EXPUNGE of just these UIDs, so mail someone else flagged stays.

        UIDs already gone are no error (UID STORE and UID EXPUNGE skip them). Batches of 500 keep each command
        line short whatever the folder holds. Without UIDPLUS a plain EXPUNGE follows (see move_by_copy).
        """
        for batch in _chunks(sorted(set(uids)), 500):
            self._call("STORE", self.client.add_flags, batch, [b"\\Deleted"], silent=True)
            if self._call("CAPABILITY", self.client.has_capability, "UIDPLUS"):
                self._call("UID EXPUNGE", self.client.uid_expunge, batch)
            else:
                self._call("EXPUNGE", self.client.expunge)

    # -- waiting -------------------------------------------------------------------------------

    def has_idle(self) -> bool:
        return bool(self._call("CAPABILITY", self.client.has_capability, "IDLE"))

    def idle_wait(self, timeout: float) -> bool:
        """Wait in IDLE up to `timeout` seconds (capped below the servers' 30-minute limit).

        Returns True when the server announced new mail. A connection that died during IDLE looks
        like silence to imapclient; ending IDLE then fails on the socket (with the read timeout
        from settings), which turns into MailboxError instead of a hang.
        """
        timeout = max(0.0, min(float(timeout), MAX_IDLE_SECONDS))
        client = self.client
        self._call("IDLE", client.idle)
        responses: list[Any] = []
        try:
            responses = self._call("IDLE", client.idle_check, timeout=timeout)
        finally:
            more = self._call("IDLE DONE", client.idle_done)
        responses = list(responses) + list(more[1] if more else [])
        return any(
            isinstance(r, tuple) and len(r) >= 2 and r[1] in (b"EXISTS", b"RECENT") for r in responses
        )
